"""The sample owners (bench.search_bench.OWNERS) as job-fit evidence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

import pytest

from bench.search_bench import OWNERS
from heyfolio.content.loader import load_portfolio
from heyfolio.content.model import Portfolio
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
