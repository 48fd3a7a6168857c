"""Job fit: a job description against the portfolio, requirement by requirement, on quoted evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.jobfit.assess import Assessment, assess_requirement
from heyfolio.jobfit.evidence import Corpus, build_corpus
from heyfolio.jobfit.parse import MAX_REQUIREMENTS, JobParseError, Requirement, parse_job, read_job
from heyfolio.search.chunks import Chunk

__all__ = [
    "MAX_REQUIREMENTS",
    "Assessment",
    "Corpus",
    "JobParseError",
    "Requirement",
    "assess_job",
    "build_corpus",
    "parse_job",
]


def assess_job(
    job: Any, portfolio: Portfolio, chunks: Sequence[Chunk], *, today: dt.date | None = None
) -> dict[str, Any]:
    """The report: ``{"title", "requirements": [...], "counts", "unassessed"}``; each requirement matched,
    partial or missing with quoted, cited evidence (a choice of named alternatives, "Airflow or Dagster",
    carries each one's verdict under ``alternatives``, and counts once, as the choice); ``unassessed``: the
    requirements past ``MAX_REQUIREMENTS``, named so a long posting is never cut short without saying so. ``chunks``: the passages a visitor may see
    (hidden projects out). Raises ``JobParseError`` for a description with no requirement."""
    title, every = read_job(job)
    reqs = every[:MAX_REQUIREMENTS]
    corpus = build_corpus(portfolio, chunks, today)
    items = []
    for req in reqs:
        out = assess_requirement(req, corpus)
        out.alternatives = [
            _own_name_shown(
                assess_requirement(replace(req, text=alternative, alternatives=()), corpus), req, corpus
            )
            for alternative in req.alternatives
        ]
        items.append(_shown(out.as_dict()))
    # one row per ask: alternatives beneath a row ("Airflow or Dagster") are never counted on their own
    counts = {s: sum(1 for i in items if i["status"] == s) for s in ("matched", "partial", "missing")}
    unassessed = [r.text for r in every[MAX_REQUIREMENTS:]]
    return {"title": title, "requirements": items, "counts": counts, "unassessed": unassessed}


def _own_name_shown(out: Assessment, req: Requirement, corpus: Corpus) -> Assessment:
    """An alternative ("Singularity containers" of "Docker or Singularity containers") is the name that sets it
    apart from the others; the words it shares with them are the line's, shown by whichever is held. Its own
    name never written is missing (a technology never named is missing even when an adjacent one is)."""
    if out.status == "missing":
        return out
    others = {w.casefold() for a in req.alternatives if a != out.requirement.text for w in a.split()}
    own = [w for w in out.requirement.text.split() if w.casefold() not in others]
    if not own or len(own) > 3:
        return out
    alone = assess_requirement(replace(req, text=" ".join(own), alternatives=()), corpus)
    if alone.status == "missing":
        out.status, out.evidence = "missing", []
        out.reasons = [*out.reasons, f"{' '.join(own)} is not shown"]
    return out


def _shown(item: dict[str, Any]) -> dict[str, Any]:
    """The item as reported, and its alternatives: nothing to quote is nothing shown (missing, no evidence)."""
    if item["status"] != "missing" and not item["evidence"]:
        item["status"] = "missing"
    if item["status"] == "missing":
        item["evidence"] = []
    for alternative in item.get("alternatives", ()):
        _shown(alternative)
    return item
