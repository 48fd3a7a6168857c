"""Change events: what a visitor sees of the portfolio changed, in order, for subscribers.

Anything that changes a project's public face (a GitHub webhook, the scheduled reconcile,
the insight flow) publishes a change event here; the MCP subscription stream and the web
page read them with :func:`changes_since` (poll) or :func:`wait_for_changes` (poll, woken
early by publishers in the same process). Each event is also pushed to open streams after its
write (Upstash Redis pub/sub on AWS, in process locally: :mod:`heyfolio.changes.push`); the
table stays the source of truth and the cursor for catch-up. See :mod:`heyfolio.changes.events`.
"""

from heyfolio.changes.events import (
    KINDS,
    ChangeEvent,
    ChangeKind,
    change_item_fields,
    changes_since,
    event_from_message,
    event_message,
    latest_cursor,
    publish_change,
    record_delivered,
    wait_for_changes,
)

__all__ = [
    "KINDS",
    "ChangeEvent",
    "ChangeKind",
    "change_item_fields",
    "changes_since",
    "event_from_message",
    "event_message",
    "latest_cursor",
    "publish_change",
    "record_delivered",
    "wait_for_changes",
]
