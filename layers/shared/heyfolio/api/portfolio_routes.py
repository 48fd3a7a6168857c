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
from heyfolio.published import get_published

MAX_QUERY_CHARS = 500
MAX_LIMIT = 20

resolver = APIGatewayRestResolver(strip_prefixes=None)


@resolver.get("/healthz")
def health() -> dict[str, Any]:
    published = get_published()
    return {"status": "ok", "owner": published.portfolio.owner_name, "chunks": len(published.chunks)}


@resolver.get("/api/profile")
def profile() -> dict[str, Any]:
    published = get_published()
    return public_document(published.portfolio.resume.document, get_settings().served_private_fields)


@resolver.get("/api/projects")
def projects() -> dict[str, Any]:
    # A project whose repository went private or was deleted is left out; the others carry
    # their repository's live figures under "live" (heyfolio.public_view, shared with MCP).
    return {"projects": [project_summary(p, live) for p, live in public_projects(get_published().portfolio)]}


@resolver.get("/api/projects/<slug>")
def project(slug: str) -> dict[str, Any]:
    found = public_project(get_published().portfolio, slug)
    if found is None:
        raise NotFoundError(f"No project with slug '{slug}'. GET /api/projects lists the slugs.")
    return project_detail(*found)


@resolver.get("/api/posts")
def posts() -> dict[str, Any]:
    return {"posts": [post_summary(p) for p in get_published().portfolio.posts]}


@resolver.get("/api/posts/<slug>")
def post(slug: str) -> dict[str, Any]:
    found = get_published().portfolio.post(slug)
    if found is None:
        raise NotFoundError(f"No post with slug '{slug}'. GET /api/posts lists the slugs.")
    return post_detail(found)


@resolver.get("/api/faq")
def faq() -> dict[str, Any]:
    data = asdict(get_published().portfolio.faq)
    return data


@resolver.get("/api/search")
def search() -> dict[str, Any]:
    event = resolver.current_event
    query = (event.get_query_string_value("q") or "").strip()
    if not query:
        raise BadRequestError("Query parameter 'q' is required, e.g. /api/search?q=rust+experience")
    if len(query) > MAX_QUERY_CHARS:
        raise BadRequestError(
            f"Query parameter 'q' is {len(query)} characters; the limit is {MAX_QUERY_CHARS}."
        )
    raw_limit = event.get_query_string_value("limit") or "5"
    try:
        limit = int(raw_limit)
    except ValueError:
        raise BadRequestError(
            f"Query parameter 'limit' must be an integer from 1 to {MAX_LIMIT}, got '{raw_limit}'."
        ) from None
    if not 1 <= limit <= MAX_LIMIT:
        raise BadRequestError(f"Query parameter 'limit' must be from 1 to {MAX_LIMIT}, got {limit}.")

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
