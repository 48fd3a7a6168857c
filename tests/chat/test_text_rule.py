"""One rule for every text the chat takes (issue 9, item 1): a lone UTF-16 surrogate in the
visitor's message is refused up front (400, nothing stored, no model call); one arriving from
elsewhere - the model's answer, its tool arguments, visitor memory, stored history - becomes
U+FFFD, and the turn goes on."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from heyfolio.chat import history
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.chat.online import OnlineTurn, _remember, _user_turn
from heyfolio.chat.request import BadRequest, Limits, parse_request
from heyfolio.chat.sse import ChatEvent, parse
from heyfolio.chat.text import clean, clean_value, lone_surrogate
from heyfolio.memory.extract import Fact
from heyfolio.memory.store import Memory
from heyfolio.storage.conversations import Message
from tests.chat.anthropic_fake import FakeAnthropic, text_stream, untimed
from tests.chat.conftest import one, post, text_of

SURROGATES = ["\ud800", "\udfff", "\udc00abc", "a\ud83d"]  # lone high, lone low, a reversed half


def _state_items() -> list[dict[str, object]]:
    from heyfolio.aws.clients import client
    from heyfolio.config import get_settings

    return list(client("dynamodb").scan(TableName=get_settings().table_name)["Items"])


def test_text_helpers() -> None:
    assert lone_surrogate("fine — ok 😀") is None
    assert lone_surrogate("ab\ud800c") == 2
    assert clean("ab\ud800c\udfff") == "ab\ufffdc\ufffd" and clean("same") == "same"
    assert clean_value({"k\ud800": ["x\udc00", 3, {"y": "\ud800"}]}) == {
        "k\ufffd": ["x\ufffd", 3, {"y": "\ufffd"}]
    }
    assert "\ud800".encode("utf-8", "surrogatepass")  # the data really is not UTF-8 text
    with pytest.raises(UnicodeEncodeError):
        "\ud800".encode()


@pytest.mark.parametrize("bad", SURROGATES)
def test_a_message_with_a_lone_surrogate_is_refused_with_where_and_what(bad: str) -> None:
    body = json.dumps({"message": f"Hello {bad} there", "session_id": None})  # ASCII JSON: \\udXXX escapes
    with pytest.raises(BadRequest) as caught:
        parse_request(body)
    assert (caught.value.status, caught.value.code) == (400, "bad_request")
    assert "position" in caught.value.message and "surrogate" in caught.value.message
    assert caught.value.message.endswith(".")


def test_a_valid_surrogate_pair_is_one_character_and_accepted() -> None:
    parsed = parse_request(b'{"message": "Does she like \\ud83d\\ude00 emoji?"}')
    assert parsed.message == "Does she like 😀 emoji?"


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


@pytest.fixture
def client(chat_stack: None, fake: FakeAnthropic) -> Iterator[TestClient]:
    with TestClient(create_app(Chat(model_client=fake.client(), limits=untimed()))) as c:
        yield c


def test_over_http_the_refusal_is_immediate_and_stores_nothing(
    client: TestClient, fake: FakeAnthropic
) -> None:
    before = len(_state_items())
    response = client.post(
        "/api/chat",
        content=b'{"message": "hi \\ud800", "session_id": null}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    error = one(parse(response.content), "error")
    assert error["code"] == "bad_request" and "surrogate" in error["message"]
    assert len(_state_items()) == before, "no session, conversation or message was written"
    assert fake.requests == [], "the model was never called"


def test_model_text_with_lone_surrogates_is_cleaned_streamed_and_stored(
    client: TestClient, fake: FakeAnthropic
) -> None:
    fake.queue(text_stream(["She built ", "ledger\udfffline", " in Rust."]), text_stream(["Welcome back."]))
    status, events = post(client, "What did she build?")
    assert status == 200 and one(events, "done")["offline"] is False
    assert "ledger\ufffdline" in text_of(events)
    post(client, "hello again", one(events, "session")["session_id"])
    again = fake.requests[1]["messages"]
    assert "ledger\ufffdline" in json.dumps(again, ensure_ascii=False), "the answer was stored (cleaned)"


class _Memory:
    def __init__(self) -> None:
        self.facts: list[Fact] = []

    def remember(self, visitor_id: str, facts: list[Fact], *, at: float = 0.0) -> None:
        assert all(lone_surrogate(f.value) is None for f in facts)
        self.facts.extend(facts)


def test_a_remembered_fact_is_cleaned_before_it_is_stored() -> None:
    memory = _Memory()
    turn = OnlineTurn(
        message="hi", prior=[], memories=[], portfolio=None, route=None, limits=Limits(),  # type: ignore[arg-type]
        deadline=0.0, visitor_id="v", memory=memory,  # type: ignore[arg-type]
    )  # fmt: skip
    assert "Glo\\ufffdbex" in _remember({"kind": "company", "value": "Glo\ud800bex"}, turn)
    assert memory.facts == [Fact("company", "Glo\ufffdbex")]
    recalled = [Memory(Fact("name", "Ad\udc00a"), 1.0, 0.0)]
    assert "Ad\ufffda" in _user_turn("hello", recalled)


def test_history_and_events_never_carry_a_lone_surrogate() -> None:
    stored = [Message("c", 1, "user", "hi \ud800", 0.0, None)]
    assert history.model_messages(stored, lambda t: t) == [{"role": "user", "content": "hi \ufffd"}]
    raw = ChatEvent("token", {"text": "x\ud800y"}).encode()
    assert parse(raw) == [ChatEvent("token", {"text": "x\ufffdy"})]
