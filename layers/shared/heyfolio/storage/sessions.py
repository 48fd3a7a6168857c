"""Visitor sessions: created on first contact, kept alive by use (sliding expiry)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_TTL_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Session:
    session_id: str
    visitor_id: str
    created_at: float
    last_seen_at: float
    expires_at: float
    data: dict[str, str] = field(default_factory=dict)


def _session(i: Any) -> Session:
    return Session(
        session_id=i.session_id,
        visitor_id=i.visitor_id,
        created_at=i.created_at,
        last_seen_at=i.last_seen_at,
        expires_at=i.expires_at,
        data=json.loads(i.data_json) if i.data_json else {},
    )


def create(
    visitor_id: str | None = None,
    *,
    ttl_seconds: int = DEFAULT_TTL_SECONDS,
    data: dict[str, str] | None = None,
) -> Session:
    """Start a session (for a new visitor id unless one is given); never overwrites one."""
    m = models()
    now = clock.now()
    session_id = keys.new_id()
    item = m.SessionItem(
        keys.session_pk(session_id),
        keys.SESSION_SK,
        session_id=session_id,
        visitor_id=visitor_id or keys.new_id(),
        created_at=now,
        last_seen_at=now,
        expires_at=now + ttl_seconds,
        data_json=json.dumps(data, sort_keys=True) if data else None,
    )
    item.save(condition=m.SessionItem.pk.does_not_exist())
    return _session(item)


def get(session_id: str) -> Session | None:
    """The live session, or ``None`` if unknown or expired."""
    m = models()
    item = expiry.get_live(m.SessionItem, keys.session_pk(session_id), keys.SESSION_SK)
    return _session(item) if item is not None else None


def touch(session_id: str, *, ttl_seconds: int = DEFAULT_TTL_SECONDS) -> Session | None:
    """Record activity and push expiry to now + ``ttl_seconds``; ``None`` if already expired.

    Conditional on the session being live: an expired session is never revived.
    """
    m = models()
    now = clock.now()
    item = m.SessionItem(keys.session_pk(session_id), keys.SESSION_SK)
    try:
        item.update(
            actions=[m.SessionItem.last_seen_at.set(now), m.SessionItem.expires_at.set(now + ttl_seconds)],
            condition=expiry.live_condition(m.SessionItem, now),
        )
    except Exception as error:
        if expiry.is_condition_failure(error):
            return None
        raise
    return _session(item)
