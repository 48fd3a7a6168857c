"""The IAM check across the whole suite (see tests/aws/iam.py).

Every test runs with the call recorder installed. After each test, a call its function's policies
do not allow fails that test (teardown error naming the function, the action and the resource).
At the end of a complete run (every test collected and passed, no ``-k``/``-m``/deselection),
a permission that no recorded call used fails the session. ``HEYFOLIO_IAM_UNUSED=1`` forces the
unused check on a partial run, ``=0`` skips it. The calls seen are written to
``.heyfolio/iam-calls.json`` (or ``HEYFOLIO_IAM_CALLS``) for a look, and for
``python -m tests.aws.offline_check``, which runs the end-of-run check on the calls of several
partial runs together.

Under pytest-xdist each worker records only its share of the calls: a worker hands its calls and
its deselection count to the controller (``workeroutput``), and the controller, which runs no test,
checks the union at the end, so a parallel complete run is judged on every call the suite made.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.aws.iam import Call, CallRecorder, Report, check, deployable_grants

RECORDER = CallRecorder()
_STATE: dict[str, Any] = {"deselected": 0, "worker_calls": set()}
WORKER_KEY = "heyfolio_iam_calls"
ROOT = Path(__file__).resolve().parents[2]


def pytest_configure(config: pytest.Config) -> None:
    RECORDER.install()


def pytest_deselected(items: list[pytest.Item]) -> None:
    _STATE["deselected"] += len(items)


@pytest.fixture(autouse=True)
def _iam_calls_allowed() -> Iterator[None]:
    """Fails the test whose code made an AWS call its function's role would be denied."""
    before = RECORDER.snapshot()
    yield
    new = RECORDER.snapshot() - before
    if not new:
        return
    report = check(new, deployable_grants(), unused=False)
    if report.missing:
        pytest.fail("IAM: this test's code path is not allowed on AWS\n" + report.describe(), pytrace=False)


def _complete_run(session: pytest.Session) -> bool:
    forced = os.environ.get("HEYFOLIO_IAM_UNUSED")
    if forced in ("0", "1"):
        return forced == "1"
    config = session.config
    if config.option.keyword or config.option.markexpr or _STATE["deselected"]:
        return False
    if session.testsfailed or session.shouldstop or session.shouldfail:
        return False
    tests_dir = (ROOT / "tests").resolve()
    args = [Path(str(a).split("::", 1)[0]).resolve() for a in config.args]
    return bool(args) and all(a in (tests_dir, ROOT) for a in args)


BASELINE = Path(__file__).with_name("iam_unused_baseline.json")


def apply_baseline(report: Report) -> Report:
    """Unused grants listed in iam_unused_baseline.json (known on the day the check arrived: AWS-only
    paths no test reaches yet, grants to review) do not fail the run; the list only shrinks: an entry
    that is used now, or no longer granted, fails until it is removed from the file."""
    known = {tuple(e[:3]) for e in json.loads(BASELINE.read_text())} if BASELINE.is_file() else set()
    unused = {(g.function, g.action, g.resource) for g in report.unused}
    report.unused = [g for g in report.unused if (g.function, g.action, g.resource) not in known]
    stale = sorted(known - unused)
    if stale:
        from tests.aws.iam import Grant

        report.unused += [
            Grant(f, a, r, "STALE BASELINE ENTRY: used or gone now, delete it from iam_unused_baseline.json")
            for f, a, r in stale
        ]
    return report


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """xdist controller: add a finished worker's calls and deselections to the session's."""
    output = getattr(node, "workeroutput", None) or {}
    recorded = output.get(WORKER_KEY)
    if recorded is None:
        return
    _STATE["worker_calls"].update(Call(f, a, r) for f, a, r in recorded["calls"])
    _STATE["deselected"] += int(recorded["deselected"])


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    calls = RECORDER.snapshot()
    if _is_worker(session.config):
        # The controller checks the union of every worker's calls (pytest_testnodedown).
        session.config.workeroutput[WORKER_KEY] = {  # type: ignore[attr-defined]
            "calls": [[c.function, c.action, c.resource] for c in calls],
            "deselected": _STATE["deselected"],
        }
        return
    calls = set(calls) | _STATE["worker_calls"]
    out = Path(os.environ.get("HEYFOLIO_IAM_CALLS") or ROOT / ".heyfolio" / "iam-calls.json")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(
            json.dumps(
                sorted([c.function, c.action, c.resource or ""] for c in calls),
                indent=1,
            )
        )
    except OSError:
        pass
    if not calls or not _complete_run(session):
        return
    report: Report = check(calls, deployable_grants())
    report = apply_baseline(report)
    if report.ok:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("=", "IAM: template.yaml permissions that the code does not match", red=True)
        reporter.write_line(report.describe())
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
