"""Read an ASGI request body up to a cap - the one loop every hand-written ASGI app here needs.

The cap counts the bytes actually received (``Content-Length`` can lie or be absent), and a
client that disconnects mid-body is reported as such rather than as an empty body.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]


class BodyTooLarge(Exception):
    """The body went over ``limit`` bytes (nothing past the limit was kept)."""


class ClientGone(Exception):
    """The client disconnected before the body was complete."""


async def read_body(receive: Receive, limit: int) -> bytes:
    """The whole request body; raises :class:`BodyTooLarge` or :class:`ClientGone`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
