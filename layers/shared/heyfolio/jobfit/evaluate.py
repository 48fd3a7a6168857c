"""Score the matcher against a job-fit set: each expected requirement's status vs. the matcher's.

Why here and not in a bench script: an owner runs the same check on their own content and job
descriptions (``heyfolio eval``), and ``make test`` gates the project's sets with it.

An expected requirement is aligned to the extracted requirement whose normalised text equals it, or
whose skill name does, or that contains it or is contained by it (the closest in length), or that shares
the most words with it; one with no counterpart counts as wrong. A choice reported with its alternatives
beneath it ("Airflow or Dagster", then each name in the line's place) offers each alternative as a row to
align to as well: a set may label the choice whole (met by either) or each name on its own, and the best
text match says which was meant.
Extracted items no expected requirement aligns to (neither the row nor any of its alternatives) are
reported as extras (a title line taken for a requirement shows up there).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import Chunk

__all__ = ["JobFitResult", "evaluate_jobfit"]

STATUSES = ("matched", "partial", "missing")


@dataclass
class JobFitResult:
    total: int = 0
    correct: int = 0
    claimed_matched: int = 0
    correct_matched: int = 0
    unaligned: int = 0
    extras: int = 0
    jobs: int = 0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)  # (expected, got) -> n
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def matched_precision(self) -> float:
        return self.correct_matched / self.claimed_matched if self.claimed_matched else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "jobs": self.jobs,
            "requirements": self.total,
            "accuracy": round(self.accuracy, 3),
            "matched_precision": round(self.matched_precision, 3),
            "unaligned": self.unaligned,
            "extras": self.extras,
        }


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w+#]+", " ", text.casefold())).strip()


def _align(expected: str, extracted: Sequence[str]) -> int | None:
    want = _norm(expected)
    if not want:
        return None
    normed = [_norm(e) for e in extracted]
    for i, got in enumerate(normed):
        if got == want:
            return i
    # A JSON skill is reported with its keywords ("Python: pandas, Polars"): its name is what aligns, so
    # "Python" is not taken by an earlier skill that lists Python among its keywords.
    for i, e in enumerate(extracted):
        if ":" in e and _norm(e.split(":", 1)[0]) == want:
            return i
    contained = [i for i, got in enumerate(normed) if got and (want in got or got in want)]
    if contained:
        return min(contained, key=lambda i: (abs(len(normed[i]) - len(want)), i))
    words = set(want.split())
    best, best_i = 0.0, None
    for i, got in enumerate(normed):
        gw = set(got.split())
        if not gw:
            continue
        overlap = len(words & gw) / len(words | gw)
        if overlap > best:
            best, best_i = overlap, i
    return best_i if best >= 0.6 else None


def evaluate_jobfit(
    jobs: Sequence[Mapping[str, Any]],
    content: Callable[[str], tuple[Portfolio, Sequence[Chunk]]],
    *,
    detail: bool = True,
) -> JobFitResult:
    """Run every job of a set (``content(name)`` gives that portfolio and its passages).

    With ``detail=False`` no per-requirement line is kept (for sets that must stay unseen)."""
    result = JobFitResult()
    for job in jobs:
        portfolio, chunks = content(str(job.get("content", "")))
        doc = job.get("job_json") if job.get("format") == "json" else job.get("job")
        report = assess_job(doc, portfolio, chunks)
        rows = _rows(report["requirements"])
        extracted = [r["requirement"] for _, r in rows]
        aligned: set[int] = set()
        result.jobs += 1
        for exp in job.get("requirements") or []:
            want = str(exp["expected"])
            if want not in STATUSES:
                raise ValueError(f"{job.get('id')}: expected must be one of {STATUSES}, got {want!r}")
            result.total += 1
            i = _align(str(exp["text"]), extracted)
            got = "unaligned" if i is None else str(rows[i][1]["status"])
            if i is None:
                result.unaligned += 1
            else:
                aligned.add(rows[i][0])
            if got == "matched":
                result.claimed_matched += 1
                result.correct_matched += want == "matched"
            result.correct += got == want
            result.confusion[(want, got)] = result.confusion.get((want, got), 0) + 1
            if got != want and detail:
                why = rows[i][1].get("why", "") if i is not None else ""
                result.misses.append(f"{job.get('id')}: “{exp['text']}” expected {want}, got {got} {why}")
        result.extras += len(report["requirements"]) - len(aligned)
    return result


def _rows(items: Sequence[Mapping[str, Any]]) -> list[tuple[int, Mapping[str, Any]]]:
    """Every row a label may align to, with the index of the report's requirement it belongs to: each
    requirement, then the alternatives beneath it."""
    return [(n, row) for n, item in enumerate(items) for row in (item, *(item.get("alternatives") or ()))]
