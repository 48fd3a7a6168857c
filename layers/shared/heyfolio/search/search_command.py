"""``heyfolio search "QUESTION" [--limit N] [--json]``: the ranked passages for a question, with URIs.

The same index every answer is grounded on, so an owner can check what a visitor's
question will find — and what it will not — before anyone asks it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TextIO

from heyfolio.content.model import ContentError
from heyfolio.published import load_published
from heyfolio.search.index import Hit

__all__ = ["NOTHING_FOUND", "run_search"]

NOTHING_FOUND = "The portfolio has nothing on that."


def run_search(
    query: str, *, content: Path, limit: int = 5, as_json: bool = False, out: TextIO | None = None
) -> int:
    """Search the portfolio at ``content`` and print the ranked passages.

    Exit status: 0 when the search ran (also when nothing is relevant), 1 when the content
    does not load (the problems go to stderr), 2 for an empty question or a limit below 1.
    ``out`` defaults to the current ``sys.stdout`` (looked up per call, not at import)."""
    out = sys.stdout if out is None else out
    if not query.strip():
        print('heyfolio search: ask a question, e.g. heyfolio search "Where did she study?"', file=sys.stderr)
        return 2
    if limit < 1:
        print(f"heyfolio search: --limit must be at least 1, got {limit}", file=sys.stderr)
        return 2

    try:
        published = load_published(Path(content))  # the very index the server answers from
    except ContentError as err:
        print(err.report(), file=sys.stderr)
        return 1
    hits = published.index.search(query, limit=limit)
    if as_json:
        json.dump(
            [_as_dict(rank, hit) for rank, hit in enumerate(hits, 1)], out, ensure_ascii=False, indent=2
        )
        out.write("\n")
    elif not hits:
        out.write(NOTHING_FOUND + "\n")
    else:
        for rank, hit in enumerate(hits, 1):
            out.write(f"{rank}. [{hit.score:.2f}] {hit.chunk.title}\n")
            out.write(f"   {hit.chunk.uri}\n")
            out.write(f"   {hit.snippet}\n")
            if rank < len(hits):
                out.write("\n")
    return 0


def _as_dict(rank: int, hit: Hit) -> dict[str, object]:
    return {
        "rank": rank,
        "score": round(hit.score, 4),
        "uri": hit.chunk.uri,
        "title": hit.chunk.title,
        "snippet": hit.snippet,
        "text": hit.chunk.text,
    }
