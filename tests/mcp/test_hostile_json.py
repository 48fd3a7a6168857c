"""Hostile JSON on ``/mcp`` (issue 9, item 1): lone surrogates, NUL, deep nesting, NaN and huge numbers
in every position of a request - the JSON-RPC id, a tool argument, a resource URI, a prompt argument,
``_meta`` - are a clear JSON-RPC error or an ordinary answer, never a 500, on both adapters."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.mcp.test_http_edges import META, headers

SURROGATE = "\\ud800"
"""A lone UTF-16 surrogate as a JSON escape: valid JSON syntax, not a Unicode string."""


def raw(method: str, params_json: str, request_id: str = "7") -> bytes:
    text = f'{{"jsonrpc":"2.0","id":{request_id},"method":"{method}","params":{params_json}}}'
    return text.encode("latin-1") if "\xed" in text else text.encode()


def meta() -> str:
    return json.dumps(META)


CASES = {
    "id": ("tools/list", f'{{"_meta":{meta()}}}', f'"a{SURROGATE}"', {}),
    "tool argument": (
        "tools/call",
        f'{{"name":"search_portfolio","arguments":{{"query":"rust{SURROGATE}"}},"_meta":{meta()}}}',
        "7",
        {"mcp_name": "search_portfolio"},
    ),
    "argument name": (
        "tools/call",
        f'{{"name":"get_profile","arguments":{{"sec{SURROGATE}":"work"}},"_meta":{meta()}}}',
        "7",
        {"mcp_name": "get_profile"},
    ),
    "tool name": ("tools/call", f'{{"name":"x{SURROGATE}","_meta":{meta()}}}', "7", {"mcp_name": "x"}),
    "resource uri": (
        "resources/read",
        f'{{"uri":"portfolio://projects/{SURROGATE}","_meta":{meta()}}}',
        "7",
        {"mcp_name": "portfolio://projects/"},
    ),
    "prompt argument": (
        "prompts/get",
        f'{{"name":"intro","arguments":{{"role":"{SURROGATE}"}},"_meta":{meta()}}}',
        "7",
        {"mcp_name": "intro"},
    ),
    "completion value": (
        "completion/complete",
        f'{{"ref":{{"type":"ref/resource","uri":"portfolio://projects/{{slug}}"}},'
        f'"argument":{{"name":"slug","value":"{SURROGATE}"}},"_meta":{meta()}}}',
        "7",
        {},
    ),
    "meta key": ("tools/list", f'{{"_meta":{{"{SURROGATE}":1}}}}', "7", {}),
    "utf-8 bytes": ("tools/list", '{"_meta":{"k":"\xed\xa0\x80"}}', "7", {}),
}


@pytest.mark.parametrize("where", sorted(CASES))
def test_a_lone_surrogate_is_a_clear_error_not_a_500(server: Any, where: str) -> None:
    method, params, request_id, extra = CASES[where]
    answer = server.handle("POST", headers(mcp_method=method, **extra), raw(method, params, request_id))
    assert answer.status == 400, (where, answer.status, answer.body)
    error = json.loads(answer.body)["error"]
    assert error["code"] == -32700
    assert "surrogate" in error["message"] and "UTF-16" in error["message"]
    assert json.loads(answer.body)["id"] is None


def test_a_lone_surrogate_through_api_gateway(endpoint: Any) -> None:
    method, params, request_id, extra = CASES["tool argument"]
    event = {
        "httpMethod": "POST",
        "path": "/mcp",
        "headers": dict(headers(mcp_method=method, **extra)),
        "body": raw(method, params, request_id).decode(),
        "isBase64Encoded": False,
        "requestContext": {"requestId": "r-1"},
    }
    answer = endpoint.handler(event, None)
    assert answer["statusCode"] == 400
    assert json.loads(answer["body"])["error"]["code"] == -32700


def test_escaped_pairs_and_nul_are_ordinary_text(server: Any) -> None:
    """A surrogate *pair* is one character (U+1F600) and NUL is a character: both are answered."""
    params = f'{{"name":"search_portfolio","arguments":{{"query":"rust \\ud83d\\ude00 \\u0000"}},"_meta":{meta()}}}'
    answer = server.handle(
        "POST", headers(mcp_method="tools/call", mcp_name="search_portfolio"), raw("tools/call", params)
    )
    assert answer.status == 200, answer.body
    assert "result" in json.loads(answer.body)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e999999", "9" * 5000])
def test_non_json_numbers_are_parse_errors_or_answered(server: Any, number: str) -> None:
    params = f'{{"name":"search_portfolio","arguments":{{"query":"rust","limit":{number}}},"_meta":{meta()}}}'
    answer = server.handle(
        "POST", headers(mcp_method="tools/call", mcp_name="search_portfolio"), raw("tools/call", params)
    )
    assert answer.status in (200, 400), (number, answer.status, answer.body)
    json.loads(answer.body, parse_constant=lambda c: pytest.fail(f"answer holds {c}"))


@pytest.mark.parametrize("number", ["NaN", "Infinity", "1e999999"])
def test_non_json_numbers_as_the_id(server: Any, number: str) -> None:
    answer = server.handle("POST", headers(), raw("tools/list", f'{{"_meta":{meta()}}}', number))
    assert answer.status == 400, answer.body
    reply = json.loads(answer.body, parse_constant=lambda c: pytest.fail(f"answer holds {c}"))
    assert reply["error"]["code"] in (-32700, -32600) and reply["id"] is None


def test_deep_nesting_is_a_parse_error(server: Any) -> None:
    deep = "[" * 5000 + "]" * 5000
    params = f'{{"name":"search_portfolio","arguments":{{"query":{deep}}},"_meta":{meta()}}}'
    answer = server.handle(
        "POST", headers(mcp_method="tools/call", mcp_name="search_portfolio"), raw("tools/call", params)
    )
    assert answer.status == 400 and json.loads(answer.body)["error"]["code"] == -32700
