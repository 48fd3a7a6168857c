"""match_role without client sampling: Claude on the server writes the summary when a key is
configured (faked at the Anthropic HTTP boundary), within the spend cap; else the report alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mcp_handlers.catalog import call_tool
from mcp_handlers.tools import match_role
from mcp_handlers.tools.base import Caller

JOB = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures" / "jsonresume" / "sample.job.json"
SUMMARY = "Mira fits most of this role: strong backend and PostgreSQL evidence; React is missing."


class FakeMessages:
    """``POST /v1/messages`` answered with a recorded non-streamed Messages API response."""

    def __init__(self, *, fail: bool = False) -> None:
        self.requests: list[dict[str, Any]] = []
        self.fail = fail

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        assert request.url.path == "/v1/messages"
        self.requests.append(json.loads(request.content))
        if self.fail:
            return httpx2.Response(
                529, json={"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
            )
        return httpx2.Response(
            200,
            json={
                "id": "msg_01Aq9w938a90dw8q",
                "type": "message",
                "role": "assistant",
                "model": "claude-sonnet-4-6",
                "content": [{"type": "text", "text": SUMMARY}],
                "stop_reason": "end_turn",
                "stop_sequence": None,
                "usage": {"input_tokens": 612, "output_tokens": 38},
            },
        )


@pytest.fixture
def anthropic(monkeypatch: pytest.MonkeyPatch, local_stack: None) -> Iterator[FakeMessages]:
    from heyfolio.config import get_settings

    fake = FakeMessages()
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-real")
    get_settings.cache_clear()
    monkeypatch.setattr(match_role, "_http_client", httpx2.Client(transport=httpx2.MockTransport(fake)))
    yield fake
    get_settings.cache_clear()


def test_server_model_writes_the_summary_from_the_report_only(anthropic: FakeMessages) -> None:
    from heyfolio.storage import usage

    result = call_tool("match_role", {"job": json.loads(JOB.read_text())}, Caller())
    assert not result.is_error, result.text
    structured = result.structured or {}
    assert structured["summarySource"] == "server-model"
    assert structured["summary"] == SUMMARY
    assert structured["requirements"], "the requirement-by-requirement report is still there"
    (sent,) = anthropic.requests
    assert "Never invent experience" in sent["system"]
    assert "React" in sent["messages"][0]["content"]
    import time

    day = time.strftime("%Y-%m-%d", time.gmtime())
    assert any(r.purpose == "match-role-summary" for r in usage.records_for_day(day))


def test_a_failing_model_falls_back_to_the_deterministic_summary(anthropic: FakeMessages) -> None:
    anthropic.fail = True
    result = call_tool("match_role", {"job": "Rust\nKubernetes"}, Caller())
    assert (result.structured or {})["summarySource"] == "deterministic"


def test_spent_budget_means_no_model_call(anthropic: FakeMessages, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings

    monkeypatch.setenv("HEYFOLIO_BUDGET_DAILY_USD", "0.0001")
    get_settings.cache_clear()
    result = call_tool("match_role", {"job": "Rust\nKubernetes"}, Caller())
    assert (result.structured or {})["summarySource"] == "deterministic"
    assert anthropic.requests == []


@pytest.mark.usefixtures("local_stack")
def test_without_a_key_only_the_report(monkeypatch: pytest.MonkeyPatch) -> None:
    result = call_tool("match_role", {"job": "Rust\nKubernetes"}, Caller())
    assert (result.structured or {})["summarySource"] == "deterministic"
