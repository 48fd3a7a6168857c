"""``heyfolio content validate PATH [--json]``: check content and report every problem at once.

The human report groups problems by file and gives, for each, the JSON path,
what was expected, what was found and a hint; ``--json`` prints the same as data
for editors and CI. Exit status is 0 when the content is valid, 1 otherwise.
"""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TextIO

from heyfolio.content.loader import load_portfolio
from heyfolio.content.model import ContentError, Faq, Portfolio, Problem


def summary(portfolio: Portfolio) -> str:
    """One line saying what loaded, e.g. ``resume + 4 projects + 3 posts + faq``."""
    if portfolio.source is not None and portfolio.source.is_file():
        return "resume"
    parts = [
        "resume",
        _count(len(portfolio.projects), "project"),
        _count(len(portfolio.posts), "post"),
    ]
    if portfolio.faq != Faq():
        parts.append("faq")
    return " + ".join(parts)


def run_validate(path: Path, *, as_json: bool = False, out: TextIO = sys.stdout) -> int:
    """Validate the content at ``path`` and print a report; return the exit status (0 valid, 1 not)."""
    path = Path(path)
    try:
        portfolio = load_portfolio(path)
    except ContentError as err:
        problems = err.problems
        if as_json:
            _print_json(out, path, False, problems, None)
        else:
            out.write(_human_report(path, problems))
        return 1
    if as_json:
        _print_json(out, path, True, [], portfolio)
    else:
        out.write(f"{summary(portfolio)}: valid\n")
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _human_report(path: Path, problems: list[Problem]) -> str:
    lines = [f"{path}: {_count(len(problems), 'problem')}"]
    by_file: dict[str, list[Problem]] = {}
    for problem in problems:
        by_file.setdefault(problem.file, []).append(problem)
    for file, found in by_file.items():
        lines += ["", file]
        for p in found:
            where = (
                f"line {p.line}" + (f", column {p.column}" if p.column is not None else "") if p.line else ""
            )
            location = f"{p.path} ({where})" if where else p.path
            lines.append(f"  {location}")
            lines.append(f"    expected: {p.expected}")
            lines.append(f"    found:    {p.found}")
            if p.hint:
                lines.append(f"    hint:     {p.hint}")
    return "\n".join(lines) + "\n"


def _print_json(
    out: TextIO, path: Path, ok: bool, problems: list[Problem], portfolio: Portfolio | None
) -> None:
    report: dict[str, object] = {
        "path": str(path),
        "valid": ok,
        "problems": [asdict(p) for p in problems],
    }
    if portfolio is not None:
        report["summary"] = summary(portfolio)
        report["counts"] = {
            "projects": len(portfolio.projects),
            "posts": len(portfolio.posts),
            "faq": portfolio.faq != Faq(),
        }
    out.write(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
