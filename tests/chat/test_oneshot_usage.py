"""One-shot model calls (insights, role-fit summaries) pay like the chat's: the reservation is
a true upper bound, cache tokens are priced, and a call that timed out - which the API may
have answered and billed - keeps its worst case instead of being recorded as free."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from heyfolio.limits.budget import BudgetGuard, MemoryBudgetStore
from heyfolio.llm.oneshot import FRAMING_TOKENS, CompletionUnavailable, complete
from heyfolio.storage import keys, usage
from heyfolio.storage.clock import now
from tests.chat.anthropic_fake import FakeAnthropic, overloaded

SYSTEM = "You summarise a project in two sentences."
PROMPT = "ledgerline: an embeddable append-only log in Rust — “crash-safe”."


def _message(**usage_counts: int) -> httpx2.Response:
    return httpx2.Response(
        200,
        json={
            "id": "msg_1",
            "type": "message",
            "role": "assistant",
            "model": "claude-haiku-4-5",
            "content": [{"type": "text", "text": "A small, crash-safe log."}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0, **usage_counts},
        },
    )


def _guard() -> BudgetGuard:
    return BudgetGuard(MemoryBudgetStore(), daily_usd=5.0, monthly_usd=50.0, notify=lambda s, m: None)


def _call(fake: FakeAnthropic, guard: BudgetGuard, **kwargs: Any) -> Any:
    return complete(
        prompt=PROMPT,
        system=SYSTEM,
        api_key="sk-ant-test",
        model="claude-haiku-4-5",
        max_tokens=200,
        purpose="insight",
        http_client=httpx2.Client(transport=fake.transport),
        budget=guard,
        **kwargs,
    )


def _worst() -> float:
    tokens_in = len(SYSTEM.encode()) + len(PROMPT.encode()) + FRAMING_TOKENS
    return (tokens_in * 1.25 + 200 * 5.00) / 1e6


def test_cache_tokens_are_priced_and_the_reservation_is_an_upper_bound(chat_stack: None) -> None:
    guard = _guard()
    seen: list[float] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        seen.append(guard.spent().day_usd)
        return _message(
            input_tokens=30, output_tokens=12, cache_read_input_tokens=1800, cache_creation_input_tokens=400
        )

    completion = _call(FakeAnthropic(reply), guard)
    expected = (30 * 1.00 + 12 * 5.00 + 1800 * 0.10 + 400 * 1.25) / 1e6
    assert completion.cost_usd == pytest.approx(expected, abs=1e-6)
    assert completion.input_tokens == 30 + 1800 + 400
    assert seen == [pytest.approx(_worst())], (
        "reserved: every byte sent as a token, at the dearest input price"
    )
    assert guard.spent().day_usd == pytest.approx(expected, abs=1e-6)
    assert sum(r.cost_usd for r in usage.records_for_day(keys.day_of(now()))) == pytest.approx(
        expected, abs=1e-6
    )


def test_a_refused_call_is_free_and_a_timed_out_one_keeps_its_worst_case(chat_stack: None) -> None:
    guard = _guard()
    with pytest.raises(CompletionUnavailable):
        _call(FakeAnthropic(overloaded(), overloaded()), guard)
    assert guard.spent().day_usd == 0.0, "529: the API refused, nothing was billed"
    with pytest.raises(CompletionUnavailable):
        _call(FakeAnthropic(httpx2.ReadTimeout("slow"), httpx2.ReadTimeout("slow")), guard)
    assert guard.spent().day_usd == pytest.approx(_worst(), abs=1e-6), "a timeout may have been billed"
    records = usage.records_for_day(keys.day_of(now()))
    assert [(r.purpose, r.cost_usd) for r in records] == [
        ("insight-timeout", pytest.approx(_worst(), abs=1e-6))
    ]
