"""The owner-approval state machine itself (statemachines/approval.asl.json), executed by moto:
approve, decline, timeout, heartbeat (hold), cancel - and the owner route and its guards."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.github.support import apigw_event, local_flows, response_json

FAST = {"ApprovalTimeoutSeconds": 8, "ApprovalHeartbeatSeconds": 3, "WorkerTaskTimeoutSeconds": 30}
SLOW = {"ApprovalTimeoutSeconds": 600, "ApprovalHeartbeatSeconds": 300, "WorkerTaskTimeoutSeconds": 30}


@pytest.fixture
def slow_flows(local_stack: None) -> Iterator[Any]:
    with local_flows(SLOW) as flows:
        yield flows


@pytest.fixture
def fast_flows(local_stack: None) -> Iterator[Any]:
    with local_flows(FAST) as flows:
        yield flows


def new_lead(key: str = "form-1") -> str:
    from heyfolio.storage import leads

    lead, _ = leads.create_once(
        key, name="Ada", email="ada@example.org", message="Hi!", consent=True, source="mcp"
    )
    return lead.lead_id


def until(flows: Any, flow_worker: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Play the SQS event source (flow tasks -> flow worker) until ``done()`` (moto's executor runs
    the machine in its own thread: the deadline is only patience on a loaded machine)."""
    from heyfolio.dev.local_flows import drain

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        drain(flows.queue_urls["flow-tasks"], flow_worker)
        if done():
            return
        time.sleep(0.1)
    raise AssertionError("the flow did not get there in time")


def state_of(lead_id: str) -> str | None:
    from heyfolio.flows.coordinator import get_runner

    status = get_runner().describe_approval(lead_id)
    return status.state if status else None


def start_and_wait(flows: Any, flow_worker: Any, lead_id: str) -> None:
    from heyfolio.flows.coordinator import get_runner

    get_runner().start_approval(lead_id, source="mcp")
    until(flows, flow_worker, lambda: state_of(lead_id) == "waiting_for_owner")


def finished(lead_id: str) -> bool:
    return state_of(lead_id) in ("completed", "failed", "cancelled")


def test_approve_records_the_reply_for_the_visitor(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.aws.clients import client
    from heyfolio.flows.approval import get_record
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.review import review_lead
    from heyfolio.storage import leads

    lead_id = new_lead()
    start_and_wait(slow_flows, flow_worker, lead_id)
    runner = get_runner()
    assert get_runner().start_approval(lead_id) == runner.approval_execution_arn(lead_id), "idempotent start"
    result = review_lead(lead_id, "approve", "  Thanks Ada - let's talk on Thursday.  ", runner=runner)
    assert (result.status, result.flow_resumed) == ("approved", True)
    until(slow_flows, flow_worker, lambda: finished(lead_id))
    status = runner.describe_approval(lead_id)
    assert status is not None and status.state == "completed"
    assert status.output == {
        "lead_id": lead_id,
        "status": "approved",
        "reply": "Thanks Ada - let's talk on Thursday.",
    }
    record = get_record(lead_id)
    assert record is not None and record.status == "approved" and record.task_token is None
    lead = leads.get(lead_id)
    assert (
        lead is not None
        and lead.status == "approved"
        and lead.reply == "Thanks Ada - let's talk on Thursday."
    )
    # The owner was notified without the visitor's personal data.
    history = client("stepfunctions").get_execution_history(executionArn=status.execution_arn)["events"]
    published = [
        e
        for e in history
        if e["type"] == "TaskScheduled" and e["taskScheduledEventDetails"]["resourceType"] == "sns"
    ]
    message = json.loads(published[0]["taskScheduledEventDetails"]["parameters"])["Message"]
    assert lead_id in message and "Ada" not in message and "ada@example.org" not in message


def test_a_review_before_the_flow_waits_still_reaches_the_visitor(slow_flows: Any, flow_worker: Any) -> None:
    """A fast owner (or a slow flow start): the review lands before the flow filed its task token.
    The flow, on filing, finds the lead decided and resumes itself with the owner's decision."""
    from heyfolio.flows.approval import get_record
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.review import review_lead

    lead_id = new_lead("form-early")
    runner = get_runner()
    runner.start_approval(lead_id, source="mcp")
    record = get_record(lead_id)
    assert record is None or record.task_token is None, "no flow task delivered yet: nothing filed"
    result = review_lead(lead_id, "approve", "Early yes.", runner=runner)
    assert (result.status, result.flow_resumed) == ("approved", False)
    until(slow_flows, flow_worker, lambda: finished(lead_id))
    status = runner.describe_approval(lead_id)
    assert status is not None and status.state == "completed"
    assert status.output == {"lead_id": lead_id, "status": "approved", "reply": "Early yes."}


def test_decline_and_a_second_decision_conflicts(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.review import ReviewError, review_lead

    lead_id = new_lead()
    start_and_wait(slow_flows, flow_worker, lead_id)
    runner = get_runner()
    assert review_lead(lead_id, "decline", runner=runner).status == "declined"
    until(slow_flows, flow_worker, lambda: finished(lead_id))
    assert runner.describe_approval(lead_id).output == {"lead_id": lead_id, "status": "declined", "reply": ""}  # type: ignore[union-attr]
    with pytest.raises(ReviewError) as conflict:
        review_lead(lead_id, "approve", "too late", runner=runner)
    assert conflict.value.status == 409 and "already declined" in conflict.value.message


def test_silence_expires_the_lead(fast_flows: Any, flow_worker: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.storage import leads

    lead_id = new_lead()
    started = time.monotonic()
    start_and_wait(fast_flows, flow_worker, lead_id)
    until(fast_flows, flow_worker, lambda: finished(lead_id))
    assert time.monotonic() - started >= FAST["ApprovalHeartbeatSeconds"] - 0.5
    status = get_runner().describe_approval(lead_id)
    assert status is not None and status.output == {"lead_id": lead_id, "status": "expired", "reply": ""}
    assert leads.get(lead_id).status == "expired"  # type: ignore[union-attr]


def test_hold_restarts_the_heartbeat_until_the_hard_timeout(fast_flows: Any, flow_worker: Any) -> None:
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.review import review_lead
    from heyfolio.storage import leads

    lead_id = new_lead()
    runner = get_runner()
    start_and_wait(fast_flows, flow_worker, lead_id)
    # moto runs the heartbeat on the real clock (there is no clock to fake in its ASL executor): hold
    # often (each hold is an event the timer must see within 3 s; 2 s of slack for a loaded machine)
    # until a whole heartbeat has passed since the first one - the lead stays open all along.
    started = time.monotonic()
    holds = 0
    while holds < 3 or time.monotonic() - started <= FAST["ApprovalHeartbeatSeconds"] + 0.5:
        assert review_lead(lead_id, "hold", runner=runner).status == "new"
        assert state_of(lead_id) == "waiting_for_owner"
        holds += 1
        time.sleep(1.0)  # the pace of the holds (a timer's input), not a wait standing in for an event
    assert time.monotonic() - started > FAST["ApprovalHeartbeatSeconds"]
    assert state_of(lead_id) == "waiting_for_owner" and leads.get(lead_id).status == "new"  # type: ignore[union-attr]
    assert review_lead(lead_id, "approve", "Sorry for the wait!", runner=runner).flow_resumed
    until(fast_flows, flow_worker, lambda: finished(lead_id))
    assert runner.describe_approval(lead_id).output["status"] == "approved"  # type: ignore[union-attr,index]


def test_cancel_stops_the_flow_and_closes_the_lead(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.flows.approval import get_record
    from heyfolio.flows.coordinator import get_runner
    from heyfolio.flows.review import ReviewError, review_lead
    from heyfolio.storage import leads

    lead_id = new_lead()
    start_and_wait(slow_flows, flow_worker, lead_id)
    runner = get_runner()
    status = runner.cancel_approval(lead_id)
    assert status.state == "cancelled"
    assert leads.get(lead_id).status == "expired"  # type: ignore[union-attr]
    assert get_record(lead_id).status == "cancelled"  # type: ignore[union-attr]
    with pytest.raises(ReviewError) as late:
        review_lead(lead_id, "approve", "hello?", runner=runner)
    assert late.value.status == 409


@pytest.mark.parametrize(
    ("lead", "decision", "reply", "status", "fragment"),
    [
        ("known", "approve", None, 400, "needs a reply"),
        ("known", "approve", "   ", 400, "needs a reply"),
        ("known", "approve", "x" * 4001, 400, "the limit is 4000"),
        ("known", "maybe", None, 400, "decision must be one of"),
        ("", "decline", None, 400, "must not be empty"),
        ("unknown", "decline", None, 404, "no lead"),
        ("known", "hold", None, 409, "not waiting"),
    ],
)
def test_bad_reviews_change_nothing(
    slow_flows: Any, lead: str, decision: str, reply: str | None, status: int, fragment: str
) -> None:
    from heyfolio.flows.review import ReviewError, review_lead
    from heyfolio.storage import leads

    lead_id = new_lead()
    target = {"known": lead_id, "unknown": "0" * 32, "": ""}[lead]
    with pytest.raises(ReviewError) as error:
        review_lead(target, decision, reply)
    assert error.value.status == status and fragment in error.value.message
    assert leads.get(lead_id).status == "new"  # type: ignore[union-attr]


def test_a_lead_without_a_flow_can_still_be_decided(slow_flows: Any) -> None:
    from heyfolio.flows.review import review_lead

    result = review_lead(new_lead(), "approve", "Hi!")
    assert (result.status, result.flow_resumed) == ("approved", False)


def _route(method: str, path: str, token: str | None, body: Any = None, lead_id: str | None = None) -> Any:
    from heyfolio.stack.local_invoke import invoke_local

    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    raw = body if isinstance(body, str) else json.dumps(body) if body is not None else ""
    event = apigw_event(
        raw, headers, path=path, method=method, path_parameters={"lead_id": lead_id} if lead_id else None
    )
    event["resource"] = "/api/owner/leads/{lead_id}/review" if lead_id else path
    return invoke_local("flow_review", event)


def test_owner_route_reviews_and_lists(slow_flows: Any, flow_worker: Any) -> None:
    from heyfolio.security.tokens import mint_token

    owner, visitor = mint_token("owner"), mint_token("visitor")
    lead_id = new_lead()
    start_and_wait(slow_flows, flow_worker, lead_id)
    path = f"/api/owner/leads/{lead_id}/review"
    listed = _route("GET", "/api/owner/approvals", owner)
    assert listed["statusCode"] == 200 and listed["multiValueHeaders"]["Cache-Control"] == ["no-store"]
    assert response_json(listed)["leads"][0]["leadId"] == lead_id
    assert response_json(listed)["leads"][0]["flow"] == "waiting"
    assert _route("POST", path, None, {"decision": "decline"}, lead_id)["statusCode"] == 401
    assert _route("POST", path, "not-a-jwt", {"decision": "decline"}, lead_id)["statusCode"] == 401
    assert _route("POST", path, visitor, {"decision": "decline"}, lead_id)["statusCode"] == 403
    assert _route("GET", "/api/owner/approvals", visitor)["statusCode"] == 403
    assert _route("POST", path, owner, "{not json", lead_id)["statusCode"] == 400
    assert _route("POST", path, owner, ["approve"], lead_id)["statusCode"] == 400
    assert _route("POST", path, owner, {"decision": "approve", "reply": 5}, lead_id)["statusCode"] == 400
    assert state_of(lead_id) == "waiting_for_owner", "refused requests changed nothing"
    ok = _route("POST", path, owner, {"decision": "approve", "reply": "See you Thursday"}, lead_id)
    assert ok["statusCode"] == 200
    assert response_json(ok) == {
        "leadId": lead_id,
        "status": "approved",
        "reply": "See you Thursday",
        "flowResumed": True,
        "note": "the visitor will see your reply",
    }
    again = _route("POST", path, owner, {"decision": "decline"}, lead_id)
    assert again["statusCode"] == 409
    until(slow_flows, flow_worker, lambda: finished(lead_id))
