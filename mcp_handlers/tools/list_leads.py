"""``list_leads`` (owner only): visitors who asked to be put in touch."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from heyfolio.storage import leads
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolResult

STATUSES = ["new", "approved", "declined", "expired"]


def run(call: ToolCall) -> ToolResult:
    status = call.arguments["status"]
    found = leads.list_by_status(status, limit=call.arguments["limit"])
    items = [
        {
            k: v
            for k, v in asdict(lead).items()
            if k in ("lead_id", "status", "name", "email", "message", "created_at", "source", "reply")
        }
        for lead in found
    ]
    items = [{"leadId": i.pop("lead_id"), "createdAt": i.pop("created_at"), **i} for i in items]
    return ToolResult({"status": status, "count": len(items), "leads": items}, _text(status, items))


def _text(status: str, items: list[dict[str, Any]]) -> str:
    """One line per lead with its id and status: ``review_lead`` needs the id."""
    if not items:
        return f"No {status} leads."
    lines = [
        f"- {i['leadId']} [{i['status']}] {i['name'] or '(erased)'} <{i['email'] or '-'}>"
        + (f" via {i['source']}" if i.get("source") else "")
        + f": {i['message'] or ''}"
        for i in items
    ]
    if status == "new":
        lines.append(
            'Decide with review_lead(lead_id="<id>", decision="approve", reply="...") or decision="decline".'
        )
    return "\n".join(lines)


TOOL = ToolDefinition(
    name="list_leads",
    title="List leads (owner)",
    description=(
        "Owner only: visitors who asked to be put in touch, newest first, by status - each with the "
        "leadId that review_lead takes."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "status": {"type": "string", "enum": STATUSES, "default": "new"},
            "limit": {"type": "integer", "minimum": 1, "maximum": 200, "default": 50},
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "status": {"type": "string"},
            "count": {"type": "integer"},
            "leads": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "leadId": {"type": "string", "description": "What review_lead takes as lead_id."},
                        "status": {"type": "string", "enum": STATUSES},
                        "source": {"type": ["string", "null"]},
                        "reply": {"type": ["string", "null"]},
                        "name": {"type": ["string", "null"]},
                        "email": {"type": ["string", "null"]},
                        "message": {"type": ["string", "null"]},
                        "createdAt": {"type": "number"},
                    },
                    "required": ["leadId", "status", "createdAt"],
                },
            },
        },
        "required": ["status", "count", "leads"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    owner_only=True,
)
