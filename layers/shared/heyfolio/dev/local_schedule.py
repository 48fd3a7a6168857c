"""The analytics flow's schedule on a laptop: what EventBridge Scheduler does on AWS, for ``make dev``.

On AWS a schedule starts ``statemachines/analytics.asl.json`` shortly after midnight UTC for the day
before. ``heyfolio dev`` has no scheduler, so the dashboard's insights would stay empty; this module
starts the same state machine (in the local emulator, its steps run by the queue poller) when the
server starts - for yesterday and today - and again every ``HEYFOLIO_DEV_ANALYTICS_MINUTES`` minutes
for today (yesterday once more after midnight). A re-run of a day replaces that day's results (the
flow is idempotent per day). ``0`` turns it off; tests never get it unless they start one.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid

from heyfolio.analytics.insights import resolve_day
from heyfolio.aws.clients import client

log = logging.getLogger("heyfolio.dev.local_schedule")

MINUTES_ENV = "HEYFOLIO_DEV_ANALYTICS_MINUTES"
DEFAULT_MINUTES = 30
STATE_MACHINE_ENV = "HEYFOLIO_ANALYTICS_STATE_MACHINE_ARN"


def schedule_minutes(raw: str | None = None) -> int:
    """Minutes between runs from ``HEYFOLIO_DEV_ANALYTICS_MINUTES`` (0: off); a clear error otherwise."""
    value = os.environ.get(MINUTES_ENV) if raw is None else raw
    if value is None or value.strip() == "":
        return DEFAULT_MINUTES
    try:
        minutes = int(value)
    except ValueError:
        minutes = -1
    if minutes < 0:
        raise ValueError(
            f"{MINUTES_ENV} must be a whole number of minutes (0 turns the local analytics schedule off), got {value!r}"
        )
    return minutes


class AnalyticsSchedule:
    """Starts the analytics flow now and every ``every_seconds`` in a daemon thread."""

    def __init__(self, state_machine_arn: str, every_seconds: float) -> None:
        self.state_machine_arn = state_machine_arn
        self.every_seconds = every_seconds
        self._done_yesterdays: set[str] = set()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.started: list[str] = []
        """Execution ARNs started so far (newest last)."""

    def run_now(self) -> list[str]:
        """Start the flow for today, and for yesterday unless it ran for that date already."""
        days = [resolve_day("today")]
        yesterday = resolve_day("yesterday")
        if yesterday not in self._done_yesterdays:
            days.insert(0, yesterday)
            self._done_yesterdays.add(yesterday)
        sfn = client("stepfunctions")
        started = []
        for day in days:
            name = f"dev-{day}-{uuid.uuid4().hex[:8]}"
            arn = sfn.start_execution(
                stateMachineArn=self.state_machine_arn, name=name, input=json.dumps({"day": day})
            )["executionArn"]
            started.append(str(arn))
        self.started += started
        log.info("local analytics schedule: classifying %s", ", ".join(days))
        return started

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_now()
            except Exception:
                log.exception("local analytics schedule: the flow could not start")
            if self._stop.wait(self.every_seconds):
                return

    def start(self) -> AnalyticsSchedule:
        self._thread = threading.Thread(target=self._run, name="heyfolio-analytics-schedule", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None


def start_analytics_schedule(minutes: int | None = None) -> AnalyticsSchedule | None:
    """The dev server's schedule (``None`` when off or when the local flows are not set up)."""
    every = schedule_minutes() if minutes is None else minutes
    arn = os.environ.get(STATE_MACHINE_ENV)
    if every == 0 or not arn:
        return None
    return AnalyticsSchedule(arn, every * 60.0).start()
