"""The Tasks extension end to end: a client that speaks it, the real approval state machine, the owner's review.

Everything goes over HTTP to the local dev app; the owner-approval flow is the ASL in
``statemachines/`` executing under moto, its worker fed by the local queue poller, and the
owner decides with the ``review_lead`` tool and an owner token.
"""

from __future__ import annotations

from typing import Any

from mcp_handlers.tasks import EXTENSION
from tests.mcp_tasks.support import PLAIN_CAPS, McpWire
from tests.support.waiting import until


def waiting_for_owner(client: McpWire, task_id: str) -> dict[str, Any]:
    def check() -> dict[str, Any] | None:
        task = client.task("tasks/get", task_id)
        return task if "review" in task.get("statusMessage", "") else None

    found: dict[str, Any] = until(check, "the flow to wait for the owner")
    return found


def lead_id_of_latest(owner: McpWire) -> str:
    listed = owner.call_tool("list_leads", {"status": "new"})
    leads = listed["structuredContent"]["leads"]
    assert len(leads) == 1, leads
    return str(leads[0]["leadId"])


def test_discover_advertises_the_extension_and_the_streaming_url(base_url: str) -> None:
    client = McpWire(base_url)
    found = client.result("server/discover", {})
    assert found["capabilities"]["extensions"] == {EXTENSION: {}}
    assert found["capabilities"]["resources"] == {"subscribe": True, "listChanged": True}
    assert found["_meta"]["io.heyfolio/subscriptionsEndpoint"].endswith("/mcp/subscriptions")


def test_approved_request_completes_with_the_owners_reply(base_url: str, owner_token: str) -> None:
    visitor, owner = McpWire(base_url), McpWire(base_url, token=owner_token, caps={})
    created = visitor.contact()
    assert created["resultType"] == "task" and created["status"] == "working"
    assert created["pollIntervalMs"] > 0 and created["ttlMs"] > 0 and created["createdAt"]
    # A CreateTaskResult that also validates as a CallToolResult: a client that advertises the
    # extension without claiming "task" results (the SDK's advertise()) must not fail on it.
    assert created["structuredContent"]["status"] == "sent" and created["structuredContent"]["stored"] is True
    assert created["content"][0]["text"].startswith("Thanks Ada Lovelace")
    task_id = created["taskId"]
    assert len(task_id) >= 20

    waiting = waiting_for_owner(visitor, task_id)
    assert waiting["status"] == "working" and waiting["resultType"] == "complete"
    assert waiting["pollIntervalMs"] >= created["pollIntervalMs"]

    lead_id = lead_id_of_latest(owner)
    reply = "Happy to talk - how about Tuesday at 10?"
    reviewed = owner.call_tool("review_lead", {"lead_id": lead_id, "decision": "approve", "reply": reply})
    assert not reviewed["isError"] and reviewed["structuredContent"]["flowResumed"] is True

    done = until(
        lambda: (t := visitor.task("tasks/get", task_id))["status"] == "completed" and t, "completion"
    )
    result = done["result"]
    assert result["isError"] is False
    assert result["structuredContent"] == {
        "status": "approved",
        "stored": True,
        "leadId": lead_id,
        "reply": reply,
    }
    assert reply in result["content"][0]["text"]
    assert "pollIntervalMs" not in done  # terminal


def test_declined_request_completes_as_declined(base_url: str, owner_token: str) -> None:
    visitor, owner = McpWire(base_url), McpWire(base_url, token=owner_token, caps={})
    task_id = visitor.contact()["taskId"]
    waiting_for_owner(visitor, task_id)
    lead_id = lead_id_of_latest(owner)
    owner.call_tool("review_lead", {"lead_id": lead_id, "decision": "decline"})
    done = until(
        lambda: (t := visitor.task("tasks/get", task_id))["status"] == "completed" and t, "completion"
    )
    assert done["result"]["structuredContent"]["status"] == "owner_declined"
    assert "reply" not in done["result"]["structuredContent"]


def test_cancel_stops_the_execution_and_closes_the_lead(base_url: str, owner_token: str) -> None:
    from heyfolio.storage import leads

    visitor, owner = McpWire(base_url), McpWire(base_url, token=owner_token, caps={})
    task_id = visitor.contact()["taskId"]
    waiting_for_owner(visitor, task_id)
    lead_id = lead_id_of_latest(owner)
    ack = visitor.task("tasks/cancel", task_id)
    assert {k: v for k, v in ack.items() if k != "_meta"} == {"resultType": "complete"}
    cancelled = until(
        lambda: (t := visitor.task("tasks/get", task_id))["status"] == "cancelled" and t, "cancel"
    )
    assert "result" not in cancelled and "error" not in cancelled
    lead = leads.get(lead_id)
    assert lead is not None and lead.status == "expired"
    late = owner.call_tool("review_lead", {"lead_id": lead_id, "decision": "approve", "reply": "Too late?"})
    assert late["isError"] and "already expired" in late["content"][0]["text"]


def test_another_caller_can_neither_read_nor_cancel_the_task(
    base_url: str, visitor_token: str, owner_token: str
) -> None:
    from heyfolio.security.tokens import mint_token

    mine = McpWire(base_url, token=visitor_token)
    task_id = mine.contact()["taskId"]
    strangers = [
        McpWire(base_url),  # anonymous
        McpWire(base_url, token=mint_token("visitor")),  # another visitor
        McpWire(base_url, token=owner_token),  # even the owner: tasks belong to their caller
    ]
    for other in strangers:
        for method in ("tasks/get", "tasks/cancel"):
            status, error = other.error(method, {"taskId": task_id}, name=task_id)
            assert (status, error["code"]) == (400, -32602) and error["message"] == "Unknown or expired task"
        status, error = other.error("tasks/get", {"taskId": "no-such-task"}, name="no-such-task")
        assert error["message"] == "Unknown or expired task"  # the same answer as for a stranger's task
    assert mine.task("tasks/get", task_id)["status"] == "working"  # nobody stopped it


def test_input_the_flow_asks_for_is_answered_with_tasks_update(base_url: str, owner_token: str) -> None:
    from mcp_handlers.tasks import inputs

    visitor, owner = McpWire(base_url), McpWire(base_url, token=owner_token, caps={})
    task_id = visitor.contact()["taskId"]
    waiting_for_owner(visitor, task_id)
    lead_id = lead_id_of_latest(owner)
    question = {
        "method": "elicitation/create",
        "params": {
            "mode": "form",
            "message": "Which time zone are you in?",
            "requestedSchema": {
                "type": "object",
                "properties": {"tz": {"type": "string"}},
                "required": ["tz"],
            },
        },
    }
    assert inputs.ask(lead_id, "timezone", question)
    assert not inputs.ask(lead_id, "timezone", question)  # keys are never reused
    asked = visitor.task("tasks/get", task_id)
    assert asked["status"] == "input_required" and asked["inputRequests"] == {"timezone": question}

    answer = {"action": "accept", "content": {"tz": "Europe/Lisbon"}}
    ack = visitor.task("tasks/update", task_id, inputResponses={"timezone": answer, "never-asked": answer})
    assert ack["resultType"] == "complete"
    assert inputs.answers(lead_id) == {"timezone": answer}  # the unknown key was ignored
    again = visitor.task("tasks/update", task_id, inputResponses={"timezone": {"action": "decline"}})
    assert again["resultType"] == "complete" and inputs.answers(lead_id) == {
        "timezone": answer
    }  # answered once
    assert visitor.task("tasks/get", task_id)["status"] == "working"

    status, error = visitor.error("tasks/update", {"taskId": task_id, "inputResponses": "tz"}, name=task_id)
    assert (status, error["code"]) == (400, -32602)


def test_clients_without_the_extension_get_the_plain_result(base_url: str, owner_token: str) -> None:
    plain = McpWire(base_url, caps=PLAIN_CAPS)
    result = plain.contact()
    assert result["resultType"] == "complete" and result["isError"] is False
    assert result["structuredContent"]["status"] == "sent" and "taskId" not in result
    assert "will reply" in result["content"][0]["text"]
    # The flow still runs for the owner: the lead is stored and waits for review.
    owner = McpWire(base_url, token=owner_token, caps={})
    lead_id = lead_id_of_latest(owner)
    from heyfolio.flows.approval import get_record

    until(lambda: get_record(lead_id) is not None, "the approval flow to wait on the owner")


def test_task_methods_need_the_extension_and_the_name_header(base_url: str) -> None:
    visitor = McpWire(base_url)
    task_id = visitor.contact()["taskId"]
    plain = McpWire(base_url, caps=PLAIN_CAPS)
    status, error = plain.error("tasks/get", {"taskId": task_id}, name=task_id)
    assert (status, error["code"]) == (400, -32021)
    assert error["data"] == {"requiredCapabilities": {"extensions": {EXTENSION: {}}}}
    status, error = visitor.error("tasks/get", {"taskId": task_id}, name="some-other-task")
    assert (status, error["code"]) == (400, -32020)
    status, error = visitor.error("tasks/get", {"taskId": task_id})
    assert (status, error["code"]) == (400, -32020)
    status, error = visitor.error("tasks/get", {}, name="x")
    assert (status, error["code"]) == (400, -32602)
    # tasks/result is not part of the extension (SEP-2663): method not found.
    status, error = visitor.error("tasks/result", {"taskId": task_id}, name=task_id)
    assert (status, error["code"]) == (404, -32601)
