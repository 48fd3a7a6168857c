"""The sample owners (bench.search_bench.OWNERS) as job-fit evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bench.search_bench import OWNERS
from heyfolio.content.loader import load_portfolio
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import Chunk, chunk_portfolio

ROOT = Path(__file__).resolve().parents[2]
CONTENT = OWNERS  # every portfolio a job-fit set may ask about
SAMPLE_JOB = ROOT.parent / "shared" / "fixtures" / "jsonresume" / "sample.job.json"


@cache
def owner(name: str) -> tuple[Portfolio, Sequence[Chunk]]:
    portfolio = load_portfolio(CONTENT[name])
    return portfolio, tuple(chunk_portfolio(portfolio))


@pytest.fixture
def content() -> Callable[[str], tuple[Portfolio, Sequence[Chunk]]]:
    return owner


def assessed(doc: Mapping[str, Any], line: str, *, today: dt.date) -> dict[str, Any]:
    """The one requirement ``line`` as ``match_role`` reads and assesses it against the JSON Resume ``doc``
    (a bulleted "Requirements:" posting of that line alone): one helper for the tests that ask line by line."""
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    item: dict[str, Any] = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=today)[
        "requirements"
    ][0]
    return item
