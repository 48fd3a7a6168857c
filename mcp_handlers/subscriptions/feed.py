"""Polling ``heyfolio.changes`` from an event loop without holding a thread per stream.

Each poll is one short consistent query, run in a worker thread; between polls the stream
sleeps on the loop. Locally the interval is short (the change table is in-process); on AWS it
is a second, so a stream costs one small DynamoDB query per second while it is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import anyio

from heyfolio.changes import changes_since, latest_cursor
from heyfolio.config import get_settings

LOCAL_POLL_SECONDS = 0.2
AWS_POLL_SECONDS = 1.0


def default_poll_interval() -> float:
    return AWS_POLL_SECONDS if get_settings().env == "aws" else LOCAL_POLL_SECONDS


@dataclass
class ChangeFeed:
    """One reader's position in the change stream."""

    cursor: str | None = None

    async def start(self, cursor: str | None = None) -> None:
        """Begin at ``cursor`` (a browser's ``Last-Event-ID``), else at "now"."""
        if cursor:
            await anyio.to_thread.run_sync(lambda: changes_since(cursor, limit=1))  # ValueError if foreign
            self.cursor = cursor
            return

        self.cursor = await anyio.to_thread.run_sync(latest_cursor)

    async def poll(self) -> list[Any]:
        """The events after the cursor (oldest first); moves the cursor past them."""

        events, self.cursor = await anyio.to_thread.run_sync(lambda: changes_since(self.cursor))
        return events
