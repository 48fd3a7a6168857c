"""How a requirement's wording is read (asked lists, idioms, states, foundations, generic kinds before named
examples, scopes of leadership), each on an inline job text and a small inline résumé (no bench set)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.assess import _IDIOMS, _abbreviate, _weak_for
from heyfolio.jobfit.presence import places
from heyfolio.jobfit.terms import units
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 4)

DATA_ENGINEER: dict[str, Any] = {
    "basics": {
        "name": "Ana Test",
        "summary": "Data engineer: Python, Kafka, Airflow and dbt on Google Cloud.",
    },
    "work": [
        {
            "name": "Riverpay",
            "position": "Staff Data Engineer",
            "startDate": "2023-01",
            "summary": "Technical lead of six engineers; no direct reports.",
            "highlights": [
                "Run the Kafka ledger pipeline and its consumers at 20,000 payment events per second.",
                "Moved the warehouse to BigQuery and modelled it with dbt.",
                "Scheduled 200 Airflow DAGs on Cloud Composer.",
                "Built the data services that feed finance reports in Python.",
            ],
        },
        {
            "name": "Cargoline",
            "position": "Engineering Manager, Data",
            "startDate": "2020-01",
            "endDate": "2021-12",
            "summary": "Line manager of five data engineers: hiring, one-to-ones and performance reviews.",
        },
        {
            "name": "Cargoline",
            "position": "Backend Engineer",
            "startDate": "2015-01",
            "endDate": "2019-12",
            "summary": "Python services on PostgreSQL.",
        },
    ],
}


def _portfolio(doc: dict[str, Any]) -> Portfolio:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    return Portfolio(resume=resume)


def _report(job: Any, doc: dict[str, Any] = DATA_ENGINEER) -> dict[str, str]:
    p = _portfolio(doc)
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}


def _status(line: str, doc: dict[str, Any] = DATA_ENGINEER) -> str:
    return next(iter(_report(f"Requirements:\n- {line}\n", doc).values()))


def test_an_asked_list_without_a_comma_before_its_last_and_gives_each_ability() -> None:
    _, reqs = parse_job(
        "Hi Ana,\n\nThe team builds pricing models. They need someone who can train and ship models with "
        "PyTorch, run MLOps with Kubeflow and work in Python every day.\n\nBest,\nJonas\n"
    )
    assert [r.text for r in reqs] == [
        "train and ship models with PyTorch",
        "run MLOps with Kubeflow",
        "work in Python every day",
    ]
    # a list of names stays one requirement: the last "and" joins two names, not two clauses
    _, reqs = parse_job("We need someone with experience in Python, Go and Rust.")
    assert len(reqs) == 1


def test_the_state_a_thing_is_kept_in_is_not_a_thing_to_show() -> None:
    assert _status("Keep our Kafka clusters and consumers healthy") == "matched"
    assert _status("Keep our Flink jobs healthy") == "missing"


def test_a_project_is_named_without_its_foundation() -> None:
    report = _report({"title": "Data Engineer", "skills": [{"name": "Apache Airflow", "keywords": ["DAGs"]}]})
    assert report["Apache Airflow: DAGs"] == "matched"
    assert _status("Experience with Apache Kafka") == "matched"
    assert _status("Experience with Apache Flink") == "missing"


def test_a_warehouse_product_shows_data_warehousing() -> None:
    report = _report({"title": "Data Engineer", "skills": [{"name": "Data Warehousing"}]})
    assert report["Data Warehousing"] == "matched"
    without = {**DATA_ENGINEER, "basics": {"name": "Ana Test"}, "work": DATA_ENGINEER["work"][2:]}
    assert (
        _report({"title": "Data Engineer", "skills": [{"name": "Data Warehousing"}]}, without)[
            "Data Warehousing"
        ]
        == "missing"
    )


def test_a_generic_kind_before_named_examples_is_not_evidence_of_them() -> None:
    # "data services" is in the résumé; AWS, Glue and Redshift are not
    assert _status("Experience with AWS data services (Glue, Redshift)") == "missing"
    assert _status("Experience with GCP data services (BigQuery, Glue)") != "missing"


def test_years_as_a_people_manager_count_the_entries_that_show_managing_people() -> None:
    # two years as a line manager (2020-01 to 2021-12); the staff role leads without reports
    assert _status("3+ years as a people manager of engineers") == "partial"
    assert _status("1+ years as a people manager of engineers") == "matched"
    no_reports = {**DATA_ENGINEER, "work": [DATA_ENGINEER["work"][0], DATA_ENGINEER["work"][2]]}
    assert _status("1+ years as a people manager of engineers", no_reports) == "missing"


def test_an_accented_city_is_a_place_the_owner_does_not_name() -> None:
    assert places("You will work from our Montréal office five days a week.") == {"montreal"}
    assert places("Location: Kraków, Poland") == {"krakow", "poland"}  # folded without accents
    doc = {
        **DATA_ENGINEER,
        "basics": {
            "name": "Ana Test",
            "summary": "Based in Kraków, Poland; I want remote work with an office visit once a month, "
            "and I am not relocating.",
        },
    }
    job = "Site Reliability Engineer. You will work from our Montréal office five days a week."
    assert next(iter(_report(job, doc).values())) == "missing"


def test_a_figure_is_found_after_a_noun_saying_which_thing_it_counts() -> None:
    # "20,000 payment events per second" in the résumé, written with "ledger pipeline" words around it
    assert _status("Run Kafka consumers and a ledger pipeline at 10,000+ events per second") == "matched"
    assert _status("Run Kafka consumers and a ledger pipeline at 50,000+ events per second") == "partial"


APP_DEVELOPER: dict[str, Any] = {
    "basics": {"name": "Ana Test"},
    "work": [
        {
            "name": "Rideway",
            "position": "Mobile Engineer",
            "startDate": "2019-01",
            "summary": "Second engineer at a 30-person start-up; built the rider app in React Native.",
        }
    ],
    "skills": [{"name": "Web Development", "level": "Advanced", "keywords": ["HTML", "CSS", "JavaScript"]}],
}


def test_an_apps_startup_time_is_not_a_start_up_company() -> None:
    assert _status("Improve app startup time", APP_DEVELOPER) != "matched"
    faster = {
        **APP_DEVELOPER,
        "work": [{**APP_DEVELOPER["work"][0], "highlights": ["Cut the app's cold start from 4 s to 1.2 s."]}],
    }
    assert _status("Improve app startup time", faster) == "matched"


def test_the_first_version_of_a_web_app_is_the_web_app_and_web_development_shows_it() -> None:
    line = "Build the first version of the web app in HTML, CSS and JavaScript"
    assert _status(line, APP_DEVELOPER) == "matched"
    asked = {w.casefold() for u in units(line, _weak_for(line)) for a in u.alternatives for w in a}
    assert not asked & {"first", "version"}
    assert _status("Experience building web apps", APP_DEVELOPER) == "matched"
    assert _status("Experience building web apps", {**APP_DEVELOPER, "skills": []}) != "matched"


def test_a_lead_role_of_no_stated_size_may_be_a_team_of_that_size_never_an_organisation() -> None:
    lead = {
        "basics": {"name": "Ana Test"},
        "work": [
            {
                "name": "Nimbus",
                "position": "Tech Lead",
                "startDate": "2018-01",
                "summary": "Lead the backend team.",
            }
        ],
    }
    assert _status("You have led a team of 8+ engineers.", lead) == "partial"
    assert _status("You have led an engineering organisation of 50+ people.", lead) == "missing"


def test_an_idiom_of_how_well_is_not_a_thing_to_show() -> None:
    line = "Knows video formats such as MPEG and MP4 inside out"
    us = units(_abbreviate(_IDIOMS.sub(" ", line)), _weak_for(line))
    assert not {w.casefold() for u in us for a in u.alternatives for w in a} & {"inside", "out"}
    assert _status("Knows Kafka inside out") == "matched"
    assert _status("You know the ins and outs of PostgreSQL") == "matched"


def test_a_recruiters_ask_for_a_call_and_how_they_found_the_reader_are_not_requirements() -> None:
    _, reqs = parse_job(
        "Hi Ana,\n\nSaw your profile and thought of you! You bring strong Kafka experience. "
        "Could we have a quick call this week?\n\nBest,\nJonas\n"
    )
    assert [r.text for r in reqs] == ["You bring strong Kafka experience."]
