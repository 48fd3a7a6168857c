"""The index artifact: passages, BM25F state and passage vectors, built once per published content.

A folder with three files, all data (no pickle, nothing executable):

- ``manifest.json``: format, the engine fingerprint, the content hash, the settings that shape
  passages (private fields served) and the dense stage's name and size;
- ``index.json``: the search index as data (``heyfolio.search.artifact``);
- ``vectors.npy``: the passage vectors (float32, ``numpy.load(allow_pickle=False)``), only when a
  dense stage built them.

It is valid for a process only when the content hash matches the files it serves, the engine
fingerprint matches its code (a hash of the search and content modules, so a change to scoring
or chunking in any branch makes older artifacts stale without anyone bumping a number) and the
passage settings match. Anything else is a reason, logged, and the index is built instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import heyfolio.content
import heyfolio.search
from heyfolio.search.chunks import Chunk
from heyfolio.search.embedder import Embedder
from heyfolio.search.index import SearchIndex

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
INDEX = "index.json"
VECTORS = "vectors.npy"


class ArtifactInvalid(Exception):
    """The artifact cannot serve this content with this code; the message says why."""


def content_files(path: Path) -> Iterator[tuple[str, Path]]:
    """``(relative name, file)`` for every file of the content (hidden files and folders left out),
    in name order. A single-file content (a JSON Resume) is that file."""
    path = Path(path)
    if path.is_file():
        yield path.name, path
        return
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path)
        if file.is_file() and not any(part.startswith(".") for part in rel.parts):
            yield rel.as_posix(), file


def content_hash(path: Path) -> str:
    """SHA-256 over every content file's name and bytes: what the artifact was built from."""
    digest = hashlib.sha256()
    for name, file in content_files(path):
        data = file.read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """SHA-256 of the code that turns content into an index (the content and search packages, the
    ``*_command.py`` CLI modules left out: they do not ship), plus this format's number."""
    digest = hashlib.sha256(f"artifact-format-{FORMAT}\0".encode())
    for package in (heyfolio.content, heyfolio.search):
        folder = Path(next(iter(package.__path__)))
        for file in sorted(folder.glob("*.py")):
            if file.name.endswith("_command.py"):
                continue
            digest.update(f"{package.__name__}.{file.name}\0".encode())
            digest.update(file.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def embedder_name(embedder: Embedder | None) -> str | None:
    """How an artifact names the dense stage its vectors came from (``None``: no vectors)."""
    if embedder is None:
        return None
    return f"{getattr(embedder, 'name', type(embedder).__name__)}/{embedder.dimensions}"


@dataclass(frozen=True)
class Manifest:
    """What an artifact was built from."""

    content_hash: str
    engine: str
    served_private: tuple[str, ...]
    embedder: str | None
    passages: int
    built_at: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "content_hash": self.content_hash,
            "engine": self.engine,
            "served_private": list(self.served_private),
            "embedder": self.embedder,
            "passages": self.passages,
            "built_at": self.built_at,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Manifest:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise ArtifactInvalid(f"manifest format {found!r}, this code reads {FORMAT}")
        try:
            return cls(
                content_hash=str(data["content_hash"]),
                engine=str(data["engine"]),
                served_private=tuple(str(f) for f in data["served_private"]),
                embedder=None if data["embedder"] is None else str(data["embedder"]),
                passages=int(data["passages"]),
                built_at=float(data["built_at"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ArtifactInvalid(f"manifest is malformed ({type(error).__name__}: {error})") from None


def write_artifact(
    folder: Path,
    index: SearchIndex,
    *,
    content_hash: str,
    served_private: tuple[str, ...],
    chunks: Sequence[Chunk] | None = None,
) -> Manifest:
    """Write ``index`` as an artifact in ``folder`` (replaced whole: written beside it, then renamed,
    so a reader sees the old artifact or the new one, never half of one). ``chunks``: the passages
    in the order the content gives them (the index keeps them in id order)."""
    from heyfolio.search.artifact import index_state

    state, vectors = index_state(index)
    state["order"] = [c.id for c in (chunks if chunks is not None else index.chunks)]
    manifest = Manifest(
        content_hash=content_hash,
        engine=engine_fingerprint(),
        served_private=tuple(served_private),
        embedder=embedder_name(index._embedder) if vectors is not None else None,
        passages=len(index),
        built_at=time.time(),
    )
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.with_name(f".{folder.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    staging.mkdir()
    try:
        (staging / INDEX).write_text(json.dumps(state, separators=(",", ":"), ensure_ascii=False))
        if vectors is not None:
            import numpy as np

            np.save(staging / VECTORS, np.asarray(vectors, dtype="<f4"), allow_pickle=False)
        (staging / MANIFEST).write_text(json.dumps(manifest.to_dict(), indent=1))
        old = folder.with_name(f".{folder.name}.{os.getpid()}.{time.monotonic_ns()}.old")
        if folder.exists():
            folder.rename(old)
        staging.rename(folder)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return manifest


def read_manifest(folder: Path) -> Manifest:
    """The artifact's manifest; raises ``ArtifactInvalid`` when missing or unreadable."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text())
    except FileNotFoundError:
        raise ArtifactInvalid(f"no artifact in {folder}") from None
    except (OSError, ValueError) as error:
        raise ArtifactInvalid(f"{folder / MANIFEST} cannot be read ({error})") from None
    return Manifest.from_dict(data)


def check_manifest(
    manifest: Manifest, *, content_hash: str, served_private: tuple[str, ...], embedder: Embedder | None
) -> None:
    """Raise ``ArtifactInvalid`` (saying which) unless the artifact serves this content with this code."""
    if manifest.engine != engine_fingerprint():
        raise ArtifactInvalid("built by another version of the search engine")
    if manifest.content_hash != content_hash:
        raise ArtifactInvalid("built from other content (content hash differs)")
    if tuple(manifest.served_private) != tuple(served_private):
        raise ArtifactInvalid(
            f"built serving private fields {list(manifest.served_private)}, settings ask {list(served_private)}"
        )
    wanted = embedder_name(embedder)
    if wanted is not None and manifest.embedder != wanted:
        raise ArtifactInvalid(f"passage vectors are from {manifest.embedder}, search uses {wanted}")


def read_index(
    folder: Path, manifest: Manifest, embedder: Embedder | None
) -> tuple[SearchIndex, tuple[Chunk, ...]]:
    """The index stored in ``folder`` (already checked against ``manifest``) and its passages in
    content order; ``ArtifactInvalid`` when a file is missing or does not match the manifest."""
    from heyfolio.search.artifact import index_from_state

    folder = Path(folder)
    try:
        state = json.loads((folder / INDEX).read_text())
    except (OSError, ValueError) as error:
        raise ArtifactInvalid(f"{folder / INDEX} cannot be read ({error})") from None
    vectors = None
    if embedder is not None:
        import numpy as np

        try:
            vectors = np.load(folder / VECTORS, allow_pickle=False)
        except (OSError, ValueError) as error:
            raise ArtifactInvalid(f"{folder / VECTORS} cannot be read ({error})") from None
        if vectors.dtype != np.float32 or vectors.ndim != 2 or vectors.shape[1] != embedder.dimensions:
            raise ArtifactInvalid(f"{folder / VECTORS} holds {vectors.dtype} {vectors.shape}")
    try:
        index = index_from_state(state, embedder=embedder, vectors=vectors)
    except ValueError as error:
        raise ArtifactInvalid(str(error)) from None
    if len(index) != manifest.passages:
        raise ArtifactInvalid(f"{len(index)} passages, the manifest says {manifest.passages}")
    order = state.get("order")
    if not isinstance(order, list) or sorted(order) != [c.id for c in index.chunks]:
        raise ArtifactInvalid("the passages' order does not name the indexed passages")
    by_id = {c.id: c for c in index.chunks}
    return index, tuple(by_id[i] for i in order)
