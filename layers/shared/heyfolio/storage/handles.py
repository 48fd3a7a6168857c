"""Server-minted handles: opaque ids the server gives a client and later resolves.

Elicitation round-trip state, task ids and the like. A handle carries a ``kind`` (so an id
minted for one purpose cannot be replayed for another), a JSON payload, an expiry, and can be
consumed exactly once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models

DEFAULT_TTL_SECONDS = 15 * 60
_MINT_ATTEMPTS = 3


@dataclass(frozen=True)
class Handle:
    handle_id: str
    kind: str
    payload: dict[str, Any]
    created_at: float
    expires_at: float
    visitor_id: str | None = None
    consumed_at: float | None = None

    @property
    def consumed(self) -> bool:
        return self.consumed_at is not None


def _handle(i: Any) -> Handle:
    return Handle(
        handle_id=i.handle_id,
        kind=i.handle_kind,
        payload=json.loads(i.payload_json),
        created_at=i.created_at,
        expires_at=i.expires_at,
        visitor_id=i.visitor_id,
        consumed_at=i.consumed_at,
    )


def mint(
    kind: str,
    payload: dict[str, Any],
    *,
    ttl_seconds: int = DEFAULT_TTL_SECONDS,
    visitor_id: str | None = None,
) -> str:
    """Store ``payload`` under a new opaque id and return the id; never overwrites a handle."""
    if ttl_seconds <= 0:
        raise ValueError("ttl_seconds must be positive")
    m = models()
    now = clock.now()
    payload_json = json.dumps(payload, sort_keys=True)
    for _ in range(_MINT_ATTEMPTS):
        handle_id = keys.new_handle_id()
        item = m.HandleItem(
            keys.handle_pk(handle_id),
            keys.HANDLE_SK,
            handle_id=handle_id,
            handle_kind=kind,
            payload_json=payload_json,
            created_at=now,
            expires_at=now + ttl_seconds,
            visitor_id=visitor_id,
        )
        try:
            item.save(condition=m.HandleItem.pk.does_not_exist())
        except Exception as error:
            if expiry.is_condition_failure(error):
                continue  # 192 random bits collided: astronomically unlikely, but never overwrite
            raise
        return handle_id
    raise RuntimeError("could not mint a unique handle id")


def resolve(handle_id: str, kind: str | None = None) -> Handle | None:
    """The live handle (consumed or not), or ``None`` if unknown, expired or of another kind."""
    m = models()
    item = expiry.get_live(m.HandleItem, keys.handle_pk(handle_id), keys.HANDLE_SK)
    if item is None or (kind is not None and item.handle_kind != kind):
        return None
    return _handle(item)


def consume(handle_id: str, kind: str | None = None) -> Handle | None:
    """Mark the handle used and return it; ``None`` if it was already used, expired or unknown.

    One conditional update decides, so of two concurrent consumers exactly one wins.
    """
    m = models()
    now = clock.now()
    condition = expiry.live_condition(m.HandleItem, now) & m.HandleItem.consumed_at.does_not_exist()
    if kind is not None:
        condition &= m.HandleItem.handle_kind == kind
    item = m.HandleItem(keys.handle_pk(handle_id), keys.HANDLE_SK)
    try:
        item.update(actions=[m.HandleItem.consumed_at.set(now)], condition=condition)
    except Exception as error:
        if expiry.is_condition_failure(error):
            return None
        raise
    return _handle(item)
