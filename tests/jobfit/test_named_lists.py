"""Named technologies listed on one requirement line are each a requirement; other lists stay whole."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.named import labelled_names, trailing_names


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_label_naming_a_kind_of_technology_lists_each_tool() -> None:
    assert labelled_names("Stack we run: Kotlin, Ktor, Exposed") == ["Kotlin", "Ktor", "Exposed"]
    assert labelled_names("Message brokers: RabbitMQ, NATS") == ["RabbitMQ", "NATS"]
    assert labelled_names("Observability tools: Jaeger, Tempo and Loki") == ["Jaeger", "Tempo", "Loki"]


def test_a_label_naming_a_field_or_a_phrase_is_not_split() -> None:
    assert labelled_names("Web development: HTML, CSS, JavaScript") is None  # a skill and its keywords
    assert labelled_names("Tooling: you will improve our CI and deploys") is None
    assert labelled_names("Languages: English, Portuguese") is None


def test_a_phrase_closing_on_names_gives_each_name() -> None:
    assert trailing_names("Hands-on experience with Kotlin, Ktor and Exposed") == [
        "Kotlin",
        "Ktor",
        "Exposed",
    ]
    assert trailing_names("Solid skills in Elixir, Phoenix and PostgreSQL") == [
        "Elixir",
        "Phoenix",
        "PostgreSQL",
    ]


def test_a_practice_before_the_names_is_asked_too() -> None:
    assert trailing_names("Tracing with Jaeger, Tempo and Loki") == ["Tracing", "Jaeger", "Tempo", "Loki"]
    assert trailing_names("Numerical work with SciPy, JAX or Julia") == [
        "Numerical work",
        "SciPy",
        "JAX",
        "Julia",
    ]


def test_alternatives_amounts_and_plain_words_stay_whole() -> None:
    assert trailing_names("Experience with RabbitMQ or NATS") is None  # two alternatives: one ask
    assert trailing_names("Native iOS experience with Swift and SwiftUI") is None  # two names read together
    assert trailing_names("4+ years of work in Elixir, Erlang or Gleam") is None  # the years cover the list
    assert trailing_names("Degree in Physics and Mathematics") is None  # subjects, not tools
    assert trailing_names("Fluent in Danish and Swedish") is None
    assert trailing_names("Experience with Kafka and event-driven design") is None
    assert trailing_names("Experience with Ansible (playbooks, roles)") is None


def test_a_posting_reads_each_listed_tool_once() -> None:
    job = """Backend Engineer

Requirements
- Hands-on experience with Kotlin, Ktor and Exposed
- Stack we run: Kotlin, RabbitMQ, PostgreSQL
- 3+ years of backend work in Kotlin or Java
"""
    assert texts(job) == [
        "Kotlin",
        "Ktor",
        "Exposed",
        "RabbitMQ",
        "PostgreSQL",
        "3+ years of backend work in Kotlin or Java",
    ]


def test_clauses_said_of_the_candidate_are_each_an_ask() -> None:
    job = """Data Engineer at Fjellbyte

You have shipped streaming jobs on Flink and you review SQL models in dbt.
Experience with Dagster is a plus, as is experience tuning ClickHouse.
"""
    assert texts(job) == [
        "You have shipped streaming jobs on Flink",
        "you review SQL models in dbt",
        "Experience with Dagster is a plus",
        "experience tuning ClickHouse",
    ]


def test_a_short_joined_sentence_stays_whole() -> None:
    job = """Data Engineer at Fjellbyte

You design and you build our pipelines.
"""
    assert texts(job) == ["You design and you build our pipelines."]


def test_a_first_line_naming_a_tester_or_auditor_is_the_title() -> None:
    for title in ("Senior QA Tester (remote, EU) — Lindqvist Games", "IT Auditor — Brumm Bank, Vienna"):
        parsed_title, reqs = parse_job(f"{title}\n\nRequirements:\n- ISTQB certification\n")
        assert parsed_title is not None and [r.text for r in reqs] == ["ISTQB certification"]


def test_a_stance_verb_is_no_thing_to_show() -> None:
    from heyfolio.jobfit import assess_job
    from tests.jobfit.conftest import owner

    portfolio, chunks = owner("example-owner")
    for ask in ("You believe in distributed tracing.", "You believe in mentoring engineers."):
        report = assess_job(f"Staff Engineer\n\n{ask}", portfolio, chunks)
        assert report["requirements"][0]["status"] == "matched", ask


def test_a_practice_among_the_names_keeps_the_line_whole() -> None:
    assert trailing_names("At home with Debian, Ansible and QA") is None
