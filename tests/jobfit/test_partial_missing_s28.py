"""Session 28: a product of a technology's family never named ("Kafka Streams", "dbt Cloud") was partial
where its words were met in one sentence ("streaming pipelines in Go and Kafka", "dbt on Google Cloud") and
missing where they were not; both are a technology never named, so both are missing."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up data engineer: Kafka in streaming pipelines, dbt on Google Cloud; no Kafka Streams, no dbt Cloud.
DATA_ENGINEER: dict[str, Any] = {
    "basics": {
        "name": "Ilse Voorbeeld",
        "summary": "I build streaming and batch pipelines in Python, Go and Kafka, and dbt models on Google Cloud.",
    },
    "work": [
        {
            "name": "Kanaal Betalingen",
            "position": "Senior Data Engineer",
            "startDate": "2019-01",
            "highlights": [
                "Designed the streaming ledger pipeline in Go and Kafka for 9,000 events per second",
                "Own the dbt project of 400 models on Google Cloud",
            ],
        }
    ],
}


def _status(owner: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(owner), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_a_family_product_never_named_is_missing_even_where_its_words_meet() -> None:
    for ask in ("Kafka Streams", "Build streaming pipelines with Kafka Streams", "Exposure to dbt Cloud"):
        assert _status(DATA_ENGINEER, ask) == "missing", ask


def test_the_family_itself_and_its_work_are_still_shown() -> None:
    for ask in ("Kafka", "Streaming pipelines with Kafka", "dbt", "Kafka streaming"):
        assert _status(DATA_ENGINEER, ask) == "matched", ask
    named = dict(DATA_ENGINEER)
    named["work"] = [dict(DATA_ENGINEER["work"][0])]
    named["work"][0]["highlights"] = [
        *DATA_ENGINEER["work"][0]["highlights"],
        "Wrote a Kafka Streams topology",
    ]
    assert _status(named, "Kafka Streams") == "matched"


# A made-up security engineer holding a certificate of a kind, none of the ones an ad names as examples.
CERTIFIED: dict[str, Any] = {
    "basics": {"name": "Noor Voorbeeld", "summary": "Application security engineer in Utrecht."},
    "work": [
        {
            "name": "Veilig Bank",
            "position": "Application Security Engineer",
            "startDate": "2020-01",
            "highlights": ["Ran secure code review for mobile and web teams"],
        }
    ],
    "certificates": [{"name": "Mobile Application Security Practitioner", "issuer": "Veilig Academy"}],
}


def test_a_certificate_of_the_kind_asked_is_partial_when_the_named_ones_are_examples() -> None:
    # the kind held, the example not: partial
    assert _status(CERTIFIED, "A mobile security certification such as GIAC GMOB") == "partial"
    # the certificate itself asked, or a kind not held: missing
    assert _status(CERTIFIED, "GIAC GMOB certification") == "missing"
    assert _status(CERTIFIED, "A cloud certification such as AWS Solutions Architect") == "missing"
