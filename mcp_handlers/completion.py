"""``completion/complete``: slugs for the resource templates and prompt arguments, and fixed choices."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from heyfolio.public_view import visible_project_slugs
from heyfolio.published import get_published
from mcp_handlers import prompts
from mcp_handlers.wire import INVALID_PARAMS, McpError

MAX_VALUES = 100


def _slugs(kind: str) -> list[str]:
    """Slugs the public may see: projects through the public view (hidden repositories left out)."""

    portfolio = get_published().portfolio
    if kind == "projects":
        return visible_project_slugs(portfolio)
    return [post.slug for post in portfolio.posts]


def _filter(candidates: Iterable[str], prefix: str) -> dict[str, Any]:
    needle = prefix.casefold()
    values = [c for c in candidates if c.casefold().startswith(needle)]
    values += [c for c in candidates if needle and needle in c.casefold() and c not in values]
    return {
        "completion": {
            "values": values[:MAX_VALUES],
            "total": len(values),
            "hasMore": len(values) > MAX_VALUES,
        }
    }


def complete(
    ref: Mapping[str, Any], argument: Mapping[str, Any], context: Mapping[str, Any]
) -> dict[str, Any]:
    """Candidates for ``argument`` of ``ref`` (a prompt or a resource template)."""

    name, value = str(argument.get("name", "")), str(argument.get("value", ""))
    kind = ref.get("type")
    if kind == "ref/resource":
        uri = ref.get("uri")
        from mcp_handlers.analytics_resources import candidates

        analytics = candidates(str(uri), name, context)
        if analytics is not None:
            return _filter(analytics, value)
        if uri == "portfolio://projects/{slug}" and name == "slug":
            return _filter(_slugs("projects"), value)
        if uri == "portfolio://posts/{slug}" and name == "slug":
            return _filter(_slugs("posts"), value)
        if uri in ("portfolio://projects/{slug}", "portfolio://posts/{slug}"):
            return _filter([], value)
        raise McpError(INVALID_PARAMS, f"Unknown resource template: {uri}")
    if kind == "ref/prompt":
        prompt = next((p for p in prompts.PROMPTS if p.name == ref.get("name")), None)
        if prompt is None:
            raise McpError(INVALID_PARAMS, f"Unknown prompt: {ref.get('name')}")
        choices: dict[str, Iterable[str]] = {
            "audience": prompts.AUDIENCES,
            "depth": prompts.DEPTHS,
            "focus": prompts.FOCUSES,
        }
        if name == "slug":
            return _filter(_slugs("projects"), value)
        if name == "role":
            work = get_published().portfolio.resume.work
            return _filter(list(dict.fromkeys(w.position for w in work if w.position)), value)
        return _filter(choices.get(name, ()), value)
    raise McpError(INVALID_PARAMS, f"Unknown completion reference type: {kind}")
