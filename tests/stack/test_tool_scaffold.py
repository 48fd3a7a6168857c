"""A tool is defined once; its entry point, sample event and template resources follow from the
definition (``mcp_handlers.scaffold``) and this test fails when any of them drifts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from heyfolio.stack.template import load_template
from mcp_handlers import scaffold
from mcp_handlers.catalog import TOOL_NAMES, get_tool
from mcp_handlers.tools.base import ToolCall, ToolDefinition, ToolResult

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", TOOL_NAMES)
def test_entry_point_is_the_generated_one(name: str) -> None:
    assert (ROOT / "functions" / name / "app.py").read_text(encoding="utf-8") == scaffold.entry_point(name)


@pytest.mark.parametrize("name", TOOL_NAMES)
def test_sample_event_fits_the_definition(name: str) -> None:
    event = json.loads((ROOT / "events" / f"{name}.json").read_text(encoding="utf-8"))
    assert scaffold.event_problems(get_tool(name), event) == []


def test_template_agrees_with_every_tool() -> None:
    assert scaffold.template_problems(load_template(), TOOL_NAMES) == []


@pytest.mark.parametrize(
    ("drift", "expected"),
    [
        (lambda t: t["Resources"].pop("MatchRoleLogs"), "template.yaml: no MatchRoleLogs"),
        (
            lambda t: t["Resources"]["MatchRoleFunction"]["Properties"].update(CodeUri="functions/match/"),
            "template.yaml: MatchRoleFunction.CodeUri",
        ),
        (
            lambda t: t["Resources"]["McpEndpointFunction"]["Properties"]["Environment"]["Variables"].pop(
                "FN_MATCH_ROLE"
            ),
            "template.yaml: McpEndpointFunction needs FN_MATCH_ROLE",
        ),
        (
            lambda t: [
                s["Resource"].remove({"Fn::Sub": "${MatchRoleFunction.Arn}:live"})
                for p in t["Resources"]["McpEndpointFunction"]["Properties"]["Policies"]
                if isinstance(p, dict)
                for s in p.get("Statement", [])
                if s.get("Action") == "lambda:InvokeFunction"
            ],
            "template.yaml: McpEndpointFunction may not invoke MatchRoleFunction",
        ),
    ],
)
def test_template_drift_is_caught(drift: Any, expected: str) -> None:
    template = copy.deepcopy(load_template())
    drift(template)
    problems = scaffold.template_problems(template, TOOL_NAMES)
    assert any(p.startswith(expected) for p in problems), problems


def test_event_drift_is_caught() -> None:
    tool = get_tool("search_portfolio")
    event = json.loads((ROOT / "events" / "search_portfolio.json").read_text(encoding="utf-8"))
    assert scaffold.event_problems(tool, {**event, "arguments": {"limit": 3}})
    assert scaffold.event_problems(tool, {k: v for k, v in event.items() if k != "requestState"})


def test_scaffold_writes_a_new_tools_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new tool: the definition is all a person writes; the entry point and event are generated and pass."""
    tool = ToolDefinition(
        name="list_talks",
        title="List talks",
        description="The owner's conference talks.",
        input_schema={
            "type": "object",
            "properties": {"year": {"type": "integer", "minimum": 2000, "maximum": 2100}},
            "required": ["year"],
            "additionalProperties": False,
        },
        output_schema={"type": "object"},
        run=lambda call: ToolResult({"talks": []}, "none"),
    )
    monkeypatch.setattr(scaffold, "get_tool", lambda name: tool)
    written = scaffold.scaffold("list_talks", root=tmp_path)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == [
        "events/list_talks.json",
        "functions/list_talks/app.py",
    ]
    event = json.loads((tmp_path / "events" / "list_talks.json").read_text(encoding="utf-8"))
    assert scaffold.event_problems(tool, event) == []
    assert event["arguments"] == {"year": 2000}
    assert tool.call(ToolCall(event["arguments"])).structured == {"talks": []}
    snippet = scaffold.template_snippet("list_talks", "the owner's talks.")
    assert "ListTalksFunction:" in snippet and "FN_LIST_TALKS: !Ref ListTalksFunction" in snippet
    assert scaffold.scaffold("list_talks", root=tmp_path) == [], "never overwrites"
