"""Conversations and their messages, in order, with a sliding retention window.

A conversation is one partition (``CONV#<id>``): a meta item plus one item per message,
``MSG#<seq>`` with ``seq`` taken from an atomic counter on the meta item, so the order is
the order appends were accepted, whatever the clocks of concurrent writers say.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from heyfolio.storage import clock, expiry, keys
from heyfolio.storage.binding import models
from heyfolio.storage.errors import NotFound

DEFAULT_RETENTION_SECONDS = 30 * 24 * 3600

Role = Literal["user", "assistant", "system", "tool"]
ROLES: tuple[str, ...] = get_args(Role)


@dataclass(frozen=True)
class Conversation:
    conversation_id: str
    visitor_id: str
    created_at: float
    updated_at: float
    message_count: int
    expires_at: float | None
    title: str | None = None


@dataclass(frozen=True)
class Message:
    conversation_id: str
    seq: int
    role: str
    content: str
    created_at: float
    visitor_id: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def _conversation(i: Any) -> Conversation:
    return Conversation(
        conversation_id=i.conversation_id,
        visitor_id=i.visitor_id,
        created_at=i.created_at,
        updated_at=i.updated_at,
        message_count=int(i.message_count or 0),
        expires_at=i.expires_at,
        title=i.title,
    )


def _message(i: Any) -> Message:
    return Message(
        conversation_id=i.conversation_id,
        seq=int(i.seq),
        role=i.role,
        content=i.content,
        created_at=i.created_at,
        visitor_id=i.visitor_id,
        meta=json.loads(i.meta_json) if i.meta_json else {},
    )


def create(
    visitor_id: str,
    *,
    title: str | None = None,
    retention_seconds: int = DEFAULT_RETENTION_SECONDS,
) -> Conversation:
    """Start an empty conversation owned by ``visitor_id``."""
    m = models()
    now = clock.now()
    conversation_id = keys.new_id()
    item = m.ConversationItem(
        keys.conversation_pk(conversation_id),
        keys.CONVERSATION_SK,
        conversation_id=conversation_id,
        visitor_id=visitor_id,
        created_at=now,
        updated_at=now,
        message_count=0,
        expires_at=now + retention_seconds,
        title=title,
    )
    item.save(condition=m.ConversationItem.pk.does_not_exist())
    return _conversation(item)


def get(conversation_id: str) -> Conversation | None:
    """The live conversation, or ``None``."""
    m = models()
    item = expiry.get_live(m.ConversationItem, keys.conversation_pk(conversation_id), keys.CONVERSATION_SK)
    return _conversation(item) if item is not None else None


def append(
    conversation_id: str,
    role: Role,
    content: str,
    *,
    meta: dict[str, Any] | None = None,
    retention_seconds: int = DEFAULT_RETENTION_SECONDS,
) -> Message:
    """Add a message at the end; extends the conversation's retention. ``NotFound`` if gone."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    m = models()
    now = clock.now()
    expires_at = now + retention_seconds
    conversation = m.ConversationItem(keys.conversation_pk(conversation_id), keys.CONVERSATION_SK)
    try:
        conversation.update(
            actions=[
                m.ConversationItem.message_count.add(1),
                m.ConversationItem.updated_at.set(now),
                m.ConversationItem.expires_at.set(expires_at),
            ],
            condition=expiry.live_condition(m.ConversationItem, now),
        )
    except Exception as error:
        if expiry.is_condition_failure(error):
            raise NotFound(f"conversation {conversation_id} does not exist or has expired") from error
        raise
    seq = int(conversation.message_count)
    item = m.MessageItem(
        keys.conversation_pk(conversation_id),
        keys.message_sk(seq),
        conversation_id=conversation_id,
        seq=seq,
        role=role,
        content=content,
        created_at=now,
        visitor_id=conversation.visitor_id,
        expires_at=expires_at,
        meta_json=json.dumps(meta, sort_keys=True) if meta else None,
    )
    item.save(condition=m.MessageItem.pk.does_not_exist())
    return _message(item)


def history(conversation_id: str) -> list[Message]:
    """Every live message, oldest first."""
    m = models()
    items = expiry.query_live(
        m.MessageItem,
        keys.conversation_pk(conversation_id),
        m.MessageItem.sk.startswith(keys.MESSAGE_PREFIX),
        consistent=True,
    )
    return [_message(i) for i in items]


def newest(conversation_id: str, n: int) -> list[Message]:
    """The last ``n`` live messages, oldest first (the window a model prompt needs)."""
    m = models()
    items = expiry.query_live(
        m.MessageItem,
        keys.conversation_pk(conversation_id),
        m.MessageItem.sk.startswith(keys.MESSAGE_PREFIX),
        newest_first=True,
        limit=n,
        consistent=True,
    )
    return [_message(i) for i in reversed(items)]


def _conversation_ids_of(visitor_id: str) -> list[str]:
    # The by_visitor index projects keys, kind and expires_at only; the ids are in the keys.
    m = models()
    found = m.ConversationItem.query(
        visitor_id,
        m.ConversationItem.sk == keys.CONVERSATION_SK,
        index_name=m.BY_VISITOR,
    )
    return [i.pk.removeprefix("CONV#") for i in found]


def list_for_visitor(visitor_id: str) -> list[Conversation]:
    """The visitor's live conversations, most recently active first."""
    found = [get(cid) for cid in _conversation_ids_of(visitor_id)]
    live = [c for c in found if c is not None]
    return sorted(live, key=lambda c: c.updated_at, reverse=True)


def delete_for_visitor(visitor_id: str) -> int:
    """Delete every conversation of the visitor with all its messages; returns items deleted.

    Expired items are deleted too. Each partition is read strongly consistent, so a message
    appended just before this call is not missed even though the index lags.
    """
    m = models()
    deleted = 0
    for conversation_id in _conversation_ids_of(visitor_id):
        items = expiry.query_all(m.StateItem, keys.conversation_pk(conversation_id))
        with m.StateItem.batch_write() as batch:
            for item in items:
                batch.delete(item)
                deleted += 1
    return deleted
