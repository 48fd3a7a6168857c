"""A vector index in one JSON file under ``settings.data_dir``: long-term memory on a laptop.

Why a file and a linear scan: a portfolio has few visitors with a handful of facts each, so
cosine over every vector of one visitor takes microseconds, and a file survives restarts of
``make dev`` with nothing to install. Writes go to a temporary file and are renamed into
place, so a crash never leaves half a file.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from heyfolio.memory.index import VectorHit, VectorRecord
from heyfolio.search.embedder import cosine, unit


class LocalVectorIndex:
    """``VectorIndex`` over a JSON file (``{key: {"vector": [...], "metadata": {...}}}``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._records: dict[str, dict[str, Any]] | None = None
        self._mtime: float | None = None

    def _load(self) -> dict[str, dict[str, Any]]:
        # Re-read when another process (or a test's fresh instance) changed the file.
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            self._records, self._mtime = {}, None
            return self._records
        if self._records is None or mtime != self._mtime:
            data = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            self._records = data if isinstance(data, dict) else {}
            self._mtime = mtime
        return self._records

    def _save(self, records: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(records, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, self.path)
        self._mtime = self.path.stat().st_mtime

    def put(self, records: Sequence[VectorRecord]) -> None:
        """Insert or overwrite records by key."""
        with self._lock:
            data = dict(self._load())
            for r in records:
                if "visitor_id" not in r.metadata:
                    raise ValueError(f"vector {r.key!r} has no visitor_id in its metadata")
                data[r.key] = {"vector": unit(list(r.vector)), "metadata": dict(r.metadata)}
            self._save(data)
            self._records = data

    def query(self, vector: Sequence[float], *, visitor_id: str, top_k: int) -> list[VectorHit]:
        """The ``top_k`` nearest records of ``visitor_id`` (cosine), nearest first."""
        q = unit(list(vector))
        with self._lock:
            data = self._load()
            hits = [
                VectorHit(key, cosine(q, rec["vector"]), rec["metadata"])
                for key, rec in data.items()
                if rec["metadata"].get("visitor_id") == visitor_id and len(rec["vector"]) == len(q)
            ]
        hits.sort(key=lambda h: (-h.similarity, h.key))
        return hits[: max(0, top_k)]

    def delete(self, keys: Sequence[str]) -> None:
        """Remove records by key (unknown keys are ignored)."""
        with self._lock:
            data = dict(self._load())
            for key in keys:
                data.pop(key, None)
            self._save(data)
            self._records = data
