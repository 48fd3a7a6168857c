"""The Lambda layer's compact MiniLM weights: written and read as data only, found where the
settings say, and giving the same vectors as the model package they were converted from."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from heyfolio.search import minilm, minilm_weights
from heyfolio.search.minilm_weights import WeightsInvalid, read_converted, token_rows, write_converted

needs_model = pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed")


def _model_files(tmp_path: Path) -> Path:
    model = tmp_path / "model"
    model.mkdir()
    (model / "tokenizer.json").write_text("{}")
    (model / "config.json").write_text('{"hidden_size": 4}')
    return model


def _tensors() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(7)
    return {
        "embeddings.word_embeddings.weight": rng.normal(0, 0.05, (50, 4)).astype(np.float32),
        "encoder.layer.0.output.dense.weight": rng.normal(0, 0.05, (8, 4)).astype(np.float32),
        "encoder.layer.0.output.dense.bias": rng.normal(0, 0.05, 8).astype(np.float32),
        "embeddings.position_ids": np.arange(6, dtype=np.int64)[None, :],
    }


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    a, b = a.ravel(), b.ravel()
    return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))


def test_round_trip_is_compact_data_only_and_close(tmp_path: Path) -> None:
    tensors = _tensors()
    manifest = write_converted(tensors, _model_files(tmp_path), tmp_path / "out")
    out = tmp_path / "out"
    assert manifest["format"] == minilm_weights.FORMAT and (out / "tokenizer.json").is_file()
    listed = manifest["tensors"]
    assert listed["embeddings.word_embeddings.weight"]["dtype"] == "int8"
    assert listed["encoder.layer.0.output.dense.weight"]["dtype"] == "float16"
    assert listed["encoder.layer.0.output.dense.bias"]["dtype"] == "float32"  # a vector: as it is
    for meta in listed.values():  # every file loads without pickle
        np.load(out / meta["file"], allow_pickle=False)
    back = read_converted(out)
    assert back["embeddings.position_ids"].dtype == np.int64
    assert np.array_equal(back["embeddings.position_ids"], tensors["embeddings.position_ids"])
    assert np.array_equal(
        back["encoder.layer.0.output.dense.bias"], tensors["encoder.layer.0.output.dense.bias"]
    )
    matrix = "encoder.layer.0.output.dense.weight"
    assert back[matrix].dtype == np.float32 and back[matrix].flags.c_contiguous
    assert _cosine(tensors[matrix], back[matrix]) > 0.9999
    # The token table stays int8 (never upcast whole): the rows a question reads are scaled one by one.
    table = tensors["embeddings.word_embeddings.weight"]
    assert back["embeddings.word_embeddings.weight"].dtype == np.int8
    ids = np.array([[3, 0, 49, 3]])
    rows = token_rows(back, ids)
    assert rows.dtype == np.float32 and rows.shape == (1, 4, 4)
    assert np.abs(rows - table[ids]).max() <= np.abs(table).max() / 127
    assert _cosine(table[ids], rows) > 0.9999
    assert np.array_equal(token_rows({"embeddings.word_embeddings.weight": table}, ids), table[ids])


def test_reading_the_folder_maps_it_and_upcasts_a_matrix_only_when_used(tmp_path: Path) -> None:
    """A load reads no tensor: each file is memory-mapped, and a half-precision matrix is upcast to
    float32 the first time it is read, once (the second read is the same array)."""
    out = tmp_path / "out"
    write_converted(_tensors(), _model_files(tmp_path), out)
    back = read_converted(out)
    assert back.upcast() == 0
    assert isinstance(back._mapped["encoder.layer.0.output.dense.weight"].base, np.memmap)
    back["encoder.layer.0.output.dense.bias"]
    assert back.upcast() == 0  # float32 vectors are used as they are
    first = back["encoder.layer.0.output.dense.weight"]
    assert back.upcast() == 1 and back["encoder.layer.0.output.dense.weight"] is first
    assert set(back) == set(_tensors()) | {"embeddings.word_embeddings.weight.scale"} and len(back) == 5
    with pytest.raises(KeyError):
        back["no.such.tensor"]


def test_a_foreign_or_damaged_folder_is_refused_with_its_reason(tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = write_converted(_tensors(), _model_files(tmp_path), out)
    meta = manifest["tensors"]["encoder.layer.0.output.dense.weight"]
    np.save(out / meta["file"], np.zeros((3, 3), dtype=np.float16), allow_pickle=False)
    with pytest.raises(WeightsInvalid, match="the manifest says"):
        read_converted(out)
    write_converted(_tensors(), tmp_path / "model", out)
    scale = manifest["tensors"]["embeddings.word_embeddings.weight"]["scale"]
    np.save(out / scale, np.ones(3, dtype=np.float32), allow_pickle=False)
    with pytest.raises(WeightsInvalid, match="scale per row"):
        read_converted(out)
    (out / minilm_weights.MANIFEST).write_text(json.dumps({"format": "other/9", "tensors": {}}))
    with pytest.raises(WeightsInvalid, match="format"):
        read_converted(out)
    # the previous format (the checkpoint's layout) is refused with what to do, not misread
    (out / minilm_weights.MANIFEST).write_text(json.dumps({"format": "heyfolio-minilm/1", "tensors": {}}))
    with pytest.raises(WeightsInvalid, match="convert again"):
        read_converted(out)
    (out / minilm_weights.MANIFEST).write_text("{not json")
    with pytest.raises(WeightsInvalid, match="cannot be read"):
        read_converted(out)


def test_a_pickled_tensor_is_never_loaded(tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = write_converted(_tensors(), _model_files(tmp_path), out)
    meta = manifest["tensors"]["encoder.layer.0.output.dense.weight"]
    np.save(out / meta["file"], np.array([{"x": 1}], dtype=object), allow_pickle=True)
    with pytest.raises(WeightsInvalid, match="cannot be read"):
        read_converted(out)


def test_without_a_tokenizer_nothing_is_written_as_usable(tmp_path: Path) -> None:
    model = tmp_path / "model"
    model.mkdir()
    with pytest.raises(WeightsInvalid, match=r"tokenizer\.json"):
        write_converted(_tensors(), model, tmp_path / "out")
    assert not (tmp_path / "out" / minilm_weights.MANIFEST).exists()


def test_where_the_weights_come_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    layer = tmp_path / "opt-minilm"
    monkeypatch.setattr(minilm_weights, "LAYER_DIR", layer)
    monkeypatch.delenv("HEYFOLIO_MINILM_DIR", raising=False)
    monkeypatch.setenv("HEYFOLIO_ENV", "local")
    assert minilm_weights.configured_dir() is None  # locally: the installed package
    monkeypatch.setenv("HEYFOLIO_ENV", "aws")
    assert minilm_weights.configured_dir() is None  # a layer built without them: the package lookup
    layer.mkdir()
    assert minilm_weights.configured_dir() == layer  # on AWS: the layer's folder
    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(tmp_path / "elsewhere"))
    assert minilm_weights.configured_dir() == tmp_path / "elsewhere"  # the setting wins


def test_model_dir_takes_a_converted_folder_and_refuses_an_empty_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_converted(_tensors(), _model_files(tmp_path), out)
    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(out))
    assert minilm.model_dir() == out
    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(tmp_path / "empty"))
    with pytest.raises(minilm.MiniLMUnavailable):
        minilm.model_dir()
    assert not minilm.available()


def test_without_weights_search_is_lexical_and_says_why_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from heyfolio import published

    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(tmp_path / "missing-weights"))
    monkeypatch.setattr(published, "_said", set())
    with caplog.at_level(logging.WARNING, logger="heyfolio.published"):
        assert published.make_embedder("minilm") is None
        assert published.make_embedder("minilm") is None
    said = [r.getMessage() for r in caplog.records if "dense search stage off" in r.getMessage()]
    assert len(said) == 1 and "missing-weights" in said[0]


def test_the_converter_says_what_is_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert minilm_weights.main([]) == 2
    monkeypatch.setattr(minilm_weights, "package_model_dir", lambda: None)
    assert minilm_weights.main([str(tmp_path / "out")]) == 3
    assert not (tmp_path / "out").exists()


@needs_model
def test_converted_weights_give_the_package_vectors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The layer's weights stand in for the package's: same vectors (cosine ≥ 0.999), so the same
    ranking (recall measured unchanged on the tuning sets, bench/RESULTS.md)."""
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")  # the disk cache is keyed by text, not weights
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")
    monkeypatch.delenv("HEYFOLIO_MINILM_DIR", raising=False)
    package = minilm_weights.package_model_dir()
    assert package is not None
    out = tmp_path / "minilm"
    assert minilm_weights.main([str(out)]) == 0
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert size < 0.4 * (package / "model.safetensors").stat().st_size
    texts = [
        "Has she run Kubernetes in production?",
        "which project is the most popular",
        "Led the migration of 40 services from a self-managed cluster to EKS with zero downtime, "
        "writing the runbooks and the rollback plan the on-call team used.",
        "React, TypeScript and Node.js on the front end; Go and PostgreSQL behind it.",
    ]
    original = minilm.MiniLMEmbedder(package).embed_array(texts)
    converted = minilm.MiniLMEmbedder(out).embed_array(texts)
    cosines = (original * converted).sum(axis=1)
    assert cosines.min() >= 0.999, cosines
    assert converted.dtype == np.float32


@needs_model
def test_the_model_is_read_ahead_once_and_an_embedding_waits_for_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``preload`` reads the layer's weights on a thread (mapped, then upcast); an embedder made
    afterwards uses that very copy; a second preload, or one for absent weights, starts nothing."""
    monkeypatch.setenv("HEYFOLIO_EMBED_CACHE", "off")
    monkeypatch.setenv("HEYFOLIO_MINILM_RUNTIME", "numpy")
    monkeypatch.setattr(minilm, "_loaded", {})
    monkeypatch.setattr(minilm, "_preloads", {})
    out = tmp_path / "minilm"
    assert minilm_weights.main([str(out)]) == 0
    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(out))
    cold = minilm.MiniLMEmbedder(out)
    cold.load()  # a load maps the weights and upcasts none
    assert isinstance(cold._weights, minilm_weights.Weights) and cold._weights.upcast() == 0
    assert cold.knows_word("kubernetes") is False and cold._weights.upcast() == 0
    monkeypatch.setattr(minilm, "_loaded", {})
    thread = minilm.preload()
    assert thread is not None and minilm.preload() is None  # once per process
    thread.join(timeout=60)
    weights, _ = minilm._loaded[str(out)]
    assert isinstance(weights, minilm_weights.Weights)
    assert weights.upcast() == sum(1 for name in weights._mapped if weights._mapped[name].dtype == np.float16)
    model = minilm.MiniLMEmbedder()
    model.load()
    assert model._weights is weights  # not read twice
    vector = model.embed_array(["Has she run Kubernetes in production?"])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    # memoized under the folder its weights came from: the package's weights never reuse this vector
    assert (str(out), "numpy", "Has she run Kubernetes in production?") in minilm._questions
    assert not any(key[0] == "" for key in minilm._questions)
    monkeypatch.setenv("HEYFOLIO_MINILM_DIR", str(tmp_path / "absent"))
    assert minilm.preload() is None


def test_a_search_expected_reads_minilm_ahead_only_when_it_is_the_dense_stage(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from heyfolio import published
    from heyfolio.config import get_settings

    started: list[object] = []
    monkeypatch.setattr(minilm, "preload", lambda: started.append("minilm"))
    for kind, expected in (("none", []), ("hashing", []), ("minilm", ["minilm"])):
        started.clear()
        monkeypatch.setenv("HEYFOLIO_EMBEDDER", kind)
        get_settings.cache_clear()
        published.expect_search()
        assert started == expected, kind
    get_settings.cache_clear()
