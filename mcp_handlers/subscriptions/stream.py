"""The server-sent-event streams: one ``subscriptions/listen`` and one browser change feed.

Both start at "now" in the change stream, hear changes as they are pushed (reading the change
table only as a slow safety net: see ``feed``), write what matches, send a keepalive
comment when they have been quiet for ``keepalive`` seconds (so no proxy idles the
connection out), and stop when the client disconnects (the disconnect cancels the stream at
once; nothing is left running) or after ``max_seconds``. A listen then ends gracefully: the
JSON-RPC result of the listen request, tagged with its subscription id, is the last frame.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import anyio

from heyfolio import event_stream
from heyfolio.changes.push import DEFAULT_FALLBACK_POLL_SECONDS
from mcp_handlers.subscriptions import SUBSCRIPTION_ID
from mcp_handlers.subscriptions.feed import ChangeFeed, open_feed
from mcp_handlers.subscriptions.filter import ListenFilter
from mcp_handlers.wire import JSONRPC

log = logging.getLogger("heyfolio.mcp.subscriptions")

Send = Callable[[dict[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[dict[str, Any]]]

SSE_HEADERS = [
    (b"content-type", b"text/event-stream"),
    (b"cache-control", b"no-cache, no-transform"),
    (b"x-accel-buffering", b"no"),
]
MCP_LINE_END = "\r\n"
"""Streamable HTTP frames lines with CRLF, as the SDK does; the browser feed uses LF like the chat."""
KEEPALIVE = event_stream.comment("keepalive", line_end=MCP_LINE_END)


_open: set[int] = set()
"""Streams being served in this process (a disconnect must remove its own at once)."""


def open_streams() -> int:
    """How many listen/browser streams this process is serving now."""
    return len(_open)


@dataclass(frozen=True)
class StreamLimits:
    """How long a stream lives and how often it looks; the clock is part of the limits so a test
    can run one stream on its own clock without touching any other stream in the process.

    ``poll_interval``: how often an idle stream wakes to check its keepalive and deadline (a push
    wakes it at once; no table read). ``fallback_poll``: how often it reads the change table
    anyway, for a push that was lost or while the pub/sub service is unreachable.
    """

    keepalive: float = 15.0
    max_seconds: float = 600.0
    poll_interval: float = 0.2
    fallback_poll: float = DEFAULT_FALLBACK_POLL_SECONDS
    monotonic: Callable[[], float] = field(default=time.monotonic, compare=False, repr=False)
    sleep: Callable[[float], Awaitable[None]] = field(default=anyio.sleep, compare=False, repr=False)


def message_frame(message: dict[str, Any]) -> bytes:
    """One JSON-RPC message as an SSE ``event: message`` frame (the streamable HTTP framing)."""
    return event_stream.frame("message", message, line_end=MCP_LINE_END)


def listen_messages(request_id: str | int, filt: ListenFilter, events: list[Any]) -> list[dict[str, Any]]:
    """The notifications ``events`` make on one listen stream (each tagged with its subscription id)."""
    out = []
    for event in events:
        found = filt.notification(event.uri, event.kind)
        if found is None:
            continue
        method, params = found
        meta: dict[str, Any] = {SUBSCRIPTION_ID: request_id}
        if event.summary:
            meta["io.heyfolio/change"] = {
                "id": event.event_id,
                "at": event.to_dict()["at"],
                "summary": event.summary,
            }
        out.append({"jsonrpc": JSONRPC, "method": method, "params": {**params, "_meta": meta}})
    return out


async def _pump(
    send: Send,
    receive: Receive,
    feed: ChangeFeed,
    frames_for: Callable[[list[Any]], list[bytes]],
    limits: StreamLimits,
) -> bool:
    """Write frames until the deadline (``True``) or the client disconnects (``False``)."""
    gone = False

    async def watch(scope: anyio.CancelScope) -> None:
        nonlocal gone
        while (await receive()).get("type") != "http.disconnect":
            pass
        gone = True
        scope.cancel()

    deadline = limits.monotonic() + limits.max_seconds
    token = id(feed)
    _open.add(token)
    try:
        return await _pump_until(send, feed, frames_for, limits, deadline, watch) and not gone
    finally:
        _open.discard(token)


async def _pump_until(
    send: Send,
    feed: ChangeFeed,
    frames_for: Callable[[list[Any]], list[bytes]],
    limits: StreamLimits,
    deadline: float,
    watch: Callable[[anyio.CancelScope], Coroutine[Any, Any, None]],
) -> bool:
    async with anyio.create_task_group() as tg:
        tg.start_soon(watch, tg.cancel_scope)
        quiet_since = limits.monotonic()
        while limits.monotonic() < deadline:
            frames = frames_for(await feed.next_events())
            now = limits.monotonic()
            if frames:
                await send({"type": "http.response.body", "body": b"".join(frames), "more_body": True})
                quiet_since = now
            elif now - quiet_since >= limits.keepalive:
                await send({"type": "http.response.body", "body": KEEPALIVE, "more_body": True})
                quiet_since = now
            await feed.wait(min(limits.poll_interval, max(0.0, deadline - limits.monotonic())))
        tg.cancel_scope.cancel()
    return True


async def serve_listen(
    request_id: str | int, filt: ListenFilter, send: Send, receive: Receive, limits: StreamLimits
) -> None:
    """One ``subscriptions/listen`` stream: acknowledgement, notifications, graceful close."""
    async with open_feed(limits) as feed:  # subscribed to pushes before the cursor is taken
        await _serve_listen(request_id, filt, feed, send, receive, limits)


async def _serve_listen(
    request_id: str | int,
    filt: ListenFilter,
    feed: ChangeFeed,
    send: Send,
    receive: Receive,
    limits: StreamLimits,
) -> None:
    meta = {SUBSCRIPTION_ID: request_id}
    await feed.start()  # before the ack: a change after the ack is never missed
    await send({"type": "http.response.start", "status": 200, "headers": SSE_HEADERS})
    ack = {
        "jsonrpc": JSONRPC,
        "method": "notifications/subscriptions/acknowledged",
        "params": {"notifications": filt.acknowledged(), "_meta": meta},
    }
    await send({"type": "http.response.body", "body": message_frame(ack), "more_body": True})
    log.info("listen %r opened: %s", request_id, filt.acknowledged())

    def frames(events: list[Any]) -> list[bytes]:
        return [message_frame(m) for m in listen_messages(request_id, filt, events)]

    finished = await _pump(send, receive, feed, frames, limits)
    if finished:
        closing = {"jsonrpc": JSONRPC, "id": request_id, "result": {"resultType": "complete", "_meta": meta}}
        await send({"type": "http.response.body", "body": message_frame(closing), "more_body": False})
    log.info(
        "listen %r %s", request_id, "closed at its maximum duration" if finished else "ended by the client"
    )


def change_frame(event: Any, cursor: str | None) -> bytes:
    """One change for the browser: ``event: change`` with the cursor as the SSE id (resumable)."""
    return event_stream.frame("change", event.to_dict(), event_id=cursor)


async def serve_changes(
    last_event_id: str | None, send: Send, receive: Receive, limits: StreamLimits
) -> None:
    """The browser's feed: every public change, resumable with ``Last-Event-ID``."""
    async with open_feed(limits) as feed:
        await _serve_changes(last_event_id, feed, send, receive, limits)


async def _serve_changes(
    last_event_id: str | None, feed: ChangeFeed, send: Send, receive: Receive, limits: StreamLimits
) -> None:
    try:
        await feed.start(last_event_id)
    except ValueError:
        await feed.start()
    await send({"type": "http.response.start", "status": 200, "headers": SSE_HEADERS})
    hello = b"retry: 3000\n" + f"id: {feed.cursor}\nevent: ready\ndata: {{}}\n\n".encode()
    await send({"type": "http.response.body", "body": hello, "more_body": True})

    def frames(events: list[Any]) -> list[bytes]:
        # Every event of a batch carries the batch's cursor: resuming from any of them is after all of them.
        return [change_frame(e, feed.cursor) for e in events if e.uri.startswith("portfolio://")]

    if await _pump(send, receive, feed, frames, limits):
        await send({"type": "http.response.body", "body": b"", "more_body": False})
