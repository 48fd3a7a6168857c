"""The flows on a laptop: queues, topic and state machines in the local emulator, plus a poller.

``start_local_flows`` creates what ``template.yaml`` creates on AWS - the GitHub events
queue, the flow tasks queue, the owner topic and both state machines from the same ASL
files - in whatever AWS endpoint the process points at (the dev server's moto, or a test's
``mock_aws``), and exports their names in the environment so every handler finds them
through the settings. A background :class:`QueuePoller` then plays Lambda's SQS event
source mappings: it hands each queue's messages to the worker handler in this process,
as an SQS event, and deletes the ones the handler did not report as failed.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import Settings, get_settings
from heyfolio.flows.definitions import FLOWS, definition

log = logging.getLogger(__name__)

LOCAL_ROLE_ARN = "arn:aws:iam::123456789012:role/heyfolio-local-flows"
DEFAULT_TIMINGS = {
    "ApprovalTimeoutSeconds": 14 * 24 * 3600,
    "ApprovalHeartbeatSeconds": 7 * 24 * 3600,
    "WorkerTaskTimeoutSeconds": 300,
    # owner analytics (issue 14): how long an ask_analytics task waits for the owner's confirmation
    # (at most, and after the client's last look at the task).
    "QueryConfirmTimeoutSeconds": 3600,
    "QueryConfirmHeartbeatSeconds": 900,
}
QUEUE_WORKERS = {
    "github-events": "github_worker",
    "flow-tasks": "flow_worker",
    "analytics-tasks": "analytics_worker",  # owner analytics (issue 14): the daily flow and ask_analytics tasks
}
"""Local queue name -> the function whose handler consumes it (as in template.yaml)."""

Handler = Callable[[dict[str, Any], Any], Any]
_running: list[LocalFlows] = []


@dataclass
class LocalFlows:
    """The flow resources of a local run, and the poller feeding the workers."""

    queue_urls: dict[str, str]
    topic_arn: str
    state_machines: dict[str, str]
    env: dict[str, str]
    poller: QueuePoller | None = None
    _saved_env: dict[str, str | None] = field(default_factory=dict)

    def stop(self) -> None:
        """Stop the poller and restore the environment."""
        if self.poller is not None:
            self.poller.stop()
            self.poller = None
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env = {}
        get_settings.cache_clear()


def create_flow_resources(
    settings: Settings | None = None, *, timings: Mapping[str, int] | None = None, prefix: str = "heyfolio"
) -> LocalFlows:
    """Create queues, topic and state machines in the current AWS endpoint (idempotent)."""

    s = settings or get_settings()
    sqs, sns, sfn = client("sqs", s), client("sns", s), client("stepfunctions", s)
    queue_urls = {name: sqs.create_queue(QueueName=f"{prefix}-{name}")["QueueUrl"] for name in QUEUE_WORKERS}
    topic_arn = sns.create_topic(Name=f"{prefix}-owner-notifications")["TopicArn"]
    substitutions: dict[str, str | int] = {
        **DEFAULT_TIMINGS,
        **(timings or {}),
        "OwnerTopicArn": topic_arn,
        "FlowTasksQueueUrl": queue_urls["flow-tasks"],
        "StateTableName": s.table_name,
        "AnalyticsTasksQueueUrl": queue_urls["analytics-tasks"],
    }
    existing = {m["name"]: m["stateMachineArn"] for m in sfn.list_state_machines().get("stateMachines", [])}
    machines: dict[str, str] = {}
    for flow in FLOWS:
        name = f"{prefix}-{flow}"
        text = definition(flow, substitutions)
        if name in existing:
            sfn.update_state_machine(stateMachineArn=existing[name], definition=text)
            machines[flow] = existing[name]
        else:
            machines[flow] = sfn.create_state_machine(
                name=name, definition=text, roleArn=LOCAL_ROLE_ARN, type="STANDARD"
            )["stateMachineArn"]
    env = {
        "HEYFOLIO_GITHUB_QUEUE_URL": queue_urls["github-events"],
        "HEYFOLIO_FLOW_QUEUE_URL": queue_urls["flow-tasks"],
        "HEYFOLIO_OWNER_TOPIC_ARN": topic_arn,
        "HEYFOLIO_APPROVAL_STATE_MACHINE_ARN": machines["approval"],
        "HEYFOLIO_INSIGHT_STATE_MACHINE_ARN": machines["insight"],
        "HEYFOLIO_ANALYTICS_STATE_MACHINE_ARN": machines["analytics"],
        "HEYFOLIO_ANALYTICS_QUERY_STATE_MACHINE_ARN": machines["analytics_query"],
    }
    return LocalFlows(queue_urls, topic_arn, machines, env)


def export_env(flows: LocalFlows) -> None:
    """Point this process's settings at the local flow resources (undone by ``flows.stop()``)."""
    for name, value in flows.env.items():
        flows._saved_env.setdefault(name, os.environ.get(name))
        os.environ[name] = value
    get_settings.cache_clear()


def sqs_event(messages: list[Mapping[str, Any]], queue_arn: str) -> dict[str, Any]:
    """An SQS event as Lambda's event source mapping builds it."""
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": {k: str(v) for k, v in (m.get("Attributes") or {}).items()},
                "messageAttributes": {},
                "md5OfBody": m.get("MD5OfBody", ""),
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": queue_arn.split(":")[3] if queue_arn.count(":") >= 5 else "us-east-1",
            }
            for m in messages
        ]
    }


def deliver(queue_url: str, handler: Handler, *, max_messages: int = 10, wait_seconds: int = 0) -> int:
    """Receive one batch from ``queue_url``, run ``handler`` on it, delete what succeeded.

    Returns the number of messages handed to the handler. Messages the handler reports in
    ``batchItemFailures`` (or all of them, if it raises) stay in the queue for a retry.
    """
    from heyfolio.stack.local_invoke import LocalLambdaContext

    sqs = client("sqs")
    received = sqs.receive_message(
        QueueUrl=queue_url,
        MaxNumberOfMessages=max_messages,
        WaitTimeSeconds=wait_seconds,
        AttributeNames=["All"],
    ).get("Messages", [])
    if not received:
        return 0
    arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
    name = arn.rsplit(":", 1)[-1]
    try:
        result = handler(sqs_event(received, arn), LocalLambdaContext(function_name=name, timeout_seconds=60))
    except Exception:
        log.exception("local worker for %s failed on a batch of %d", name, len(received))
        return len(received)
    failed = {f.get("itemIdentifier") for f in (result or {}).get("batchItemFailures", [])}
    done = [m for m in received if m["MessageId"] not in failed]
    if done:
        sqs.delete_message_batch(
            QueueUrl=queue_url,
            Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
        )
    return len(received)


def drain(queue_url: str, handler: Handler, *, rounds: int = 20) -> int:
    """Deliver until the queue answers empty (tests); returns the messages handed over."""
    total = 0
    for _ in range(rounds):
        n = deliver(queue_url, handler)
        if n == 0:
            break
        total += n
    return total


class QueuePoller:
    """A daemon thread delivering each queue's messages to its worker handler, like Lambda's ESM."""

    def __init__(self, routes: Mapping[str, Handler], *, idle_seconds: float = 0.2) -> None:
        self._routes = dict(routes)
        self._idle = idle_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heyfolio-queue-poller", daemon=True)

    def start(self) -> QueuePoller:
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            handled = 0
            for url, handler in self._routes.items():
                try:
                    handled += deliver(url, handler)
                except Exception:
                    log.exception("queue poller: delivery from %s failed", url)
            if not handled:
                self._stop.wait(self._idle)


def worker_handler(function: str) -> Handler:
    """The handler of ``functions/<function>`` (the object its Lambda would run)."""
    from heyfolio.stack.local_functions import load_function
    from heyfolio.stack.template import function_spec

    module = load_function(function)
    handler: Handler = getattr(module, function_spec(function).handler_attr)
    return handler


def start_local_flows(
    settings: Settings | None = None, *, poll: bool = True, timings: Mapping[str, int] | None = None
) -> LocalFlows:
    """Create the flow resources, export their names and (by default) start the poller."""
    flows = create_flow_resources(settings, timings=timings)
    export_env(flows)
    if poll:
        routes = {flows.queue_urls[q]: worker_handler(fn) for q, fn in QUEUE_WORKERS.items()}
        flows.poller = QueuePoller(routes).start()
    log.info("local flows ready: %s", ", ".join(sorted(flows.state_machines)))
    _running.append(flows)
    return flows


def stop_local_flows() -> None:
    """Stop every flow set-up :func:`start_local_flows` made in this process (the dev server's exit)."""
    while _running:
        _running.pop().stop()
