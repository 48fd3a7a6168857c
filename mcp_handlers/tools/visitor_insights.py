"""``visitor_insights`` (owner only): what visitors' conversations were about, from the daily analytics flow.

Topics, intents, sentiment, engagement and the needs the portfolio did not answer (with example
questions and a headline per need), since a day, optionally for one topic.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult

DEFAULT_DAYS = 7
MAX_DAYS = 400


def _since(value: str | None, today: date) -> date:
    if not value:
        return today - timedelta(days=DEFAULT_DAYS - 1)
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        raise ToolError(f"since must be an ISO date like 2026-11-01, got {value!r}") from None
    if day > today:
        raise ToolError("since is in the future")
    return max(day, today - timedelta(days=MAX_DAYS))


def _text(view: dict[str, Any]) -> str:
    n = view["conversations"]
    if not n:
        return f"No classified conversations from {view['from']} to {view['to']} (the flow runs daily)."
    intents = ", ".join(f"{k} {v}" for k, v in view["intents"].items())
    topics = ", ".join(f"{k} ({v})" for k, v in list(view["topics"].items())[:8])
    lines = [
        f"{n} conversations from {view['from']} to {view['to']}"
        + (f" about {view['topic']}" if view["topic"] else ""),
        f"Intents: {intents}.",
        f"Topics: {topics or 'none'}.",
        f"Engagement: {view['engagement']['avg_turns']} turns on average, "
        f"{view['engagement']['with_follow_ups']} with follow-ups, {view['engagement']['contact_requested']} asked to get in touch.",
    ]
    lines += [f"- {h}" for h in view["headlines"]]
    return "\n".join(lines)


def run(call: ToolCall) -> ToolResult:
    from heyfolio.analytics.insights import range_view
    from heyfolio.storage import clock

    today = datetime.fromtimestamp(clock.now(), UTC).date()
    first = _since(call.arguments.get("since"), today)
    days = (today - first).days + 1
    words = "this week" if days == 7 else f"in the last {days} days" if days > 1 else "today"
    topic = (call.arguments.get("topic") or "").strip() or None
    view = range_view(first.isoformat(), today.isoformat(), words, topic=topic)
    view.pop("series", None)
    return ToolResult(view, _text(view))


TOOL = ToolDefinition(
    name="visitor_insights",
    title="Visitor insights (owner)",
    description=(
        "Owner only: what visitors' conversations were about, from the daily conversation analytics: topics, "
        "intents (hiring, collaboration, curiosity), sentiment, engagement and the needs the portfolio did not "
        "answer, with example questions. Optionally since a day and for one topic."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "since": {
                "type": "string",
                "maxLength": 40,
                "description": "ISO date; default: the last 7 days.",
            },
            "topic": {
                "type": "string",
                "maxLength": 100,
                "description": "Only conversations with this topic.",
            },
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "from": {"type": "string"},
            "to": {"type": "string"},
            "topic": {"type": ["string", "null"]},
            "conversations": {"type": "integer"},
            "topics": {"type": "object"},
            "intents": {"type": "object"},
            "sentiment": {"type": "object"},
            "projects": {"type": "object"},
            "engagement": {"type": "object"},
            "unanswered_needs": {"type": "array", "items": {"type": "object"}},
            "headlines": {"type": "array", "items": {"type": "string"}},
            "examples": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["conversations", "topics", "intents", "unanswered_needs", "headlines"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    owner_only=True,
)
