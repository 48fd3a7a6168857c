"""``visitor_questions`` (owner only): what visitors asked, and what the portfolio could not answer."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from heyfolio.storage import questions
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult


def _since(value: str | None) -> float | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ToolError(f"since must be an ISO date or date-time like 2026-11-01, got {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    if parsed.timestamp() > time.time():
        raise ToolError("since is in the future")
    return parsed.timestamp()


def run(call: ToolCall) -> ToolResult:
    found = questions.recent(
        since=_since(call.arguments.get("since")),
        unanswered_only=call.arguments["unanswered_only"],
        limit=call.arguments["limit"],
    )
    items = [
        {
            "question": q.question,
            "answered": q.answered,
            "source": q.source,
            "at": datetime.fromtimestamp(q.at, UTC).isoformat(),
            "topScore": q.top_score,
        }
        for q in found
    ]
    text = "\n".join(f"- [{'answered' if i['answered'] else 'UNANSWERED'}] {i['question']}" for i in items)
    return ToolResult(
        {"count": len(items), "questions": items}, text or "No visitor questions in that period."
    )


TOOL = ToolDefinition(
    name="visitor_questions",
    title="Visitor questions (owner)",
    description="Owner only: questions visitors asked, newest first; optionally only those the portfolio could not answer.",
    input_schema={
        "type": "object",
        "properties": {
            "since": {
                "type": "string",
                "maxLength": 40,
                "description": "ISO date or date-time; default: the last year.",
            },
            "unanswered_only": {"type": "boolean", "default": False},
            "limit": {"type": "integer", "minimum": 1, "maximum": 500, "default": 100},
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "questions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "question": {"type": "string"},
                        "answered": {"type": "boolean"},
                        "source": {"type": "string"},
                        "at": {"type": "string"},
                        "topScore": {"type": ["number", "null"]},
                    },
                    "required": ["question", "answered", "at"],
                },
            },
        },
        "required": ["count", "questions"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    owner_only=True,
)
