"""The state machine files: valid after substitution, every placeholder supplied by the
template, and every task a service integration the local emulator executes (no Lambda)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from heyfolio.flows.definitions import FLOWS, definition, placeholders
from heyfolio.stack.template import load_template

LOGICAL = {
    "approval": "ApprovalStateMachine",
    "insight": "InsightStateMachine",
    "analytics": "AnalyticsStateMachine",
    "analytics_query": "AnalyticsQueryStateMachine",
}
EXECUTABLE = {
    "arn:aws:states:::sns:publish",
    "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    "arn:aws:states:::dynamodb:updateItem",
    "arn:aws:states:::dynamodb:putItem",
}


def _states(flow: str) -> dict[str, Any]:
    values = {name: "1" if "Seconds" in name else f"x-{name}" for name in placeholders(flow)}
    return dict(json.loads(definition(flow, values))["States"])


@pytest.mark.parametrize("flow", FLOWS)
def test_template_supplies_every_placeholder(flow: str) -> None:
    resource = load_template()["Resources"][LOGICAL[flow]]
    assert resource["Type"] == "AWS::Serverless::StateMachine"
    props = resource["Properties"]
    assert props["DefinitionUri"] == f"statemachines/{flow}.asl.json"
    assert props["Type"] == "STANDARD"
    assert set(props["DefinitionSubstitutions"]) == placeholders(flow)
    assert props["Logging"]["IncludeExecutionData"] is False


@pytest.mark.parametrize("flow", FLOWS)
def test_every_task_runs_without_lambda_and_waits_are_bounded(flow: str) -> None:
    for name, state in _states(flow).items():
        if state["Type"] != "Task":
            continue
        assert state["Resource"] in EXECUTABLE, f"{flow}.{name}: {state['Resource']}"
        if state["Resource"].endswith(".waitForTaskToken"):
            assert "TimeoutSeconds" in state, f"{flow}.{name} waits without a timeout"


def test_the_owner_wait_has_a_heartbeat_and_expires() -> None:
    wait = _states("approval")["AwaitDecision"]
    assert "HeartbeatSeconds" in wait and "TimeoutSeconds" in wait
    caught = {e for c in wait["Catch"] for e in c["ErrorEquals"]}
    assert {"States.Timeout", "States.HeartbeatTimeout"} <= caught


def test_missing_substitutions_are_named() -> None:
    with pytest.raises(KeyError, match="OwnerTopicArn"):
        definition("approval", {})
    with pytest.raises(ValueError, match="unknown flow"):
        definition("nope", {})
