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

    def counted(ids: Any, mask: Any) -> Any:
        passes.append(len(ids))
        return forward(ids, mask)

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
