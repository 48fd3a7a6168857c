"""Under-claims (session 19): a tool's own kind, a field or an acronym in other words, a migration written as a
move, example lists split at a slash, and the neighbouring asks the same readings must not lift."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.activities import activity_hits
from heyfolio.jobfit.durations import seconds_per
from heyfolio.jobfit.padded import proper_product
from heyfolio.jobfit.parse import parse_job
from heyfolio.jobfit.rationale import without_rationale
from heyfolio.jobfit.skillyears import level_reached
from heyfolio.jobfit.terms import units
from heyfolio.jobfit.toolkinds import kind_terms
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a data engineer in Porto who came from a web-security consultancy.
DATA: dict[str, Any] = {
    "basics": {"name": "Rui Exemplo", "summary": "Data engineer for a grocery-delivery marketplace."},
    "work": [
        {
            "name": "Cestaviva",
            "position": "Senior Data Engineer",
            "startDate": "2021-02",
            "highlights": [
                "Run 210 Airflow DAGs that load orders and stock into Snowflake every hour",
                "Built the dbt project of 400 models that finance and marketing report from",
                "Cut the basket-affinity job in PySpark from 5 hours to 35 minutes",
                "Streamed order changes from MySQL with Debezium into Kafka",
                "Moved 18 reporting jobs from cron on two EC2 instances to Airflow",
                "Lead a squad of five data engineers",
            ],
        },
        {
            "name": "Faro Secure",
            "position": "Application Security Consultant",
            "startDate": "2013-09",
            "endDate": "2021-01",
            "highlights": ["Delivered 90 web application penetration tests for banks and insurers"],
        },
    ],
    "skills": [{"name": "Backend", "keywords": ["Java", "JPA"]}],
}

# The neighbour: a frontend developer with none of the above.
WEB: dict[str, Any] = {
    "basics": {"name": "Ana Exemplo", "summary": "Frontend developer."},
    "work": [
        {
            "name": "Loja Azul",
            "position": "Frontend Developer",
            "startDate": "2019-01",
            "highlights": [
                "Built the checkout in React and TypeScript",
                "Migrated the shop from JavaScript to TypeScript in 2021",
                "Cut the page weight from 3 MB to 900 KB",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    "line",
    [
        "Orchestrating workflows with Apache Airflow",
        "Writing transformation models in dbt",
        "Distributed data processing (Spark)",
    ],
)
def test_a_tools_own_kind_is_shown_with_the_tool(line: str) -> None:
    assert assessed(DATA, line, today=TODAY)["status"] == "matched"


def test_a_tools_kind_is_not_shown_by_another_tool() -> None:
    # React shows neither workflows nor Airflow
    assert assessed(WEB, "Orchestrating workflows with Apache Airflow", today=TODAY)["status"] == "missing"
    assert kind_terms(["Airflow"]) and not kind_terms(["React Query"])


def test_what_was_done_with_the_tool_must_still_be_shown() -> None:
    # "monitoring" is Grafana's kind; a Grafana never shown leaves it unshown
    assert assessed(DATA, "Monitoring dashboards in Grafana", today=TODAY)["status"] == "missing"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Experience with CDC", "matched"),
        ("ETL development in Python", "partial"),  # ETL shown, Python never
        ("Experience building ETL pipelines", "matched"),
        ("7+ years in cybersecurity", "matched"),  # the consultancy's penetration tests date it
        ("Understanding of ORMs such as Hibernate", "matched"),
        ("Lead a squad of data engineers", "matched"),
    ],
)
def test_a_field_or_acronym_in_other_words(line: str, want: str) -> None:
    assert assessed(DATA, line, today=TODAY)["status"] == want


@pytest.mark.parametrize(
    "line", ["Experience with CDC", "7+ years in cybersecurity", "Understanding of ORMs such as Hibernate"]
)
def test_the_same_words_stay_missing_for_the_neighbour(line: str) -> None:
    assert assessed(WEB, line, today=TODAY)["status"] == "missing"


def test_a_migration_is_written_as_a_move_of_the_same_thing() -> None:
    assert assessed(DATA, "Experience migrating reporting jobs", today=TODAY)["status"] == "matched"
    sentences = ["Migrated the shop from JavaScript to TypeScript", "Moved the app from REST to GraphQL"]
    # the move must name what the ask moves: an app moved between languages is no data-centre move
    assert activity_hits("migrat", "Data centre migration", sentences[1:]) == []
    assert activity_hits("migrat", "Experience migrating apps", sentences[1:]) == [0]
    # a schema migration is a change to a database, never a move between systems
    assert activity_hits("migrat", "Writing schema migrations", ["Moved the schema from v1 to v2"]) == []


def test_optimising_is_read_as_optimizing() -> None:
    assert assessed(DATA, "Optimising Spark jobs", today=TODAY)["status"] == "matched"


def test_examples_split_at_a_slash() -> None:
    [unit] = units("ORMs such as JPA/Hibernate", frozenset())
    assert ("JPA",) in unit.alternatives and ("Hibernate",) in unit.alternatives
    [cicd] = units("Pipelines (e.g. CI/CD)", frozenset())
    assert ("CI/CD",) in cicd.alternatives


def test_a_plural_acronym_is_a_kind_not_a_product() -> None:
    assert not proper_product(["ORMs"], "ORMs (JPA, Hibernate)")
    assert proper_product(["StreamGrid"], "StreamGrid (Rust, Kafka)")
    assert proper_product(["AWS"], "Experience with AWS (EC2)")


# A made-up manager: two teams, 12 engineers, never a manager of managers.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Eva Exemplo", "summary": "Engineering manager at a tram-ticketing company."},
    "work": [
        {
            "name": "Bilhete",
            "position": "Engineering Manager",
            "startDate": "2020-06",
            "summary": "Manage the Ticketing and Payments teams (two teams, 12 engineers in total).",
            "highlights": ["Hired 6 engineers", "Run weekly 1:1s and yearly performance reviews"],
        },
        {
            "name": "Carris Digital",
            "position": "Embedded Software Engineer",
            "startDate": "2014-01",
            "endDate": "2020-05",
            "highlights": ["Wrote CAN drivers in C for automotive door controllers"],
        },
    ],
}


def test_managers_or_a_counted_group_is_shown_by_the_group() -> None:
    line = "Has managed managers or at least two teams, ideally 10+ engineers"
    assert assessed(MANAGER, line, today=TODAY)["status"] == "matched"
    # managers alone, or beside another role rather than a group's size, are still asked as managers
    assert assessed(MANAGER, "Experience managing engineering managers", today=TODAY)["status"] == "missing"
    assert assessed(MANAGER, "Managing managers or senior tech leads", today=TODAY)["status"] == "missing"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Background in automotive, since they're moving into telematics",
            "Background in automotive",
        ),
        ("Fluent German, as our customers are in Austria", "Fluent German"),
        (
            "Kotlin, because our backend is written in Kotlin",
            "Kotlin, because our backend is written in Kotlin",
        ),
        ("Experience as a team lead", "Experience as a team lead"),  # no reason: "as" opens a role
        ("Experience working as the team's architect", "Experience working as the team's architect"),
    ],
)
def test_the_employers_reason_is_not_asked(text: str, read: str) -> None:
    assert without_rationale(text) == read


def test_a_reason_clause_no_longer_holds_a_met_ask_at_partial() -> None:
    line = "Background in automotive or embedded, since they're moving into telematics"
    assert assessed(MANAGER, line, today=TODAY)["status"] == "matched"
    assert assessed(WEB, line, today=TODAY)["status"] == "missing"


def test_a_beginner_keyword_used_for_a_year_of_work_is_at_a_working_level() -> None:
    assert level_reached(2, 1, 1.5)
    assert not level_reached(2, 1, 0.5)  # a few months of it: still a beginner's
    assert not level_reached(3, 2, 6.0)  # above a working level the group's rating stands
    assert not level_reached(3, 1, 9.0)


def test_a_skill_asked_at_a_working_level_against_a_beginner_group_used_in_a_job() -> None:
    doc = {
        "basics": {"name": "Ivo Exemplo"},
        "work": [
            {
                "name": "Mercado Verde",
                "position": "Backend Engineer",
                "startDate": "2023-01",
                "highlights": ["Built the order service in Java with RabbitMQ consumers"],
            }
        ],
        "skills": [{"name": "Messaging", "level": "Beginner", "keywords": ["RabbitMQ", "NATS"]}],
    }
    resume, _ = parse_resume(doc, "resume.json")
    assert resume is not None
    p = Portfolio(resume=resume)
    job = {
        "title": "Backend Engineer",
        "skills": [{"name": n, "level": "Intermediate"} for n in ("RabbitMQ", "NATS")],
    }
    got = {
        r["requirement"]: r["status"]
        for r in assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"]
    }
    assert got == {"RabbitMQ": "matched", "NATS": "partial"}  # NATS is only listed, never used in a job


def test_a_label_column_keeps_the_ask_written_beside_it() -> None:
    text = (
        "Requirements\n\n| Requirement | Details |\n|---|---|\n"
        "| Languages | C and C++ for microcontrollers |\n| Tools | Lauterbach, CANoe |\n"
        "| Kubernetes | Expert |\n| Go | Must have |\n"
    )
    got = [(r.text, r.level) for r in parse_job(text)[1]]
    assert got == [
        ("Languages: C and C++ for microcontrollers", None),
        ("Tools: Lauterbach, CANoe", None),
        ("Kubernetes", "Expert"),
        ("Go", None),
    ]


def test_a_notes_column_only_comments_on_the_thing_asked() -> None:
    text = "Requirements\n\n| Skill | Notes |\n|---|---|\n| XGBoost | for our churn models |\n"
    assert [r.text for r in parse_job(text)[1]] == ["XGBoost"]


def test_a_run_of_three_names_is_split_when_one_is_a_known_technology() -> None:
    got = [r.text for r in parse_job("Requirements\n- dbt\n\nNice to have\nStitch, Looker, Python.\n")[1]]
    assert got == ["dbt", "Stitch", "Looker", "Python"]
    # two names the word list does not know stay one line (a place, a pair of words)
    assert [r.text for r in parse_job("Requirements\n- dbt\n\nNice to have\nStitch, Looker.\n")[1]] == [
        "dbt",
        "Stitch, Looker.",
    ]


def test_release_pipelines_are_what_a_release_tool_is() -> None:
    doc = {
        "basics": {"name": "Rita Exemplo"},
        "work": [
            {
                "name": "Apptejo",
                "position": "iOS Developer",
                "startDate": "2021-01",
                "highlights": ["Automated App Store releases with Fastlane"],
            }
        ],
    }
    assert assessed(doc, "Maintain release pipelines with Fastlane", today=TODAY)["status"] == "matched"
    assert assessed(WEB, "Maintain release pipelines with Fastlane", today=TODAY)["status"] == "missing"


def test_a_power_user_of_a_tool_and_planning_what_is_run_are_ad_wording() -> None:
    doc = {
        "basics": {"name": "Tiago Exemplo"},
        "work": [
            {
                "name": "Cofre Seguro",
                "position": "Penetration Tester",
                "startDate": "2019-01",
                "highlights": [
                    "Ran tabletop incident exercises for three banks",
                    "Tested 40 web apps with ZAP",
                ],
            }
        ],
    }
    assert assessed(doc, "ZAP power user", today=TODAY)["status"] == "matched"
    assert assessed(doc, "Planning and running incident exercises", today=TODAY)["status"] == "matched"
    assert assessed(WEB, "ZAP power user", today=TODAY)["status"] == "missing"


# A made-up web developer whose figures are written in other units than an ad would ask in.
FAST: dict[str, Any] = {
    "basics": {"name": "Joana Exemplo"},
    "work": [
        {
            "name": "Reservas Lda",
            "position": "Frontend Developer",
            "startDate": "2020-01",
            "highlights": [
                "Cut the checkout flow from 3 minutes to 75 seconds",
                "Brought the search API p95 latency down from 900 ms to 240 ms",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Get our checkout flow under two minutes", "matched"),  # 75 seconds
        ("Get our checkout flow under 1 minute", "partial"),  # 75 seconds is more
        ("Search p95 latency under 300 ms", "matched"),  # "ms" is milliseconds, not a degree
        ("Search p95 latency under 200 ms", "partial"),
    ],
)
def test_a_duration_is_compared_across_units(line: str, want: str) -> None:
    assert assessed(FAST, line, today=TODAY)["status"] == want


def test_seconds_per_unit() -> None:
    assert seconds_per("minute") == 60.0 and seconds_per("ms") == 0.001 and seconds_per("team") is None
