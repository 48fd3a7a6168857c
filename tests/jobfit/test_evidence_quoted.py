"""The quote shown for a requirement is the sentence that shows the most of what it asks, not the first
sentence that names one of its words (a title line)."""

from __future__ import annotations

import datetime as dt

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)
RESUME = {
    "basics": {
        "name": "Lena Vos",
        "label": "Principal Data Engineer",
        "summary": "Data engineer for ten years; from 2020 to 2023 I managed a team of six data engineers. "
        "I like cheap, tested pipelines.",
    },
    "work": [
        {
            "name": "Kade Freight",
            "position": "Principal Data Engineer",
            "startDate": "2023-01",
            "highlights": ["Moved the data warehouse to BigQuery.", "Ran the data team's on-call rotation."],
        },
        {
            "name": "Kade Freight",
            "position": "Data Engineering Manager",
            "startDate": "2020-01",
            "endDate": "2022-12",
            "highlights": ["Hired four data engineers and ran their performance reviews."],
        },
    ],
    "certificates": [{"name": "Google Cloud Professional Data Engineer", "issuer": "Google Cloud"}],
}


def _quotes(line: str) -> tuple[str, list[str]]:
    resume, problems = parse_resume(RESUME, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    [item] = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"]
    return item["status"], [e["quote"] for e in item["evidence"]]


def test_a_management_ask_quotes_the_sentence_on_managing_not_the_title_line() -> None:
    status, quotes = _quotes("Experience managing a data team")
    assert status == "matched"
    assert quotes and "managed a team of six data engineers" in quotes[0]


def test_a_certificate_ask_quotes_the_certificate_first() -> None:
    status, quotes = _quotes("Google Cloud Professional Data Engineer certification preferred")
    assert status == "matched"
    assert quotes[0].startswith("Certificate: Google Cloud Professional Data Engineer")
