"""``search_portfolio``: ranked passages from the portfolio, each with its citation."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from heyfolio.github.live import is_hidden_uri
from heyfolio.public_view import hidden_project_slugs
from heyfolio.published import expect_search, get_published
from heyfolio.storage import questions
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolResult

UNANSWERED_BELOW = 0.2
"""A best score under this means the portfolio does not really answer the query: log it for the owner."""

CITATION: dict[str, Any] = {
    "type": "object",
    "properties": {"uri": {"type": "string"}, "title": {"type": "string"}, "snippet": {"type": "string"}},
    "required": ["uri", "title", "snippet"],
}


_CACHE_SIZE = 512
_cache_owner: object = None
_cache: OrderedDict[tuple[str, int], list[dict[str, Any]]] = OrderedDict()


def ranked(query: str, limit: int) -> list[dict[str, Any]]:
    """Citations with scores for ``query``, memoised per published portfolio.

    The index is immutable until the content is republished (a new ``Published``
    object), visitors and retrying clients repeat queries, and a search costs about a
    millisecond: an LRU of recent answers pays for itself.
    """
    global _cache_owner

    expect_search()  # a new instance reads the dense stage's model while it fetches the content
    published = get_published()
    if published is not _cache_owner:
        _cache.clear()
        _cache_owner = published
    key = (" ".join(query.casefold().split()), limit)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    results = []
    for hit in published.index.search(query, limit):
        citation = dict(hit.citation())
        score = getattr(hit, "score", None)
        results.append({**citation, "score": round(float(score), 4) if score is not None else None})
    _cache[key] = results
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return results


HIDDEN_HEADROOM = 5
"""Extra passages fetched so that dropping a hidden project's passages still fills ``limit``."""


def visible_results(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop passages of projects whose repository went private or was deleted."""

    hidden = hidden_project_slugs(get_published().portfolio)
    return [dict(r) for r in results if not (hidden and is_hidden_uri(r["uri"], hidden))]


def run(call: ToolCall) -> ToolResult:
    query: str = call.arguments["query"].strip()
    limit: int = call.arguments["limit"]
    results = visible_results(ranked(query, limit + HIDDEN_HEADROOM))[:limit]
    top = results[0]["score"] if results else None
    if top is None or top < UNANSWERED_BELOW:
        questions.record(query, answered=False, source="mcp", visitor_id=call.caller.subject, top_score=top)
    if not results:
        text = f"No passage of the portfolio matches {query!r}."
    else:
        text = "\n".join(f"{i}. {r['title']} — {r['snippet']} [{r['uri']}]" for i, r in enumerate(results, 1))
    return ToolResult({"query": query, "results": results}, text)


TOOL = ToolDefinition(
    name="search_portfolio",
    title="Search the portfolio",
    description=(
        "Full-text search over the owner's résumé, projects, posts and FAQ. Returns the best passages, "
        "best first, each with a portfolio:// URI to cite and read in full."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "query": {"type": "string", "minLength": 1, "maxLength": 500, "description": "What to look for."},
            "limit": {
                "type": "integer",
                "minimum": 1,
                "maximum": 20,
                "default": 5,
                "description": "How many passages.",
            },
        },
        "required": ["query"],
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "query": {"type": "string"},
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {**CITATION["properties"], "score": {"type": ["number", "null"]}},
                    "required": ["uri", "title", "snippet"],
                },
            },
        },
        "required": ["query", "results"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
)
