"""The encoder graph the shared layer ships (weights external): written from converted weights,
opened by ONNX Runtime alone (no ``onnx`` package, graph optimization off) with the arrays the numpy
forward pass multiplies with, and giving its vectors."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from heyfolio.search import minilm, minilm_weights
from heyfolio.search.minilm_encoder import write_encoder
from heyfolio.search.minilm_weights import ENCODER_FILE, WeightsInvalid, encoder_file, encoder_tensors

pytestmark = [
    pytest.mark.skipif(not minilm.available(), reason="MiniLM weights not installed"),
    pytest.mark.skipif(
        importlib.util.find_spec("onnxruntime") is None or importlib.util.find_spec("onnx") is None,
        reason="ONNX Runtime or onnx not installed",
    ),
]


@pytest.fixture(scope="module")
def weights(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Converted weights with their encoder graph, as the shared layer's build writes them."""
    out = tmp_path_factory.mktemp("layer") / "minilm"
    package = minilm_weights.package_model_dir()
    assert package is not None
    minilm_weights.convert(package, out)
    write_encoder(out)
    return out


@pytest.fixture(autouse=True)
def fresh_fast_paths() -> Any:
    minilm._fast_paths.clear()
    yield
    minilm._fast_paths.clear()


def _without_onnx(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on Lambda: ONNX Runtime importable, the ``onnx`` package not, no graph built in process."""
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "onnx" else real(name, *a)
    )
    monkeypatch.setattr(minilm, "_onnx_graph", None)


def test_the_graph_is_small_and_only_written_for_converted_weights(weights: Path, tmp_path: Path) -> None:
    assert encoder_file(weights) == weights / ENCODER_FILE
    assert (weights / ENCODER_FILE).stat().st_size < 100_000  # structure only: the weights stay in the layer
    assert encoder_file(tmp_path) is None
    with pytest.raises(WeightsInvalid):
        write_encoder(tmp_path)
    with pytest.raises(WeightsInvalid, match=r"no embeddings\.LayerNorm"):
        encoder_tensors({})


def test_questions_run_on_onnx_runtime_without_the_onnx_package_with_the_numpy_vectors(
    weights: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _without_onnx(monkeypatch)
    model = minilm.MiniLMEmbedder(weights, runtime="auto")
    texts = (
        "Is she open to relocating?",
        "Which databases has the engineer run in production, and at what scale?",
    )
    first = model.embed_array([texts[0]])[0]  # numpy: the encoder opens after the first question
    assert model.wait_fast_path(timeout=120)
    assert model._fast is not None and model._fast.prebuilt == weights / ENCODER_FILE and not model._fast.int8
    for text in texts:
        on_numpy = model._embed_uncached([text], session=None)[0]
        on_onnx = model._embed_uncached([text])[0]
        assert float(np.abs(on_numpy - on_onnx).max()) < 1e-5
    assert float(np.abs(first - model.embed_array([texts[0]])[0]).max()) < 1e-5


def test_without_the_graph_or_onnx_numpy_serves(
    weights: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bare = tmp_path / "minilm"
    bare.mkdir()
    for item in weights.iterdir():  # the same weights, written without onnx at build time
        if item.name != ENCODER_FILE:
            (bare / item.name).symlink_to(item)
    _without_onnx(monkeypatch)
    model = minilm.MiniLMEmbedder(bare, runtime="auto")
    model.embed_array(["Is she open to relocating?"])
    assert model.wait_fast_path(timeout=0) is False and model._fast is None


def test_numpy_runtime_keeps_the_graph_unused(weights: Path) -> None:
    model = minilm.MiniLMEmbedder(weights, runtime="numpy")
    model.embed_array(["Is she open to relocating?"])
    assert model.wait_fast_path(timeout=0) is False


def test_a_process_that_ends_while_the_encoder_opens_exits_cleanly(weights: Path) -> None:
    """One question, then the end of the process while ONNX Runtime may still be opening the encoder
    on its thread: the exit waits for it instead of aborting inside ONNX Runtime."""
    import os
    import subprocess
    import sys

    script = (
        "from heyfolio.search.minilm import MiniLMEmbedder\n"
        "MiniLMEmbedder(runtime='auto').embed_array(['Where is she based?'])\n"
    )
    env = {
        **os.environ,
        "HEYFOLIO_MINILM_DIR": str(weights),
        "PYTHONPATH": str(Path(minilm.__file__).parents[2]),
    }
    for _ in range(3):
        proc = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0 and "terminate called" not in proc.stderr, proc.stderr[-2000:]


def test_preload_opens_the_layers_encoder_so_the_first_question_can_use_it(
    weights: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEYFOLIO_MINILM_RUNTIME", raising=False)
    minilm._loaded.pop(str(weights), None)
    minilm._preloads.pop(str(weights), None)
    thread = minilm.preload(weights)
    assert thread is not None
    thread.join(120)
    model = minilm.MiniLMEmbedder(weights)
    model.load()
    assert model._session() is not None  # before any question
    assert minilm.MiniLMEmbedder(weights, runtime="numpy")._session() is None


def test_encoder_threads_are_two_only_when_asked_and_with_two_processors_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", raising=False)
    monkeypatch.setattr(minilm, "_CGROUP_CPU_MAX", str(tmp_path / "absent"))
    monkeypatch.setattr(minilm.os, "sched_getaffinity", lambda _pid: {0, 1})
    # not asked: one thread (a busy neighbour would hold the other core)
    for asked in (None, "", "1", "0", "two"):
        if asked is None:
            monkeypatch.delenv("HEYFOLIO_MINILM_THREADS", raising=False)
        else:
            monkeypatch.setenv("HEYFOLIO_MINILM_THREADS", asked)
        assert minilm.encoder_threads() == 1
    monkeypatch.setenv("HEYFOLIO_MINILM_THREADS", "8")
    assert minilm.encoder_threads() == 2
    monkeypatch.setenv("HEYFOLIO_MINILM_THREADS", "2")
    for cpus, threads in (({0}, 1), ({0, 1}, 2), (set(range(8)), 2)):
        monkeypatch.setattr(minilm.os, "sched_getaffinity", lambda _pid, cpus=cpus: cpus)
        assert minilm.encoder_threads() == threads
    # a Lambda function: one vCPU's time per 1,769 MB
    for memory, threads in (("512", 1), ("1024", 1), ("3008", 1), ("3538", 2), ("10240", 2)):
        monkeypatch.setenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", memory)
        assert minilm.encoder_threads() == threads
    monkeypatch.delenv("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
    # a container's CPU quota (cgroup v2 cpu.max)
    cpu_max = tmp_path / "cpu.max"
    monkeypatch.setattr(minilm, "_CGROUP_CPU_MAX", str(cpu_max))
    for line, threads in (("max 100000", 2), ("150000 100000", 1), ("200000 100000", 2), ("garbled", 2)):
        cpu_max.write_text(line + "\n")
        assert minilm.encoder_threads() == threads


def _made_up_strings(count: int) -> list[str]:
    """Questions and passages of 1 to ~60 words from a made-up vocabulary (no real portfolio)."""
    rng = np.random.default_rng(26)
    words = _VOCABULARY.split()
    return [" ".join(rng.choice(words, size=int(rng.integers(1, 60)))) for _ in range(count)]


_VOCABULARY = (
    "she he built ran led shipped migrated the a an of to in for with and or which what how many "
    "years team teams payments pipeline Kafka Postgres Rust Go Python React Kubernetes latency p99 "
    "cut 40% from 2019 to 2023 at Quillbyte Ltd., remote-first; on-call SLOs fintech startup? "
    "does have experience managing engineers hiring mentoring open-source maintainer 12k stars"
)


def test_two_threads_give_the_vectors_of_one(weights: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The encoder split over two threads (``encoder_threads``) keeps every question's vector: within
    1e-5 cosine (bitwise on the benchmark machine) of one thread, on 300 made-up strings."""
    _without_onnx(monkeypatch)
    vectors = {}
    for threads in (1, 2):
        minilm._fast_paths.clear()
        monkeypatch.setattr(minilm, "encoder_threads", lambda threads=threads: threads)
        model = minilm.MiniLMEmbedder(weights, runtime="auto")
        model.load()
        model._start_fast_path()
        assert model.wait_fast_path(timeout=120)
        vectors[threads] = np.stack([model._embed_uncached([t])[0] for t in _made_up_strings(300)])
    cosines = (vectors[1] * vectors[2]).sum(axis=1)
    assert float(cosines.min()) > 1.0 - 1e-5
    assert float(np.abs(vectors[1] - vectors[2]).max()) < 1e-5


def test_a_question_on_its_own_path_gets_the_batch_paths_vector_bitwise(
    weights: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``embed_array`` of one never-seen question runs ``_question_on`` (no batch machinery around the
    run): the same vector, bit for bit, as ``_embed_uncached`` on the same session, for 400 made-up
    strings, an empty one and one past the model's 256 tokens (truncated alike)."""
    _without_onnx(monkeypatch)
    model = minilm.MiniLMEmbedder(weights, runtime="auto")
    model.load()
    model._start_fast_path()
    assert model.wait_fast_path(timeout=120)
    session = model._session()
    assert session is not None
    texts = [*_made_up_strings(400), "", " ".join(_VOCABULARY.split() * 12)]
    calls: list[str] = []
    real = model._question_on
    monkeypatch.setattr(model, "_question_on", lambda s, t: calls.append(t) or real(s, t))
    minilm.forget_questions()
    for text in texts:
        batch = model._embed_uncached([text], session=session)[0]
        own = model._question_on(session, text)
        assert own.dtype == np.float32 and own.shape == (384,)
        assert np.array_equal(own, batch), text
    calls.clear()
    minilm.forget_questions()
    for text in texts[:20]:
        assert np.array_equal(model.embed_array([text])[0], model._embed_uncached([text], session=session)[0])
    assert calls == texts[:20]  # each never-seen question took its own path, once
    minilm.forget_questions()
