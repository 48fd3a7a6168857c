"""``list_projects``: the owner's projects, filtered by topic or language and sorted."""

from __future__ import annotations

from typing import Any

from heyfolio.public_view import public_projects
from heyfolio.published import get_published
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolResult
from mcp_handlers.views import project_summary

PROJECT: dict[str, Any] = {
    "type": "object",
    "properties": {
        "slug": {"type": "string"},
        "title": {"type": "string"},
        "summary": {"type": "string"},
        "topics": {"type": "array", "items": {"type": "string"}},
        "languages": {"type": "array", "items": {"type": "string"}},
        "uri": {"type": "string"},
    },
    "required": ["slug", "title", "summary", "uri"],
}


def _matches(wanted: str | None, values: tuple[str, ...]) -> bool:
    if not wanted:
        return True
    needle = wanted.strip().casefold()
    return any(needle == v.casefold() or needle in v.casefold() for v in values)


def run(call: ToolCall) -> ToolResult:
    topic, language, sort = (
        call.arguments.get("topic"),
        call.arguments.get("language"),
        call.arguments["sort"],
    )
    # Hidden (private or deleted repository) projects are left out; the rest carry live figures.
    visible = public_projects(get_published().portfolio)
    live = {p.slug: data for p, data in visible}
    projects = [p for p, _ in visible if _matches(topic, p.topics) and _matches(language, p.languages)]
    # The loader orders featured first, then newest: that is "featured".
    if sort == "name":
        projects.sort(key=lambda p: p.title.casefold())
    elif sort == "recent":
        projects.sort(
            key=lambda p: (p.start_date.year or 0, p.start_date.month or 0) if p.start_date else (0, 0),
            reverse=True,
        )
    items = [project_summary(p, live.get(p.slug)) for p in projects]
    filters = ", ".join(f"{k}={v!r}" for k, v in (("topic", topic), ("language", language)) if v)
    if not items:
        text = f"No project matches {filters}." if filters else "The portfolio lists no projects."
    else:
        text = "\n".join(f"- {p['title']} ({p['slug']}): {p['summary']}" for p in items)
    return ToolResult({"count": len(items), "projects": items}, text)


TOOL = ToolDefinition(
    name="list_projects",
    title="List projects",
    description="The owner's projects with their facts and links, optionally filtered by topic or language.",
    input_schema={
        "type": "object",
        "properties": {
            "topic": {
                "type": "string",
                "maxLength": 100,
                "description": "Keep projects with this topic (substring, any case).",
            },
            "language": {
                "type": "string",
                "maxLength": 100,
                "description": "Keep projects written in this language.",
            },
            "sort": {"type": "string", "enum": ["featured", "recent", "name"], "default": "featured"},
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {"count": {"type": "integer"}, "projects": {"type": "array", "items": PROJECT}},
        "required": ["count", "projects"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
)
