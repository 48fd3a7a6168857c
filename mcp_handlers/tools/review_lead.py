"""``review_lead`` (owner only): decide on a lead - approve with a reply, decline, or hold.

The decision resumes the lead's owner-approval flow (``heyfolio.flows.review``), which
records the reply for the visitor. Approving needs a reply; ``hold`` keeps a lead open when
the owner needs more time (the flow's heartbeat).
"""

from __future__ import annotations

from heyfolio.flows.review import ReviewError, review_lead
from heyfolio.security.audit_log import record_lead_review
from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult


def run(call: ToolCall) -> ToolResult:
    lead_id, decision = call.arguments["lead_id"].strip(), call.arguments["decision"]
    actor = call.caller.subject or "owner"
    try:
        result = review_lead(lead_id, decision, call.arguments.get("reply"))
    except ReviewError as error:
        record_lead_review(actor, lead_id, decision, outcome=f"refused-{error.status}", via="mcp")
        raise ToolError(error.message) from None
    record_lead_review(actor, lead_id, decision, outcome=result.status, via="mcp")
    text = f"Lead {result.lead_id}: {result.status} - {result.note}."
    return ToolResult(result.to_dict(), text)


TOOL = ToolDefinition(
    name="review_lead",
    title="Review a lead (owner)",
    description=(
        "Owner only: decide on a visitor's request to get in touch. 'approve' sends your reply to the visitor "
        "(reply required), 'decline' closes it, 'hold' keeps it open longer. See list_leads for lead ids."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "lead_id": {"type": "string", "minLength": 1, "maxLength": 64, "description": "The lead's id."},
            "decision": {"type": "string", "enum": ["approve", "decline", "hold"]},
            "reply": {
                "type": "string",
                "maxLength": 4000,
                "description": "Your reply to the visitor (required to approve).",
            },
        },
        "required": ["lead_id", "decision"],
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "leadId": {"type": "string"},
            "status": {"type": "string", "enum": ["new", "approved", "declined", "expired"]},
            "reply": {"type": ["string", "null"]},
            "flowResumed": {"type": "boolean"},
            "note": {"type": "string"},
        },
        "required": ["leadId", "status", "flowResumed", "note"],
    },
    run=run,
    annotations=Annotations(read_only=False, idempotent=False, open_world=False, destructive=False),
    owner_only=True,
)
