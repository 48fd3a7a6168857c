"""``review_lead`` (owner only): decide on a visitor's request to be put in touch.

A thin tool over ``heyfolio.flows.approval.review_lead`` (the owner-approval flow's own
logic): ``approve`` with a reply for the visitor, ``decline``, or ``hold`` (keep it open).
The decision resumes the lead's Step Functions execution, so a visitor following the
request as an MCP task sees the reply on their next ``tasks/get``.
"""

from __future__ import annotations

from mcp_handlers.tools.base import Annotations, ToolCall, ToolDefinition, ToolError, ToolResult


def run(call: ToolCall) -> ToolResult:
    from heyfolio.flows.approval import ReviewError, review_lead

    args = call.arguments
    try:
        result = review_lead(args["lead_id"], args["decision"], args.get("reply"))
    except ReviewError as exc:
        if exc.status == 400:
            raise ToolError(exc.message) from None
        # Nothing to decide (no such lead, or already decided): a fact for the owner, not a mistake to fix.
        state = "not_found" if exc.status == 404 else "unchanged"
        return ToolResult(
            {
                "leadId": args["lead_id"],
                "status": state,
                "reply": None,
                "flowResumed": False,
                "note": exc.message,
            },
            exc.message,
        )
    return ToolResult(result.to_dict(), f"Lead {result.lead_id}: {result.status} - {result.note}.")


TOOL = ToolDefinition(
    name="review_lead",
    title="Review a lead (owner)",
    description=(
        "Owner only: approve a visitor's request to be put in touch (with the reply they will receive), "
        "decline it, or hold it open longer."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "lead_id": {"type": "string", "minLength": 1, "maxLength": 100},
            "decision": {"type": "string", "enum": ["approve", "decline", "hold"]},
            "reply": {"type": "string", "maxLength": 4000, "description": "Required to approve."},
        },
        "required": ["lead_id", "decision"],
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "leadId": {"type": "string"},
            "status": {"type": "string"},
            "reply": {"type": ["string", "null"]},
            "flowResumed": {"type": "boolean"},
            "note": {"type": "string"},
        },
        "required": ["leadId", "status", "flowResumed"],
    },
    run=run,
    annotations=Annotations(read_only=False, idempotent=False, open_world=True, destructive=False),
    owner_only=True,
)
