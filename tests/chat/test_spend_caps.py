"""Spend caps in the chat: each online turn reserves its maximum cost before the first model
call and settles with the real cost; past the daily or monthly cap it answers offline and the
owner hears it once per period. The Messages API is faked at the HTTP boundary; the
concurrent test runs the production store (the real Upstash client against a real
redis-server) behind uvicorn on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import httpx2
import pytest
from starlette.testclient import TestClient

from heyfolio.chat import spend
from heyfolio.chat.asgi import create_app
from heyfolio.chat.engine import Chat
from heyfolio.chat.offline import BUDGET_NOTE
from heyfolio.chat.request import Limits
from heyfolio.chat.sse import parse
from heyfolio.config import get_settings
from heyfolio.limits import backend
from heyfolio.limits.budget import BudgetGuard, MemoryBudgetStore
from heyfolio.llm.anthropic_client import AnthropicModelClient
from tests.chat.anthropic_fake import (
    FakeAnthropic,
    midstream_error,
    overloaded,
    text_stream,
    tool_stream,
    untimed,
)
from tests.chat.conftest import one, post, text_of
from tests.support.live_server import serve
from tests.support.redis_server import RedisServer, redis_server
from tests.support.upstash_rest_shim import UpstashRestShim, upstash_shim

HAIKU_TURN_MAX = 5 * (32_000 * 1.25 + 1024 * 5.00) / 1e6
SONNET_TURN_MAX = 5 * (32_000 * 3.75 + 1024 * 15.00) / 1e6


# ---------------------------------------------------------------- the bound itself


def test_a_turns_maximum_covers_every_round_at_the_dearest_input_price() -> None:
    assert spend.max_turn_cost("claude-haiku-4-5", Limits()) == pytest.approx(HAIKU_TURN_MAX)
    assert spend.max_turn_cost("claude-sonnet-4-6-20260101", Limits()) == pytest.approx(SONNET_TURN_MAX)
    assert spend.max_turn_cost("claude-haiku-4-5", Limits(max_tool_steps=0)) == pytest.approx(
        HAIKU_TURN_MAX / 5
    )
    assert spend.max_turn_cost("claude-unknown-9", Limits()) > SONNET_TURN_MAX, "unknown models are dear"


def test_input_bound_is_at_least_the_bytes_sent() -> None:
    system = [{"type": "text", "text": "rules"}]
    text = "Grüße " * 100 + '"quoted"\n'
    messages = [{"role": "user", "content": text}]
    bound = spend.input_bound(system, [], messages)
    assert bound >= len(text.encode()) + spend.FRAMING_TOKENS
    assert spend.input_bound(system, [], messages * 2) > bound


def _conversation(n: int, size: int) -> list[dict[str, Any]]:
    return [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"{i} " + "x" * size} for i in range(n)
    ]


def test_fit_history_drops_the_oldest_exchanges_and_keeps_a_user_turn_first() -> None:
    system: list[dict[str, Any]] = [{"type": "text", "text": "s" * 500}]
    messages = _conversation(13, 1000)
    assert spend.fit_history(system, [], messages, 100_000) == messages, "what fits is left alone"
    limit = 6000
    fitted = spend.fit_history(system, [], messages, limit)
    assert fitted[-1] is messages[-1] and fitted[0]["role"] == "user"
    assert spend.input_bound(system, [], fitted) <= limit
    assert len(fitted) >= 3 and fitted == messages[-len(fitted) :], "the newest turns, in order"
    assert spend.fit_history(system, [], messages, 10) == [messages[-1]], "the question itself always stays"


def test_fit_results_shares_the_room_and_says_when_nothing_more_fits() -> None:
    results = [
        {"type": "tool_result", "tool_use_id": f"t{i}", "content": ('line "one"\n' * 400), "is_error": False}
        for i in range(3)
    ]
    assert spend.fit_results(results, 1_000_000) == (results, False)
    room = 3000
    fitted, omitted = spend.fit_results(results, room)
    assert not omitted
    assert (
        sum(len(json.dumps(r, ensure_ascii=False, separators=(",", ":")).encode()) + 1 for r in fitted)
        <= room
    )
    assert all(
        r["content"].endswith("…") and results[0]["content"].startswith(r["content"][:-1]) for r in fitted
    )
    assert [r["tool_use_id"] for r in fitted] == ["t0", "t1", "t2"], "every tool use keeps its result"
    tiny, omitted = spend.fit_results(results, 300)
    assert omitted and {r["content"] for r in tiny} == {spend.OMITTED}


# ---------------------------------------------------------------- one turn at a time


class Recorder:
    def __init__(self) -> None:
        self.alerts: list[tuple[str, str]] = []

    def __call__(self, subject: str, message: str) -> None:
        self.alerts.append((subject, message))


@pytest.fixture
def fake() -> FakeAnthropic:
    return FakeAnthropic()


def _guard(daily: float, monthly: float = 100.0) -> tuple[BudgetGuard, Recorder]:
    recorder = Recorder()
    return BudgetGuard(MemoryBudgetStore(), daily_usd=daily, monthly_usd=monthly, notify=recorder), recorder


def _client(fake: FakeAnthropic, guard: BudgetGuard) -> TestClient:
    return TestClient(create_app(Chat(model_client=fake.client(), budget=guard, limits=untimed())))


def test_a_turn_reserves_its_maximum_during_the_call_and_settles_the_real_cost(
    chat_stack: None, fake: FakeAnthropic
) -> None:
    guard, recorder = _guard(daily=5.0)
    seen: list[float] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        seen.append(guard.spent().day_usd)
        body = text_stream(
            ["Mira is based in Rotterdam."], input_tokens=900, output_tokens=40, cache_read=1800
        )
        return httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"})

    fake.queue(reply)
    with _client(fake, guard) as client:
        status, events = post(client, "Where is Mira based?")
    done = one(events, "done")
    assert status == 200 and done["offline"] is False
    assert seen == [pytest.approx(HAIKU_TURN_MAX)], "the whole turn's maximum was set aside before the call"
    assert done["cost_usd"] == pytest.approx((900 * 1 + 40 * 5 + 1800 * 0.1) / 1e6)
    assert guard.spent().day_usd == pytest.approx(done["cost_usd"], abs=1e-6), "settled to the real cost"
    assert guard.spent().month_usd == pytest.approx(done["cost_usd"], abs=1e-6)
    assert recorder.alerts == []


def test_a_failed_call_gives_the_reservation_back(chat_stack: None, fake: FakeAnthropic) -> None:
    guard, _ = _guard(daily=5.0)
    fake.queue(overloaded())
    with _client(fake, guard) as client:
        _, events = post(client, "Where is Mira based?")
    assert one(events, "error")["code"] == "overloaded"
    assert guard.spent().day_usd == 0.0


def test_a_turn_failing_after_a_tool_round_keeps_what_every_call_cost(
    chat_stack: None, fake: FakeAnthropic
) -> None:
    """The failed call is paid too: its message_start reported 40 input tokens and 1 output."""
    guard, _ = _guard(daily=5.0)
    fake.queue(
        tool_stream(
            [("search_portfolio", {"query": "Rust"})], input_tokens=50, output_tokens=30, cache_read=1800
        ),
        midstream_error(["She built "]),
    )
    with _client(fake, guard) as client:
        _, events = post(client, "What did she build with Rust?")
    assert one(events, "error")["code"] == "overloaded"
    first_round = (50 * 1 + 30 * 5 + 1800 * 0.1) / 1e6
    failed_call = (40 * 1 + 1 * 5) / 1e6  # midstream_error: 40 input, one delta ("She built ")
    assert guard.spent().day_usd == pytest.approx(first_round + failed_call, abs=1e-6)


def test_past_the_daily_cap_the_chat_answers_offline_and_alerts_the_owner_once(
    chat_stack: None, fake: FakeAnthropic
) -> None:
    # Room for exactly one turn's maximum: the first turn runs, the rest are offline.
    guard, recorder = _guard(daily=HAIKU_TURN_MAX + 0.0001)
    fake.queue(text_stream(["Mira is based in Rotterdam."], input_tokens=900, output_tokens=40))
    with _client(fake, guard) as client:
        _, events = post(client, "Where is Mira based?")
        session = one(events, "session")["session_id"]
        assert one(events, "done")["offline"] is False
        answers = [
            post(client, question, session)[1] for question in ("What has she built?", "Any Rust?", "Hi")
        ]
    assert len(fake.requests) == 1, "no model call past the cap"
    for events in answers:
        done = one(events, "done")
        assert (done["offline"], done["model"], done["cost_usd"]) == (True, "offline", 0.0)
    assert "offline mode for today" in BUDGET_NOTE and BUDGET_NOTE in text_of(answers[0])
    assert all(BUDGET_NOTE not in text_of(events) for events in answers[1:]), "said once per conversation"
    assert len(recorder.alerts) == 1 and recorder.alerts[0][0] == "heyfolio: daily model budget reached"
    with TestClient(create_app(Chat(model_client=fake.client(), budget=guard, limits=untimed()))) as client:
        _, events = post(client, "What has she built?")  # a new conversation hears it too
    assert BUDGET_NOTE in text_of(events) and len(recorder.alerts) == 1


def test_the_monthly_cap_also_switches_to_offline(chat_stack: None, fake: FakeAnthropic) -> None:
    guard, recorder = _guard(daily=100.0, monthly=0.05)
    with _client(fake, guard) as client:
        _, events = post(client, "Would she be a good fit for a Rust platform role?")
    assert one(events, "done")["offline"] is True and fake.requests == []
    assert [subject for subject, _ in recorder.alerts] == ["heyfolio: monthly model budget reached"]


def test_an_unreachable_budget_store_means_offline_answers(chat_stack: None, fake: FakeAnthropic) -> None:
    class Broken(MemoryBudgetStore):
        def reserve(self, *args: Any, **kwargs: Any) -> tuple[bool, int]:
            raise ConnectionError("store down")

    guard = BudgetGuard(Broken(), daily_usd=5.0, monthly_usd=50.0, notify=Recorder())
    with _client(fake, guard) as client:
        status, events = post(client, "Where is Mira based?")
    assert status == 200 and one(events, "done")["offline"] is True and fake.requests == []


# ---------------------------------------------------------------- concurrent turns, production store


@pytest.fixture(scope="module")
def shim() -> Iterator[tuple[RedisServer, UpstashRestShim]]:
    with redis_server() as server, upstash_shim(server.url, token="budget-token") as running:
        yield server, running


class _OverlappingModel:
    """A model that reads once, then answers; usage near the per-call input maximum.

    The first call waits (an event, not a sleep) until another call has arrived, so at least two
    turns are in flight together; ``peak`` is the most calls seen in flight at once."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._arrived = 0
        self._in_flight = 0
        self.peak = 0

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        body = json.loads(request.content)
        with self._cond:
            self._arrived += 1
            self._in_flight += 1
            self.peak = max(self.peak, self._in_flight)
            self._cond.notify_all()
            if self._arrived == 1:  # patience for a loaded machine, not a measured bound
                self._cond.wait_for(lambda: self._arrived > 1, timeout=60)
            self._in_flight -= 1
        if isinstance(body["messages"][-1]["content"], list):  # tool results came back: answer
            content = text_stream(
                ["She built ledgerline [1]."], model=body["model"], input_tokens=30_000, output_tokens=900
            )
        else:
            content = tool_stream(
                [("search_portfolio", {"query": "Rust"})],
                model=body["model"],
                input_tokens=28_000,
                output_tokens=300,
            )
        return httpx2.Response(200, content=content, headers={"content-type": "text/event-stream"})


def test_concurrent_turns_never_spend_past_the_cap(
    chat_stack: None, shim: tuple[RedisServer, UpstashRestShim], monkeypatch: pytest.MonkeyPatch
) -> None:
    import boto3
    import redis
    from moto.core import DEFAULT_ACCOUNT_ID
    from moto.sns.models import sns_backends

    server, rest = shim
    redis.Redis.from_url(server.url).flushall()
    cap = 0.60
    topic = boto3.client("sns", region_name="us-east-1").create_topic(Name="owner")["TopicArn"]
    for name, value in {
        "HEYFOLIO_LIMITS_BACKEND": "upstash",
        "UPSTASH_REDIS_REST_URL": rest.url,
        "UPSTASH_REDIS_REST_TOKEN": rest.token,
        "HEYFOLIO_BUDGET_DAILY_USD": str(cap),
        "HEYFOLIO_BUDGET_MONTHLY_USD": "100",
        "HEYFOLIO_OWNER_TOPIC_ARN": topic,
    }.items():
        monkeypatch.setenv(name, value)
    # The store's 2 s timeout is wall clock (fail closed on a hung store); this test is about money:
    # on a loaded machine the shim may answer late, which must not turn turns away here.
    real_client = backend.upstash_client
    monkeypatch.setattr(
        backend, "upstash_client", lambda url, token, **_: real_client(url, token, timeout=120)
    )
    get_settings.cache_clear()
    backend.reset()
    questions = ["What did she build with Rust?", "Would she be a good fit for a Rust platform role?"]
    overlapping = _OverlappingModel()
    model = AnthropicModelClient(
        "sk-ant-test", http_client=httpx2.Client(transport=httpx2.MockTransport(overlapping))
    )
    dones: list[dict[str, Any]] = []
    lock = threading.Lock()
    try:
        with serve(create_app(Chat(model_client=model, limits=untimed()))) as url:

            def ask(i: int) -> None:
                response = httpx.post(
                    url + "/api/chat", json={"message": questions[i % 2], "session_id": None}, timeout=30
                )
                assert response.status_code == 200, response.text
                with lock:
                    dones.append(one(parse(response.content), "done"))

            with ThreadPoolExecutor(max_workers=8) as pool:
                list(pool.map(ask, range(24)))
            spent = backend.budget_guard().spent()
        online = [d for d in dones if not d["offline"]]
        offline = [d for d in dones if d["offline"]]
        total = sum(d["cost_usd"] for d in online)
        assert len(dones) == 24
        assert overlapping.peak >= 2, "the turns never overlapped: nothing raced for the budget"
        assert online and offline, f"{len(online)} online, {len(offline)} offline"
        assert total <= cap + SONNET_TURN_MAX, "never past the cap by more than one turn's maximum"
        assert total <= cap, "with reservations of the whole maximum, not past it at all"
        assert spent.day_usd == pytest.approx(total, abs=1e-5), "every reservation settled to the real cost"
        assert all(d["model"] == "offline" and d["cost_usd"] == 0.0 for d in offline)
        sent = sns_backends[DEFAULT_ACCOUNT_ID]["us-east-1"].topics[topic].sent_notifications
        assert [n[2] for n in sent] == ["heyfolio: daily model budget reached"], "alerted once for the day"
        print(
            f"\n24 turns, 8 at a time, up to {overlapping.peak} model calls at once: {len(online)} online spent ${total:.4f} "
            f"of a ${cap:.2f} cap; {len(offline)} offline"
        )
    finally:
        backend.reset()
        get_settings.cache_clear()


def test_every_call_stays_inside_the_input_cap(chat_stack: None, fake: FakeAnthropic) -> None:
    cap = 14_000
    long_answer = ["Mira has worked on storage systems and data pipelines for years. " * 40]
    chat = Chat(
        model_client=fake.client(), budget=_guard(daily=50.0)[0], limits=untimed(max_input_tokens=cap)
    )
    with TestClient(create_app(chat)) as client:
        session = None
        for i in range(4):
            fake.queue(text_stream(long_answer))
            _, events = post(client, f"Question {i} about her storage work?", session)
            session = one(events, "session")["session_id"]
        fake.queue(
            tool_stream(
                [("get_project", {"slug": "ledgerline"}), ("search_portfolio", {"query": "storage"})]
            ),
            text_stream(["ledgerline is her log [1]."]),
        )
        _, events = post(client, "Tell me about ledgerline?", session)
    assert one(events, "done")["offline"] is False
    for request in fake.requests:
        assert spend.input_bound(request["system"], request["tools"], request["messages"]) <= cap
    first_texts = json.dumps(fake.requests[-1]["messages"])
    assert "Question 0" not in first_texts and "Tell me about ledgerline?" in first_texts, (
        "oldest turns dropped"
    )
    results = fake.requests[-1]["messages"][-1]["content"]
    assert [r["type"] for r in results] == ["tool_result", "tool_result"]
    assert any(r["content"].endswith("…") or r["content"] == spend.OMITTED for r in results), "results cut"
