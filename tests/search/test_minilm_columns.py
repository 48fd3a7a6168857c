"""MiniLM's numpy forward pass with tokens as columns (``minilm._forward``): weights kept (out, in)
and multiplied from the left, the token count padded to a multiple of ``_WIDTH_STEP`` and masked,
layer norm over each column with its means as products. Each piece computes what the plain form
does, on made-up numbers (and, with the model installed, on made-up questions)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from heyfolio.search import minilm, minilm_weights

needs_model = pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed")


def test_the_width_is_the_next_multiple_of_the_step() -> None:
    step = minilm._WIDTH_STEP
    assert [minilm._padded_width(n) for n in (1, step - 1, step, step + 1, 2 * step)] == [
        step,
        step,
        step,
        2 * step,
        2 * step,
    ]


def test_layer_norm_over_columns_is_the_plain_layer_norm_transposed() -> None:
    rng = np.random.default_rng(21)
    x = (rng.standard_normal((13, 384)) * rng.uniform(0.1, 30.0, 384)).astype(np.float32)
    gamma = rng.uniform(0.5, 1.5, 384).astype(np.float32)
    beta = rng.normal(0.0, 0.2, 384).astype(np.float32)
    wide = x.astype(np.float64)
    centred = wide - wide.mean(axis=1, keepdims=True)
    want = centred / np.sqrt((centred**2).mean(axis=1, keepdims=True) + 1e-12) * gamma + beta
    columns = np.ascontiguousarray(x.T)
    got = minilm._layer_norm_columns(columns, gamma, beta)
    assert got is columns  # in place: no array per call
    assert got.dtype == np.float32
    assert np.abs(got.T - want).max() < 1e-4


def _checkpoint(rng: Any) -> dict[str, Any]:
    """A checkpoint's tensors by name, shaped like the model's (small random values, no file)."""
    d, inner = minilm_weights.DIMENSIONS, 4 * minilm_weights.DIMENSIONS
    raw: dict[str, Any] = {
        "embeddings.position_embeddings.weight": rng.normal(0, 0.02, (16, d)),
        "embeddings.token_type_embeddings.weight": rng.normal(0, 0.02, (2, d)),
        "embeddings.position_ids": np.arange(16, dtype=np.int64)[None, :],
    }
    for layer in range(minilm_weights.LAYERS):
        p = f"encoder.layer.{layer}."
        for name in ("query", "key", "value"):
            raw[p + f"attention.self.{name}.weight"] = rng.normal(0, 0.02, (d, d))
            raw[p + f"attention.self.{name}.bias"] = rng.normal(0, 0.02, d)
        raw[p + "attention.output.dense.weight"] = rng.normal(0, 0.02, (d, d))
        raw[p + "intermediate.dense.weight"] = rng.normal(0, 0.02, (inner, d))
        raw[p + "output.dense.weight"] = rng.normal(0, 0.02, (d, inner))
    return {k: v.astype(np.float32) if v.dtype != np.int64 else v for k, v in raw.items()}


def test_the_forward_layout_keeps_the_checkpoint_matrices_out_by_in() -> None:
    raw = _checkpoint(np.random.default_rng(8))
    w = minilm_weights.forward_layout({"bert." + k: v for k, v in raw.items()})
    p, scale = "encoder.layer.2.", np.float32(1.0 / np.sqrt(32))
    a = p + "attention.self."
    assert w[p + "qkv"].shape == (3 * 384, 384) and w[p + "qkv"].flags.c_contiguous
    assert np.array_equal(w[p + "qkv"][:384], raw[a + "query.weight"] * scale)
    assert np.array_equal(w[p + "qkv"][768:], raw[a + "value.weight"])
    assert np.array_equal(w[p + "qkv.bias"][:384], raw[a + "query.bias"] * scale)
    for name in ("attention.output.dense", "intermediate.dense", "output.dense"):
        assert np.array_equal(w[p + name + ".weight"], raw[p + name + ".weight"])  # (out, in), as stored
    assert not any(k.endswith(".T") for k in w) and "embeddings.position_ids" not in w
    assert minilm_weights.FORMAT == "heyfolio-minilm/3"  # a layer built with (in, out) matrices is refused


@needs_model
def test_padding_the_width_does_not_move_a_vector(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question padded to the step's width (masked) embeds as it does unpadded, alone or in a batch."""
    model = minilm.MiniLMEmbedder(runtime="numpy")
    model.load()
    texts = ["Did she ever teach a class?", "Which cloud does the platform team deploy to, and how often?"]
    padded = [model._embed_uncached([t], session=None)[0] for t in texts]
    assert all(len(model._tokenizer.encode(t).ids) % minilm._WIDTH_STEP for t in texts)  # both were padded
    batch = model._embed_uncached(texts, session=None)
    monkeypatch.setattr(minilm, "_WIDTH_STEP", 1)
    for text, vector, in_batch in zip(texts, padded, batch, strict=True):
        plain = model._embed_uncached([text], session=None)[0]
        assert float(vector @ plain) > 0.99999 and np.abs(vector - plain).max() < 1e-5, text
        assert np.abs(in_batch - plain).max() < 1e-5, text


@needs_model
def test_calibration_sees_only_real_tokens() -> None:
    """The int8 encoder's calibration observes each product's input a token per row, never a
    padding column: one row per real token, 384 or 1,536 channels."""
    model = minilm.MiniLMEmbedder(runtime="numpy")
    model.load()
    ids = np.array([model._tokenizer.encode("Has she shipped a mobile app?").ids])
    seen: dict[str, tuple[int, ...]] = {}
    model._forward(ids, np.ones(ids.shape, dtype=np.float32), lambda key, x: seen.setdefault(key, x.shape))
    n = ids.shape[1]
    assert n % minilm._WIDTH_STEP
    assert seen["l0.qkv"] == (n, 384) and seen["l5.ao"] == (n, 384) and seen["l3.out"] == (n, 1536)
