"""Mechanisms that generalise to unseen job descriptions (session 9): each test fails without its rule."""

from __future__ import annotations

from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.clauses import asks_in
from heyfolio.jobfit.terms import units
from tests.jobfit.conftest import owner


def _status(owner_name: str, line: str) -> str:
    portfolio, chunks = owner(owner_name)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


def test_a_field_written_before_the_degree_word_is_the_field_asked() -> None:
    # frontend-owner holds a Bachelor in Chemistry and a Master in Teaching of Physics and Chemistry
    # chemistry and teaching are not fields next to computing (session 18): nothing supports the degree
    assert _status("frontend-owner", "A Computer Science degree") == "missing"
    assert _status("frontend-owner", "A CS or EE degree") == "missing"
    assert _status("frontend-owner", "A Chemistry degree") == "matched"
    assert _status("frontend-owner", "A university degree") == "matched"
    assert _status("frontend-owner", "You hold a degree from a good university") == "matched"


def test_a_thing_listed_only_at_a_beginners_level_is_partial_unless_little_is_asked() -> None:
    # "Android Native (Beginner): Kotlin, Jetpack Compose" is the only place these are named
    assert _status("frontend-owner", "Native Android development in Kotlin") == "partial"
    assert _status("frontend-owner", "Experience with Jetpack Compose") == "partial"
    assert _status("frontend-owner", "Basic knowledge of Kotlin") == "matched"
    assert _status("frontend-owner", "Experience shipping iOS apps in Swift") == "matched"


def test_a_related_thing_is_found_as_its_own_word_not_by_a_shared_stem() -> None:
    # Kubernetes is related to an "operator"; frontend-owner's "operations dashboard" is not one
    assert _status("frontend-owner", "Experience with Kubernetes") == "missing"


def test_praise_opening_a_line_is_not_a_technology_of_the_same_name() -> None:
    # "Solid" is SolidJS in a list of frameworks, the ad's praise when it opens the line
    assert _status("frontend-owner", "Solid understanding of web accessibility standards (WCAG)") == "matched"
    assert units("Experience with React, Solid or Svelte", frozenset())[0].named


def test_a_kind_of_work_is_shown_by_the_tools_and_measures_that_do_it() -> None:
    # Playwright and Detox are end-to-end test tools; Largest Contentful Paint is a Core Web Vital
    assert _status("frontend-owner", "Experience writing end-to-end tests with Playwright") == "matched"
    assert _status("frontend-owner", "Experience improving Core Web Vitals") == "matched"
    assert _status("frontend-owner", "Experience with screen readers") == "matched"
    assert _status("frontend-owner", "Experience with internationalisation") == "missing"


def test_the_interview_process_and_where_the_hire_sits_are_not_requirements() -> None:
    job = (
        "Platform Engineer\n\n"
        "About the role\n"
        "You'll join a team of five engineers who run the infrastructure behind our platform. "
        "You will own our Kubernetes clusters.\n\n"
        "Must have\n1. Hands-on experience operating Kubernetes in production\n2. Terraform or Pulumi\n\n"
        "Our interview process\n1. A 30-minute call with the hiring manager\n2. A take-home exercise (about 3 hours)\n"
    )
    _, reqs = parse_job(job)
    assert [r.text for r in reqs] == [
        "You will own our Kubernetes clusters.",
        "Hands-on experience operating Kubernetes in production",
        "Terraform or Pulumi",
    ]


def test_a_prose_sentence_of_two_wanted_things_or_of_who_the_person_is_gives_each_ask() -> None:
    assert asks_in("Experience with Rust would be great, and a background in logistics is a big plus.") == [
        "Experience with Rust would be great",
        "a background in logistics is a big plus",
    ]
    assert asks_in(
        "The team is looking for someone with deep experience in stream processing (Kafka or Pulsar), "
        "who has led technical projects across several teams."
    ) == [
        "deep experience in stream processing (Kafka or Pulsar)",
        "has led technical projects across several teams",
    ]
    assert asks_in("We are looking for someone who has shipped mobile apps.") == [
        "We are looking for someone who has shipped mobile apps."
    ]


def test_a_few_words_about_the_company_are_not_a_requirement() -> None:
    _, reqs = parse_job(
        "A bit about us: Northwind builds software for 300 retailers.\n\n- Experience with Go\n"
    )
    assert [r.text for r in reqs] == ["Experience with Go"]
