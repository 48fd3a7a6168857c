"""Audit events: who did what, when, from where, and how it ended. Append-only.

Written with a put that refuses to overwrite, and the model refuses updates, so an event once
written is never changed. Partitioned by UTC month (``AUDIT#<month>``): low volume, and
"newest first" walks months backwards; ``gsi1`` (``ACTOR#<actor>``) lists one actor's events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from heyfolio.config import get_settings
from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_RETENTION_SECONDS = 365 * 24 * 3600
DEFAULT_LOOKBACK_SECONDS = 365 * 24 * 3600
AUDIT_KIND = "audit"
"""The discriminator (``kind``) of an audit event (``models.AuditItem``)."""


@dataclass(frozen=True)
class AuditEvent:
    actor: str
    action: str
    outcome: str
    at: float
    target: str | None = None
    source_ip: str | None = None
    visitor_id: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    event_id: str = ""


def _event(i: Any) -> AuditEvent:
    return AuditEvent(
        actor=i.actor,
        action=i.action,
        outcome=i.outcome,
        at=i.created_at,
        target=i.target,
        source_ip=i.source_ip,
        visitor_id=i.visitor_id,
        detail=json.loads(i.detail_json) if i.detail_json else {},
        event_id=f"{i.pk}/{i.sk}",
    )


def append(
    actor: str,
    action: str,
    *,
    outcome: str,
    target: str | None = None,
    source_ip: str | None = None,
    visitor_id: str | None = None,
    detail: dict[str, Any] | None = None,
    at: float | None = None,
    retention_seconds: int | None = DEFAULT_RETENTION_SECONDS,
) -> AuditEvent:
    """Write one audit event; it can never be overwritten or updated afterwards."""
    m = models()
    ts = clock.now() if at is None else at
    sk = keys.event_sk(ts)
    item = m.AuditItem(
        keys.audit_pk(keys.month_of(ts)),
        sk,
        actor=actor,
        action=action,
        outcome=outcome,
        target=target,
        source_ip=source_ip,
        visitor_id=visitor_id,
        detail_json=json.dumps(detail, sort_keys=True) if detail else None,
        created_at=ts,
        expires_at=ts + retention_seconds if retention_seconds is not None else None,
        gsi1pk=keys.actor_key(actor),
        gsi1sk=sk,
    )
    item.save(condition=m.AuditItem.pk.does_not_exist())
    return _event(item)


def list_recent(*, limit: int = 50, since: float | None = None) -> list[AuditEvent]:
    """Live events, newest first, back to ``since`` (default: a year).

    A read-only owner tool's whole first call (``visitor_questions``): where the light client can
    sign (``heyfolio.aws.lite``: on AWS, or against the emulator) the months are queried without
    the SDK, the same ``Query`` with the same key condition, expiry filter and discriminator
    pynamodb sends; else through the models."""
    from heyfolio.aws import lite  # deferred as in storage.projects: http.client only where it reads

    now = clock.now()
    since = now - DEFAULT_LOOKBACK_SECONDS if since is None else since
    lower = keys.iso(since)
    if lite.available():
        return _list_recent_lite(lower, since, now, limit)
    m = models()
    found: list[AuditEvent] = []
    for month in reversed(keys.months_between(since, now)):
        items = expiry.query_live(
            m.AuditItem,
            keys.audit_pk(month),
            m.AuditItem.sk >= lower,
            newest_first=True,
            limit=limit - len(found),
        )
        found.extend(_event(i) for i in items)
        if len(found) >= limit:
            break
    return found


def _list_recent_lite(lower: str, since: float, now: float, limit: int) -> list[AuditEvent]:
    table = get_settings().events_table_name
    found: list[AuditEvent] = []
    for month in reversed(keys.months_between(since, now)):
        items = expiry.query_live_plain(
            table, "pk", keys.audit_pk(month), kind=AUDIT_KIND, range_key=("sk", ">=", lower),
            newest_first=True, limit=limit - len(found), now=now,
        )  # fmt: skip
        found.extend(_event_from_plain(i) for i in items)
        if len(found) >= limit:
            break
    return found


def _event_from_plain(item: dict[str, Any]) -> AuditEvent:
    """An audit event from its item read without the models (the attributes ``AuditItem`` names)."""
    detail = item.get("detail_json")
    return AuditEvent(
        actor=item["actor"],
        action=item["action"],
        outcome=item["outcome"],
        at=item["created_at"],
        target=item.get("target"),
        source_ip=item.get("source_ip"),
        visitor_id=item.get("visitor_id"),
        detail=json.loads(detail) if detail else {},
        event_id=f"{item['pk']}/{item['sk']}",
    )


def list_by_actor(actor: str, *, limit: int = 50) -> list[AuditEvent]:
    """One actor's live events, newest first."""
    m = models()
    items = expiry.query_live(
        m.AuditItem, keys.actor_key(actor), index_name=m.GSI1, newest_first=True, limit=limit
    )
    return [_event(i) for i in items]
