"""Create a lead from a visitor's contact request and start the owner's approval, exactly once.

Every entry point (the page's form, the chat, MCP ``contact_owner``) calls :func:`submit` with an
idempotency key of its own (the page's per-form key, the MCP form id): a retried or concurrent
submission with the same key finds the lead the first one made and starts nothing twice. Input
is checked before anything is written, so a refused submission stores nothing; and when the
approval flow cannot be started, the lead this call just created is removed again before the
error propagates, so a failing call never leaves an orphan lead (the retry creates it afresh).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

log = logging.getLogger(__name__)

MAX_NAME = 200
MAX_EMAIL = 320
MAX_MESSAGE = 2000
MAX_KEY = 200
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KEY = re.compile(r"^[A-Za-z0-9_.:-]{8,200}$")


class InvalidContact(ValueError):
    """A contact request that cannot be stored as sent: ``field`` names what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class ContactFields:
    """A checked contact request: trimmed name, email and message, with consent given."""

    name: str
    email: str
    message: str


@dataclass(frozen=True)
class Submission:
    """What :func:`submit` did: the lead, whether this call created it, whether a flow runs for it."""

    lead_id: str
    name: str
    email: str
    status: str
    created: bool
    flow_started: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "leadId": self.lead_id,
            "status": self.status,
            "duplicate": not self.created,
            "flowStarted": self.flow_started,
        }


def check(raw: Mapping[str, Any]) -> ContactFields:
    """The fields of a contact request, or :class:`InvalidContact` naming the first problem."""
    if raw.get("consent") is not True:
        raise InvalidContact(
            "consent",
            "Please tick the consent box: your name, email and message are stored only with it.",
        )
    values: dict[str, str] = {}
    for field, limit in (("name", MAX_NAME), ("email", MAX_EMAIL), ("message", MAX_MESSAGE)):
        value = raw.get(field)
        if value is not None and not isinstance(value, str):
            raise InvalidContact(field, f"'{field}' must be text.")
        text = (value or "").strip()
        if not text:
            raise InvalidContact(field, f"Please fill in your {field}.")
        if len(text) > limit:
            raise InvalidContact(field, f"Your {field} is {len(text)} characters; the limit is {limit}.")
        values[field] = text
    if not _EMAIL.match(values["email"]):
        raise InvalidContact("email", f"{values['email']!r} does not look like an email address.")
    return ContactFields(values["name"], values["email"], values["message"])


def check_key(key: Any) -> str:
    """An idempotency key as a client may send it (8-200 of ``A-Z a-z 0-9 _ . : -``)."""
    if not isinstance(key, str) or not _KEY.match(key):
        raise InvalidContact(
            "idempotencyKey",
            "Send an idempotency key (8 to 200 letters, digits or _.:-), the same one on every retry of "
            "one submission: the Idempotency-Key header or the idempotencyKey field.",
        )
    return key


def _delete(lead_id: str) -> None:
    """Remove a lead this call created (its flow could not start), so nothing is left behind."""
    from heyfolio.storage import keys
    from heyfolio.storage.binding import models

    m = models()
    m.LeadItem(keys.lead_pk(lead_id), keys.LEAD_SK).delete()


def start_approval(lead_id: str, *, source: str) -> bool:
    """Start the lead's approval flow; ``False`` (logged) when no flow is configured here."""
    from heyfolio.flows.coordinator import FlowsNotConfigured, get_runner

    try:
        get_runner().start_approval(lead_id, source=source)
    except FlowsNotConfigured as exc:
        log.warning("lead %s stored without an approval flow: %s", lead_id, exc)
        return False
    return True


def submit(
    idempotency_key: str,
    fields: ContactFields | Mapping[str, Any],
    *,
    source: str,
    visitor_id: str | None = None,
) -> Submission:
    """Store the lead of ``idempotency_key`` (once) and start its approval flow (once).

    ``source`` says where it came from (``web``, ``chat``, ``mcp``), prefixed to the key so two
    entry points can never collide. Raises :class:`InvalidContact` before writing anything.
    """
    from heyfolio.storage import leads

    checked = fields if isinstance(fields, ContactFields) else check(fields)
    lead, created = leads.create_once(
        f"{source}-contact:{idempotency_key}",
        name=checked.name,
        email=checked.email,
        message=checked.message,
        consent=True,
        visitor_id=visitor_id,
        source=source,
    )
    try:
        started = start_approval(lead.lead_id, source=source)
    except Exception:
        if created:
            log.exception("approval flow of lead %s could not start; removing the lead", lead.lead_id)
            _delete(lead.lead_id)
        raise
    return Submission(
        lead.lead_id, lead.name or checked.name, lead.email or checked.email, lead.status, created, started
    )


def contact_page_url(message: str | None = None) -> str:
    """The page's contact form, with ``message`` prefilled (for clients that cannot show a form)."""
    from heyfolio.config import get_settings

    query = {"contact": "1"}
    if message:
        query["message"] = message[:MAX_MESSAGE]
    return f"{get_settings().public_url}/?{urlencode(query)}#contact"


@dataclass(frozen=True)
class VisitorView:
    """What a visitor may see of their own lead: its status and the owner's reply."""

    lead_id: str
    status: str
    reply: str | None
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"leadId": self.lead_id, "status": self.status, "reply": self.reply, "note": self.note}


NOTES = {
    "new": "Sent. The owner has not answered yet.",
    "approved": "The owner replied.",
    "declined": "Thank you for reaching out. The owner is not able to take this further right now.",
    "expired": "Thank you for reaching out. The owner could not answer in time, so the request has closed.",
}


def visitor_view(lead_id: str, visitor_id: str) -> VisitorView | None:
    """The visitor's own lead (``None`` if there is none, or it is someone else's)."""
    from heyfolio.storage import leads

    lead = leads.get(lead_id)
    if lead is None or not visitor_id or lead.visitor_id != visitor_id:
        return None
    reply = lead.reply if lead.status == "approved" else None
    return VisitorView(lead.lead_id, lead.status, reply, NOTES.get(lead.status, ""))


def visitor_leads(visitor_id: str) -> list[VisitorView]:
    """Every live lead of a visitor, newest first (the page's "your messages")."""
    from heyfolio.privacy.locate import visitor_items

    views: list[VisitorView] = []
    for ref in visitor_items(visitor_id):
        if ref.kind != "lead":
            continue
        view = visitor_view(ref.pk.removeprefix("LEAD#"), visitor_id)
        if view is not None:
            views.append(view)
    return views  # index order; the page sorts nothing it cannot see
