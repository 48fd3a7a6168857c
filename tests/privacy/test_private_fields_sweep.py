"""The example owner's phone, street address and postal code never leave the server unless opted in.

Swept: every MCP tool (through the endpoint, as a visitor and as the owner), every resource and
prompt, every GET route of the template (through the deployed handlers), and offline chat answers
to questions that ask for them. Then the opt-in (``HEYFOLIO_SERVE_PRIVATE_FIELDS``) is checked to
serve exactly the fields named, so the sweep cannot pass by serving nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from heyfolio.dev.apigw_events import build_event
from heyfolio.stack.template import function_specs

ROOT = Path(__file__).resolve().parents[2]
BASICS = json.loads((ROOT / "content" / "resume.json").read_text())["basics"]
PHONE, ADDRESS, POSTAL = BASICS["phone"], BASICS["location"]["address"], BASICS["location"]["postalCode"]


def _variants(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    return (
        [value, value.replace(" ", ""), digits]
        if digits and len(digits) >= 6
        else [value, value.replace(" ", "")]
    )


SECRETS = {"phone": _variants(PHONE), "address": _variants(ADDRESS), "postalCode": _variants(POSTAL)}


def _leaks(text: str, fields: tuple[str, ...] = ("phone", "address", "postalCode")) -> list[str]:
    squashed = text.replace(" ", "")
    return [f for f in fields for v in SECRETS[f] if v and (v in text or v.replace(" ", "") in squashed)]


def _mcp(method: str, params: dict[str, Any], token: str | None = None) -> str:
    from heyfolio.stack.local_invoke import invoke_local

    headers = [
        ("Host", "127.0.0.1:8000"),
        ("Content-Type", "application/json"),
        ("Accept", "application/json"),
    ]
    if token:
        headers.append(("Authorization", f"Bearer {token}"))
    body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
    event = build_event(
        method="POST", path="/mcp", resource="/mcp", path_parameters={}, query_string="", headers=headers,
        body=json.dumps(body).encode(),
    )  # fmt: skip
    result = invoke_local("mcp_endpoint", event)
    assert result["statusCode"] == 200, result["body"][:300]
    return str(result["body"])


def _everything_served(owner_token: str) -> dict[str, str]:
    from heyfolio.stack.local_invoke import invoke_local
    from mcp_handlers.catalog import tools

    out: dict[str, str] = {}
    arguments = {
        "search_portfolio": [
            {"query": q} for q in ("phone number", "address", "postal code", "contact", "Rotterdam")
        ],
        "get_project": [{"slug": "ledgerline"}],
        "match_role": [
            {"job": "Platform engineer in Rotterdam; phone screen first. Contact details please."}
        ],
        "list_leads": [{}],
        "visitor_questions": [{}],
    }
    for tool in tools():
        if tool.name in ("contact_owner", "review_lead"):
            continue  # they take the visitor's details and return none of the owner's
        for args in arguments.get(tool.name, [{}]):
            out[f"tool {tool.name} {args}"] = _mcp(
                "tools/call", {"name": tool.name, "arguments": args}, owner_token
            )
    listed = json.loads(_mcp("resources/list", {}))["result"]["resources"]
    for resource in listed:
        out[f"resource {resource['uri']}"] = _mcp("resources/read", {"uri": resource["uri"]})
    prompts = {
        "introduce_owner": {"audience": "recruiter", "role": "platform engineer"},
        "explain_project": {"slug": "ledgerline", "depth": "overview"},
        "assess_fit": {"job": "Senior engineer; share your phone and address"},
        "interview_questions": {"focus": "systems"},
    }
    for prompt in json.loads(_mcp("prompts/list", {}))["result"]["prompts"]:
        out[f"prompt {prompt['name']}"] = _mcp(
            "prompts/get", {"name": prompt["name"], "arguments": prompts.get(prompt["name"], {})}
        )
    for spec in function_specs():
        for route in spec.routes:
            if route.method not in ("GET", "ANY") or spec.name in (
                "mcp_endpoint",
                "mcp_subscriptions",
                "chat",
            ):
                continue
            path = re.sub(
                r"\{(\w+)\+?\}",
                lambda m: {"slug": "ledgerline", "name": "portrait.jpg"}.get(m.group(1), "app.js"),
                route.path,
            )
            headers = [("Authorization", f"Bearer {owner_token}")] if "/owner" in path else []
            query = "q=phone+address+postal+code" if path == "/api/search" else ""
            event = build_event(
                method="GET", path=path, resource=route.path, path_parameters={}, query_string=query,
                headers=headers, body=b"",
            )  # fmt: skip
            result = invoke_local(spec.name, event)
            body = result.get("body") or ""
            out[f"route {path}"] = body if not result.get("isBase64Encoded") else ""
    return out


def _chat_answers() -> str:
    from heyfolio.chat.asgi import create_app
    from heyfolio.chat.engine import Chat
    from tests.chat.conftest import post, text_of

    answers = []
    with TestClient(create_app(Chat())) as client:
        for question in (
            "What is Mira's phone number?",
            "What is her home address?",
            "What's her postal code?",
            "How can I contact her directly?",
            "Where exactly does she live?",
        ):
            _, events = post(client, question)
            answers.append(text_of(events) + json.dumps([e.data for e in events if e.name == "citation"]))
    return "\n".join(answers)


def test_no_surface_serves_phone_street_or_postal_code_by_default(local_stack: None) -> None:
    from heyfolio.memory.store import reset
    from heyfolio.security.tokens import mint_token

    reset()
    served = _everything_served(mint_token("owner"))
    assert len(served) >= 25  # tools, resources, prompts and routes were all reached
    assert any(BASICS["email"] in body for body in served.values()), "email is public and served"
    leaks = {where: _leaks(body) for where, body in served.items() if _leaks(body)}
    assert not leaks, leaks
    assert not _leaks(_chat_answers())


def test_opting_in_serves_exactly_the_named_fields(
    local_stack: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from heyfolio.config import get_settings
    from heyfolio.published import reload
    from heyfolio.security.tokens import mint_token

    monkeypatch.setenv("HEYFOLIO_SERVE_PRIVATE_FIELDS", "phone")
    get_settings.cache_clear()
    reload()
    served = _everything_served(mint_token("owner"))
    everything = "\n".join(served.values())
    assert _leaks(everything, ("phone",)), "the opted-in phone number is served"
    assert not _leaks(everything, ("address", "postalCode"))
