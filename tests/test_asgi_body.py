"""The shared ASGI body reader: whole body, the cap on bytes actually received, a vanished client."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from heyfolio.asgi_body import BodyTooLarge, ClientGone, read_body


def receiver(*messages: dict[str, Any]) -> Any:
    queue = list(messages)

    async def receive() -> dict[str, Any]:
        return queue.pop(0)

    return receive


def test_joins_the_pieces() -> None:
    receive = receiver(
        {"type": "http.request", "body": b"ab", "more_body": True},
        {"type": "http.request", "body": b"cd", "more_body": False},
    )
    assert asyncio.run(read_body(receive, 4)) == b"abcd"


def test_caps_what_arrives_whatever_content_length_says() -> None:
    receive = receiver(
        {"type": "http.request", "body": b"abc", "more_body": True},
        {"type": "http.request", "body": b"de", "more_body": False},
    )
    with pytest.raises(BodyTooLarge):
        asyncio.run(read_body(receive, 4))


def test_a_disconnect_is_not_an_empty_body() -> None:
    receive = receiver(
        {"type": "http.request", "body": b"ab", "more_body": True}, {"type": "http.disconnect"}
    )
    with pytest.raises(ClientGone):
        asyncio.run(read_body(receive, 100))
