"""The MCP catalog, the functions in ``template.yaml`` and the ``events/`` samples agree.

A tool or resource family defined in ``mcp_handlers`` without its function (or the
other way round) would list something the endpoint cannot dispatch.
"""

from __future__ import annotations

import json
from pathlib import Path

from heyfolio.stack.template import function_specs, load_template
from mcp_handlers import apps
from mcp_handlers.catalog import TOOL_NAMES
from mcp_handlers.resources import STATIC, TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
SPECS = {spec.name: spec for spec in function_specs()}
RESOURCE_FUNCTIONS = {r.function for r in STATIC} | {t.function for t in TEMPLATES} | {apps.FUNCTION}
DISPATCHED = set(TOOL_NAMES) | RESOURCE_FUNCTIONS


def test_every_tool_and_resource_family_has_its_own_function() -> None:
    missing = sorted(name for name in DISPATCHED if name not in SPECS)
    assert not missing, f"no function in template.yaml for: {missing}"
    for name in DISPATCHED:
        assert SPECS[name].code_uri == f"functions/{name}/"
        assert not SPECS[name].routes, f"{name} is invoked by the endpoint, it must have no public route"


def test_no_orphan_mcp_function() -> None:
    mcp_functions = {
        name
        for name, spec in SPECS.items()
        if spec.properties.get("Description", "").startswith(("MCP tool ", "MCP resource"))
    }
    assert mcp_functions == DISPATCHED


def test_samples_name_the_tool_or_resource_their_function_owns() -> None:
    from mcp_handlers.resources import owner_function

    for name in TOOL_NAMES:
        event = json.loads((ROOT / "events" / f"{name}.json").read_text())
        assert event["kind"] == "tools/call" and event["name"] == name
    for name in RESOURCE_FUNCTIONS:
        event = json.loads((ROOT / "events" / f"{name}.json").read_text())
        assert event["kind"] == "resources/read"
        assert owner_function(event["uri"]) == name


def test_endpoint_knows_every_function_and_may_invoke_only_those() -> None:
    template = load_template()
    endpoint = template["Resources"]["McpEndpointFunction"]["Properties"]
    variables = endpoint["Environment"]["Variables"]
    named = {key[3:].lower(): value for key, value in variables.items() if key.startswith("FN_")}
    assert set(named) == DISPATCHED
    for name, ref in named.items():
        assert ref == {"Ref": SPECS[name].logical_id}
    invokable = set()
    statements = [
        st for policy in endpoint["Policies"] if "Statement" in policy for st in policy["Statement"]
    ]
    for statement in statements:
        if statement["Action"] == "lambda:InvokeFunction":
            # Each function's live alias (``${Fn.Arn}:live``): what the endpoint invokes (HEYFOLIO_INVOKE_QUALIFIER).
            for item in statement["Resource"]:
                text = item["Fn::Sub"]
                assert text.startswith("${") and text.endswith(".Arn}:live"), item
                invokable.add(text[2 : -len(".Arn}:live")])
    assert invokable == {SPECS[name].logical_id for name in DISPATCHED}


def test_mcp_route_is_served_by_the_endpoint_function() -> None:
    routes = [(route.path, spec.name) for spec in SPECS.values() for route in spec.routes]
    assert ("/mcp", "mcp_endpoint") in routes
