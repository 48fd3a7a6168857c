"""The end-of-run IAM check, offline, on calls recorded by earlier runs.

The unused-grant half of the check (tests/aws/plugin.py) only runs at the end of a complete
suite. To see what a change to the baseline or to ``template.yaml`` does without one, feed it
the calls runs have recorded (each run writes ``.heyfolio/iam-calls.json``; copy it away between
partial runs and pass them all: their union stands for the suite)::

    .venv/bin/python -m tests.aws.offline_check .heyfolio/iam-calls.json /tmp/calls-*.json

It prints what the plugin would: calls the template does not allow, unused grants missing from
the baseline, and baseline entries that are now used or no longer granted (stale). Exit 1 if any.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.aws.iam import Call, Report, check, deployable_grants
from tests.aws.plugin import apply_baseline


def load_calls(paths: list[Path]) -> set[Call]:
    """The union of the calls in each ``iam-calls.json`` (``[function, action, resource]`` rows)."""
    calls: set[Call] = set()
    for path in paths:
        for function, action, resource in json.loads(path.read_text()):
            calls.add(Call(function, action, resource or None))
    return calls


def offline_report(calls: set[Call]) -> Report:
    """What the plugin's end-of-run check reports for ``calls`` (the baseline applied)."""
    return apply_baseline(check(calls, deployable_grants()))


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [Path(".heyfolio/iam-calls.json")]
    report = offline_report(load_calls(paths))
    print(report.describe() or "IAM: every call allowed, every grant used or listed in the baseline")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
