"""With a key, Claude's small model proposes the SQL and classifies conversations in batches: faked at the
Anthropic HTTP boundary, priced and recorded like every server-side model call, and still gated."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx2
import pytest

from heyfolio.analytics import insights
from mcp_handlers.catalog import call_tool
from mcp_handlers.tools import ask_analytics
from mcp_handlers.tools.base import Caller, ToolResult
from tests.support.recent_days import recent_days_since

OWNER = Caller(role="owner", subject="owner", protocol_version="2026-07-28")


class FakeMessages:
    def __init__(self, answer: Callable[[dict[str, Any]], str]) -> None:
        self.answer = answer
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1/messages"
        body = json.loads(request.content)
        self.requests.append(body)
        return httpx2.Response(200, json={
            "id": "msg_01", "type": "message", "role": "assistant", "model": "claude-haiku-4-5",
            "content": [{"type": "text", "text": self.answer(body)}], "stop_reason": "end_turn",
            "stop_sequence": None, "usage": {"input_tokens": 900, "output_tokens": 60}})  # fmt: skip


@pytest.fixture
def keyed(
    monkeypatch: pytest.MonkeyPatch, local_stack: None, tmp_path: Any
) -> Iterator[Callable[..., FakeMessages]]:
    from heyfolio.config import get_settings

    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-real")
    get_settings.cache_clear()

    def install(module: Any, answer: Callable[[dict[str, Any]], str]) -> FakeMessages:
        fake = FakeMessages(answer)
        monkeypatch.setattr(module, "_http_client", httpx2.Client(transport=httpx2.MockTransport(fake)))
        return fake

    yield install
    get_settings.cache_clear()


def test_the_model_proposes_the_sql_from_the_schema_alone(keyed: Callable[..., FakeMessages]) -> None:
    from heyfolio.storage import invocations, usage

    invocations.record("search_portfolio", "anonymous", 4.0, "ok", client_name="cursor")
    invocations.record("search_portfolio", "anonymous", 6.0, "ok", client_name="claude-code")
    fake = keyed(
        ask_analytics,
        lambda body: "SELECT client_name, count(*) AS calls FROM invocations GROUP BY 1 ORDER BY 1",
    )
    result = call_tool("ask_analytics", {"question": "how many calls per client?"}, OWNER)
    assert isinstance(result, ToolResult) and not result.is_error, result.text
    answer = result.structured or {}
    assert answer["source"] == "model" and answer["rows"] == [["claude-code", 1], ["cursor", 1]]
    (request,) = fake.requests
    assert request["model"] == "claude-haiku-4-5"
    prompt = request["system"] + json.dumps(request["messages"])
    assert "leads" in prompt and "how many calls per client?" in prompt and "claude-code" not in prompt
    assert any(
        r.purpose == "ask-analytics"
        for day in usage.totals(recent_days_since())
        for r in usage.records_for_day(day.day)
    )


def test_a_model_proposal_that_is_not_a_select_is_refused(keyed: Callable[..., FakeMessages]) -> None:
    keyed(ask_analytics, lambda body: "DELETE FROM leads")
    result = call_tool("ask_analytics", {"question": "clean up the leads"}, OWNER)
    assert isinstance(result, ToolResult) and result.is_error
    assert "Refused: only a read-only SELECT may run, got DELETE" in result.text


def test_conversations_are_classified_by_the_model_in_one_call_per_batch(
    keyed: Callable[..., FakeMessages],
) -> None:
    from heyfolio.storage import conversations

    ids = []
    for text in ("We're hiring a data engineer, any Snowflake?", "Cool project, how did you test it?"):
        conversation = conversations.create("visitor-1", title="chat")
        conversations.append(conversation.conversation_id, "user", text)
        ids.append(conversation.conversation_id)

    def answer(body: dict[str, Any]) -> str:
        sent = json.loads(body["messages"][0]["content"].split("Conversations (JSON):\n", 1)[1])
        return json.dumps([{"id": c["id"], "topics": ["data"], "intent": "hiring" if "hiring" in c["questions"][0] else "curiosity",
                            "sentiment": "neutral", "industry": None, "unanswered_needs": []} for c in sent])  # fmt: skip

    fake = keyed(insights, answer)
    assert insights.classify_task({"day": "2026-12-01", "ids": ids}) == {"day": "2026-12-01", "classified": 2}
    assert len(fake.requests) == 1
    found = {c.conversation_id: c for c in insights.classifications("2026-12-01")}
    assert {c.classifier for c in found.values()} == {"model"}
    assert (found[ids[0]].intent, found[ids[1]].intent) == ("hiring", "curiosity")
