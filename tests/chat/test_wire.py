"""The wire format and request validation: what the web page relies on."""

from __future__ import annotations

import json

import pytest

from heyfolio.chat.request import MAX_MESSAGE_CHARS, BadRequest, parse_request
from heyfolio.chat.sse import EVENT_NAMES, ChatEvent, encode_all, parse


def test_event_encoding_is_one_data_line_and_round_trips() -> None:
    event = ChatEvent("token", {"text": "line one\nline two — “quoted”"})
    raw = event.encode().decode()
    assert raw.startswith("event: token\ndata: ") and raw.endswith("\n\n")
    assert raw.count("\n") == 3, "a newline inside the text must be escaped, not split the data line"
    assert parse(raw) == [event]


def test_parse_skips_comments_and_reads_several_events() -> None:
    body = encode_all([ChatEvent("session", {"session_id": "a" * 32}), ChatEvent("done", {"offline": True})])
    assert [e.name for e in parse(b": keep-alive\n\n" + body)] == ["session", "done"]
    assert set(EVENT_NAMES) == {"session", "token", "tool", "citation", "form", "done", "error"}


def test_valid_request() -> None:
    parsed = parse_request(json.dumps({"message": "  What has she built?  ", "session_id": "0" * 32}))
    assert parsed.message == "What has she built?" and parsed.session_id == "0" * 32
    assert parse_request(b'{"message": "hi", "session_id": null}').session_id is None
    assert parse_request(b'{"message": "hi"}').session_id is None


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        (b"", 400, "bad_request"),
        (b"{not json", 400, "bad_request"),
        (b"[1, 2]", 400, "bad_request"),
        (b'{"message": 42}', 400, "bad_request"),
        (b'{"session_id": null}', 400, "bad_request"),
        (b'{"message": "   "}', 400, "empty"),
        (b'{"message": "\\u0000"}', 400, "empty"),
        (json.dumps({"message": "x" * (MAX_MESSAGE_CHARS + 1)}).encode(), 413, "too_large"),
        (json.dumps({"message": "x" * 20_000}).encode(), 413, "too_large"),
        (b'{"message": "hi", "session_id": "../../etc/passwd"}', 400, "bad_session"),
        (b'{"message": "hi", "session_id": 12}', 400, "bad_session"),
        (b'{"message": "hi", "session_id": "ABCDEF0123456789ABCDEF0123456789"}', 400, "bad_session"),
        (b"\xff\xfe", 400, "bad_request"),
    ],
)
def test_bad_requests_are_refused_with_a_status_and_a_sentence(body: bytes, status: int, code: str) -> None:
    with pytest.raises(BadRequest) as caught:
        parse_request(body)
    assert (caught.value.status, caught.value.code) == (status, code)
    assert caught.value.message.endswith((".", "”", ")")) and len(caught.value.message) > 20


def test_message_at_the_cap_is_accepted() -> None:
    assert len(parse_request(json.dumps({"message": "y" * MAX_MESSAGE_CHARS})).message) == MAX_MESSAGE_CHARS
