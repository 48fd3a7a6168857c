"""The tool catalog: every tool, in a fixed order, and one way to call any of them in-process.

The MCP endpoint lists it, each tool's Lambda function runs one entry of it, and
the chat feature hands ``for_model()`` to Claude and ``call_tool`` its tool uses.
Tool modules are imported on first use, so a function that runs one tool never
pays for the others.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from functools import cache
from typing import Any

from mcp_handlers.tools.base import Caller, Outcome, ToolCall, ToolDefinition, ToolResult

TOOL_NAMES: tuple[str, ...] = (
    "search_portfolio",
    "get_profile",
    "list_projects",
    "get_project",
    "match_role",
    "contact_owner",
    "list_leads",
    "visitor_questions",
    "review_lead",
    "visitor_insights",
    "ask_analytics",
)
"""Deterministic ``tools/list`` order: the visitor's path first, owner tools last."""


@cache
def get_tool(name: str) -> ToolDefinition:
    """The definition of tool ``name``; ``KeyError`` if there is none."""
    if name not in TOOL_NAMES:
        raise KeyError(name)
    module = importlib.import_module(f"mcp_handlers.tools.{name}")
    tool: ToolDefinition = module.TOOL
    if tool.name != name:
        raise RuntimeError(f"mcp_handlers/tools/{name}.py defines a tool named {tool.name!r}")
    return tool


def tools() -> tuple[ToolDefinition, ...]:
    """Every tool, in ``TOOL_NAMES`` order."""
    return tuple(get_tool(name) for name in TOOL_NAMES)


def for_model(*, include_owner_tools: bool = False) -> list[dict[str, Any]]:
    """``name, description, input_schema`` per tool: the shape Claude's tool use expects."""
    return [
        {"name": t.name, "description": t.description, "input_schema": dict(t.input_schema)}
        for t in tools()
        if include_owner_tools or not t.owner_only
    ]


def call_tool(
    name: str,
    arguments: Mapping[str, Any] | None,
    caller: Caller | None = None,
    *,
    input_responses: Mapping[str, Any] | None = None,
    request_state: str | None = None,
) -> Outcome:
    """Run tool ``name`` in this process; an unknown name is a tool error, not an exception."""
    try:
        tool = get_tool(name)
    except KeyError:
        return ToolResult(None, f"unknown tool '{name}'; available: {', '.join(TOOL_NAMES)}", is_error=True)
    return tool.call(ToolCall(arguments or {}, caller or Caller(), input_responses, request_state))
