"""The analytics worker: runs the analytics flows' task messages (SQS) and resumes them by task token.

``analytics.list``, ``analytics.classify`` and ``analytics.aggregate`` are the three steps of
``statemachines/analytics.asl.json`` (``heyfolio.analytics.insights``); ``query.confirm``,
``query.run`` and ``query.summarise`` those of ``statemachines/analytics_query.asl.json``
(``heyfolio.analytics.query_flow``). A step that waits for the MCP client (a confirmation, the
client's model) files its token and answers nothing: ``tasks/update`` resumes it. A step that fails reports the
failure to the flow (``SendTaskFailure``; the Map's retry runs it again); a message that is not a task
is reported as a batch item failure, so SQS parks it in the DLQ.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Mapping
from typing import Any

from heyfolio.config import ProjectRoot

log = logging.getLogger("heyfolio.analytics.worker")

TASKS = (
    "analytics.list",
    "analytics.classify",
    "analytics.aggregate",
    "query.confirm",
    "query.run",
    "query.summarise",
)
ASL = ProjectRoot / "statemachines" / "analytics.asl.json"


def definition(substitutions: Mapping[str, str | int]) -> str:
    """The state machine with its ``${Name}`` placeholders filled (as SAM's DefinitionSubstitutions)."""
    text = ASL.read_text()
    missing = set(re.findall(r"\$\{([A-Za-z0-9_]+)\}", text)) - set(substitutions)
    if missing:
        raise KeyError(f"analytics: no value for {', '.join(sorted(missing))}")
    text = re.sub(r"\$\{([A-Za-z0-9_]+)\}", lambda m: str(substitutions[m.group(1)]), text)
    json.loads(text)
    return text


def run_task(message: Mapping[str, Any]) -> dict[str, Any] | None:
    """The step's output for the flow, or ``None`` when the step waits for the client."""
    from heyfolio.analytics import insights

    task, request = message.get("task"), message.get("request")
    if task not in TASKS or not isinstance(request, Mapping):
        raise ValueError(f"not an analytics task: {task!r}")
    if str(task).startswith("query."):
        from heyfolio.analytics import query_flow

        token = str(message.get("token"))
        if task == "query.confirm":
            query_flow.confirm_step(request, token)
            return None
        if task == "query.run":
            return query_flow.run_step(request)
        return query_flow.summarise_step(request, token)
    if task == "analytics.list":
        return insights.list_task(request)
    if task == "analytics.classify":
        return insights.classify_task(request)
    return insights.aggregate_task(request)


def handler(event: Mapping[str, Any], context: Any) -> dict[str, Any]:
    """SQS batch handler (``ReportBatchItemFailures``)."""
    from heyfolio.aws.clients import client

    sfn = client("stepfunctions")
    failures: list[dict[str, str]] = []
    for record in event.get("Records", []):
        try:
            message = json.loads(record["body"])
            token = message["token"]
        except (KeyError, ValueError, TypeError):
            failures.append({"itemIdentifier": record.get("messageId", "")})
            continue
        try:
            output = run_task(message)
        except Exception as exc:
            log.exception("analytics task %s failed", message.get("task"))
            _resume(sfn.send_task_failure, taskToken=token, error="AnalyticsTaskFailed", cause=str(exc)[:250])
            continue
        if output is None:
            continue  # waiting for the client: tasks/update sends the token back
        _resume(sfn.send_task_success, taskToken=token, output=json.dumps(output))
    return {"batchItemFailures": failures}


_GONE = ("TaskDoesNotExist", "TaskTimedOut", "InvalidToken")


def _resume(call: Any, **kwargs: Any) -> None:
    """Resume the flow; a flow that no longer waits for this task (timed out, stopped) makes it done."""
    try:
        call(**kwargs)
    except Exception as exc:
        code = getattr(exc, "response", {}).get("Error", {}).get("Code", "")
        if code not in _GONE:
            raise
        log.warning("analytics task finished after its flow stopped waiting (%s)", code)
