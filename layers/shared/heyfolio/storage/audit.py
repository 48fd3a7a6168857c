"""Audit events: who did what, when, from where, and how it ended. Append-only.

Written with a put that refuses to overwrite, and the model refuses updates, so an event once
written is never changed. Partitioned by UTC month (``AUDIT#<month>``): low volume, and
"newest first" walks months backwards; ``gsi1`` (``ACTOR#<actor>``) lists one actor's events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_RETENTION_SECONDS = 365 * 24 * 3600
DEFAULT_LOOKBACK_SECONDS = 365 * 24 * 3600


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
    """Live events, newest first, back to ``since`` (default: a year)."""
    m = models()
    now = clock.now()
    since = now - DEFAULT_LOOKBACK_SECONDS if since is None else since
    lower = keys.iso(since)
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


def list_by_actor(actor: str, *, limit: int = 50) -> list[AuditEvent]:
    """One actor's live events, newest first."""
    m = models()
    items = expiry.query_live(
        m.AuditItem, keys.actor_key(actor), index_name=m.GSI1, newest_first=True, limit=limit
    )
    return [_event(i) for i in items]
