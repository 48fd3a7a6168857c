"""Session 29: a product named by plain capitalised words ("Cloud Run", "App Engine", "Cloud Build") was
MATCHED wherever its words met in one sentence ("Run the yearly drill ... in a second Google Cloud region"),
a product never named; it is shown only where its words are written together."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.family import plain_product, singular
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)

# A made-up data engineer on Google Cloud: "cloud", "run", "app", "engine" and "build" all written, apart.
CLOUD_ENGINEER: dict[str, Any] = {
    "basics": {
        "name": "Wanda Przykład",
        "summary": "I build batch pipelines in Python and Airflow on Google Cloud.",
    },
    "work": [
        {
            "name": "Kolej Danych",
            "position": "Data Platform Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Run the yearly recovery drill: restored the database in a second Google Cloud region",
                "Built the event pipeline from the driver app to BigQuery; wrote the pricing engine's exports",
                "Moved the UI's parsing into a Web Worker",
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


def test_a_product_of_plain_words_never_written_together_is_missing() -> None:
    for ask in ("Cloud Run", "Deploy services to Cloud Run", "App Engine", "Cloud Build pipelines"):
        assert _status(CLOUD_ENGINEER, ask) == "missing", ask


def test_a_product_written_together_and_kinds_of_thing_are_still_shown() -> None:
    for ask in ("Google Cloud", "Web Workers", "Experience with Web Workers", "Data Platforms"):
        assert _status(CLOUD_ENGINEER, ask) == "matched", ask


def test_plain_product_reads_names_not_fields_roles_or_kinds() -> None:
    assert plain_product(["Cloud", "Run"], "Deploy services to Cloud Run")
    assert not plain_product(["Site", "Reliability", "Engineering"], "Site Reliability Engineering")
    assert not plain_product(["Data", "Engineer"], "Data Engineer")
    assert not plain_product(["Data", "Platforms"], "Experience with Data Platforms")
    assert not plain_product(["Apache", "Kafka"], "Apache Kafka")
    assert singular(["Web", "Workers"]) == ("Web", "Worker")
    assert singular(["Cloud", "Access"]) == ("Cloud", "Access")


# A made-up mobile tech lead: leads six engineers, never hired, interviewed or recruited anyone.
MOBILE_LEAD: dict[str, Any] = {
    "basics": {"name": "Odile Exemple", "summary": "Mobile tech lead for iOS and Android apps."},
    "work": [
        {
            "name": "Navette Démo",
            "position": "Mobile Tech Lead",
            "startDate": "2019-01",
            "highlights": [
                "Lead six mobile engineers (three iOS, three Android) as a hands-on tech lead",
                "Volunteer mentor at a coding school",
            ],
        }
    ],
}


def test_hiring_the_people_of_two_kinds_is_hiring_alone() -> None:
    # "iOS and Android" joins the people hired, not another activity: nothing of hiring is shown
    for ask in ("Hire iOS and Android engineers", "Experience hiring iOS and Android engineers"):
        assert _status(MOBILE_LEAD, ask) == "missing", ask


def test_hiring_joined_to_another_activity_is_not_hiring_alone() -> None:
    for ask in ("Hire engineers and mentor them", "Hire and grow iOS and Android talent"):
        assert _status(MOBILE_LEAD, ask) != "missing", ask


# A made-up forecaster: grocery "stores", no feature store, no feature flags.
FORECASTER: dict[str, Any] = {
    "basics": {"name": "Yara Exemplo", "summary": "Applied scientist for demand forecasting."},
    "work": [
        {
            "name": "Quai Démo",
            "position": "Applied Scientist",
            "startDate": "2021-01",
            "highlights": ["Cut forecast error across 1,100 stores with LightGBM"],
        }
    ],
}


def test_a_thing_named_by_feature_and_a_noun_is_not_shown_by_the_noun_alone() -> None:
    for ask in ("feature stores (Feast)", "Experience with feature stores", "feature flags"):
        assert _status(FORECASTER, ask) == "missing", ask
    shown = dict(FORECASTER)
    shown["work"] = [dict(FORECASTER["work"][0])]
    shown["work"][0]["highlights"] = ["Built the feature store behind the forecasts"]
    assert _status(shown, "feature stores (Feast)") != "missing"


# A made-up graduate: a "Database Systems" course and a Databases skill; no Oracle anywhere.
GRADUATE: dict[str, Any] = {
    "basics": {"name": "Minji Yeoje", "summary": "Junior backend engineer."},
    "work": [
        {
            "name": "Dalbit Demo",
            "position": "Junior Backend Engineer",
            "startDate": "2024-12",
            "highlights": ["Took the Database Systems elective and built services on PostgreSQL"],
        }
    ],
    "skills": [{"name": "Databases", "keywords": ["PostgreSQL", "MySQL"]}],
}


def test_a_makers_plain_product_is_not_shown_by_the_plain_word() -> None:
    # "Oracle Database": Oracle's product is the pair; a "Database Systems" course is not it
    assert _status(GRADUATE, "Oracle Database") == "missing"
    assert _status(GRADUATE, "PostgreSQL") == "matched"
