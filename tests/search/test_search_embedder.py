"""Embedders (Bedrock faked at the HTTP boundary, hashing locally) and the dense fusion path."""

from __future__ import annotations

import io
import json
import math
from collections.abc import Callable, Sequence

import boto3
import pytest
from botocore.response import StreamingBody
from botocore.stub import Stubber

from heyfolio.content.model import Portfolio
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.embedder import BedrockEmbedder, Embedder, EmbeddingError, HashingEmbedder, cosine
from heyfolio.search.index import SearchIndex

MODEL = "amazon.titan-embed-text-v2:0"


def _body(payload: object) -> StreamingBody:
    raw = json.dumps(payload).encode()
    return StreamingBody(io.BytesIO(raw), len(raw))


@pytest.fixture
def bedrock() -> tuple[object, Stubber]:
    client = boto3.client("bedrock-runtime", region_name="us-east-1")
    return client, Stubber(client)


def _expect(stubber: Stubber, text: str, dims: int, response: object) -> None:
    stubber.add_response(
        "invoke_model",
        {"body": _body(response), "contentType": "application/json"},
        {
            "modelId": MODEL,
            "body": json.dumps({"inputText": text, "dimensions": dims, "normalize": True}),
            "contentType": "application/json",
            "accept": "application/json",
        },
    )


def test_bedrock_embedder_sends_titan_v2_requests_and_reads_the_embedding(
    bedrock: tuple[object, Stubber],
) -> None:
    client, stubber = bedrock
    _expect(stubber, "first", 256, {"embedding": [0.5] * 256, "inputTextTokenCount": 2})
    _expect(stubber, "second", 256, {"embedding": [-0.25] * 256, "inputTextTokenCount": 3})
    embedder = BedrockEmbedder(dimensions=256, client=client)
    with stubber:
        vectors = embedder.embed(["first", "second"])
    stubber.assert_no_pending_responses()
    assert [v[0] for v in vectors] == [0.5, -0.25]
    assert all(len(v) == 256 for v in vectors)
    assert embedder.input_tokens == 5
    assert isinstance(embedder, Embedder)


def test_bedrock_embedder_rejects_answers_that_are_not_embeddings(bedrock: tuple[object, Stubber]) -> None:
    client, stubber = bedrock
    _expect(stubber, "x", 256, {"message": "throttled"})
    _expect(stubber, "y", 256, {"embedding": [0.1] * 8, "inputTextTokenCount": 1})
    embedder = BedrockEmbedder(dimensions=256, client=client)
    with stubber:
        with pytest.raises(EmbeddingError, match="no embedding"):
            embedder.embed(["x"])
        with pytest.raises(EmbeddingError, match="8 dimensions, expected 256"):
            embedder.embed(["y"])


def test_bedrock_service_errors_propagate(bedrock: tuple[object, Stubber]) -> None:
    from botocore.exceptions import ClientError

    client, stubber = bedrock
    stubber.add_client_error("invoke_model", service_error_code="AccessDeniedException", http_status_code=403)
    with stubber, pytest.raises(ClientError, match="AccessDenied"):
        BedrockEmbedder(dimensions=512, client=client).embed(["x"])


def test_bedrock_embedder_validates_dimensions_and_builds_its_client_lazily() -> None:
    with pytest.raises(ValueError, match="256, 512 or 1024"):
        BedrockEmbedder(dimensions=300)
    embedder = BedrockEmbedder(model_id="custom-model", region="eu-west-1")
    assert embedder._client is None  # no boto3 client until the first embed
    assert embedder.client.meta.region_name == "eu-west-1"
    assert embedder.model_id == "custom-model" and embedder.dimensions == 1024


def test_hashing_embedder_is_deterministic_unit_length_and_spelling_aware() -> None:
    emb = HashingEmbedder(dimensions=128)
    a, b, c = emb.embed(
        ["Kubernetes operators in Go", "kubernetes operator written in golang", "sourdough baking"]
    )
    assert emb.embed(["Kubernetes operators in Go"])[0] == a
    assert math.isclose(math.fsum(x * x for x in a), 1.0)
    assert cosine(a, b) > cosine(a, c)
    assert HashingEmbedder(dimensions=16).embed([""])[0] == [0.0] * 16
    with pytest.raises(ValueError):
        HashingEmbedder(dimensions=0)


class FnEmbedder:
    """An embedder whose vectors a test chooses, to steer the dense signal exactly."""

    def __init__(self, fn: Callable[[str], list[float]], dimensions: int) -> None:
        self.fn = fn
        self.dimensions = dimensions
        self.calls = 0

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        return [self.fn(t) for t in texts]


def test_fusion_finds_a_passage_lexical_ranking_misses() -> None:
    chunks = [
        Chunk(
            id="a", uri="portfolio://a", kind="post", title="Sailing", text="Dinghy racing on the North Sea."
        ),
        Chunk(id="b", uri="portfolio://b", kind="post", title="Bread", text="Sourdough with a rye starter."),
    ]
    # "boat" shares no word with either passage; this embedder knows boats are about sailing
    embedder = FnEmbedder(
        lambda t: [1.0, 0.0] if any(w in t.lower() for w in ("sailing", "boat")) else [0.0, 1.0], 2
    )
    assert SearchIndex.build(chunks).search("Does she own a boat?") == []
    index = SearchIndex.build(chunks, embedder)
    assert embedder.calls == 1  # passages embedded once, at build
    hits = index.search("Does she own a boat?")
    assert [h.chunk.id for h in hits] == ["a"]
    assert 0.0 < hits[0].score <= 1.0
    assert embedder.calls == 2  # and the question once per search


def test_fusion_reorders_lexical_candidates_and_keeps_irrelevant_ones_out(portfolio: Portfolio) -> None:
    chunks = chunk_portfolio(portfolio)
    lexical = [h.chunk.id for h in SearchIndex.build(chunks).search("leases", limit=3)]
    target = lexical[-1]
    id_of = {f"{c.title}\n{c.text}": c.id for c in chunks}

    def vector(text: str) -> list[float]:
        # the query and the lexically third passage point one way, other passages another,
        # any other question a third
        if text == "leases" or id_of.get(text) == target:
            return [1.0, 0.0, 0.0]
        return [0.0, 1.0, 0.0] if text in id_of else [0.0, 0.0, 1.0]

    index = SearchIndex.build(chunks, FnEmbedder(vector, 3))
    fused = [h.chunk.id for h in index.search("leases", limit=3)]
    assert fused[0] == target
    assert set(fused) <= set(lexical)
    assert index.search("zxqv blorp") == []


def test_hashing_embedder_in_the_index_keeps_good_answers_first(portfolio: Portfolio) -> None:
    index = SearchIndex.build(chunk_portfolio(portfolio), HashingEmbedder())
    assert index.search("Does she need visa sponsorship?")[0].chunk.id == "faq#work_authorization"
    assert index.search("Where did Ada study?")[0].chunk.id == "profile#education/0"
