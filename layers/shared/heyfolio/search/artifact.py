"""A built ``SearchIndex`` as plain data, so a new instance loads it instead of building it.

Why: building the BM25F postings costs a cold start tens to hundreds of milliseconds, and
embedding every passage with the dense stage costs seconds; both depend only on the published
content and the engine's code, so they are built once, at publish time (``heyfolio.publish``).

The format is data only, never code: a JSON-able dict (passages, postings, idf, the owner's
terms, the speller's surface forms, floors) and, with a dense stage, a float32 matrix the
caller stores as ``.npy`` (``numpy.save``/``numpy.load(allow_pickle=False)``). Scoring is not
touched here: the index is rebuilt from exactly the fields ``SearchIndex.build`` computes, and a
change to how they are computed changes the engine fingerprint (``heyfolio.publish.artifact``),
which makes an older artifact stale rather than wrong.
"""

from __future__ import annotations

import sys
from array import array
from typing import Any

from heyfolio.search.chunks import Chunk
from heyfolio.search.embedder import Embedder
from heyfolio.search.index import SearchIndex

__all__ = ["STATE_FORMAT", "chunk_from_dict", "chunk_to_dict", "index_from_state", "index_state"]

STATE_FORMAT = 1


def chunk_to_dict(chunk: Chunk) -> dict[str, Any]:
    """A passage as JSON (every field of ``Chunk``)."""
    return {
        "id": chunk.id,
        "uri": chunk.uri,
        "kind": chunk.kind,
        "title": chunk.title,
        "text": chunk.text,
        "keywords": list(chunk.keywords),
        "url": chunk.url,
    }


def chunk_from_dict(data: dict[str, Any]) -> Chunk:
    """The passage ``chunk_to_dict`` wrote; raises ``KeyError``/``TypeError`` on a malformed one."""
    return Chunk(
        id=str(data["id"]),
        uri=str(data["uri"]),
        kind=sys.intern(str(data["kind"])),
        title=str(data["title"]),
        text=str(data["text"]),
        keywords=tuple(str(k) for k in data["keywords"]),
        url=None if data.get("url") is None else str(data["url"]),
    )


def index_state(index: SearchIndex) -> tuple[dict[str, Any], Any]:
    """``(state, vectors)``: the index as JSON-able data, and its passage vectors (a float32 numpy
    matrix, or ``None`` without a dense stage)."""
    postings = {term: [list(docs), list(impacts)] for term, (docs, impacts) in index._postings.items()}
    state = {
        "format": STATE_FORMAT,
        "chunks": [chunk_to_dict(c) for c in index._chunks],
        "postings": postings,
        "idf": index._idf,
        "owner_terms": sorted(index._owner_terms),
        "surfaces": index._surfaces,
        "focused": {term: [list(docs), list(gains)] for term, (docs, gains) in index._focused.items()},
        "floor": index._floor,
        "dense_floor": index._dense_floor,
    }
    if index._windows is None:
        return state, index._dense
    import numpy as np

    # windows of long passages: their vectors follow the passages' in the one matrix
    state["window_owners"] = index._window_owners.tolist()
    return state, np.concatenate([index._dense, index._windows])


def index_from_state(state: dict[str, Any], *, embedder: Embedder | None, vectors: Any) -> SearchIndex:
    """The index ``index_state`` described; ``vectors`` only with an ``embedder`` (the question is
    embedded by the same model as the passages were). Raises ``ValueError`` on malformed state."""
    try:
        if state.get("format") != STATE_FORMAT:
            raise ValueError(f"index state format {state.get('format')!r}, expected {STATE_FORMAT}")
        chunks = [chunk_from_dict(c) for c in state["chunks"]]
        n = len(chunks)
        postings: dict[str, tuple[array[int], array[float]]] = {}
        for term, (docs, impacts) in state["postings"].items():
            if len(docs) != len(impacts) or (docs and not 0 <= max(docs) < n):
                raise ValueError(f"posting list of {term!r} does not fit {n} passages")
            postings[sys.intern(term)] = (array("i", docs), array("f", impacts))
        focused: dict[str, tuple[array[int], array[float]]] = {}
        for term, (docs, gains) in state.get("focused", {}).items():
            if term not in postings or len(docs) != len(gains) or (docs and not 0 <= max(docs) < n):
                raise ValueError(f"focused list of {term!r} does not fit {n} passages")
            focused[sys.intern(term)] = (array("i", docs), array("f", gains))
        idf = {sys.intern(t): float(v) for t, v in state["idf"].items()}
        if idf.keys() != postings.keys():
            raise ValueError("idf and postings name different terms")
        owners = [int(d) for d in state.get("window_owners", ())]
        if owners and not 0 <= min(owners) <= max(owners) < n:
            raise ValueError(f"window owners do not fit {n} passages")
        rows = n + len(owners)
        if embedder is not None and vectors is not None and getattr(vectors, "shape", (rows,))[0] != rows:
            raise ValueError(f"{vectors.shape[0]} vectors for {n} passages and {len(owners)} windows")
        windows = None
        if embedder is not None and vectors is not None and owners:
            windows = (vectors[n:], owners)
            vectors = vectors[:n]
        return SearchIndex(
            chunks,
            postings,
            idf,
            frozenset(state["owner_terms"]),
            embedder=embedder,
            vectors=vectors if embedder is not None else None,
            floor=float(state["floor"]),
            dense_floor=float(state["dense_floor"]),
            surfaces={str(k): str(v) for k, v in state["surfaces"].items()},
            windows=windows,
            focused=focused,
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"malformed index state: {type(error).__name__}: {error}") from None
