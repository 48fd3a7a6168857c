"""A question asked again is not embedded again (bounded, least recently used first out);
questions never touch the on-disk passage cache; the vector is the same either way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from heyfolio.search import minilm

pytestmark = pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed")


@pytest.fixture
def model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[minilm.MiniLMEmbedder, list[int]]]:
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", str(tmp_path))
    # one forward pass throughout: the int8 encoder, once built, gives a question a vector a little
    # different from numpy's (test_dense_speed), which would blur "the same vector either way"
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")
    minilm.forget_questions()
    embedder = minilm.MiniLMEmbedder()
    passes: list[int] = []
    forward = embedder._forward

    def counted(ids: Any, mask: Any, *args: Any, **how: Any) -> Any:
        passes.append(len(ids))
        return forward(ids, mask, *args, **how)

    monkeypatch.setattr(embedder, "_forward", counted)
    yield embedder, passes
    minilm.forget_questions()


def test_a_repeated_question_costs_no_forward_pass(
    model: tuple[minilm.MiniLMEmbedder, list[int]], tmp_path: Path
) -> None:
    embedder, passes = model
    first = embedder.embed_array(["Where is she based?"])
    again = embedder.embed_array(["Where is she based?"])
    assert passes == [1], "embedded once"
    np.testing.assert_array_equal(first, again)
    assert abs(float(np.linalg.norm(first[0])) - 1.0) < 1e-5
    assert list(tmp_path.iterdir()) == [], "questions are not written to the passage cache"
    minilm.forget_questions()
    fresh = embedder.embed_array(["Where is she based?"])
    assert passes == [1, 1]
    np.testing.assert_allclose(first, fresh, atol=1e-6)


def test_the_question_memo_is_bounded_least_recently_used_first(
    model: tuple[minilm.MiniLMEmbedder, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder, passes = model
    monkeypatch.setattr(minilm, "_QUESTIONS_MAX", 2)
    for q in ("Rust?", "Kubernetes?", "Rust?", "Go?"):  # "Kubernetes?" is the least recently used
        embedder.embed_array([q])
    assert len(passes) == 3 and len(minilm._questions) == 2
    embedder.embed_array(["Rust?"])
    assert len(passes) == 3, "kept: used recently"
    embedder.embed_array(["Kubernetes?"])
    assert len(passes) == 4, "dropped: embedded again"


class _Served:
    """An encoder that became ready (stands in for the ONNX Runtime session: a fixed pooled vector)."""

    def __init__(self) -> None:
        self.calls = 0
        self.session = self

    def run(self, _outputs: Any, feeds: dict[str, Any]) -> list[Any]:
        self.calls += 1
        return [np.full((1, feeds["x"].shape[-1]), 0.5, dtype=np.float32)]


def test_a_question_is_memoized_per_encoder_and_passages_never_use_the_question_encoder(
    model: tuple[minilm.MiniLMEmbedder, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a question's vector is never depends on whether it was first asked before the faster
    encoder was ready; a batch of passages (publishing) is always numpy, even a batch of one left over."""
    embedder, _ = model
    before = embedder.embed_array(["Where is she based?"])[0]  # numpy: the encoder is not ready
    served = _Served()
    monkeypatch.setattr(embedder, "_fast", served)
    after = embedder.embed_array(["Where is she based?"])[0]
    assert served.calls == 1, "not the numpy vector memoized before the encoder was ready"
    np.testing.assert_allclose(after, np.full(384, 0.5 / np.sqrt(384 * 0.25)), atol=1e-6)
    assert embedder.embed_array(["Where is she based?"])[0] @ after > 0.999 and served.calls == 1  # memoized
    monkeypatch.setattr(embedder, "_batch", 1)  # every padded batch a batch of one
    batch = embedder.embed_array(["Where is she based?", "A longer passage about payments, Go and Kafka."])
    assert served.calls == 1, "passages are embedded on numpy"
    np.testing.assert_allclose(batch[0], before, atol=1e-6)


def test_an_embedder_asked_for_numpy_never_starts_onnx_runtime(monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate's encoder: numpy whatever the environment says, and kept through a pickle."""
    import pickle

    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "auto")
    embedder = minilm.MiniLMEmbedder(runtime="numpy")
    embedder.embed_array(["who is she"])
    assert embedder.wait_fast_path(timeout=5) is False
    assert embedder._session() is None
    assert pickle.loads(pickle.dumps(embedder))._runtime == "numpy"


def test_an_unknown_runtime_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="auto, float32, numpy"):
        minilm.MiniLMEmbedder(runtime="int4")


def test_numpy_asked_by_the_environment_is_not_overridden_by_an_encoder_a_preload_opened(
    model: tuple[minilm.MiniLMEmbedder, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``HEYFOLIO_MINILM_RUNTIME=numpy`` holds even where this process's read-ahead already opened
    the layer's encoder for the same weights (an earlier search in the process)."""
    embedder, passes = model
    embedder.load()
    served = _Served()
    monkeypatch.setitem(minilm._fast_paths, (embedder._key, False), served)
    embedder.embed_array(["Does she speak French?"])
    assert served.calls == 0 and passes == [1], "numpy serves, as the environment asks"
