"""Leads: visitors who asked to be put in touch, and the owner's decision on each.

A lead is created at most once per idempotency key (the key maps to the lead id, and the put
is conditional), and its status moves ``new -> approved | declined | expired`` exactly once,
each move conditional on the status the caller saw. Personal fields can be erased while the
lead itself (status, dates) stays for the owner's statistics.

Email and message are stored encrypted (KMS envelope encryption, :mod:`heyfolio.crypto`),
bound to the lead id and the field name, and decrypted on read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, get_args

from heyfolio.config import get_settings
from heyfolio.crypto.fields import lead_cipher
from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models
from heyfolio.storage.errors import Conflict, IllegalTransition, NotFound
from heyfolio.storage.indexes import GSI1

DEFAULT_RETENTION_SECONDS = 365 * 24 * 3600

Status = Literal["new", "approved", "declined", "expired"]
STATUSES: tuple[str, ...] = get_args(Status)
TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"approved", "declined", "expired"}),
    "approved": frozenset(),
    "declined": frozenset(),
    "expired": frozenset(),
}


@dataclass(frozen=True)
class Lead:
    lead_id: str
    status: str
    name: str | None
    email: str | None
    message: str | None
    consent: bool
    consent_at: float | None
    created_at: float
    updated_at: float
    visitor_id: str | None = None
    source: str | None = None
    reply: str | None = None
    decided_at: float | None = None
    erased_at: float | None = None
    expires_at: float | None = None


LEAD_KIND = "lead"
"""The discriminator (``kind``) of a lead (``models.LeadItem``)."""


class _Plain:
    """A lead item read without the models, with the attribute access ``_lead`` uses (absent: ``None``)."""

    def __init__(self, item: dict[str, Any]) -> None:
        self._item = item

    def __getattr__(self, name: str) -> Any:
        return self._item.get(name)


def _seal(lead_id: str, field: str, value: str) -> str:
    return lead_cipher().encrypt(value, {"lead_id": lead_id, "field": field})


def _open(lead_id: str, field: str, value: str | None) -> str | None:
    if value is None:
        return None

    return lead_cipher().decrypt(value, {"lead_id": lead_id, "field": field})


def _lead(i: Any) -> Lead:
    return Lead(
        lead_id=i.lead_id,
        status=i.status,
        name=i.name,
        email=_open(i.lead_id, "email", i.email),
        message=_open(i.lead_id, "message", i.message),
        consent=bool(i.consent),
        consent_at=i.consent_at,
        created_at=i.created_at,
        updated_at=i.updated_at,
        visitor_id=i.visitor_id,
        source=i.source,
        reply=i.reply,
        decided_at=i.decided_at,
        erased_at=i.erased_at,
        expires_at=i.expires_at,
    )


def _status_sort_key(created_at: float, lead_id: str) -> str:
    return f"{keys.iso(created_at)}#{lead_id}"


def create_once(
    idempotency_key: str,
    *,
    name: str,
    email: str,
    message: str,
    consent: bool,
    visitor_id: str | None = None,
    source: str | None = None,
    retention_seconds: int = DEFAULT_RETENTION_SECONDS,
) -> tuple[Lead, bool]:
    """Create the lead for ``idempotency_key``, or return the one it already made.

    Returns ``(lead, created)``; a retry with the same key (a double click, a retried
    request) gets the first lead back with ``created=False``, whatever fields it sent.
    A lead without the visitor's consent is refused: we store contact details only with it.
    """
    if not idempotency_key:
        raise ValueError("idempotency_key must not be empty")
    if not consent:
        raise ValueError("a lead needs the visitor's consent to store their contact details")
    if not name.strip():
        raise ValueError("name must not be empty")
    if "@" not in email:
        raise ValueError(f"not an email address: {email!r}")
    m = models()
    lead_id = keys.lead_id_for(idempotency_key)
    pk = keys.lead_pk(lead_id)
    for _ in range(2):
        now = clock.now()
        item = m.LeadItem(
            pk,
            keys.LEAD_SK,
            lead_id=lead_id,
            status="new",
            name=name,
            email=_seal(lead_id, "email", email),
            message=_seal(lead_id, "message", message),
            consent=True,
            consent_at=now,
            created_at=now,
            updated_at=now,
            visitor_id=visitor_id,
            source=source,
            expires_at=now + retention_seconds,
            gsi1pk=keys.lead_status_key("new"),
            gsi1sk=_status_sort_key(now, lead_id),
        )
        try:
            # An expired lead still waiting for DynamoDB's sweeper counts as absent.
            item.save(condition=expiry.absent_or_expired(m.LeadItem, now))
            return _lead(item), True
        except Exception as error:
            if not expiry.is_condition_failure(error):
                raise
        existing = expiry.get_live(m.LeadItem, pk, keys.LEAD_SK)
        if existing is not None:
            return _lead(existing), False
        # It expired between our put and our get: try the put once more.
    raise Conflict(f"lead {lead_id} changed concurrently; retry")


def get(lead_id: str) -> Lead | None:
    """The live lead, or ``None``."""
    m = models()
    item = expiry.get_live(m.LeadItem, keys.lead_pk(lead_id), keys.LEAD_SK)
    return _lead(item) if item is not None else None


def list_by_status(status: Status, *, limit: int = 50) -> list[Lead]:
    """Live leads with ``status``, newest first (the owner's inbox). Index reads lag briefly.

    Read without the SDK where the light client can sign (``heyfolio.aws.lite``); decrypting
    a lead's email and message still takes KMS (the SDK), only when there are leads to show."""
    if status not in STATUSES:
        raise ValueError(f"unknown lead status {status!r}")
    from heyfolio.aws import lite  # deferred as in storage.projects: http.client only where it reads

    if lite.available():
        plain = expiry.query_live_plain(
            get_settings().table_name, "gsi1pk", keys.lead_status_key(status), kind=LEAD_KIND,
            index_name=GSI1, newest_first=True, limit=limit,
        )  # fmt: skip
        return [_lead(_Plain(i)) for i in plain]
    m = models()
    items = expiry.query_live(
        m.LeadItem,
        keys.lead_status_key(status),
        index_name=m.GSI1,
        newest_first=True,
        limit=limit,
    )
    return [_lead(i) for i in items]


def transition(lead_id: str, from_status: Status, to_status: Status, *, reply: str | None = None) -> Lead:
    """Move a lead from ``from_status`` to ``to_status``, once.

    ``IllegalTransition`` if the lifecycle does not allow the move; ``NotFound`` if there is
    no live lead; ``Conflict`` if its status is no longer ``from_status`` (someone decided first).
    """
    if from_status not in STATUSES or to_status not in STATUSES:
        raise IllegalTransition(f"unknown lead status in {from_status!r} -> {to_status!r}")
    if to_status not in TRANSITIONS[from_status]:
        raise IllegalTransition(f"a lead cannot go from {from_status} to {to_status}")
    m = models()
    now = clock.now()
    item = m.LeadItem(keys.lead_pk(lead_id), keys.LEAD_SK)
    actions = [
        m.LeadItem.status.set(to_status),
        m.LeadItem.updated_at.set(now),
        m.LeadItem.decided_at.set(now),
        m.LeadItem.gsi1pk.set(keys.lead_status_key(to_status)),
    ]
    if reply is not None:
        actions.append(m.LeadItem.reply.set(reply))
    condition = expiry.live_condition(m.LeadItem, now) & (m.LeadItem.status == from_status)
    try:
        item.update(actions=actions, condition=condition)
    except Exception as error:
        if not expiry.is_condition_failure(error):
            raise
        current = get(lead_id)
        if current is None:
            raise NotFound(f"lead {lead_id} does not exist or has expired") from error
        raise Conflict(f"lead {lead_id} is {current.status}, not {from_status}") from error
    return _lead(item)


def erase_personal(lead_id: str) -> Lead | None:
    """Remove name, email, message and reply; keep status and dates. ``None`` if no such lead."""
    m = models()
    now = clock.now()
    item = m.LeadItem(keys.lead_pk(lead_id), keys.LEAD_SK)
    try:
        item.update(
            actions=[
                m.LeadItem.name.remove(),
                m.LeadItem.email.remove(),
                m.LeadItem.message.remove(),
                m.LeadItem.reply.remove(),
                m.LeadItem.erased_at.set(now),
                m.LeadItem.updated_at.set(now),
            ],
            condition=m.LeadItem.pk.exists(),
        )
    except Exception as error:
        if expiry.is_condition_failure(error):
            return None
        raise
    return _lead(item)
