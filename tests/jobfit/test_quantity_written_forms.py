"""A quantity asked is compared with the content's figure of the same thing however the ask writes it:
"10k+ events/sec" beside the tool it names, "1 billion+ events" with a number word inside the figure."""

from __future__ import annotations

import datetime as dt

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)
RESUME = {
    "basics": {"name": "Pim Aalders", "label": "Backend engineer"},
    "work": [
        {
            "name": "Sluisdata",
            "position": "Senior Backend Engineer",
            "startDate": "2021-01",
            "highlights": [
                "Moved the metering pipeline from RabbitMQ to Kafka, now carrying 42,000 events per second",
                "The audit store has kept 2.3 billion events since 2022 without a lost write",
            ],
        }
    ],
}


def _status(line: str) -> str:
    resume, problems = parse_resume(RESUME, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    [item] = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return str(item["status"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Experience with event streaming (Kafka or similar) at 10k+ events/sec", "matched"),
        ("Experience with event streaming (Kafka or similar) at 100k+ events/sec", "partial"),
        ("Ran systems processing 1 billion+ events", "matched"),
        ("Ran systems processing 5 billion+ events", "partial"),
    ],
)
def test_the_figure_of_the_same_thing_decides(line: str, expected: str) -> None:
    assert _status(line) == expected
