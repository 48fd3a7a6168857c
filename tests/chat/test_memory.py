"""Long-term memory: extraction, the local index, S3 Vectors (botocore Stubber), per-visitor scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from heyfolio.memory.extract import Fact, extract_facts
from heyfolio.memory.index import VectorRecord
from heyfolio.memory.local import LocalVectorIndex
from heyfolio.memory.s3vectors import S3VectorsIndex
from heyfolio.memory.store import LongTermMemory, memory_key
from heyfolio.search.embedder import HashingEmbedder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi, I am Sam Lee, a recruiter at Northwind Labs. We are hiring a senior platform engineer.",
            {"name": "Sam Lee", "company": "Northwind Labs", "role": "senior platform engineer"},
        ),
        (
            "I'm hiring for a staff backend engineer role at Acme",
            {"role": "staff backend engineer", "company": "Acme"},
        ),
        ("my name is priya", {"name": "Priya"}),
        ("I'm Dana from Globex", {"name": "Dana", "company": "Globex"}),
        ("We need a Rust developer who knows Kafka", {"role": "Rust developer"}),
        ("I work for Procter & Gamble.", {"company": "Procter & Gamble"}),
        ("I work at Booking.com now", {"company": "Booking.com"}),
        ("I'm looking for a good fit", {}),
        ("I'm curious about her work", {}),
        ("What systems has she built?", {}),
        ("Is she looking for a new role?", {}),
    ],
)
def test_extract_facts(text: str, expected: dict[str, str]) -> None:
    assert {f.kind: f.value for f in extract_facts(text)} == expected


def _record(key: str, visitor: str, vector: list[float]) -> VectorRecord:
    return VectorRecord(key, vector, {"visitor_id": visitor, "kind": "role", "value": key, "text": key})


def test_local_index_filters_by_visitor_persists_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "memory" / "vectors.json"
    index = LocalVectorIndex(path)
    index.put([_record("a", "v1", [1, 0, 0]), _record("b", "v1", [0, 1, 0]), _record("c", "v2", [1, 0, 0])])
    hits = index.query([1, 0.1, 0], visitor_id="v1", top_k=5)
    assert [h.key for h in hits] == ["a", "b"] and hits[0].similarity > hits[1].similarity
    assert [h.key for h in index.query([1, 0, 0], visitor_id="v2", top_k=5)] == ["c"]
    assert index.query([1, 0, 0], visitor_id="nobody", top_k=5) == []
    again = LocalVectorIndex(path)  # a new process sees the file
    assert [h.key for h in again.query([0, 1, 0], visitor_id="v1", top_k=1)] == ["b"]
    again.delete(["a", "missing"])
    assert [h.key for h in index.query([1, 0, 0], visitor_id="v1", top_k=5)] == ["b"]
    with pytest.raises(ValueError, match="visitor_id"):
        index.put([VectorRecord("x", [1, 0, 0], {})])


def test_long_term_memory_is_scoped_and_latest_fact_wins(tmp_path: Path) -> None:
    memory = LongTermMemory(LocalVectorIndex(tmp_path / "v.json"), HashingEmbedder(256))
    memory.remember("visitor-a", [Fact("role", "data engineer"), Fact("name", "Ada")])
    memory.remember("visitor-a", [Fact("role", "platform engineer")])
    memory.remember("visitor-b", [Fact("company", "Globex")])
    recalled = {m.fact.kind: m.fact.value for m in memory.recall("visitor-a", "would she fit the role?")}
    assert recalled == {"role": "platform engineer", "name": "Ada"}
    assert {m.fact.value for m in memory.recall("visitor-b", "anything")} == {"Globex"}
    memory.forget("visitor-a")
    assert memory.recall("visitor-a", "role") == []
    assert memory.recall("visitor-b", "company")


def _stubbed() -> tuple[S3VectorsIndex, object]:
    import boto3
    from botocore.stub import Stubber

    client = boto3.client(
        "s3vectors", region_name="us-east-1", aws_access_key_id="t", aws_secret_access_key="t"
    )
    return S3VectorsIndex("heyfolio-memory", "visitor-memory", client=client), Stubber(client)


def test_s3vectors_put_query_delete_shapes() -> None:
    index, stubber = _stubbed()
    stubber.add_response(  # type: ignore[attr-defined]
        "put_vectors",
        {},
        {
            "vectorBucketName": "heyfolio-memory",
            "indexName": "visitor-memory",
            "vectors": [
                {
                    "key": "k1",
                    "data": {"float32": [0.5, 0.5]},
                    "metadata": {"visitor_id": "v1", "kind": "role", "value": "SRE", "text": "t"},
                }
            ],
        },
    )
    stubber.add_response(  # type: ignore[attr-defined]
        "query_vectors",
        {
            "vectors": [
                {
                    "key": "k1",
                    "distance": 0.1,
                    "metadata": {"visitor_id": "v1", "kind": "role", "value": "SRE"},
                },
                # A result for another visitor must never come back, even if the service returned it.
                {
                    "key": "k2",
                    "distance": 0.2,
                    "metadata": {"visitor_id": "v2", "kind": "role", "value": "CTO"},
                },
            ],
            "distanceMetric": "cosine",
        },
        {
            "vectorBucketName": "heyfolio-memory",
            "indexName": "visitor-memory",
            "topK": 3,
            "queryVector": {"float32": [1.0, 0.0]},
            "filter": {"visitor_id": {"$eq": "v1"}},
            "returnMetadata": True,
            "returnDistance": True,
        },
    )
    stubber.add_response(  # type: ignore[attr-defined]
        "delete_vectors",
        {},
        {"vectorBucketName": "heyfolio-memory", "indexName": "visitor-memory", "keys": ["k1", "k2"]},
    )
    with stubber:  # type: ignore[attr-defined]
        index.put(
            [
                VectorRecord(
                    "k1", [0.5, 0.5], {"visitor_id": "v1", "kind": "role", "value": "SRE", "text": "t"}
                )
            ]
        )
        hits = index.query([1.0, 0.0], visitor_id="v1", top_k=3)
        index.delete(["k1", "k2"])
        stubber.assert_no_pending_responses()  # type: ignore[attr-defined]
    assert [(h.key, round(h.similarity, 3)) for h in hits] == [("k1", 0.9)]


def test_s3vectors_service_error_surfaces() -> None:
    from botocore.exceptions import ClientError

    index, stubber = _stubbed()
    stubber.add_client_error("query_vectors", service_error_code="NotFoundException", http_status_code=404)  # type: ignore[attr-defined]
    with stubber, pytest.raises(ClientError):  # type: ignore[attr-defined]
        index.query([1.0, 0.0], visitor_id="v1", top_k=3)
    assert index.query([1.0], visitor_id="v1", top_k=0) == []


def test_memory_keys_are_per_visitor_and_kind() -> None:
    assert memory_key("a", "role") != memory_key("b", "role") != memory_key("a", "name")
    assert memory_key("a", "role") == memory_key("a", "role")
