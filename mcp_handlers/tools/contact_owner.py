"""``contact_owner``: a visitor asks to be put in touch, through an elicitation form.

Round one answers ``input_required`` with a form and a state naming this form; the
client retries with the visitor's answer. An accepted form with consent becomes
exactly one lead — the form id is the idempotency key, so a retried final call finds
the lead it already made. A declined or cancelled form stores nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from heyfolio.published import get_published
from heyfolio.storage import leads
from mcp_handlers.tasks.contact import follow_up
from mcp_handlers.tools.base import (
    Annotations,
    InputRequired,
    ToolCall,
    ToolDefinition,
    ToolError,
    ToolResult,
)

FORM_KEY = "contact"


def _form(owner: str, message: str | None, problem: str | None = None) -> dict[str, Any]:
    intro = f"Leave your details and {owner} will get back to you. They are stored only with your consent."
    message_field: dict[str, Any] = {"type": "string", "title": "Message", "minLength": 1, "maxLength": 2000}
    if message:
        message_field["default"] = message
    return {
        "method": "elicitation/create",
        "params": {
            "mode": "form",
            "message": f"{problem} {intro}" if problem else intro,
            "requestedSchema": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "title": "Your name", "minLength": 1, "maxLength": 200},
                    "email": {"type": "string", "title": "Email", "format": "email", "maxLength": 320},
                    "message": message_field,
                    "consent": {
                        "type": "boolean",
                        "title": "Consent",
                        "description": f"Store my name, email and message so {owner} can reply.",
                        "default": False,
                    },
                },
                "required": ["name", "email", "message", "consent"],
            },
        },
    }


def _problem(content: Mapping[str, Any]) -> str | None:
    name, email = str(content.get("name") or "").strip(), str(content.get("email") or "").strip()
    if not name:
        return "Please give your name."
    if "@" not in email or "." not in email.rsplit("@", 1)[-1] or " " in email:
        return f"{email!r} does not look like an email address."
    if not str(content.get("message") or "").strip():
        return "Please write a message."
    return None


def run(call: ToolCall) -> ToolResult | InputRequired:
    owner = get_published().portfolio.owner_name
    message: str | None = call.arguments.get("message")
    if call.caller.protocol_version < "2026-07-28":
        raise ToolError(
            "contact_owner asks for your details through a form, which needs an MCP 2026-07-28 client; "
            f"this client speaks {call.caller.protocol_version or 'an older protocol'}."
        )
    if not call.caller.offers("elicitation"):
        raise ToolError(
            "contact_owner needs a client that can show forms (the elicitation capability); yours does not declare it."
        )
    form_id = None
    if call.request_state:
        try:
            form_id = json.loads(call.request_state).get("form")
        except (ValueError, AttributeError):
            form_id = None
    if not form_id:
        return InputRequired({FORM_KEY: _form(owner, message)}, json.dumps({"form": uuid.uuid4().hex}))
    answer = (call.input_responses or {}).get(FORM_KEY)
    if not isinstance(answer, Mapping) or answer.get("action") not in ("accept", "decline", "cancel"):
        # The retry carried no answer to our form: ask again, same form (same idempotency key).
        return InputRequired({FORM_KEY: _form(owner, message)}, json.dumps({"form": form_id}))
    action = answer["action"]
    if action != "accept":
        word = "declined" if action == "decline" else "cancelled"
        return ToolResult(
            {"status": word, "stored": False}, f"You {word} the form, so nothing was stored or sent."
        )
    raw_content = answer.get("content")
    content: Mapping[str, Any] = raw_content if isinstance(raw_content, Mapping) else {}
    if content.get("consent") is not True:
        return ToolResult(
            {"status": "no_consent", "stored": False},
            f"Without your consent nothing was stored, so {owner} cannot reply. Call contact_owner again to retry.",
        )
    problem = _problem(content)
    if problem:
        return InputRequired(
            {FORM_KEY: _form(owner, str(content.get("message") or message or ""), problem)},
            json.dumps({"form": form_id}),
        )

    lead, created = leads.create_once(
        f"mcp-contact:{form_id}",
        name=str(content["name"]).strip(),
        email=str(content["email"]).strip(),
        message=str(content["message"]).strip(),
        consent=True,
        visitor_id=call.caller.subject,
        source="mcp",
    )
    plain = ToolResult(
        {"status": "sent", "stored": True, "leadId": lead.lead_id, "duplicate": not created},
        f"Thanks {lead.name}: your message is with {owner}, who will reply to {lead.email}.",
    )
    # The owner's approval flow starts here; a client with the tasks extension gets a task to follow it.

    return follow_up(plain, lead.lead_id, call.caller, owner=owner)


TOOL = ToolDefinition(
    name="contact_owner",
    title="Contact the owner",
    description=(
        "Ask to be put in touch with the owner. Shows the visitor a form (name, email, message, consent); "
        "nothing is stored without consent. Needs a client with forms (elicitation, MCP 2026-07-28)."
    ),
    input_schema={
        "type": "object",
        "properties": {
            "message": {"type": "string", "maxLength": 2000, "description": "A first draft of the message."}
        },
        "additionalProperties": False,
    },
    output_schema={
        "type": "object",
        "properties": {
            "status": {
                "type": "string",
                # The last three are a task's final result: the owner's decision (Tasks extension).
                "enum": [
                    "sent",
                    "declined",
                    "cancelled",
                    "no_consent",
                    "approved",
                    "owner_declined",
                    "expired",
                ],
            },
            "stored": {"type": "boolean"},
            "leadId": {"type": "string"},
            "duplicate": {"type": "boolean"},
            "reply": {"type": "string"},
        },
        "required": ["status", "stored"],
    },
    run=run,
    annotations=Annotations(read_only=False, idempotent=True, open_world=False, destructive=False),
)
