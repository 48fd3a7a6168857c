"""``contact_owner``: a visitor asks to be put in touch, through an elicitation form.

Round one answers ``input_required`` with a form and a state naming this form; the
client retries with the visitor's answer. A client that cannot show a form (no form
elicitation, or the legacy era on this stateless endpoint) gets the page's contact form
instead: as URL-mode elicitation where it declares that mode, else as a link in a normal
result, message prefilled - never an error. An accepted form with consent becomes
exactly one lead — the form id is the idempotency key, so a retried final call finds
the lead it already made. A declined or cancelled form stores nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from heyfolio.leads import service
from heyfolio.published import get_published
from mcp_handlers.tasks.contact import follow_up
from mcp_handlers.tools.base import (
    Annotations,
    InputRequired,
    ToolCall,
    ToolDefinition,
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
    """What is wrong with an accepted form (consent aside), in the words the form shows again."""
    from heyfolio.leads.service import InvalidContact, check

    try:
        check({**content, "consent": True})
    except InvalidContact as problem:
        return problem.message
    return None


def _form_state(call: ToolCall) -> Mapping[str, Any]:
    if not call.request_state:
        return {}
    try:
        state = json.loads(call.request_state)
    except ValueError:
        return {}
    return state if isinstance(state, Mapping) else {}


def _modes(call: ToolCall) -> tuple[bool, bool]:
    """(form, url): which elicitation modes this request's client declared, on the 2026-07-28 wire.

    An empty ``elicitation`` object means forms (the mode every client had before URL mode).
    A legacy-era request on this stateless endpoint can be sent no request back, so neither.
    """
    if call.caller.protocol_version < "2026-07-28" or not call.caller.offers("elicitation"):
        return False, False
    declared = call.caller.client_capabilities.get("elicitation")
    modes = declared if isinstance(declared, Mapping) else {}
    return ("form" in modes or not modes), "url" in modes


def _link_result(owner: str, message: str | None) -> ToolResult:
    """For a client that can show no form: the page's contact form, message prefilled. Nothing stored."""
    from heyfolio.leads.service import contact_page_url

    url = contact_page_url(message)
    return ToolResult(
        {"status": "form_link", "stored": False, "formUrl": url},
        f"This client cannot show a form here, so nothing was sent yet. To reach {owner}, open {url} - "
        "the page's contact form, with your message filled in - and send it from there; "
        f"{owner}'s reply comes to the email address you give.",
    )


def _url_round(owner: str, message: str | None, form_id: str, state: Mapping[str, Any], answer: Any) -> Any:
    """URL-mode elicitation: the client opens the page's contact form; the visitor sends it there."""
    from heyfolio.leads.service import contact_page_url

    url = contact_page_url(message)
    if not state.get("form") or not isinstance(answer, Mapping):
        request = {
            "method": "elicitation/create",
            "params": {
                "mode": "url",
                "url": url,
                "message": f"Open the contact form on {owner}'s portfolio to send your message.",
            },
        }
        return InputRequired({FORM_KEY: request}, json.dumps({"form": form_id, "mode": "url"}))
    if answer.get("action") != "accept":
        word = "declined" if answer.get("action") == "decline" else "cancelled"
        return ToolResult({"status": word, "stored": False}, f"You {word}, so nothing was stored or sent.")
    return ToolResult(
        {"status": "form_opened", "stored": False, "formUrl": url},
        f"The contact form is open at {url}: your message reaches {owner} once you send it there.",
    )


def run(call: ToolCall) -> ToolResult | InputRequired:
    owner = get_published().portfolio.owner_name
    message: str | None = call.arguments.get("message")
    state = _form_state(call)
    form_ok, url_ok = _modes(call)
    answer = (call.input_responses or {}).get(FORM_KEY)
    if not form_ok or state.get("mode") == "url":
        if url_ok:
            return _url_round(owner, message, str(state.get("form") or uuid.uuid4().hex), state, answer)
        return _link_result(owner, message)
    form_id = state.get("form")
    if not form_id:
        return InputRequired({FORM_KEY: _form(owner, message)}, json.dumps({"form": uuid.uuid4().hex}))
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
    # The one lead service (also behind the page form and the chat): one lead per form id, its
    # approval flow started once; a flow that cannot start removes the lead and fails the call.
    submitted = service.submit(str(form_id), content, source="mcp", visitor_id=call.caller.subject)
    plain = ToolResult(
        {"status": "sent", "stored": True, "leadId": submitted.lead_id, "duplicate": not submitted.created},
        f"Thanks {submitted.name}: your message is with {owner}, who will reply to {submitted.email}.",
    )
    # A client with the tasks extension gets a task to follow the owner decision.

    return follow_up(plain, submitted.lead_id, call.caller, owner=owner, started=submitted.flow_started)


TOOL = ToolDefinition(
    name="contact_owner",
    title="Contact the owner",
    description=(
        "Ask to be put in touch with the owner. Shows the visitor a form (name, email, message, consent); "
        "nothing is stored without consent. A client without forms gets a link to the page's contact form "
        "(URL-mode elicitation where the client declares it), message prefilled."
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
                    "form_link",
                    "form_opened",
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
            "formUrl": {"type": "string", "description": "The page's contact form, message prefilled."},
            "reply": {"type": "string"},
        },
        "required": ["status", "stored"],
    },
    run=run,
    annotations=Annotations(read_only=False, idempotent=True, open_world=False, destructive=False),
)
