"""Compare conformance results with expected-failures.txt; exit 1 on anything unexpected.

Usage: check.py EXPECTED_FILE (REQUIREMENTS SCENARIO_LIST_FILE RESULTS_DIR)...
Only the scored server scenarios of each requirement set (from ``conformance list``) count;
extension and pending scenarios are reported by the suite but never scored.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path


def scored_scenarios(listing: str) -> set[str]:
    names: set[str] = set()
    in_server = False
    for line in listing.splitlines():
        if line.startswith("Server scenarios"):
            in_server = True
        elif in_server and re.match(r"^\s+- ", line):
            names.add(line.strip()[2:].strip())
        elif in_server and line.strip() and not line.startswith(" "):
            in_server = False
    return names


def failures(
    requirements: str, scored: set[str], results: Path
) -> tuple[set[tuple[str, str, str]], set[str]]:
    failed: set[tuple[str, str, str]] = set()
    seen: set[str] = set()
    for checks_file in results.glob("*/checks.json"):
        scenario = re.sub(r"-\d{4}-\d\d-\d\dT.*$", "", checks_file.parent.name).removeprefix("server-")
        if scenario not in scored:
            continue
        seen.add(scenario)
        for check in json.loads(checks_file.read_text()):
            if check.get("status") == "FAILURE":
                failed.add((requirements, scenario, str(check.get("id"))))
    return failed, seen


def main(argv: list[str]) -> int:
    expected: dict[tuple[str, str, str], str] = {}
    for line in Path(argv[1]).read_text().splitlines():
        body, _, reason = line.partition("#")
        parts = body.split()
        if len(parts) == 3:
            if not reason.strip():
                print(f"expected-failures.txt: no reason given for {' '.join(parts)}")
                return 2
            expected[(parts[0], parts[1], parts[2])] = reason.strip()
    rest = argv[2:]
    unexpected: list[tuple[str, str, str]] = []
    fixed: list[tuple[str, str, str]] = []
    for i in range(0, len(rest), 3):
        requirements, listing, results = rest[i], Path(rest[i + 1]).read_text(), Path(rest[i + 2])
        scored = scored_scenarios(listing)
        failed, seen = failures(requirements, scored, results)
        missing = scored - seen
        if missing:
            print(f"{requirements}: scenarios with no results: {', '.join(sorted(missing))}")
            return 1
        unexpected += sorted(failed - set(expected))
        fixed += sorted(k for k in expected if k[0] == requirements and k not in failed)
        print(
            f"{requirements}: {len(scored)} scored scenarios, {len(failed)} failing checks ({len(failed & set(expected))} expected)"
        )
    for key in fixed:
        print(f"now passing (remove from expected-failures.txt): {' '.join(key)}")
    for key in unexpected:
        print(f"UNEXPECTED FAILURE: {' '.join(key)}")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
