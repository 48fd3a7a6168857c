"""The SDK stays the contract: ``mcp_handlers.wire_check`` (what the endpoint runs, no pydantic on its
cold path) must accept, reject and shape exactly as ``mcp_types.methods`` does.

Three layers: the generated table equals what the installed SDK's models give today; thousands of
generated params and results (valid ones, then mutated: wrong types, numbers as strings, floats where
integers go, missing, extra and null fields, Python names instead of wire aliases) get the same
decision and the same shaped result from both; and real requests of every method in both eras go
through the endpoint with both checks compared on every call it makes.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from typing import Any

import pytest
from mcp_types import methods
from mcp_types.version import KNOWN_PROTOCOL_VERSIONS
from pydantic import ValidationError

from mcp_handlers import dispatch, wire_check
from mcp_handlers.wire import McpError
from tests.mcp import gen_wire_shapes
from tests.mcp.wire_cases import CaseMaker

CASES = 60
"""Generated cases per (method, version) and mutation rate (three rates)."""
RATES = (0.0, 0.05, 0.2)


def _seed(*parts: object) -> int:
    """A seed that is the same in every process (``hash`` of a str is not)."""
    return zlib.crc32("|".join(map(str, parts)).encode())


def _sdk_accepts_request(method: str, version: str, params: dict[str, Any] | None) -> bool:
    try:
        methods.validate_client_request(method, version, params)
    except ValidationError:
        return False
    return True


def _light_accepts_request(method: str, version: str, params: dict[str, Any] | None) -> bool:
    try:
        wire_check.validate_request(method, version, params)
    except wire_check.WireError as exc:
        assert exc.errors and all(set(e) == {"loc", "msg"} for e in exc.errors), exc.errors
        return False
    return True


def _sdk_result(method: str, version: str, result: dict[str, Any]) -> str | None:
    """The SDK's shaped result as canonical JSON (3 and 3.0 differ), ``None`` when it rejects it."""
    try:
        return json.dumps(methods.serialize_server_result(method, version, result), sort_keys=True)
    except ValidationError:
        return None


def _light_result(method: str, version: str, result: dict[str, Any]) -> str | None:
    try:
        return json.dumps(wire_check.serialize_result(method, version, result), sort_keys=True)
    except wire_check.WireError:
        return None


def test_table_is_the_installed_sdks() -> None:
    """``wire_shapes.json`` is regenerated from the SDK: a new SDK's schemas cannot be missed."""
    committed = json.loads(wire_check.TABLE_PATH.read_text())
    assert committed == json.loads(gen_wire_shapes.render()), (
        "mcp_handlers/wire_shapes.json is stale: run .venv/bin/python -m tests.mcp.gen_wire_shapes"
    )
    assert wire_check.known_methods() == methods.SPEC_CLIENT_METHODS
    assert set(committed["versions"]) == set(KNOWN_PROTOCOL_VERSIONS)


def test_the_version_gate_is_the_sdks() -> None:
    """A method absent at a version is ``KeyError`` in both (the endpoint answers -32601)."""
    for method in sorted(methods.SPEC_CLIENT_METHODS):
        for version in KNOWN_PROTOCOL_VERSIONS:
            sdk = (method, version) in methods.CLIENT_REQUESTS
            try:
                wire_check.validate_request(method, version, None)
                light = True
            except KeyError:
                light = False
            except wire_check.WireError:
                light = True
            assert light == sdk, (method, version)
            sdk_result = (method, version) in methods.SERVER_RESULTS
            light_result = f"{method}@{version}" in wire_check.table()["results"]
            assert light_result == sdk_result, (method, version)


@pytest.mark.parametrize("key", sorted(k for k, v in wire_check.table()["requests"].items() if v is not None))
def test_params_accepted_and_refused_as_the_sdk_does(key: str) -> None:
    method, version = key.split("@")
    _, node = wire_check.table()["requests"][key]
    decisions: Counter[bool] = Counter()
    for rate in RATES:
        maker = CaseMaker(seed=_seed(key, rate), odd=rate)
        for _ in range(CASES):
            params = maker.value(node)
            if not isinstance(params, dict):
                continue
            sdk = _sdk_accepts_request(method, version, params)
            assert _light_accepts_request(method, version, params) == sdk, (key, params)
            decisions[sdk] += 1
    for params in (None, {}, {"_meta": None}, {"_meta": {}}, {"extra": 1}):
        sdk = _sdk_accepts_request(method, version, params)
        assert _light_accepts_request(method, version, params) == sdk, (key, params)
        decisions[sdk] += 1
    assert decisions[True] and decisions[False], decisions  # both sides of the contract were exercised


@pytest.mark.parametrize("key", sorted(wire_check.table()["results"]))
def test_results_shaped_and_refused_as_the_sdk_does(key: str) -> None:
    method, version = key.split("@")
    node = wire_check.table()["results"][key]
    decisions: Counter[bool] = Counter()
    for rate in RATES:
        maker = CaseMaker(seed=_seed(key, rate, "result"), odd=rate)
        for _ in range(CASES):
            result = maker.value(node)
            if not isinstance(result, dict):
                continue
            sdk = _sdk_result(method, version, result)
            assert _light_result(method, version, result) == sdk, (key, result)
            decisions[sdk is not None] += 1
    assert decisions[True], decisions
    if method not in ("ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe"):
        assert decisions[False], decisions  # an empty result is valid for those four, whatever is mutated


def test_union_members_are_chosen_as_pydantic_chooses() -> None:
    """Smart unions: the member with the most fields set wins, then the more exact, then the first."""
    both = {"contents": [{"uri": "portfolio://a", "text": "t", "blob": "YQ=="}], "resultType": "complete"}
    for version in ("2025-11-25", "2026-07-28"):
        assert _light_result("resources/read", version, both) == _sdk_result("resources/read", version, both)
    ambiguous = {"content": [], "resultType": "input_required", "inputRequests": {}, "requestState": "s"}
    assert _light_result("tools/call", "2026-07-28", ambiguous) == _sdk_result(
        "tools/call", "2026-07-28", ambiguous
    )
    coerced = {"completion": {"values": ["a"], "total": "3", "hasMore": "yes"}}
    shaped = _light_result("completion/complete", "2025-11-25", coerced)
    assert shaped == _sdk_result("completion/complete", "2025-11-25", coerced)
    assert shaped is not None and json.loads(shaped)["completion"] == {
        "values": ["a"],
        "total": 3,
        "hasMore": True,
    }


# ------------------------------------------------------------------ real requests through the endpoint

MODERN_META = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientCapabilities": {},
    "io.modelcontextprotocol/clientInfo": {"name": "wire-check", "version": "1"},
}
GOOD_PARAMS: dict[str, list[dict[str, Any]]] = {
    "tools/list": [{}],
    "tools/call": [
        {"name": "search_portfolio", "arguments": {"query": "rust", "limit": 2}},
        {"name": "get_profile", "arguments": {}},
        {"name": "get_project", "arguments": {"slug": "shoal"}},
        {"name": "list_projects", "arguments": {}},
    ],
    "resources/list": [{}],
    "resources/templates/list": [{}],
    "resources/read": [{"uri": "portfolio://profile"}, {"uri": "portfolio://projects/shoal"}],
    "prompts/list": [{}],
    "prompts/get": [
        {"name": "introduce_owner", "arguments": {"audience": "recruiter"}},
        {"name": "explain_project", "arguments": {"slug": "shoal", "depth": "deep"}},
    ],
    "completion/complete": [
        {
            "ref": {"type": "ref/resource", "uri": "portfolio://projects/{slug}"},
            "argument": {"name": "slug", "value": "s"},
        }
    ],
    "ping": [{}],
    "server/discover": [{}],
    "logging/setLevel": [{"level": "info"}],
    "resources/subscribe": [{"uri": "portfolio://profile"}],
    "resources/unsubscribe": [{"uri": "portfolio://profile"}],
    "initialize": [
        {
            "protocolVersion": "2025-11-25",
            "capabilities": {},
            "clientInfo": {"name": "wire-check", "version": "1"},
        }
    ],
}


def _request(
    server: Any, method: str, version: str, params: dict[str, Any], request_id: int
) -> dict[str, Any]:
    modern = version == "2026-07-28"
    hdrs = {
        "host": "127.0.0.1:8000",
        "content-type": "application/json",
        "accept": "application/json, text/event-stream",
        "mcp-protocol-version": version,
    }
    if modern:
        meta = params.get("_meta")
        params = {**params, "_meta": {**(meta if isinstance(meta, dict) else {}), **MODERN_META}}
        hdrs["mcp-method"] = method
        name_key = {"tools/call": "name", "prompts/get": "name", "resources/read": "uri"}.get(method)
        if name_key and isinstance(params.get(name_key), str):
            hdrs["mcp-name"] = params[name_key]
    payload = json.dumps({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params}).encode()
    response = server.handle("POST", list(hdrs.items()), payload)
    assert response.status != 500, response.body
    answer: dict[str, Any] = json.loads(response.body)
    return answer


def test_real_requests_checked_and_shaped_as_the_sdk_would(
    server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every method in both eras, good and generated params, through ``McpServer.handle``: each check the
    endpoint makes is compared with the SDK's, and every result it sends is what the SDK serializes."""
    seen: Counter[str] = Counter()
    validate, serialize = wire_check.validate_request, wire_check.serialize_result

    def checked_validate(method: str, version: str, params: dict[str, Any] | None) -> None:
        sdk = _sdk_accepts_request(method, version, params)
        try:
            validate(method, version, params)
        except wire_check.WireError:
            assert not sdk, (method, version, params)
            seen["refused"] += 1
            raise
        assert sdk, (method, version, params)
        seen["accepted"] += 1

    def checked_serialize(method: str, version: str, result: dict[str, Any]) -> dict[str, Any]:
        out = serialize(method, version, result)
        assert json.dumps(out, sort_keys=True) == _sdk_result(method, version, result), (method, version)
        seen[f"shaped {method}@{version}"] += 1
        return out

    monkeypatch.setattr(wire_check, "validate_request", checked_validate)
    monkeypatch.setattr(wire_check, "serialize_result", checked_serialize)
    request_id = 0
    for version in ("2025-11-25", "2025-03-26", "2026-07-28"):
        for method, good in GOOD_PARAMS.items():
            key = f"{method}@{version}"
            spec = wire_check.table()["requests"].get(key)
            generated: list[dict[str, Any]] = []
            if spec is not None:
                maker = CaseMaker(seed=_seed(key), odd=0.15)
                generated = [p for p in (maker.value(spec[1]) for _ in range(12)) if isinstance(p, dict)]
            for params in [*good, *generated]:
                request_id += 1
                answer = _request(server, method, version, params, request_id)
                if "error" in answer and answer["error"]["code"] == -32602:
                    data = answer["error"].get("data")
                    if answer["error"]["message"] == "Invalid request parameters":
                        assert isinstance(data, list) and 0 < len(data) <= 5
                        assert all(set(e) == {"loc", "msg"} and e["loc"][0] == "params" for e in data), data
    assert seen["accepted"] > 40 and seen["refused"] > 20, seen
    shaped = {k.split(" ", 1)[1] for k in seen if k.startswith("shaped ")}
    common = (
        "tools/call",
        "tools/list",
        "resources/read",
        "resources/list",
        "prompts/get",
        "completion/complete",
    )
    for version, own in (
        ("2025-11-25", ("initialize", "ping", "logging/setLevel")),
        ("2026-07-28", ("server/discover",)),
    ):
        for method in (*common, *own):
            assert f"{method}@{version}" in shaped, (method, version, sorted(shaped))


def test_an_invalid_handler_result_is_an_internal_error() -> None:
    for method, version, bad in (
        ("tools/call", "2025-11-25", {"content": "not a list"}),
        ("prompts/list", "2026-07-28", {"prompts": [{"title": "no name"}]}),
    ):
        with pytest.raises(McpError) as caught:
            dispatch.shape(method, version, bad)
        assert caught.value.code == -32603 and caught.value.message == "Handler returned an invalid result"
    legacy = dispatch.shape(
        "tools/list", "2025-11-25", {"tools": [], "ttlMs": 5, "cacheScope": "public", "nextCursor": None}
    )
    assert legacy == {"tools": []}  # no 2026 field reaches a 2025 client


def test_the_endpoint_checks_and_shapes_without_importing_pydantic(tmp_path: Any) -> None:
    """The point of ``wire_check``: a new endpoint instance imports no SDK models (bench/cold_start.py)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    probe = f"""
import importlib.util, json, sys
sys.path[:0] = [{str(root / "layers" / "shared")!r}, {str(root)!r}]
spec = importlib.util.spec_from_file_location("endpoint", {str(root / "functions" / "mcp_endpoint" / "app.py")!r})
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
from mcp_handlers import dispatch
from mcp_handlers.inbound import Request
from mcp_handlers.tools.base import Caller
caller = Caller(correlation_id="c", protocol_version="2026-07-28")
params = {{"name": "get_profile", "arguments": {{}}, "_meta": {MODERN_META!r}}}
request = Request(1, "tools/call", params, "2026-07-28", True, caller, None)
dispatch.validate(request)
dispatch.shape("tools/call", "2026-07-28", {{"content": [{{"type": "text", "text": "hi"}}]}})
print(json.dumps(sorted(m for m in ("mcp_types", "pydantic", "pydantic_core", "mcp") if m in sys.modules)))
"""
    env = {"PATH": "/usr/bin:/bin", "HEYFOLIO_ENV": "local", "HEYFOLIO_DATA_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
