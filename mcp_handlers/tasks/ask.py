"""``ask_analytics`` tasks: a query run by ``statemachines/analytics_query.asl.json`` as the client sees it.

The core (``heyfolio.analytics.query_flow``) owns the execution, the query record and the flow's
input requests; this module shapes them as the extension's ``DetailedTask`` and routes the client's
``tasks/update`` answers back into the execution:

| execution / record                   | task                                                   |
| ------------------------------------ | ------------------------------------------------------ |
| running, a request outstanding       | ``input_required`` with it (each poll is a heartbeat)  |
| running                              | ``working``                                            |
| ended ``answered``                   | ``completed``: the ``ask_analytics`` result (+ summary) |
| ended ``declined`` / ``expired``     | ``completed``: "not run" (nothing ran)                 |
| stopped by ``tasks/cancel``          | ``cancelled``                                          |
| failed (the query failed, unsafe SQL) | ``failed`` with the reason                            |
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from heyfolio.analytics import query_flow
from heyfolio.flows import task_inputs
from heyfolio.flows.coordinator import get_runner
from heyfolio.storage import clock, keys
from mcp_handlers.tasks import shapes
from mcp_handlers.tasks.store import TaskRef
from mcp_handlers.wire import INTERNAL_ERROR, INVALID_PARAMS, McpError

log = logging.getLogger(__name__)

TOOL = "ask_analytics"
POLL_MS = 1_000
"""A query takes seconds: poll each second."""
QUESTION_POLL_MS = 5_000
"""While a person answers the confirmation."""


def _not_run(record: query_flow.QueryRecord, why: str) -> dict[str, Any]:
    plan = record.plan
    structured = {"question": plan.get("question", ""), "sql": plan.get("sql", ""), "ran": False}
    return {
        "content": [{"type": "text", "text": f"Not run: {why}."}],
        "isError": False,
        "structuredContent": structured,
    }


def answered(record: query_flow.QueryRecord) -> dict[str, Any]:
    """The completed task's ``result``: the same CallToolResult the plain path answers, plus the summary."""
    from heyfolio.analytics.ask import render  # sqlglot: only once an answer is shown

    answer = dict(record.answer or {})
    text = render(answer) if answer else "The query ran; its answer is gone (kept a day)."
    if record.summary:
        answer["summary"] = record.summary
        answer["summaryBy"] = record.summary_by
        text = f"{record.summary}\n\n{text}"
    return {"content": [{"type": "text", "text": text}], "isError": False, "structuredContent": answer}


def query_task(ref: TaskRef, *, heartbeat: bool = False) -> dict[str, Any]:
    """The task for ``ref`` now (``heartbeat``: a client's poll keeps an open question open)."""
    common: dict[str, Any] = {
        "created_at": keys.iso(ref.created_at),
        "last_updated_at": keys.iso(clock.now()),
        "ttl_ms": int((ref.expires_at - ref.created_at) * 1000),
    }
    record = query_flow.get_record(ref.lead_id)
    if record is None:
        error = {
            "code": INTERNAL_ERROR,
            "message": "this query's record is gone (answers are kept a day): ask again",
        }
        return shapes.task(ref.task_id, "failed", error=error, **common)
    try:
        flow = get_runner().describe(query_flow.query_execution_arn(ref.lead_id))
    except Exception as exc:
        log.warning("query %s: execution not readable (%s)", ref.lead_id, exc)
        error = {"code": INTERNAL_ERROR, "message": "the query's execution was not found"}
        return shapes.task(ref.task_id, "failed", error=error, **common)
    answered_now = flow.state == "completed" and (flow.output or {}).get("status") == "answered"
    if record.cancelled and not answered_now:
        flow = replace(flow, state="cancelled")  # withdrawn: however the stopped execution ended
    if flow.state == "completed":
        status = str((flow.output or {}).get("status"))
        if status == "answered":
            result = answered(record)
        elif status == "declined":
            result = _not_run(record, "you did not confirm the query")
        else:
            result = _not_run(
                record, "nobody confirmed the query in time, so it expired; ask again to run it"
            )
        message = result["content"][0]["text"].split("\n", 1)[0]
        return shapes.task(ref.task_id, "completed", result=result, status_message=message[:200], **common)
    if flow.state == "cancelled":
        return shapes.task(ref.task_id, "cancelled", status_message="The query was cancelled.", **common)
    if flow.state == "failed":
        reason = record.failure or (flow.error or "").removeprefix("AnalyticsTaskFailed").strip() or "unknown"
        error = {"code": INTERNAL_ERROR, "message": f"the analytics query failed: {reason}"}
        return shapes.task(ref.task_id, "failed", error=error, **common)
    pending = task_inputs.outstanding(ref.lead_id)
    if pending:
        if heartbeat:
            try:
                query_flow.heartbeat(ref.lead_id)
            except Exception:
                log.warning("query %s: heartbeat not sent", ref.lead_id, exc_info=True)
        message = (
            "Confirm the query to run it."
            if query_flow.CONFIRM in pending
            else "Your model is asked for a summary."
        )
        return shapes.task(
            ref.task_id,
            "input_required",
            input_requests=pending,
            poll_interval_ms=QUESTION_POLL_MS,
            status_message=message,
            **common,
        )
    return shapes.task(
        ref.task_id, "working", poll_interval_ms=POLL_MS, status_message="Running the query.", **common
    )


def update(ref: TaskRef, responses: Mapping[str, Any]) -> None:
    """``tasks/update``: check every answer to an outstanding request first, then record and resume.

    An answer that does not fit its request is ``-32602`` naming what was wrong, and nothing is
    recorded; keys that are not outstanding are ignored (the extension's rule). A confirmation whose
    execution stopped waiting (it expired) is ``-32602`` too: nothing ran, and nothing will.
    """
    pending = task_inputs.outstanding(ref.lead_id)
    answering = {k: v for k, v in responses.items() if isinstance(k, str) and k in pending}
    for key, response in answering.items():
        try:
            query_flow.check_response(key, response)
        except query_flow.BadResponse as exc:
            raise McpError(
                INVALID_PARAMS, f"{exc}; nothing was recorded", {"taskId": ref.task_id, "key": key}
            ) from None
    accepted = task_inputs.answer(ref.lead_id, answering)
    for key in accepted:
        if not query_flow.resume(ref.lead_id, key, answering[key]):
            raise McpError(
                INVALID_PARAMS,
                f"The {key} request of this task is no longer waiting (it expired); nothing ran. Ask again.",
                {"taskId": ref.task_id, "key": key},
            )


def cancel(ref: TaskRef) -> None:
    query_flow.cancel(ref.lead_id)
