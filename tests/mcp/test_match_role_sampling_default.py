"""Sampling is deprecated in MCP 2026-07-28: match_role's default is the server's own budgeted
model call (or the deterministic report); a client offering sampling is asked only when the
server has no model to call."""

from __future__ import annotations

from mcp_handlers.catalog import call_tool
from mcp_handlers.tools.base import Caller, InputRequired, ToolResult
from tests.mcp.test_match_role_server_model import SUMMARY, FakeMessages, anthropic  # noqa: F401

SAMPLING_CLIENT = Caller(protocol_version="2026-07-28", client_capabilities={"sampling": {}})


def test_the_servers_model_wins_over_client_sampling(anthropic: FakeMessages) -> None:  # noqa: F811
    result = call_tool("match_role", {"job": "Rust\nKubernetes"}, SAMPLING_CLIENT)
    assert isinstance(result, ToolResult), "no sampling round when the server can write the summary"
    assert (result.structured or {})["summarySource"] == "server-model"
    assert (result.structured or {})["summary"] == SUMMARY
    assert len(anthropic.requests) == 1


def test_sampling_is_the_fallback_when_the_servers_model_fails(anthropic: FakeMessages) -> None:  # noqa: F811
    anthropic.fail = True
    first = call_tool("match_role", {"job": "Rust\nKubernetes"}, SAMPLING_CLIENT)
    assert isinstance(first, InputRequired) and "summary" in first.input_requests
    asked = len(anthropic.requests)
    assert asked >= 1
    answer = {"summary": {"role": "assistant", "content": {"type": "text", "text": "Client-written."}}}
    final = call_tool(
        "match_role",
        {"job": "Rust\nKubernetes"},
        SAMPLING_CLIENT,
        input_responses=answer,
        request_state=first.request_state,
    )
    assert isinstance(final, ToolResult)
    assert (final.structured or {})["summarySource"] == "client-sampling"
    assert (final.structured or {})["summary"] == "Client-written."
    assert len(anthropic.requests) == asked, "the retry does not call the server's model again"
