"""What the portfolio currently publishes: the loaded content, its chunks and its search index.

Loaded once per process (a Lambda instance or the dev server) from
``settings.content_path`` and reused by every request; ``reload()`` drops it
(tests, content edits in ``make dev``).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from heyfolio.config import Settings, get_settings
from heyfolio.content.loader import load_portfolio
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.embedder import BedrockEmbedder, HashingEmbedder
from heyfolio.search.index import SearchIndex

if TYPE_CHECKING:
    from heyfolio.content.model import Portfolio
    from heyfolio.search.chunks import Chunk
    from heyfolio.search.embedder import Embedder
    from heyfolio.search.index import SearchIndex


@dataclass(frozen=True)
class Published:
    """The portfolio as visitors see it, with the chunks every citation points into."""

    portfolio: Portfolio
    chunks: tuple[Chunk, ...]
    index: SearchIndex
    source: Path


_lock = threading.Lock()
_current: Published | None = None


def make_embedder(kind: str) -> Embedder | None:
    """The dense search stage the settings ask for (``none`` keeps search purely lexical)."""
    if kind == "hashing":
        return HashingEmbedder()
    if kind == "bedrock":
        return BedrockEmbedder()
    if kind == "minilm":
        from heyfolio.search.minilm import MiniLMEmbedder, available

        return MiniLMEmbedder() if available() else None  # lexical only without the model package
    return None


def load_published(path: Path, settings: Settings | None = None) -> Published:
    """Load and validate the content at ``path`` and index it; raises ``ContentError``.

    Chunks leave out the résumé's private contact fields unless the owner opted in, so no
    passage (and no answer built from one) carries them.
    """

    settings = settings or get_settings()
    portfolio = load_portfolio(path)
    chunks = tuple(chunk_portfolio(portfolio, served_private=settings.served_private_fields))
    index = SearchIndex.build(chunks, embedder=make_embedder(settings.embedder))
    return Published(portfolio=portfolio, chunks=chunks, index=index, source=path)


def get_published() -> Published:
    """The process-wide published portfolio, loaded on first use."""
    global _current
    current = _current
    if current is not None:
        return current
    with _lock:
        if _current is None:
            _current = load_published(get_settings().content_path)
        return _current


def reload() -> None:
    """Forget the loaded portfolio; the next ``get_published()`` reads the content again."""
    global _current
    with _lock:
        _current = None
