"""The public read API of the portfolio: profile, projects, posts, FAQ and grounded search.

A Powertools REST resolver rather than FastAPI: it answers API Gateway events
natively and imports in a third of FastAPI's time, which is what a cold start
pays. The dev server replays HTTP requests into it as API Gateway events.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver
from aws_lambda_powertools.event_handler.exceptions import BadRequestError, NotFoundError

from heyfolio.api.errors import install_not_found
from heyfolio.api.query import Number, Param, Text, event_query
from heyfolio.config import get_settings
from heyfolio.content.privacy import public_document
from heyfolio.github.live import hidden_slugs, is_hidden_uri
from heyfolio.public_view import (
    post_detail,
    post_summary,
    project_detail,
    project_summary,
    public_project,
    public_projects,
)
from heyfolio.published import expect_search, get_published

MAX_QUERY_CHARS = 500
MAX_LIMIT = 20

resolver = APIGatewayRestResolver(strip_prefixes=None)
install_not_found(resolver, "GET /api/projects and /api/posts list the slugs")
SEARCH_QUERY: list[Param] = [Text("q", MAX_QUERY_CHARS), Number("limit", 1, MAX_LIMIT, 5)]


def _query(params: list[Param] | None = None) -> dict[str, Any]:
    """The route's query parameters; an unknown or malformed one is a 400 saying what the route takes."""
    event = resolver.current_event
    return event_query(event, params or [], route=event.resource or event.path)


@resolver.get("/healthz")
def health() -> dict[str, Any]:
    _query()
    published = get_published()
    return {"status": "ok", "owner": published.portfolio.owner_name, "chunks": len(published.chunks)}


@resolver.get("/api/profile")
def profile() -> dict[str, Any]:
    _query()
    published = get_published()
    return public_document(published.portfolio.resume.document, get_settings().served_private_fields)


@resolver.get("/api/projects")
def projects() -> dict[str, Any]:
    # A project whose repository went private or was deleted is left out; the others carry
    # their repository's live figures under "live" (heyfolio.public_view, shared with MCP).
    _query()
    return {"projects": [project_summary(p, live) for p, live in public_projects(get_published().portfolio)]}


@resolver.get("/api/projects/<slug>")
def project(slug: str) -> dict[str, Any]:
    _query()
    found = public_project(get_published().portfolio, slug)
    if found is None:
        raise NotFoundError(f"No project with slug '{slug}'. GET /api/projects lists the slugs.")
    return project_detail(*found)


@resolver.get("/api/posts")
def posts() -> dict[str, Any]:
    _query()
    return {"posts": [post_summary(p) for p in get_published().portfolio.posts]}


@resolver.get("/api/posts/<slug>")
def post(slug: str) -> dict[str, Any]:
    _query()
    found = get_published().portfolio.post(slug)
    if found is None:
        raise NotFoundError(f"No post with slug '{slug}'. GET /api/posts lists the slugs.")
    return post_detail(found)


@resolver.get("/api/faq")
def faq() -> dict[str, Any]:
    _query()
    data = asdict(get_published().portfolio.faq)
    return data


@resolver.get("/api/search")
def search() -> dict[str, Any]:
    found = _query(SEARCH_QUERY)
    query = (found["q"] or "").strip()
    if not query:
        raise BadRequestError("Query parameter 'q' is required, e.g. /api/search?q=rust+experience")
    limit: int = found["limit"]

    expect_search()  # a new instance reads the dense stage's model while it fetches the content
    published = get_published()
    hidden = hidden_slugs(published.portfolio)
    hits = published.index.search(query, limit=limit + (MAX_LIMIT if hidden else 0))
    hits = [h for h in hits if not is_hidden_uri(h.chunk.uri, hidden)][:limit]
    return {
        "query": query,
        "hits": [
            {"rank": rank, "score": round(hit.score, 4), **hit.citation()}
            for rank, hit in enumerate(hits, start=1)
        ],
    }
