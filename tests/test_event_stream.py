"""The one SSE writer: the chat's frames, the MCP listen frames and the browser feed's frames."""

from __future__ import annotations

from heyfolio import event_stream
from heyfolio.chat.sse import ChatEvent, parse


def test_a_frame_round_trips_through_the_chat_parser() -> None:
    data = {"text": "Grüße\nzwei Zeilen", "n": 1}
    body = event_stream.frame("token", data)
    assert body == 'event: token\ndata: {"text":"Grüße\\nzwei Zeilen","n":1}\n\n'.encode()
    assert parse(body) == [ChatEvent("token", data)]
    assert ChatEvent("token", data).encode() == body


def test_mcp_frames_use_crlf_and_carry_an_id_when_given() -> None:
    from mcp_handlers.subscriptions.stream import KEEPALIVE, message_frame

    assert message_frame({"jsonrpc": "2.0"}) == b'event: message\r\ndata: {"jsonrpc":"2.0"}\r\n\r\n'
    assert KEEPALIVE == b": keepalive\r\n\r\n"
    assert event_stream.frame("change", {}, event_id="c1") == b"id: c1\nevent: change\ndata: {}\n\n"


def test_a_lone_surrogate_becomes_a_replacement_character_not_a_lost_frame() -> None:
    # The chat's text rule (heyfolio.chat.text): U+FFFD, never a lone surrogate handed to the browser.
    body = event_stream.frame("token", {"text": "a\ud800b"})
    assert body == 'event: token\ndata: {"text":"a\ufffdb"}\n\n'.encode()
