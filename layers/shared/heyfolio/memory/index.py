"""The vector index interface long-term memory is written against.

Every record belongs to one visitor (``visitor_id`` is always in its metadata) and every
query is filtered on it: one visitor's memories can never surface in another's chat.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class VectorRecord:
    key: str
    vector: Sequence[float]
    metadata: Mapping[str, str | float] = field(default_factory=dict)


@dataclass(frozen=True)
class VectorHit:
    key: str
    similarity: float
    """Cosine similarity, about -1..1 (S3 Vectors' cosine distance is converted)."""
    metadata: Mapping[str, str | float] = field(default_factory=dict)


class VectorIndex(Protocol):
    """Put, query (nearest first, within one visitor) and delete vectors."""

    def put(self, records: Sequence[VectorRecord]) -> None: ...

    def query(self, vector: Sequence[float], *, visitor_id: str, top_k: int) -> list[VectorHit]: ...

    def delete(self, keys: Sequence[str]) -> None: ...
