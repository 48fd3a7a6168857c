"""Multi Round-Trip Requests: contact_owner's form (accept / decline / cancel / retries) and match_role's sampling."""

from __future__ import annotations

import json
from typing import Any

import anyio
import mcp_types as types
import pytest

from tests.mcp.conftest import sdk_client

META = {
    "io.modelcontextprotocol/protocolVersion": "2026-07-28",
    "io.modelcontextprotocol/clientCapabilities": {"elicitation": {"form": {}}},
}
FORM = {
    "name": "Grace Hopper",
    "email": "grace@example.com",
    "message": "We'd love to talk.",
    "consent": True,
}


def _elicit(action: str, content: dict[str, Any] | None = None, seen: list[Any] | None = None) -> Any:
    async def callback(context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
        if seen is not None:
            seen.append(params)
        return types.ElicitResult(action=action, content=content)  # type: ignore[arg-type]

    return callback


def _leads() -> list[Any]:
    from heyfolio.storage import leads

    return leads.list_by_status("new")


def test_accepted_form_stores_exactly_one_lead(endpoint: Any) -> None:
    seen: list[Any] = []

    async def scenario() -> None:
        async with sdk_client(endpoint.app, elicitation_callback=_elicit("accept", FORM, seen)) as client:
            result = await client.call_tool("contact_owner", {"message": "Hi"})
            assert not result.is_error, result.content
            assert result.structured_content["status"] == "sent"
            assert result.structured_content["stored"] is True
            assert result.structured_content["duplicate"] is False

    anyio.run(scenario)
    assert len(seen) == 1
    schema = seen[0].requested_schema
    assert set(schema["required"]) == {"name", "email", "message", "consent"}
    assert schema["properties"]["message"]["default"] == "Hi"
    stored = _leads()
    assert [(lead.name, lead.email, lead.consent) for lead in stored] == [
        ("Grace Hopper", "grace@example.com", True)
    ]


def test_retrying_the_final_call_does_not_store_a_second_lead(server: Any) -> None:
    from mcp_handlers.inbound import Request
    from mcp_handlers.tools.base import Caller

    caller = Caller(
        protocol_version="2026-07-28", client_capabilities={"elicitation": {"form": {}}}, correlation_id="t"
    )

    def call(params: dict[str, Any]) -> dict[str, Any]:
        return server.dispatch(
            Request(1, "tools/call", {**params, "_meta": META}, "2026-07-28", True, caller, None)
        )

    first = call({"name": "contact_owner", "arguments": {}})
    assert first["resultType"] == "input_required"
    state = first["requestState"]
    final = {
        "name": "contact_owner",
        "arguments": {},
        "requestState": state,
        "inputResponses": {"contact": {"action": "accept", "content": FORM}},
    }
    one, two = call(final), call(dict(final))
    assert one["structuredContent"]["leadId"] == two["structuredContent"]["leadId"]
    assert two["structuredContent"]["duplicate"] is True
    assert len(_leads()) == 1

    # A retry without the answer asks again with the same form (still one lead when answered).
    again = call({"name": "contact_owner", "arguments": {}, "requestState": state, "inputResponses": {}})
    assert again["resultType"] == "input_required" and "contact" in again["inputRequests"]
    assert len(_leads()) == 1


@pytest.mark.parametrize("action", ["decline", "cancel"])
def test_declined_or_cancelled_form_stores_nothing(endpoint: Any, action: str) -> None:
    async def scenario() -> None:
        async with sdk_client(endpoint.app, elicitation_callback=_elicit(action)) as client:
            result = await client.call_tool("contact_owner", {})
            assert not result.is_error
            assert result.structured_content["stored"] is False
            assert result.structured_content["status"] == ("declined" if action == "decline" else "cancelled")
            assert "nothing was stored" in result.content[0].text

    anyio.run(scenario)
    assert _leads() == []


def test_form_without_consent_stores_nothing(endpoint: Any) -> None:
    async def scenario() -> None:
        async with sdk_client(
            endpoint.app, elicitation_callback=_elicit("accept", {**FORM, "consent": False})
        ) as client:
            result = await client.call_tool("contact_owner", {})
            assert result.structured_content["status"] == "no_consent"

    anyio.run(scenario)
    assert _leads() == []


def test_invalid_email_asks_again_then_stores(endpoint: Any) -> None:
    answers = iter([{**FORM, "email": "not-an-email"}, FORM])
    messages: list[str] = []

    async def callback(context: Any, params: types.ElicitRequestParams) -> types.ElicitResult:
        messages.append(params.message)
        return types.ElicitResult(action="accept", content=next(answers))

    async def scenario() -> None:
        async with sdk_client(endpoint.app, elicitation_callback=callback) as client:
            result = await client.call_tool("contact_owner", {})
            assert result.structured_content["status"] == "sent"

    anyio.run(scenario)
    assert len(messages) == 2 and "does not look like an email" in messages[1]
    assert len(_leads()) == 1


def test_contact_owner_without_forms_or_on_the_legacy_wire_gets_a_link_to_the_page_form(
    endpoint: Any,
) -> None:
    """No form to show (no elicitation; the legacy era on this stateless endpoint): a useful result,
    never an error - the page's contact form, message prefilled - and nothing stored."""

    async def scenario() -> None:
        async with sdk_client(endpoint.app) as no_forms:
            result = await no_forms.call_tool("contact_owner", {"message": "Hello & welcome"})
            assert not result.is_error, result.content
            assert result.structured_content["status"] == "form_link"
            assert result.structured_content["stored"] is False
            url = result.structured_content["formUrl"]
            assert url.endswith("/?contact=1&message=Hello+%26+welcome#contact")
            assert url in result.content[0].text
        async with sdk_client(
            endpoint.app, mode="legacy", elicitation_callback=_elicit("accept", FORM)
        ) as legacy:
            assert legacy.protocol_version == "2025-11-25"
            result = await legacy.call_tool("contact_owner", {})
            assert not result.is_error, result.content
            assert result.structured_content["status"] == "form_link"
            assert "/?contact=1#contact" in result.content[0].text

    anyio.run(scenario)
    assert _leads() == []


def test_url_mode_elicitation_opens_the_page_form_for_a_client_that_declares_it(server: Any) -> None:
    from mcp_handlers.server import Request
    from mcp_handlers.tools.base import Caller

    caps = {"elicitation": {"url": {}}}
    caller = Caller(protocol_version="2026-07-28", client_capabilities=caps, correlation_id="t")
    meta = {**META, "io.modelcontextprotocol/clientCapabilities": caps}

    def call(params: dict[str, Any]) -> dict[str, Any]:
        return server.dispatch(
            Request(1, "tools/call", {**params, "_meta": meta}, "2026-07-28", True, caller, None)
        )

    first = call({"name": "contact_owner", "arguments": {"message": "Hi"}})
    assert first["resultType"] == "input_required"
    request = first["inputRequests"]["contact"]
    assert request["method"] == "elicitation/create"
    assert request["params"]["mode"] == "url"
    assert request["params"]["url"].endswith("/?contact=1&message=Hi#contact")
    assert "elicitationId" not in request["params"]  # removed from the wire at 2026-07-28
    final = call(
        {
            "name": "contact_owner",
            "arguments": {"message": "Hi"},
            "requestState": first["requestState"],
            "inputResponses": {"contact": {"action": "accept"}},
        }
    )
    assert final["structuredContent"]["status"] == "form_opened"
    assert final["structuredContent"]["stored"] is False
    assert _leads() == []


def _first_round(server: Any, principal: str | None = None) -> tuple[Any, dict[str, Any]]:
    from mcp_handlers.inbound import Request
    from mcp_handlers.tools.base import Caller

    caller = Caller(protocol_version="2026-07-28", client_capabilities={"elicitation": {}}, subject=principal)

    def call(params: dict[str, Any], who: str | None = principal) -> dict[str, Any]:
        return server.dispatch(
            Request(1, "tools/call", {**params, "_meta": META}, "2026-07-28", True, caller, who)
        )

    return call, call({"name": "contact_owner", "arguments": {"message": "hi"}})


def test_tampered_or_misbound_request_state_is_refused(server: Any) -> None:
    from mcp_handlers.wire import McpError

    call, first = _first_round(server, principal="visitor-1")
    state: str = first["requestState"]
    answer = {"contact": {"action": "accept", "content": FORM}}
    tampered = state[:-4] + ("AAAA" if not state.endswith("AAAA") else "BBBB")
    attempts = [
        {
            "name": "contact_owner",
            "arguments": {"message": "hi"},
            "requestState": tampered,
            "inputResponses": answer,
        },
        {
            "name": "contact_owner",
            "arguments": {"message": "changed"},
            "requestState": state,
            "inputResponses": answer,
        },
        {
            "name": "contact_owner",
            "arguments": {"message": "hi"},
            "requestState": "garbage",
            "inputResponses": answer,
        },
        {
            "name": "contact_owner",
            "arguments": {"message": "hi"},
            "requestState": 42,
            "inputResponses": answer,
        },
    ]
    for params in attempts:
        with pytest.raises(McpError) as err:
            call(params)
        assert err.value.code == -32602
        if isinstance(params["requestState"], str):
            assert err.value.message == "Invalid or expired requestState"
    with pytest.raises(McpError):  # another caller cannot replay it
        call(
            {
                "name": "contact_owner",
                "arguments": {"message": "hi"},
                "requestState": state,
                "inputResponses": answer,
            },
            "visitor-2",
        )
    assert _leads() == []
    ok = call(
        {
            "name": "contact_owner",
            "arguments": {"message": "hi"},
            "requestState": state,
            "inputResponses": answer,
        }
    )
    assert ok["structuredContent"]["status"] == "sent"


def test_state_sealed_on_one_instance_opens_on_another(endpoint: Any) -> None:
    from tests.mcp.conftest import load_endpoint_module

    _call, first = _first_round(endpoint.server)
    other = load_endpoint_module().server  # a second "instance" with the same data folder key
    assert other is not endpoint.server
    call_other, _ = _first_round(other)
    done = call_other(
        {
            "name": "contact_owner",
            "arguments": {"message": "hi"},
            "requestState": first["requestState"],
            "inputResponses": {"contact": {"action": "accept", "content": FORM}},
        }
    )
    assert done["structuredContent"]["status"] == "sent"


def test_match_role_asks_the_clients_model_when_it_offers_sampling(endpoint: Any) -> None:
    prompts: list[str] = []

    async def sample(context: Any, params: types.CreateMessageRequestParams) -> types.CreateMessageResult:
        prompts.append(params.messages[0].content.text)  # type: ignore[union-attr]
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text="A strong systems fit."),
            model="test-model",
        )

    job = "- Rust and systems programming\n- Distributed tracing with OpenTelemetry\n- Underwater basket weaving"

    async def scenario() -> None:
        async with sdk_client(endpoint.app, sampling_callback=sample) as client:
            result = await client.call_tool("match_role", {"job": job})
            assert not result.is_error
            assert result.structured_content["summary"] == "A strong systems fit."
            assert result.structured_content["summarySource"] == "client-sampling"
            statuses = {r["requirement"]: r["status"] for r in result.structured_content["requirements"]}
            assert statuses["Underwater basket weaving"] == "missing"
            assert statuses["Rust and systems programming"] in ("matched", "partial")
        async with sdk_client(endpoint.app) as plain:
            result = await plain.call_tool("match_role", {"job": job})
            assert result.structured_content["summarySource"] == "deterministic"
            assert "of 3 requirements matched" in result.structured_content["summary"]

    anyio.run(scenario)
    assert len(prompts) == 1 and "Underwater basket weaving" in prompts[0]
    assert json.loads(json.dumps(prompts))  # the prompt is plain text the client can show


def test_match_role_rejects_a_job_with_no_requirements(endpoint: Any) -> None:
    async def scenario() -> None:
        async with sdk_client(endpoint.app) as client:
            result = await client.call_tool("match_role", {"job": "{}"})
            assert result.is_error and "no requirement" in result.content[0].text

    anyio.run(scenario)
