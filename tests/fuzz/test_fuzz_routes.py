"""Fuzzing the whole local stack (the dev server's app, in process, on moto) with hypothesis.

Two targets: the JSON-RPC endpoint (``POST /mcp`` with arbitrary JSON, methods, params, headers)
and every REST route of the dev server's ``/openapi.json`` (path parameters, query strings,
methods and bodies). Properties: no answer is a 5xx, and a rejected request (4xx, or a JSON-RPC
error) leaves every table exactly as it was. Bounded: a fixed number of examples, no shrinking
deadline, a few seconds each.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from tests.fuzz.conftest import audited_refusal, template_routes
from tests.fuzz.conftest import rejected as _rejected
from tests.fuzz.conftest import snapshot as _snapshot

EXAMPLES = 300
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
METHODS = [
    "tools/call", "tools/list", "resources/read", "resources/list", "prompts/get", "prompts/list",
    "completion/complete", "server/discover", "initialize", "ping", "tasks/get", "subscriptions/listen",
    "logging/setLevel", "nope/nope",
]  # fmt: skip
TOOLS = ["search_portfolio", "get_profile", "get_project", "match_role", "list_leads", "contact_owner", "x"]


MCP_HEADERS = {"content-type": "application/json", "accept": "application/json, text/event-stream"}


@FUZZ
@given(
    method=st.sampled_from(METHODS) | st.text(max_size=20),
    tool=st.sampled_from(TOOLS),
    params=json_values,
    arguments=json_values,
    version=st.sampled_from(["2026-07-28", "2025-11-25", "1999-01-01", ""]),
    with_meta=st.booleans(),
    raw=st.none() | st.binary(max_size=200),
)
def test_json_rpc_never_500s_and_rejections_change_nothing(
    stack: TestClient,
    method: str,
    tool: str,
    params: Any,
    arguments: Any,
    version: str,
    with_meta: bool,
    raw: bytes | None,
) -> None:
    if isinstance(params, dict):
        params = {**params, "name": tool, "arguments": arguments}
        if with_meta:
            params["_meta"] = {
                "io.modelcontextprotocol/protocolVersion": version,
                "io.modelcontextprotocol/clientCapabilities": {},
            }
    body = (
        raw
        if raw is not None
        else json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    )
    headers = dict(MCP_HEADERS)
    if version:
        headers["mcp-protocol-version"] = version
        headers["mcp-method"] = method if method.isascii() and method.isprintable() else "x"
        headers["mcp-name"] = tool
    before = _snapshot()
    response = stack.post("/mcp", content=body, headers=headers)
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert response.status_code != 429, "the fuzzer should reach the handlers"
    if _rejected(response.status_code, response.content):
        assert _snapshot() == before, f"a rejected request changed state: {body[:200]!r}"


def _routes(stack: TestClient) -> list[tuple[str, str]]:
    """Every route of template.yaml, as the dev server reads them (streams are bounded by the fixture)."""
    return [(r.method if r.method != "ANY" else "POST", r.path) for r in template_routes()]


segment = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="/?#"), min_size=1, max_size=30
)


@FUZZ
@given(data=st.data())
def test_rest_routes_never_500_and_rejections_change_nothing(stack: TestClient, data: st.DataObject) -> None:
    from urllib.parse import quote

    routes = _routes(stack)
    assert len(routes) >= 25
    method, template = data.draw(st.sampled_from(routes))
    method = data.draw(st.sampled_from([method, method, "POST", "DELETE", "PUT"]))
    path = re.sub(r"\{[^}]+\}", lambda _: quote(data.draw(segment), safe=""), template)
    query = data.draw(
        st.dictionaries(
            st.sampled_from(["q", "limit", "days", "action", "status", "period", "x"]),
            st.text(max_size=30),
            max_size=3,
        )
    )
    headers = data.draw(
        st.dictionaries(
            st.sampled_from(["authorization", "cookie", "content-type", "x-correlation-id"]),
            st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60),
            max_size=2,
        )
    )
    if "authorization" in headers:
        headers["authorization"] = "Bearer " + headers["authorization"]
    body = data.draw(st.none() | st.binary(max_size=300) | json_values.map(lambda v: json.dumps(v).encode()))
    before = _snapshot()
    response = stack.request(method, path, params=query, headers=headers, content=body)
    assert response.status_code < 500, (method, path, query, response.status_code, response.text[:300])
    if response.status_code >= 400:
        after = _snapshot()
        # Refused tokens are audited by design (an auth.failure line); nothing else may change.
        added = [i for i in after if i not in before]
        assert all(audited_refusal(i) for i in added), added
        assert all(i in after for i in before)
