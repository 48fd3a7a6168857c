"""What a tool's definition implies outside ``mcp_handlers``, generated and checked from the one definition.

A tool is defined once (``mcp_handlers/tools/<name>.py``, listed in ``catalog.TOOL_NAMES``). Everything
else follows from it: its function entry point (``functions/<name>/app.py``), its sample event
(``events/<name>.json``) and its resources in ``template.yaml`` (the function, its log group, the
endpoint's ``FN_<NAME>`` variable and its ``lambda:InvokeFunction`` grant). ``python -m mcp_handlers.scaffold
<name>`` writes the first two and prints the template lines to paste (the function's own IAM policies
are the one thing a person decides); ``tests/stack/test_tool_scaffold.py`` fails when any of them drifts
from the definition. Development tooling: no function imports this module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mcp_handlers.catalog import get_tool
from mcp_handlers.envelopes import ToolCallEnvelope, tool_envelope
from mcp_handlers.tools.base import Caller, ToolDefinition, ToolError, validate_arguments

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CORRELATION_ID = "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"


def camel(name: str) -> str:
    """``search_portfolio`` -> ``SearchPortfolio`` (the template's logical-id stem)."""
    return "".join(part.capitalize() for part in name.split("_"))


def entry_point(name: str) -> str:
    """The whole of ``functions/<name>/app.py`` for tool ``name``."""
    return (
        f'"""Lambda entry point: the `{name}` MCP tool, invoked by the MCP endpoint '
        f'(see mcp_handlers/tools/{name}.py)."""\n\n'
        "from mcp_handlers.function_handlers import tool_function\n\n"
        f'handler = tool_function("{name}")\n'
    )


def _example(prop: Mapping[str, Any]) -> Any:
    if prop.get("examples"):
        return prop["examples"][0]
    if "default" in prop:
        return prop["default"]
    if prop.get("enum"):
        return prop["enum"][0]
    kind = prop.get("type")
    if kind == "integer":
        return int(prop.get("minimum", 1))
    if kind == "number":
        return float(prop.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    return "example"


def sample_event(tool: ToolDefinition) -> ToolCallEnvelope:
    """An invocation the function answers: the required arguments with example values."""
    props: Mapping[str, Any] = tool.input_schema.get("properties", {})
    arguments = {name: _example(props.get(name, {})) for name in tool.input_schema.get("required", ())}
    caller = Caller(correlation_id=SAMPLE_CORRELATION_ID, protocol_version="2026-07-28")
    return tool_envelope(tool.name, arguments, caller)


def event_problems(tool: ToolDefinition, event: Any) -> list[str]:
    """Why ``event`` is not a sample of ``tool``'s invocation (empty when it is)."""
    expected = sample_event(tool)
    if not isinstance(event, dict):
        return [f"events/{tool.name}.json: not a JSON object"]
    problems = []
    if set(event) != set(expected):
        problems.append(f"events/{tool.name}.json: keys {sorted(event)}, expected {sorted(expected)}")
    if event.get("kind") != "tools/call" or event.get("name") != tool.name:
        problems.append(f"events/{tool.name}.json: must be a tools/call of {tool.name}")
    try:
        validate_arguments(tool.input_schema, event.get("arguments"))
    except ToolError as error:
        problems.append(f"events/{tool.name}.json: arguments do not fit the tool's schema: {error}")
    return problems


def description(name: str, summary: str, *, owner_only: bool = False) -> str:
    """The function's ``Description``: what ``tests/stack/test_mcp_agreement.py`` finds MCP functions by."""
    return f"MCP tool {name}{' (owner only)' if owner_only else ''} - {summary}"


def expected_resources(name: str, summary: str, *, owner_only: bool = False) -> dict[str, Any]:
    """The template resources of tool ``name`` (its IAM policies aside), as ``load_template`` reads them."""
    stem = camel(name)
    return {
        f"{stem}Function": {
            "Type": "AWS::Serverless::Function",
            "Properties": {
                "Description": description(name, summary, owner_only=owner_only),
                "CodeUri": f"functions/{name}/",
                "Handler": "app.handler",
                "LoggingConfig": {"LogGroup": {"Ref": f"{stem}Logs"}},
            },
        },
        f"{stem}Logs": {
            "Type": "AWS::Logs::LogGroup",
            "Properties": {
                "LogGroupName": {"Fn::Sub": f"/heyfolio/${{AWS::StackName}}/{name.replace('_', '-')}"},
                "RetentionInDays": {"Ref": "LogRetentionDays"},
            },
        },
    }


def template_problems(template: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    """Where ``template`` disagrees with the tools ``names`` (resources, endpoint variable, invoke grant)."""
    resources = template.get("Resources", {})
    endpoint = resources.get("McpEndpointFunction", {}).get("Properties", {})
    variables = (endpoint.get("Environment") or {}).get("Variables") or {}
    granted = [
        item
        for policy in endpoint.get("Policies", [])
        if isinstance(policy, dict)
        for statement in policy.get("Statement", [])
        if statement.get("Action") == "lambda:InvokeFunction"
        for item in statement.get("Resource", [])
    ]
    problems = []
    for name in names:
        stem = camel(name)
        found = resources.get(f"{stem}Function", {}).get("Properties", {})
        description = str(found.get("Description", ""))
        summary = description.partition(" - ")[2]
        owner_only = get_tool(name).owner_only
        for key, want in expected_resources(name, summary, owner_only=owner_only).items():
            have = resources.get(key)
            if have is None:
                problems.append(f"template.yaml: no {key}")
                continue
            for prop, value in want["Properties"].items():
                if have.get("Properties", {}).get(prop) != value:
                    problems.append(
                        f"template.yaml: {key}.{prop} is {have.get('Properties', {}).get(prop)!r}, expected {value!r}"
                    )
            if have.get("Type") != want["Type"]:
                problems.append(f"template.yaml: {key} is a {have.get('Type')}, expected {want['Type']}")
        if variables.get(f"FN_{name.upper()}") != {"Ref": f"{stem}Function"}:
            problems.append(
                f"template.yaml: McpEndpointFunction needs FN_{name.upper()}: !Ref {stem}Function"
            )
        if {"Fn::Sub": f"${{{stem}Function.Arn}}:live"} not in granted:
            problems.append(
                f"template.yaml: McpEndpointFunction may not invoke {stem}Function (lambda:InvokeFunction)"
            )
    return problems


def template_snippet(name: str, summary: str, *, owner_only: bool = False) -> str:
    """The lines to paste into template.yaml for a new tool."""
    stem = camel(name)
    return (
        f"  # Resources:\n"
        f"  {stem}Function:\n"
        f"    Type: AWS::Serverless::Function\n"
        f"    Properties:\n"
        f"      Description: {description(name, summary, owner_only=owner_only)}\n"
        f"      CodeUri: functions/{name}/\n"
        f"      Handler: app.handler\n"
        f"      LoggingConfig:\n"
        f"        LogGroup: !Ref {stem}Logs\n"
        f"      Policies: []  # what the tool reads and writes, least privilege\n\n"
        f"  {stem}Logs:\n"
        f"    Type: AWS::Logs::LogGroup\n"
        f"    Properties:\n"
        f'      LogGroupName: !Sub "/heyfolio/${{AWS::StackName}}/{name.replace("_", "-")}"\n'
        f"      RetentionInDays: !Ref LogRetentionDays\n\n"
        f"  # McpEndpointFunction, Environment.Variables:\n"
        f"          FN_{name.upper()}: !Ref {stem}Function\n"
        f"  # McpEndpointFunction, the lambda:InvokeFunction statement's Resource (its live alias):\n"
        f'                - !Sub "${{{stem}Function.Arn}}:live"\n'
    )


def scaffold(name: str, root: Path = ROOT) -> list[Path]:
    """Write the entry point and the sample event of tool ``name`` where they are missing."""
    tool = get_tool(name)
    written = []
    app = root / "functions" / name / "app.py"
    if not app.exists():
        app.parent.mkdir(parents=True, exist_ok=True)
        app.write_text(entry_point(name), encoding="utf-8")
        written.append(app)
    event = root / "events" / f"{name}.json"
    if not event.exists():
        event.parent.mkdir(parents=True, exist_ok=True)
        event.write_text(
            json.dumps(sample_event(tool), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        written.append(event)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m mcp_handlers.scaffold <tool name listed in mcp_handlers.catalog.TOOL_NAMES>")
        return 2
    try:
        tool = get_tool(args[0])
    except KeyError:
        print(
            f"no tool {args[0]!r}: define mcp_handlers/tools/{args[0]}.py and list it in catalog.TOOL_NAMES first"
        )
        return 1
    for path in scaffold(tool.name):
        print(f"wrote {path.relative_to(ROOT)}")
    print(template_snippet(tool.name, tool.title, owner_only=tool.owner_only))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
