"""Start, review, cancel and describe flows behind one interface, the same on AWS and locally.

``FlowRunner`` is what tools, the owner API and the workers use. The one implementation,
:class:`StepFunctionsFlowRunner`, talks to Step Functions through the shared boto3 client,
so on a laptop it reaches the local emulator (which executes the same ASL) and on AWS the
real service. Executions have deterministic names - ``lead-<lead_id>`` and
``insight-<delivery>`` - so starting twice is harmless and a lead's execution can be found
from the lead id alone.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from heyfolio.aws.clients import client
from heyfolio.config import Settings, get_settings
from heyfolio.flows import approval

log = logging.getLogger(__name__)

FlowState = Literal["working", "waiting_for_owner", "completed", "failed", "cancelled"]
_GONE = ("TaskTimedOut", "InvalidToken", "TaskDoesNotExist")
"""Step Functions' answers when a token's task no longer waits (done, timed out, stopped)."""


class FlowsNotConfigured(RuntimeError):
    """No state machine is configured for this flow (see ``HEYFOLIO_*_STATE_MACHINE_ARN``)."""


@dataclass(frozen=True)
class FlowStatus:
    """Where an execution stands, in words a client can act on."""

    execution_arn: str
    state: FlowState
    output: Mapping[str, Any] | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "execution": self.execution_arn,
            "state": self.state,
            "output": self.output,
            "error": self.error,
        }


class FlowRunner(Protocol):
    """The flows, as the rest of heyfolio sees them."""

    def start_approval(self, lead_id: str, *, source: str | None = None) -> str: ...

    def start_insight(self, request: Mapping[str, Any]) -> str: ...

    def cancel_approval(self, lead_id: str) -> FlowStatus: ...

    def describe_approval(self, lead_id: str) -> FlowStatus | None: ...

    def describe(self, execution_arn: str) -> FlowStatus: ...

    def task_success(self, token: str, output: Mapping[str, Any]) -> bool: ...

    def task_heartbeat(self, token: str) -> bool: ...

    def task_failure(self, token: str, error: str, cause: str) -> bool: ...


def execution_name(prefix: str, ident: str) -> str:
    """A valid, deterministic execution name (letters, digits, ``-``, ``_``; at most 80)."""
    return f"{prefix}-{re.sub(r'[^A-Za-z0-9_-]', '-', ident)}"[:80]


def execution_arn(state_machine_arn: str, name: str) -> str:
    """The ARN an execution named ``name`` of ``state_machine_arn`` has (Standard workflows)."""
    return state_machine_arn.replace(":stateMachine:", ":execution:", 1) + f":{name}"


def _error_code(error: BaseException) -> str | None:
    response = getattr(error, "response", None)
    if isinstance(response, dict):
        return str(response.get("Error", {}).get("Code") or "") or None
    return None


class StepFunctionsFlowRunner:
    """:class:`FlowRunner` on Step Functions (AWS, or the local emulator's execution)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings

    @property
    def settings(self) -> Settings:
        return self._settings or get_settings()

    @property
    def approval_enabled(self) -> bool:
        return bool(self.settings.approval_state_machine_arn)

    @property
    def insight_enabled(self) -> bool:
        return bool(self.settings.insight_state_machine_arn)

    def _sfn(self) -> Any:
        return client("stepfunctions", self.settings)

    def _arn(self, flow: Literal["approval", "insight"]) -> str:
        arn = (
            self.settings.approval_state_machine_arn
            if flow == "approval"
            else self.settings.insight_state_machine_arn
        )
        if not arn:
            variable = f"HEYFOLIO_{flow.upper()}_STATE_MACHINE_ARN"
            raise FlowsNotConfigured(f"the {flow} flow is not configured: set {variable}")
        return arn

    def _start(self, flow: Literal["approval", "insight"], name: str, payload: Mapping[str, Any]) -> str:
        sm = self._arn(flow)
        try:
            started = self._sfn().start_execution(stateMachineArn=sm, name=name, input=json.dumps(payload))
            return str(started["executionArn"])
        except Exception as error:
            if _error_code(error) == "ExecutionAlreadyExists":
                return execution_arn(sm, name)  # started before (a retry): the same flow
            raise

    def start_approval(self, lead_id: str, *, source: str | None = None) -> str:
        """Start the owner-approval flow of a stored lead (idempotent per lead)."""
        s = self.settings
        payload = {
            "lead_id": lead_id,
            "record_key": approval.record_key(lead_id),
            "notification": approval.notification_text(lead_id, source=source, public_url=s.public_url),
        }
        return self._start("approval", execution_name("lead", lead_id), payload)

    def start_insight(self, request: Mapping[str, Any]) -> str:
        """Start the insight flow for one push or release (idempotent per delivery)."""
        return self._start("insight", execution_name("insight", str(request["delivery"])), request)

    def approval_execution_arn(self, lead_id: str) -> str:
        return execution_arn(self._arn("approval"), execution_name("lead", lead_id))

    def describe(self, execution_arn: str) -> FlowStatus:
        """The state of one execution; ``waiting_for_owner`` while an approval waits on the owner."""
        found = self._sfn().describe_execution(executionArn=execution_arn)
        status = found["status"]
        output = json.loads(found["output"]) if found.get("output") else None
        if status == "SUCCEEDED":
            return FlowStatus(execution_arn, "completed", output)
        if status == "ABORTED":
            return FlowStatus(execution_arn, "cancelled", output, found.get("cause") or "stopped")
        if status in ("FAILED", "TIMED_OUT"):
            error = " ".join(x for x in (found.get("error"), found.get("cause")) if x) or status.lower()
            return FlowStatus(execution_arn, "failed", output, error)
        return FlowStatus(execution_arn, "working")

    def describe_approval(self, lead_id: str) -> FlowStatus | None:
        """The approval flow of a lead, or ``None`` if it never started."""
        try:
            status = self.describe(self.approval_execution_arn(lead_id))
        except Exception as error:
            if _error_code(error) == "ExecutionDoesNotExist":
                return None
            raise
        if status.state == "working":
            record = approval.get_record(lead_id)
            if record is not None and record.status == "waiting":
                return FlowStatus(status.execution_arn, "waiting_for_owner")
        return status

    def cancel_approval(self, lead_id: str) -> FlowStatus:
        """Stop a lead's approval flow and close the lead (the visitor withdrew)."""
        arn = self.approval_execution_arn(lead_id)
        try:
            self._sfn().stop_execution(executionArn=arn, error="Cancelled", cause="the visitor cancelled")
        except Exception as error:
            if _error_code(error) != "ExecutionDoesNotExist":
                raise
        outcome = approval.expire_lead(lead_id)
        if outcome["status"] == "expired":
            approval.set_record_status(lead_id, "cancelled")
        try:
            status = self.describe(arn)
        except Exception as error:
            if _error_code(error) != "ExecutionDoesNotExist":
                raise
            return FlowStatus(arn, "cancelled", outcome)
        # StopExecution was accepted; the execution may report RUNNING for a moment longer.
        return FlowStatus(arn, "cancelled", outcome, "stopped") if status.state == "working" else status

    def _callback(self, call: str, **kwargs: Any) -> bool:
        try:
            getattr(self._sfn(), call)(**kwargs)
            return True
        except Exception as error:
            if _error_code(error) in _GONE:
                log.info("%s: the task no longer waits (%s)", call, _error_code(error))
                return False
            raise

    def task_success(self, token: str, output: Mapping[str, Any]) -> bool:
        """Resume a waiting task; ``False`` when it no longer waits (done, timed out, stopped)."""
        return self._callback("send_task_success", taskToken=token, output=json.dumps(output))

    def task_heartbeat(self, token: str) -> bool:
        return self._callback("send_task_heartbeat", taskToken=token)

    def task_failure(self, token: str, error: str, cause: str) -> bool:
        return self._callback("send_task_failure", taskToken=token, error=error[:256], cause=cause[:32768])


def get_runner(settings: Settings | None = None) -> StepFunctionsFlowRunner:
    """The flow runner for the current settings."""
    return StepFunctionsFlowRunner(settings)
