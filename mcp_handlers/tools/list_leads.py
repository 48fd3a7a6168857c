"""``list_leads`` (owner only): visitors who asked to be put in touch."""

from __future__ import annotations

from dataclasses import asdict

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
            if k in ("lead_id", "status", "name", "email", "message", "created_at", "source")
        }
        for lead in found
    ]
    items = [{"leadId": i.pop("lead_id"), "createdAt": i.pop("created_at"), **i} for i in items]
    text = "\n".join(f"- {i['name']} <{i['email']}>: {i['message']}" for i in items) or f"No {status} leads."
    return ToolResult({"status": status, "count": len(items), "leads": items}, text)


TOOL = ToolDefinition(
    name="list_leads",
    title="List leads (owner)",
    description="Owner only: visitors who asked to be put in touch, newest first, by status.",
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
                        "leadId": {"type": "string"},
                        "name": {"type": ["string", "null"]},
                        "email": {"type": ["string", "null"]},
                        "message": {"type": ["string", "null"]},
                        "createdAt": {"type": "number"},
                    },
                    "required": ["leadId", "createdAt"],
                },
            },
        },
        "required": ["status", "count", "leads"],
    },
    run=run,
    annotations=Annotations(read_only=True, idempotent=True, open_world=False),
    owner_only=True,
)
