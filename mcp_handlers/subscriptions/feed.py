"""One stream's view of ``heyfolio.changes``: events pushed as they happen, the table as the safety net.

A feed subscribes to the push channel (:mod:`heyfolio.changes.push`) *before* it takes its
starting cursor, so nothing published after the stream's "now" is missed; pushed events arrive
in a small in-memory list and wake the stream at once. The change table is still read, in a
worker thread, when the stream starts (catch-up from a browser's ``Last-Event-ID``), every
``fallback_poll`` seconds (a push is at most once: a lost message is found there), and at once
after the subscription comes back from a failure. Every event passes the cursor
(:func:`heyfolio.changes.record_delivered`), so one delivered by both paths is sent once.

When the pub/sub service cannot be reached the feed says so in the log and lives on the slow
poll, retrying the subscription every ``fallback_poll`` seconds. The subscription is a task in
the feed's own task group: closing the feed (the stream ending, the client leaving) cancels it
and closes its connection at once.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, Protocol

import anyio
from anyio.abc import TaskStatus

from heyfolio.changes import (
    ChangeEvent,
    changes_since,
    event_from_message,
    latest_cursor,
    push,
    record_delivered,
)
from heyfolio.config import get_settings


class StreamClock(Protocol):
    """What a feed needs of its stream's limits (``stream.StreamLimits``): its clock and poll period."""

    @property
    def fallback_poll(self) -> float: ...

    @property
    def monotonic(self) -> Callable[[], float]: ...

    @property
    def sleep(self) -> Callable[[float], Awaitable[None]]: ...


log = logging.getLogger("heyfolio.mcp.subscriptions")

LOCAL_POLL_SECONDS = 0.2
AWS_POLL_SECONDS = 1.0


def default_poll_interval() -> float:
    """How often an idle stream wakes to check its keepalive and deadline (no table read)."""
    return AWS_POLL_SECONDS if get_settings().env == "aws" else LOCAL_POLL_SECONDS


class ChangeFeed:
    """One reader's position in the change stream, with what was pushed to it since it last looked."""

    def __init__(self, limits: StreamClock) -> None:
        self.limits = limits
        self.cursor: str | None = None
        self.pushed = False
        """Whether the push subscription is up now."""
        self.polls = 0
        """Table reads so far (the benchmark and the tests count them)."""
        self._pending: list[ChangeEvent] = []
        self._resync = True  # the first look reads the table (catch-up)
        self._next_poll = 0.0
        self._arrived = anyio.Event()

    async def start(self, cursor: str | None = None) -> None:
        """Begin at ``cursor`` (a browser's ``Last-Event-ID``), else at "now"."""
        if cursor:
            await anyio.to_thread.run_sync(lambda: changes_since(cursor, limit=1))  # ValueError if foreign
            self.cursor = cursor
            return
        self.cursor = await anyio.to_thread.run_sync(latest_cursor)

    async def poll(self) -> list[Any]:
        """Read the table after the cursor (oldest first); moves the cursor past what it returns."""
        self.polls += 1
        events, self.cursor = await anyio.to_thread.run_sync(lambda: changes_since(self.cursor))
        return events

    async def next_events(self) -> list[ChangeEvent]:
        """What to deliver now: the table's news when a read is due, then what was pushed, each once."""
        events: list[ChangeEvent] = []
        now = self.limits.monotonic()
        if self._resync or now >= self._next_poll:
            self._resync = False
            self._next_poll = now + self.limits.fallback_poll
            events += await self.poll()
        pushed, self._pending = self._pending, []
        if pushed and self.cursor is not None:
            fresh, self.cursor = record_delivered(self.cursor, pushed)
            events += fresh
        return events

    async def wait(self, seconds: float) -> None:
        """Sleep up to ``seconds`` on the stream's clock; a push (or a due resync) ends it at once."""
        if self._pending or self._resync:
            return
        arrived = self._arrived = anyio.Event()
        async with anyio.create_task_group() as tg:

            async def timer() -> None:
                await self.limits.sleep(seconds)
                tg.cancel_scope.cancel()

            async def woken() -> None:
                await arrived.wait()
                tg.cancel_scope.cancel()

            tg.start_soon(timer)
            tg.start_soon(woken)

    def _deliver(self, event: ChangeEvent) -> None:
        self._pending.append(event)
        self._arrived.set()

    def _request_resync(self) -> None:
        self._resync = True
        self._arrived.set()

    async def listen(
        self, backend: push.PushBackend, *, task_status: TaskStatus[None] = anyio.TASK_STATUS_IGNORED
    ) -> None:
        """Hold the push subscription (reported started once it is up, or has failed), forever."""
        started = False
        failed = False
        while True:
            try:
                async with push.subscription(backend) as inbox:
                    self.pushed = True
                    if failed:
                        log.info("change push (%s) is back: reading the table once to catch up", backend.name)
                        self._request_resync()
                    failed = False
                    if not started:
                        started = True
                        task_status.started()
                    while True:
                        event = event_from_message(await inbox.receive())
                        if event is not None:
                            self._deliver(event)
            except Exception as error:  # unreachable, refused, dropped: the slow poll carries the stream
                self.pushed = False
                if not failed:
                    log.warning(
                        "change push (%s) unavailable (%s: %s): this stream reads the change table every %s s",
                        backend.name,
                        type(error).__name__,
                        error,
                        self.limits.fallback_poll,
                    )
                failed = True
                self._request_resync()
            if not started:
                started = True
                task_status.started()
            await anyio.sleep(self.limits.fallback_poll)  # then try to subscribe again


@asynccontextmanager
async def open_feed(limits: StreamClock) -> AsyncIterator[ChangeFeed]:
    """A feed with its push subscription up (or failed and logged); closing it cancels the subscription."""
    feed = ChangeFeed(limits)
    try:
        backend = await anyio.to_thread.run_sync(push.push_backend)  # may read the Upstash secret once
    except ValueError as error:  # a misconfigured HEYFOLIO_PUSH: the stream still works on the slow poll
        log.error("change push off: %s", error)
        backend = None
    async with anyio.create_task_group() as tg:
        if backend is not None:
            await tg.start(feed.listen, backend)
        try:
            yield feed
        finally:
            tg.cancel_scope.cancel()
