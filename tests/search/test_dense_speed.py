"""The dense stage's fast paths compute what the plain ones do.

- MiniLM's forward pass (fused query/key/value product, attention scale folded into the queries,
  float32 throughout) equals a plain per-head BERT encoder written from the checkpoint's tensors;
- it ranks hand-made paraphrase pairs the way the model should (the neighbours a recruiter expects);
- an index large enough to estimate similarity on principal directions first returns the same
  nearest passages, with the same cosines, as scoring every passage exactly;
- a published artifact's index embeds only the question on its first search, never a passage.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from heyfolio.search import index as index_module
from heyfolio.search import minilm
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex

needs_model = pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed")


def _reference_forward(raw: dict[str, Any], ids: list[int]) -> Any:
    """all-MiniLM-L6-v2 for one unpadded sequence, head by head in float64, straight from the
    checkpoint (no fused or transposed weights): what the fast forward pass must reproduce."""
    w = {
        k.removeprefix("bert."): np.asarray(v, dtype=np.float64)
        for k, v in raw.items()
        if v.dtype != np.int64
    }

    def norm(x: Any, p: str) -> Any:
        mu = x.mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(((x - mu) ** 2).mean(-1, keepdims=True) + 1e-12) * w[p + ".weight"] + w[
            p + ".bias"
        ]

    def lin(x: Any, p: str) -> Any:
        return x @ w[p + ".weight"].T + w[p + ".bias"]

    n = len(ids)
    x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
    x = norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
    for layer in range(6):
        p = f"encoder.layer.{layer}."
        q, k, v = (lin(x, p + f"attention.self.{name}") for name in ("query", "key", "value"))
        heads = []
        for h in range(12):
            cols = slice(32 * h, 32 * (h + 1))
            s = q[:, cols] @ k[:, cols].T / np.sqrt(32)
            e = np.exp(s - s.max(-1, keepdims=True))
            heads.append((e / e.sum(-1, keepdims=True)) @ v[:, cols])
        x = norm(
            x + lin(np.concatenate(heads, axis=1), p + "attention.output.dense"),
            p + "attention.output.LayerNorm",
        )
        h = lin(x, p + "intermediate.dense")
        h = 0.5 * h * (1 + np.tanh(0.7978846 * (h + 0.044715 * h**3)))
        x = norm(x + lin(h, p + "output.dense"), p + "output.LayerNorm")
    pooled = x.mean(0)
    return pooled / np.linalg.norm(pooled)


@needs_model
def test_the_fast_forward_pass_equals_a_plain_per_head_encoder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")  # the numpy forward pass, whatever else is built
    model = minilm.MiniLMEmbedder()
    model.load()
    raw = minilm._load_safetensors(minilm.model_dir() / "model.safetensors")
    texts = ["Has she run Kubernetes in production?", "React JavaScript", "Where is she based?"]
    got = model._embed_uncached(texts)  # one padded batch of unequal lengths
    assert got.dtype == np.float32
    for text, vector in zip(texts, got, strict=True):
        ids = model._tokenizer.encode(text).ids
        assert np.abs(vector - _reference_forward(raw, ids)).max() < 1e-5, text
        alone = model._embed_uncached([text])[0]  # unpadded: the mask-free path
        assert np.abs(alone - vector).max() < 1e-5, text


@needs_model
def test_paraphrases_are_nearest_neighbours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    model = minilm.MiniLMEmbedder()
    passages = [
        "She led a team of six engineers and hired four of them.",
        "She migrated the payment services from virtual machines to Amazon EKS clusters.",
        "She plays the cello in a community orchestra on weekends.",
        "She cut the monthly AWS bill by 40% by rightsizing instances.",
        "She lives in Lisbon, Portugal.",
    ]
    pairs = {
        "Has she managed people?": 0,
        "Has she run Kubernetes in production?": 1,
        "Does she play a musical instrument?": 2,
        "Did she save the company money on cloud costs?": 3,
        "Which city is she in?": 4,
        "Where is she based?": 4,
    }
    vectors = model.embed_array(passages)
    for question, expected in pairs.items():
        sims = vectors @ model.embed_array([question])[0]
        assert int(np.argmax(sims)) == expected, (question, sims.round(3).tolist())


def _chunks(n: int) -> list[Chunk]:
    return [
        Chunk(id=f"p{i:05d}", uri=f"portfolio://p/{i}", kind="project", title=f"P{i}", text="x", keywords=())
        for i in range(n)
    ]


def test_a_large_index_finds_the_same_neighbours_as_the_exact_product(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # sentence embeddings concentrate on a few directions: passages built the same way
    monkeypatch.setattr(index_module, "_DENSE_COARSE_MIN", 2000)
    rng = np.random.default_rng(11)
    n, dims = 3000, 384
    topics = rng.standard_normal((40, dims))
    vectors = rng.standard_normal((n, 40)) ** 3 @ topics + 0.3 * rng.standard_normal((n, dims))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    index = SearchIndex(
        _chunks(n), {}, {}, frozenset(), embedder=None, vectors=vectors, floor=0.5, dense_floor=0.45
    )
    assert index._coarse is not None and index._coarse[1].shape == (n, index_module._COARSE_DIMS)
    for probe in range(20):
        q = vectors[probe * 97] + 0.5 * rng.standard_normal(dims).astype(np.float32)
        q = (q / np.linalg.norm(q)).astype(np.float32)
        got, sim = index._similar(q, 10)
        exact = vectors @ q
        want = sorted(range(n), key=lambda d: (-exact[d], d))[:10]
        assert [d for d, _ in got] == want
        assert all(abs(c - exact[d]) < 1e-5 for d, c in got)
        assert abs(sim(2999) - exact[2999]) < 1e-5  # any passage (a lexical candidate) scores exactly


def test_a_small_index_scores_every_passage_exactly() -> None:
    rng = np.random.default_rng(3)
    vectors = rng.standard_normal((500, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    index = SearchIndex(
        _chunks(500), {}, {}, frozenset(), embedder=None, vectors=vectors, floor=0.5, dense_floor=0.45
    )
    assert index._coarse is None
    got, _ = index._similar(vectors[7], 3)
    assert got[0][0] == 7 and abs(got[0][1] - 1.0) < 1e-5


@needs_model
def test_a_published_artifact_embeds_only_the_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import Settings
    from heyfolio.published import load_published

    content = Path(__file__).resolve().parents[2] / "content"
    settings = Settings.from_env({"HEYFOLIO_EMBEDDER": "minilm"})
    # publish: builds and writes the artifact. Its passage vectors may come from the machine's
    # embedding cache (the same numpy vectors the other tests of content/ write there): embedding
    # content/ again here was this test's whole cost, and the claim is about the cold start below.
    assert load_published(content, settings, cache=tmp_path).index
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")  # a fresh instance: no passage vector on disk
    minilm._memo.clear()
    minilm.forget_questions()
    embedded: list[int] = []
    real = minilm.MiniLMEmbedder._embed_uncached

    def counted(self: minilm.MiniLMEmbedder, texts: Any, **how: Any) -> Any:
        embedded.append(len(texts))
        return real(self, texts, **how)

    monkeypatch.setattr(minilm.MiniLMEmbedder, "_embed_uncached", counted)
    published = load_published(content, settings, cache=tmp_path)  # a cold start
    assert published.index_from == "artifact"
    assert published.index.search("Has she run Kubernetes in production?")
    assert embedded == [1]  # the question, once; every passage vector came from the artifact


needs_onnx = pytest.mark.skipif(
    importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
    reason="onnxruntime/onnx not installed (make install): numpy serves questions",
)


@needs_model
@needs_onnx
def test_onnx_runtime_in_float32_serves_questions_with_the_numpy_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "float32")
    model = minilm.MiniLMEmbedder()
    assert model.wait_fast_path(timeout=300)  # built on its own thread; a test waits for the event
    fast = model._fast
    assert fast is not None and fast.session is not None
    calls: list[int] = []
    run = fast.session.run

    class Counted:
        def run(self, *args: Any) -> Any:
            calls.append(1)
            return run(*args)

    monkeypatch.setattr(fast, "session", Counted())
    for text in ("Has she run Kubernetes in production?", "React JavaScript", "x"):
        served = model._embed_uncached([text])[0]
        monkeypatch.setattr(model, "_fast", None)
        plain = model._embed_uncached([text])[0]
        monkeypatch.setattr(model, "_fast", fast)
        assert served.dtype == np.float32 and np.abs(served - plain).max() < 1e-5, text
    assert len(calls) == 3  # the questions went through ONNX Runtime, not numpy
    batch = model._embed_uncached(["Where is she based?", "A longer passage about payments and Go."])
    assert len(calls) == 3 and batch.shape == (2, 384)  # a padded batch (publishing) stays on numpy


QUESTIONS = (
    "Has she run Kubernetes in production?",
    "React JavaScript",
    "x",
    "Which programming language does she list as expert, and which project used it?",
    "wher is she based atm? open to remote?",
)


@needs_model
@needs_onnx
def test_int8_onnx_runtime_serves_questions_close_to_the_float32_vectors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The default encoder's int8 products move a question's vector a little, never its meaning:
    cosine >= 0.995 with the float32 forward pass on any x86 processor (7-bit weights, so AVX2's
    16-bit pair sums never saturate: minimum 0.9957 over 810 tuning questions on AVX2), and the paraphrase a question asks about stays nearer than an unrelated passage."""
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    monkeypatch.delenv("HEYFOLIO_MINILM_RUNTIME", raising=False)
    model = minilm.MiniLMEmbedder()
    assert model.wait_fast_path(timeout=300)
    fast = model._fast
    assert fast is not None and fast.session is not None and fast.int8
    for text in QUESTIONS:
        served = model._embed_uncached([text])[0]
        monkeypatch.setattr(model, "_fast", None)
        plain = model._embed_uncached([text])[0]
        monkeypatch.setattr(model, "_fast", fast)
        assert served.dtype == np.float32 and abs(float(np.linalg.norm(served)) - 1.0) < 1e-5
        assert float(served @ plain) >= 0.995, text
        assert np.abs(served - plain).max() > 1e-6, text  # really the int8 graph, not float32
    passages = model._embed_uncached(
        ["Migrated the payment services to Kubernetes (EKS) and ran them in production for two years.",
         "Grew tomatoes and basil on a balcony garden in the summer."]
    )  # fmt: skip
    question = model._embed_uncached(["Has she run Kubernetes in production?"])[0]
    assert float(passages[0] @ question) > float(passages[1] @ question) + 0.2


def test_int8_columns_reconstruct_the_weights_within_half_a_step() -> None:
    rng = np.random.default_rng(3)
    weight = rng.standard_normal((64, 48)).astype(np.float32)
    weight[:, 5] = 0.0  # an all-zero column keeps a usable scale
    weight[2, 7] = 40.0  # an outlier only coarsens its own column
    q, scale = minilm._int8_columns(weight)
    assert q.dtype == np.int8 and scale.shape == (48,) and scale.dtype == np.float32
    assert np.all(np.abs(q.astype(np.float32) * scale - weight) <= scale / 2 + 1e-6)
    assert np.abs(q).max() == minilm._INT8_COLUMN_RANGE == 63 and np.all(q[:, 5] == 0) and scale[5] == 1.0
    assert scale[7] > 10 * np.delete(scale, [5, 7]).max()


@needs_model
def test_smoothing_moves_channel_outliers_into_the_weights_without_changing_the_product() -> None:
    model = minilm.MiniLMEmbedder()
    model.load()
    assert model._weights is not None
    ranges = minilm._activation_ranges(model)
    assert sorted(ranges) == sorted(f"l{i}.{k}" for i in range(6) for k in ("qkv", "ao", "in", "out"))
    factors = minilm._smoothing(model._weights, ranges)
    assert sorted(factors) == sorted(f"l{i}.{k}" for i in range(6) for k in ("qkv", "ao", "in"))
    for key, factor in factors.items():
        assert factor.shape == ranges[key].shape and np.all(factor > 0), key
        assert abs(float(np.log(factor).mean())) < 1e-4, key  # geometric mean 1: only the balance moves
    # BERT's outlier channels (the feed-forward input's largest ranges) are divided the most
    top = ranges["l0.in"]
    assert factors["l0.in"][int(np.argmax(top))] > 5 * float(np.median(factors["l0.in"]))
    rng = np.random.default_rng(5)
    x = rng.standard_normal((7, 384)).astype(np.float32) * top
    weight = model._weights["encoder.layer.0.intermediate.dense.weight"].T
    f = factors["l0.in"]
    assert np.allclose((x / f) @ (weight * f[:, None]), x @ weight, rtol=1e-4, atol=1e-3)


def test_outliers_are_the_channels_with_the_largest_calibrated_magnitude() -> None:
    rng = np.random.default_rng(4)
    top = rng.uniform(0.0, 1.0, 1536).astype(np.float32)
    top[[7, 900, 42]] = [30.0, 50.0, 40.0]  # GELU's few channels far above the rest
    picked = minilm._outliers({"l0.out": top, "l0.in": np.ones(384, dtype=np.float32)}, count=3)
    assert list(picked) == ["l0.out"]  # only the feed-forward-out product is split
    assert picked["l0.out"].tolist() == [7, 42, 900]  # ascending: the graph's channel order
    assert len(minilm._outliers({"l0.out": top})["l0.out"]) == minilm._OUTLIERS


@needs_model
@needs_onnx
def test_the_int8_graph_quantizes_every_dense_product_but_the_outlier_channels() -> None:
    import onnx

    model = minilm.MiniLMEmbedder()
    model.load()
    assert model._weights is not None
    ranges = minilm._activation_ranges(model)
    smoothing, outliers = minilm._smoothing(model._weights, ranges), minilm._outliers(ranges)

    def kinds(graph: bytes) -> dict[str, int]:
        ops: dict[str, int] = {}
        for node in onnx.load_from_string(graph).graph.node:
            ops[node.op_type] = ops.get(node.op_type, 0) + 1
        return ops

    split = kinds(minilm._onnx_graph(model._weights, smoothing=smoothing, outliers=outliers))
    assert split["DynamicQuantizeMatMul"] == 24 and "MatMulNBits" not in split
    assert split["MatMul"] == 12 + 6  # the attention's own products, and each layer's outlier channels
    whole = kinds(minilm._onnx_graph(model._weights, smoothing=smoothing))
    assert whole["DynamicQuantizeMatMul"] == 18 and whole["MatMul"] == 18  # feed-forward-out in float32
    assert "DynamicQuantizeMatMul" not in kinds(minilm._onnx_graph(model._weights))


@needs_model
@needs_onnx
def test_the_outlier_split_reorders_channels_without_changing_the_product() -> None:
    """Moving the split-off channels last (feed-forward-in columns and feed-forward-out rows alike)
    changes nothing: with all but a few scattered channels split off into float32 (so only those few
    are int8), the vector is the float32 graph's; a permutation applied to one side only would not be."""
    import onnxruntime as ort

    model = minilm.MiniLMEmbedder(runtime="numpy")
    model.load()
    w = model._weights
    assert w is not None
    rng = np.random.default_rng(0)
    scattered = {f"l{i}.out": np.sort(rng.permutation(1536)[:1530]) for i in range(6)}

    def run(graph: bytes, text: str) -> Any:
        session = ort.InferenceSession(graph, providers=["CPUExecutionProvider"])
        ids = np.array([model._tokenizer.encode(text).ids])
        x = minilm.token_rows(w, ids) + w["embeddings.position_type"][: ids.shape[1]][None]
        pooled = session.run(None, {"x": x})[0][0]
        return pooled / np.linalg.norm(pooled)

    text = "Has she run Kubernetes in production?"
    split = run(minilm._onnx_graph(w, smoothing={}, outliers=scattered), text)  # {}: no other product int8
    assert float(split @ run(minilm._onnx_graph(w), text)) > 0.99999


def test_an_unknown_runtime_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "int4")
    with pytest.raises(ValueError, match="HEYFOLIO_MINILM_RUNTIME"):
        minilm._fast_path("anywhere", {})


@pytest.mark.parametrize(("set_to", "read_as"), [("", "auto"), ("  ", "auto"), (" NumPy ", "numpy")])
def test_a_blank_runtime_is_auto_and_case_is_ignored(
    monkeypatch: pytest.MonkeyPatch, set_to: str, read_as: str
) -> None:
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", set_to)
    assert minilm.runtime_asked() == read_as


def test_an_explicit_runtime_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")
    assert minilm.runtime_asked("float32") == "float32"


@needs_model
def test_the_numpy_runtime_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")
    model = minilm.MiniLMEmbedder()
    assert model.wait_fast_path(timeout=0) is False and model._fast is None
    assert model._embed_uncached(["Where is she based?"]).shape == (1, 384)


@needs_model
def test_where_numpy_serves_the_fast_path_is_decided_once_not_per_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The Lambda layer has no ONNX Runtime: each question used to look the model package and
    ONNX Runtime up on disk again (~0.4 ms a question) to find numpy serves."""
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    asked: list[str] = []

    def no_fast_path(key: str, model: Any, *, runtime: str | None = None) -> None:
        asked.append(key)

    monkeypatch.setattr(minilm, "_fast_path", no_fast_path)
    model = minilm.MiniLMEmbedder()
    for text in ("Where is she based?", "Has she run Kubernetes in production?", "React JavaScript"):
        model.embed_array([text])
    assert model.wait_fast_path(timeout=0) is False
    assert len(asked) == 1 and asked[0] == model._key
