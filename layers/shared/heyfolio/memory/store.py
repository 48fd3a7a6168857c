"""Long-term memory: remember a visitor's facts, recall the relevant ones, forget on request.

One vector per (visitor, kind): telling us a new role replaces the old one instead of
piling up contradictions. Keys are derived from the visitor id, so erasure of a visitor
needs no scan of anyone else's data.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from typing import Any

from heyfolio.config import Settings, get_settings
from heyfolio.memory.extract import FACT_KINDS, Fact
from heyfolio.memory.index import VectorIndex, VectorRecord
from heyfolio.memory.local import LocalVectorIndex
from heyfolio.memory.s3vectors import S3VectorsIndex
from heyfolio.search.embedder import BedrockEmbedder, Embedder, HashingEmbedder

LOCAL_DIMENSIONS = 256
AWS_DIMENSIONS = 1024  # Titan Text Embeddings V2; the template's index has the same dimension


@dataclass(frozen=True)
class Memory:
    fact: Fact
    similarity: float
    at: float


def memory_key(visitor_id: str, kind: str) -> str:
    digest = hashlib.sha256(visitor_id.encode()).hexdigest()[:32]
    return f"{digest}:{kind}"


class LongTermMemory:
    """An embedder and a vector index, used per visitor."""

    def __init__(self, index: VectorIndex, embedder: Embedder) -> None:
        self.index = index
        self.embedder = embedder

    def remember(self, visitor_id: str, facts: list[Fact], *, at: float = 0.0) -> None:
        """Store ``facts`` (one per kind per visitor; newer replaces older)."""
        if not facts:
            return
        vectors = self.embedder.embed([f.text for f in facts])
        self.index.put(
            [
                VectorRecord(
                    key=memory_key(visitor_id, f.kind),
                    vector=v,
                    metadata={
                        "visitor_id": visitor_id,
                        "kind": f.kind,
                        "value": f.value,
                        "text": f.text,
                        "at": at,
                    },
                )
                for f, v in zip(facts, vectors, strict=True)
            ]
        )

    def recall(self, visitor_id: str, query: str, *, top_k: int = 5) -> list[Memory]:
        """The visitor's memories nearest to ``query`` (all of them, for a handful of facts)."""
        vector = self.embedder.embed([query or "visitor"])[0]
        found = []
        for hit in self.index.query(vector, visitor_id=visitor_id, top_k=top_k):
            kind, value = hit.metadata.get("kind"), hit.metadata.get("value")
            if kind in FACT_KINDS and isinstance(value, str):
                at = hit.metadata.get("at", 0.0)
                found.append(Memory(Fact(kind, value), hit.similarity, float(at)))  # type: ignore[arg-type]
        return found

    def forget(self, visitor_id: str) -> None:
        """Delete everything remembered about ``visitor_id``."""
        self.index.delete([memory_key(visitor_id, kind) for kind in FACT_KINDS])


_lock = threading.Lock()
_cache: dict[tuple[Any, ...], LongTermMemory] = {}


def get_memory(settings: Settings | None = None) -> LongTermMemory:
    """The process's memory: S3 Vectors + Bedrock on AWS (when a bucket is set), else a local file."""
    s = settings or get_settings()
    key = (s.env, s.vector_bucket, s.vector_index, str(s.data_dir), s.region)
    with _lock:
        found = _cache.get(key)
        if found is None:
            if s.env == "aws" and s.vector_bucket:
                found = LongTermMemory(
                    S3VectorsIndex(s.vector_bucket, s.vector_index),
                    BedrockEmbedder(dimensions=AWS_DIMENSIONS, region=s.region),
                )
            else:
                found = LongTermMemory(
                    LocalVectorIndex(s.data_dir / "memory" / "vectors.json"),
                    HashingEmbedder(LOCAL_DIMENSIONS),
                )
            _cache[key] = found
        return found


def reset() -> None:
    """Forget the cached memory objects (tests; a fresh process)."""
    with _lock:
        _cache.clear()
