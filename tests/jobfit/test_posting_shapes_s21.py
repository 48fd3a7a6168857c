"""Session 21 (job-ad shapes): a range of years inside a sentence about the candidate stays one ask, a bullet
that only lists names asks each name, and a closing word of weight ("is important", "(mandatory)") is how
much the ask matters, not a thing to find in the résumé. Examples are made up for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.asked import ask_then_years
from heyfolio.jobfit.parse import parse_job
from heyfolio.jobfit.valuing import without_valuing
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 6, 10)

# A made-up owner: a data engineer in Vilnius since 2018-02 (eight years), with Kafka, Spark and dbt.
OWNER: dict[str, Any] = {
    "basics": {"name": "Rūta Pavyzdė", "summary": "Data engineer building streaming pipelines for retail."},
    "work": [
        {
            "name": "Krepšelis UAB",
            "position": "Data Engineer",
            "startDate": "2018-02",
            "highlights": [
                "Ran the Kafka cluster that carries every checkout event",
                "Moved the nightly Spark jobs to dbt models on PostgreSQL",
            ],
        }
    ],
    "skills": [{"name": "Kafka"}, {"name": "Spark"}, {"name": "dbt"}, {"name": "Python"}],
}


def _report(text: str) -> list[dict[str, Any]]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return list(assess_job(text, p, chunk_portfolio(p), today=TODAY)["requirements"])


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def _asked(text: str) -> list[str]:
    return [r.text for r in parse_job(text)[1]]


def test_a_range_of_years_in_a_sentence_is_one_ask() -> None:
    assert ask_then_years("between 4 and 7 years of data engineering") is None
    assert ask_then_years("from three and five years of Spark") is None
    # an ask, then years of something else, is still two asks
    assert ask_then_years("staff-level experience and 6+ years of Kafka") == [
        "staff-level experience",
        "6+ years of Kafka",
    ]
    asks = _asked("About you\nYou have between 4 and 7 years of experience building data pipelines.\n")
    assert asks == ["You have between 4 and 7 years of experience building data pipelines."]
    (only,) = _report("About you\nYou bring between 5 and 9 years of data engineering.\n")
    assert only["status"] == "matched"  # eight years shown meet a range that starts at five


def test_a_bullet_of_names_alone_asks_each_name() -> None:
    asks = _asked("Requirements:\n- Kafka, Spark, Flink\n- Python\n")
    assert asks == ["Kafka", "Spark", "Flink", "Python"]
    statuses = {r["requirement"]: r["status"] for r in _report("Requirements:\n- Kafka, Spark, Flink\n")}
    assert statuses == {"Kafka": "matched", "Spark": "matched", "Flink": "missing"}


def test_a_bullet_that_relates_or_chooses_names_stays_whole() -> None:
    # alternatives, a relation between names, two names joined by "and": one ask as written
    assert _asked("Requirements:\n- Kafka, Pulsar or Kinesis\n") == ["Kafka, Pulsar or Kinesis"]
    assert _asked("Requirements:\n- Spark on Kubernetes, Airflow\n") == ["Spark on Kubernetes, Airflow"]
    assert _asked("Requirements:\n- Kafka and Flink\n") == ["Kafka and Flink"]
    assert _asked("Requirements:\n- Kafka, Spark and Flink\n") == ["Kafka, Spark and Flink"]


def test_names_on_a_line_of_their_own_split_at_a_closing_and() -> None:
    assert _asked("Our stack\nKafka, Spark and Flink\n") == ["Kafka", "Spark", "Flink"]


def test_a_closing_word_of_weight_is_not_asked() -> None:
    assert without_valuing("Kafka knowledge is important") == "Kafka knowledge"
    assert without_valuing("Spark experience is absolutely crucial to us") == "Spark experience"
    assert without_valuing("dbt is considered an asset") == "dbt"
    assert without_valuing("Python (mandatory)") == "Python"
    assert without_valuing("Streaming experience — vital") == "Streaming experience"
    assert without_valuing("It is important that you have run Kafka") == "you have run Kafka"
    # nothing asked is left: the line stays as written
    assert without_valuing("This is important") == "This is important"
    # a must joined with a wish keeps the wish's word (optional.py reads it)
    assert (
        without_valuing("Fluent English; Estonian is an advantage")
        == "Fluent English; Estonian is an advantage"
    )
    for line in (
        "Kafka knowledge is important",
        "Experience with Spark is crucial for this role",
        "Hands-on dbt is necessary",
        "Python experience is considered an asset",
        "Kafka (mandatory)",
    ):
        assert _status(line) == "matched", line
    assert _status("Snowflake experience is vital") == "missing"


def test_expected_weighs_only_what_the_candidate_knows() -> None:
    assert without_valuing("Solid Spark knowledge is expected") == "Solid Spark knowledge"
    assert without_valuing("Strong Python skills are expected.") == "Strong Python skills"
    # of anything else "expected" says what the job brings: the line stays as written
    assert without_valuing("Some travel is expected") == "Some travel is expected"
    assert _status("Hands-on Kafka experience is expected") == "matched"


def test_the_employer_naming_its_tools_asks_for_them() -> None:
    asks = _asked(
        "Data Engineer\nWe build checkout software for 300 shops. We are a team of nine.\n"
        "We run Kafka on our own servers. We're migrating our warehouse to Snowflake.\n"
        "We offer 30 days of holiday.\nYou have 5+ years of data engineering.\n"
    )
    # the tools are asked; who the employer is, how big, and what it offers are not
    assert asks == [
        "We run Kafka on our own servers.",
        "We're migrating our warehouse to Snowflake.",
        "You have 5+ years of data engineering.",
    ]
    statuses = [r["status"] for r in _report("Data Engineer\nWe're migrating our warehouse to Snowflake.\n")]
    assert statuses == ["missing"]


def test_two_credentials_or_a_state_and_an_experience_are_two_asks() -> None:
    asks = _asked(
        "About you\nYou hold a master's degree in statistics and an AWS Data Analytics certification.\n"
        "You must be based in the EU and have run Kafka in production.\n"
        "You have built and run Spark jobs.\n"
    )
    assert asks == [
        "You hold a master's degree in statistics",
        "an AWS Data Analytics certification",
        "You must be based in the EU",
        "have run Kafka in production",
        "You have built and run Spark jobs.",
    ]
