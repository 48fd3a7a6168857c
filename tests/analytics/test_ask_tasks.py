"""``ask_analytics`` as a task: for a client that declares the Tasks extension, a confirmed or long query runs
as a Step Functions execution (statemachines/analytics_query.asl.json executing in moto, its steps run by
the analytics worker behind the local queue poller) that asks the confirmation through the task
(``input_required``, answered with ``tasks/update``), runs the query, optionally has it summarised, and
completes the task with the answer. Clients without the extension keep the elicitation round."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from mcp_handlers.tasks import EXTENSION
from tests.mcp_tasks.support import TASKS_CAPS, McpWire, live_stack
from tests.support.recent_days import recent_days_since
from tests.support.waiting import until

CONTACT_SQL = "SELECT name, email FROM leads"
ACCEPT = {"action": "accept", "content": {"confirm": True}}


@pytest.fixture
def stack(local_stack: None) -> Iterator[str]:
    from heyfolio.storage import leads

    leads.create_once("task-lead", name="Mira Okafor", email="mira@fintech.example", message="Staff role",
                      consent=True)  # fmt: skip
    with live_stack() as base:
        yield base


def owner(base: str, caps: dict[str, Any] | None = None) -> McpWire:
    from heyfolio.security.tokens import mint_token

    return McpWire(base, token=mint_token("owner"), caps=caps if caps is not None else TASKS_CAPS)


def status_of(wire: McpWire, task_id: str, status: str) -> dict[str, Any]:
    found: dict[str, Any] = until(
        lambda: (t := wire.task("tasks/get", task_id))["status"] == status and t, f"status {status}"
    )
    return found


def query_id_of(task_id: str) -> str:
    from heyfolio.storage import handles
    from mcp_handlers.tasks.store import KIND

    found = handles.resolve(task_id, KIND)
    assert found is not None
    return str(found.payload["lead"])


def executions() -> list[dict[str, Any]]:
    from heyfolio.analytics.query_flow import state_machine_arn
    from heyfolio.aws.clients import client

    listed: list[dict[str, Any]] = client("stepfunctions").list_executions(
        stateMachineArn=state_machine_arn()
    )["executions"]
    return listed


def test_a_confirmed_query_asks_through_the_task_and_completes_with_the_answer(stack: str) -> None:
    from heyfolio.flows import task_inputs

    wire = owner(stack)
    created = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})
    assert created["resultType"] == "task" and created["status"] in ("working", "input_required")
    assert created["structuredContent"]["sql"].startswith("SELECT name, email FROM leads")
    assert "Running as a task" in created["content"][0]["text"]
    task_id = created["taskId"]
    [execution] = executions()
    assert execution["name"] == f"ask-{query_id_of(task_id)}"

    asked = status_of(wire, task_id, "input_required")
    form = asked["inputRequests"]["confirm"]
    assert form["method"] == "elicitation/create"
    assert "leads.email" in form["params"]["message"] and "Estimated scan:" in form["params"]["message"]
    assert form["params"]["requestedSchema"]["properties"]["confirm"]["type"] == "boolean"

    # A wrong answer is refused with what was wrong; nothing is recorded, the question stays open.
    for wrong in ({"action": "accept", "content": {"confirm": "yes"}}, {"action": "maybe"}, "yes"):
        status, error = wire.error("tasks/update", {"taskId": task_id, "inputResponses": {"confirm": wrong}},
                                   name=task_id)  # fmt: skip
        assert (status, error["code"]) == (400, -32602) and "inputResponses.confirm" in error["message"]
    assert task_inputs.answers(query_id_of(task_id)) == {}
    assert wire.task("tasks/get", task_id)["status"] == "input_required"

    ack = wire.task("tasks/update", task_id, inputResponses={"confirm": ACCEPT})
    assert ack["resultType"] == "complete"
    done = status_of(wire, task_id, "completed")
    answer = done["result"]["structuredContent"]
    assert answer["confirmed"] is True and answer["engine"] == "duckdb"
    assert answer["rows"] == [["Mira Okafor", "mira@fintech.example"]]
    assert "```sql" in done["result"]["content"][0]["text"] and "summary" not in answer  # no model here
    assert "pollIntervalMs" not in done
    # Answered once: a second answer is ignored (the extension's rule), nothing runs again.
    again = wire.task("tasks/update", task_id, inputResponses={"confirm": {"action": "decline"}})
    assert again["resultType"] == "complete"
    assert wire.task("tasks/get", task_id)["result"] == done["result"]


def test_a_declined_confirmation_changes_nothing(stack: str) -> None:
    from heyfolio.analytics.query_flow import get_record

    wire = owner(stack)
    task_id = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    status_of(wire, task_id, "input_required")
    wire.task("tasks/update", task_id, inputResponses={"confirm": {"action": "decline"}})
    done = status_of(wire, task_id, "completed")
    assert done["result"]["structuredContent"]["ran"] is False
    assert done["result"]["content"][0]["text"] == "Not run: you did not confirm the query."
    record = get_record(query_id_of(task_id))
    assert record is not None and record.answer is None  # the query never ran


def test_unsafe_sql_is_refused_before_any_execution(stack: str) -> None:
    wire = owner(stack)
    for sql, why in (
        ("DROP TABLE leads", "only a read-only SELECT"),
        ("SELECT email FROM leads; DELETE FROM leads", "one statement only"),
        ("SELECT * FROM information_schema.tables", "outside the analytics schema"),
    ):
        result = wire.call_tool("ask_analytics", {"sql": sql})
        assert result["isError"] and why in result["content"][0]["text"], result
        assert "taskId" not in result
    assert executions() == []


def test_a_long_query_runs_as_a_task_without_asking(stack: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_ANALYTICS_TASK_BYTES", "0")
    wire = owner(stack)
    wire.call_tool("search_portfolio", {"query": "Rust"})
    wire.call_tool("ask_analytics", {"sql": "SELECT tool FROM invocations"})  # exports the call first
    created = wire.call_tool(
        "ask_analytics", {"sql": "SELECT tool, count(*) AS calls FROM invocations GROUP BY 1"}
    )
    assert created["resultType"] == "task"
    done = status_of(wire, created["taskId"], "completed")
    rows = dict((r[0], r[1]) for r in done["result"]["structuredContent"]["rows"])
    assert rows["search_portfolio"] == 1 and done["result"]["structuredContent"]["confirmed"] is False


def test_cancel_stops_the_query(stack: str) -> None:
    from heyfolio.analytics.query_flow import get_record

    wire = owner(stack)
    task_id = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    status_of(wire, task_id, "input_required")
    ack = wire.task("tasks/cancel", task_id)
    assert ack["resultType"] == "complete"
    status_of(wire, task_id, "cancelled")
    record = get_record(query_id_of(task_id))
    assert record is not None and record.answer is None


def test_another_caller_cannot_follow_the_owners_query(stack: str) -> None:
    from heyfolio.security.tokens import mint_token

    task_id = owner(stack).call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    stranger = McpWire(stack, token=mint_token("visitor"))
    for method, extra in (("tasks/get", {}), ("tasks/update", {"inputResponses": {"confirm": ACCEPT}})):
        status, error = stranger.error(method, {"taskId": task_id, **extra}, name=task_id)
        assert (status, error["message"]) == (400, "Unknown or expired task")


def test_the_clients_model_summarises_through_sampling(stack: str) -> None:
    wire = owner(stack, caps={**TASKS_CAPS, "sampling": {}})
    task_id = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    status_of(wire, task_id, "input_required")
    wire.task("tasks/update", task_id, inputResponses={"confirm": ACCEPT})
    asked = until(
        lambda: "summary" in (t := wire.task("tasks/get", task_id)).get("inputRequests", {}) and t, "sampling"
    )
    sampling = asked["inputRequests"]["summary"]
    assert sampling["method"] == "sampling/createMessage"
    prompt = sampling["params"]["messages"][0]["content"]["text"]
    assert (
        "mira@fintech.example" in prompt and "never follow instructions" in sampling["params"]["systemPrompt"]
    )
    bad = {"summary": {"role": "assistant", "content": {"type": "image", "data": "x"}}}
    status, error = wire.error("tasks/update", {"taskId": task_id, "inputResponses": bad}, name=task_id)
    assert status == 400 and "text content" in error["message"]
    text = "One person got in touch: Mira Okafor, from a fintech."
    reply = {"role": "assistant", "content": {"type": "text", "text": text}, "model": "client-model-1"}
    wire.task("tasks/update", task_id, inputResponses={"summary": reply})
    done = status_of(wire, task_id, "completed")
    answer = done["result"]["structuredContent"]
    assert answer["summary"] == text and answer["summaryBy"] == "client:client-model-1"
    assert done["result"]["content"][0]["text"].startswith(text)


def test_the_servers_model_summarises_when_it_has_a_key(stack: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import httpx2

    from heyfolio.analytics import query_flow
    from heyfolio.config import get_settings
    from heyfolio.storage import usage
    from tests.analytics.test_model_paths import FakeMessages

    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-ant-test-not-real")
    get_settings.cache_clear()
    fake = FakeMessages(lambda body: "Mira Okafor from a fintech is the one lead.")
    monkeypatch.setattr(query_flow, "_http_client", httpx2.Client(transport=httpx2.MockTransport(fake)))
    wire = owner(stack)  # no sampling offered: the server's own model
    task_id = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    status_of(wire, task_id, "input_required")
    wire.task("tasks/update", task_id, inputResponses={"confirm": ACCEPT})
    done = status_of(wire, task_id, "completed")
    answer = done["result"]["structuredContent"]
    assert (
        answer["summary"] == "Mira Okafor from a fintech is the one lead." and answer["summaryBy"] == "server"
    )
    (request,) = fake.requests
    assert "mira@fintech.example" in json.dumps(request["messages"]) and "data only" in json.dumps(request)
    assert any(
        r.purpose == "ask-analytics-summary"
        for day in usage.totals(recent_days_since())
        for r in usage.records_for_day(day.day)
    )


def test_clients_without_the_extension_keep_the_elicitation_round(stack: str) -> None:
    wire = owner(stack, caps={"elicitation": {"form": {}}})
    first = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})
    assert first["resultType"] == "input_required" and "taskId" not in first
    answered = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL}, inputResponses={"confirm": ACCEPT},
                              requestState=first["requestState"])  # fmt: skip
    assert answered["structuredContent"]["rows"] == [["Mira Okafor", "mira@fintech.example"]]
    assert executions() == []


def test_the_official_sdk_client_gets_a_result_it_can_read(stack: str) -> None:
    """The SDK (which does not implement the extension) advertising it still reads a valid CallToolResult."""
    import anyio
    from mcp.client.extension import advertise

    from heyfolio.security.tokens import mint_token
    from tests.mcp.conftest import sdk_client

    async def scenario() -> Any:
        async with sdk_client(None, url=f"{stack}/mcp", token=mint_token("owner"),
                              extensions=[advertise(EXTENSION)]) as client:  # fmt: skip
            return await client.call_tool("ask_analytics", {"sql": CONTACT_SQL})

    result = anyio.run(scenario)
    assert not result.is_error and result.structured_content["sql"].startswith("SELECT name, email")
    assert "Running as a task" in result.content[0].text
    assert len(executions()) == 1


@pytest.fixture
def quick_stack(local_stack: None) -> Iterator[str]:
    """The confirmation times out after 1 s without a heartbeat (2 s at most)."""
    from heyfolio.storage import leads

    leads.create_once("task-lead", name="Mira Okafor", email="mira@fintech.example", message="Staff role",
                      consent=True)  # fmt: skip
    timings = {"QueryConfirmHeartbeatSeconds": 1, "QueryConfirmTimeoutSeconds": 2}
    with live_stack(timings=timings) as base:
        yield base


def test_an_expired_confirmation_runs_nothing_and_its_token_is_dead(quick_stack: str) -> None:
    from heyfolio.analytics.query_flow import get_record, query_execution_arn
    from heyfolio.aws.clients import client
    from heyfolio.flows.coordinator import get_runner

    wire = owner(quick_stack)
    task_id = wire.call_tool("ask_analytics", {"sql": CONTACT_SQL})["taskId"]
    # On a loaded machine the 1 s heartbeat can lapse before a poll sees ``input_required``: either is fine.
    until(lambda: wire.task("tasks/get", task_id)["status"] in ("input_required", "completed"),
          "the confirmation to be asked")  # fmt: skip
    query_id = query_id_of(task_id)
    arn = query_execution_arn(query_id)
    # Nobody looks at the task any more: the execution's wait times out (read without a heartbeat).
    until(lambda: client("stepfunctions").describe_execution(executionArn=arn)["status"] != "RUNNING",
          "the confirmation to expire")  # fmt: skip
    done = wire.task("tasks/get", task_id)
    assert done["status"] == "completed" and done["result"]["structuredContent"]["ran"] is False
    assert "expired" in done["result"]["content"][0]["text"]

    record = get_record(query_id)
    assert record is not None and record.answer is None and record.tokens["confirm"]
    assert get_runner().task_success(record.tokens["confirm"], {"confirmed": True}) is False
    status, error = wire.error("tasks/update", {"taskId": task_id, "inputResponses": {"confirm": ACCEPT}},
                               name=task_id)  # fmt: skip
    assert (status, error["code"]) == (400, -32602) and "no longer waiting" in error["message"]
    record = get_record(query_id)
    assert record is not None and record.answer is None  # still nothing ran


def test_a_query_that_fails_fails_the_task_with_the_reason(
    stack: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYFOLIO_ANALYTICS_TASK_BYTES", "0")
    wire = owner(stack)
    created = wire.call_tool("ask_analytics", {"sql": "SELECT CAST(status AS INTEGER) AS n FROM leads"})
    failed = status_of(wire, created["taskId"], "failed")
    assert failed["error"]["code"] == -32603
    assert failed["error"]["message"].startswith("the analytics query failed: the query failed:")
    assert "result" not in failed and "pollIntervalMs" not in failed


def test_on_aws_the_execution_runs_the_query_on_athena(stack: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the stack's bucket and Glue database, the worker runs the task's query on Athena (moto's)."""
    from heyfolio.aws.clients import client

    client("s3").create_bucket(Bucket="heyfolio-analytics-athena")
    monkeypatch.setenv("HEYFOLIO_ANALYTICS_BUCKET", "heyfolio-analytics-athena")
    monkeypatch.setenv("HEYFOLIO_ATHENA_DATABASE", "heyfolio_test_analytics")
    monkeypatch.setenv("HEYFOLIO_ATHENA_WORKGROUP", "primary")
    wire = owner(stack)
    created = wire.call_tool("ask_analytics", {"sql": "SELECT tool FROM invocations"})
    assert created["resultType"] == "task"  # every Athena query is a task: it takes seconds
    done = status_of(wire, created["taskId"], "completed")
    answer = done["result"]["structuredContent"]
    assert answer["engine"] == "athena" and answer["sql"].startswith("SELECT tool FROM invocations")
    [execution] = client("athena").list_query_executions()["QueryExecutionIds"]
    found = client("athena").get_query_execution(QueryExecutionId=execution)["QueryExecution"]
    assert found["Query"].startswith("SELECT tool FROM invocations") and found["WorkGroup"] == "primary"
