"""The flow worker: the compute steps of the state machines, delivered as SQS task messages.

Each message carries a ``task`` name and a task ``token``. ``approval.await`` files the
token for the owner's review (the flow keeps waiting); ``approval.expire`` and
``insight.summarize`` compute a result and resume the flow with it. A failure raises, so
SQS retries the message (and, after the queue's receive limit, parks it in the DLQ while
the state's ``TimeoutSeconds`` ends the wait); a task the flow no longer waits for is done.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from heyfolio.aws.clients import error_code
from heyfolio.flows import approval
from heyfolio.flows.approval import expire_lead
from heyfolio.flows.coordinator import FlowRunner, get_runner
from heyfolio.flows.insight import summarize_task
from heyfolio.storage import leads

log = logging.getLogger(__name__)

DECIDED = ("approved", "declined")
"""Lead statuses the owner's review leaves (what the flow's decision step expects)."""

TASKS = ("approval.await", "approval.expire", "approval.email", "insight.summarize")


class BadTask(ValueError):
    """A message that is not a task this worker knows; it will never succeed."""


def handle_task(message: Mapping[str, Any], *, runner: FlowRunner | None = None) -> str:
    """Run one task message; returns what happened, in a few words (for logs and tests)."""
    if not isinstance(message, Mapping):
        raise BadTask("a flow task must be a JSON object")
    task = message.get("task")
    token = message.get("token")
    if task not in TASKS or not isinstance(token, str) or not token:
        raise BadTask(f"not a flow task: task={task!r}, token {'present' if token else 'missing'}")
    runner = runner or get_runner()
    if task == "approval.await":
        lead_id = _text(message, "lead_id")
        try:
            approval.file_token(lead_id, token, message.get("execution"))
        except Exception as error:
            if error_code(error) == "ConditionalCheckFailedException":
                return f"lead {lead_id} already decided; token not filed"
            raise
        # The owner may have decided before the flow filed its token (a fast review, a slow flow
        # start): the review found no token to resume, so the flow resumes itself with that
        # decision. The review looks for a late token too: one of the two sees the other's write.
        lead = leads.get(lead_id)
        if lead is not None and lead.status in DECIDED:
            resumed = runner.task_success(token, {"status": lead.status, "reply": lead.reply or ""})
            return f"lead {lead_id} was {lead.status} before the flow waited" + (
                "" if resumed else " (flow gone)"
            )
        return f"waiting for the owner on lead {lead_id}"
    if task == "approval.email":
        from heyfolio.flows.reply_email import email_decision

        sent = email_decision(_text(message, "lead_id"))
        resumed = runner.task_success(token, {"how": sent.how})
        return f"lead {sent.lead_id} email: {sent.how}" + ("" if resumed else " (flow gone)")
    if task == "approval.expire":
        outcome = expire_lead(_text(message, "lead_id"))
        resumed = runner.task_success(token, outcome)
        return f"lead {message['lead_id']} {outcome['status']}" + ("" if resumed else " (flow gone)")

    request = message.get("request")
    if not isinstance(request, Mapping):
        raise BadTask("insight.summarize needs a request object")
    result = summarize_task(request)
    resumed = runner.task_success(token, result)
    return f"summarized {request.get('uri')} with {result['model']}" + ("" if resumed else " (flow gone)")


def _text(message: Mapping[str, Any], key: str) -> str:
    value = message.get(key)
    if not isinstance(value, str) or not value:
        raise BadTask(f"task message lacks {key!r}")
    return value


def fail_bad_task(message: Mapping[str, Any], error: BadTask, *, runner: FlowRunner | None = None) -> None:
    """A malformed task cannot succeed on retry: fail its flow step now, if it has a token."""
    token = message.get("token") if isinstance(message, Mapping) else None
    if isinstance(token, str) and token:
        (runner or get_runner()).task_failure(token, "BadTask", str(error))
