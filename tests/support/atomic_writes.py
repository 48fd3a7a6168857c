"""DynamoDB's conditional writes made atomic in the in-process emulator, as they are on AWS.

moto evaluates a write's condition and then applies the write without a lock, so two threads of
one process can both pass ``attribute_not_exists`` on the same key before either has written: seen
as two of twenty concurrent retries of one lead both reporting "created" on a loaded two-core
machine (tests/leads/test_lead_service.py). DynamoDB itself checks and writes one item atomically,
which is what the code under test relies on. So every item-writing call of moto's DynamoDB backend
runs under one re-entrant lock (a transaction's own puts nest inside it). Reads stay unlocked, as
they do not decide anything. ``make dev`` needs none of this: its emulator already runs each write
under its state's lock (``heyfolio.dev.local_state.PersistingApp``).
"""

from __future__ import annotations

import functools
import threading
from typing import Any

_WRITES = ("put_item", "update_item", "delete_item", "transact_write_items")
_lock = threading.RLock()
_installed = False


def install() -> None:
    """Wrap the backend's item writes in the lock (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    from moto.dynamodb.models import DynamoDBBackend

    for name in _WRITES:
        original = getattr(DynamoDBBackend, name, None)
        if original is not None:
            setattr(DynamoDBBackend, name, _serialised(original))


def _serialised(write: Any) -> Any:
    @functools.wraps(write)
    def under_lock(*args: Any, **kwargs: Any) -> Any:
        with _lock:
            return write(*args, **kwargs)

    return under_lock
