"""How ``make unit`` shares the suite between pytest-xdist workers: whole files, longest first.

Files, not single tests, are the unit (``--dist loadfile``): a module's fixtures (the built
artifact's ``sam build`` and emulated stack, a fuzzer's dev-server app, a seeded analytics store)
are set up once, on one worker, instead of once per worker that happens to draw one of its tests.
``--dist loadgroup`` was meant to do that for the built artifact, but with pytest 9.2 xdist 3.8's
group suffix no longer reaches the node ids (pytest-dev/pytest-xdist#1386): every test was its own
unit and that module's 90-150 s setup ran on both workers.

Files are handed out longest first (the classic longest-processing-time rule), so the two workers
finish together instead of one starting a five-minute file when the other is nearly done. A file's
length is the sum of its tests' seconds: each test's from this checkout's last run that ran it
(kept in pytest's cache; the controller sees every worker's reports), else from
``schedule_seconds.json`` (the slowest tests, measured once, for a fresh checkout), else
``DEFAULT_TEST_SECONDS``. The order decides only which worker runs a file and when: every test
still runs, exactly once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

CACHE_KEY = "heyfolio/seconds-per-test"
SEED = Path(__file__).with_name("schedule_seconds.json")
DEFAULT_TEST_SECONDS = 0.3
"""A test's typical seconds on a loaded 2-core machine (most are in-process and well under one)."""

_SECONDS: defaultdict[str, float] = defaultdict(float)


def known_seconds(config: pytest.Config) -> dict[str, float]:
    """Seconds per test (setup, call and teardown): the seed, overridden by this checkout's last runs."""
    seconds: dict[str, float] = json.loads(SEED.read_text()) if SEED.is_file() else {}
    cache = getattr(config, "cache", None)
    if cache is not None:
        seconds.update(cache.get(CACHE_KEY, {}))
    return seconds


def order_longest_first(units: dict[str, list[str]], seconds: dict[str, float]) -> list[str]:
    """Scopes (test files, each with its tests' node ids) from the longest expected to the shortest;
    ties keep their given order."""

    def expected(scope: str) -> float:
        return sum(seconds.get(nodeid, DEFAULT_TEST_SECONDS) for nodeid in units[scope])

    return sorted(units, key=lambda scope: -expected(scope))


def _scheduler_class() -> type:
    from xdist.scheduler import LoadFileScheduling

    class LongestFileFirst(LoadFileScheduling):
        """xdist's file scheduling, with the next file always the longest one left."""

        def __init__(self, config: pytest.Config, log: Any = None) -> None:
            super().__init__(config, log)
            self._seconds = known_seconds(config)

        def _assign_work_unit(self, node: Any) -> None:
            units = {scope: list(tests) for scope, tests in self.workqueue.items()}
            self.workqueue.move_to_end(order_longest_first(units, self._seconds)[0], last=False)
            super()._assign_work_unit(node)

    return LongestFileFirst


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile`` gets the longest-first order; every other mode is xdist's own."""
    if config.getvalue("dist") != "loadfile":
        return None
    return _scheduler_class()(config, log)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Adds each phase's seconds to its test (under xdist the controller sees every worker's)."""
    _SECONDS[report.nodeid] += report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    """Keeps this run's seconds per test for the next run's order (workers leave it to the controller)."""
    cache = getattr(session.config, "cache", None)
    if cache is None or hasattr(session.config, "workerinput") or not _SECONDS:
        return
    merged = {**cache.get(CACHE_KEY, {}), **{name: round(s, 2) for name, s in _SECONDS.items()}}
    cache.set(CACHE_KEY, merged)
