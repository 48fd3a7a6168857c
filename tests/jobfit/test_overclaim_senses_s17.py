"""Overclaims from a word read in another sense, written against the sample owners (own phrasings): a
visitor's question cue widened to its search neighbours, a technology's related word used in plain English,
and a line's first noun read as an imperative verb before an -ing word."""

from __future__ import annotations

import pytest

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.intents import about_the_person, related_words
from heyfolio.jobfit.padded import bracketed_after, proper_product
from heyfolio.jobfit.senses import technical_sentence
from heyfolio.jobfit.terms import layout, units
from heyfolio.search.text import analyze
from tests.jobfit.conftest import owner


def _status(who: str, line: str) -> str:
    portfolio, chunks = owner(who)
    report = assess_job(f"Requirements:\n- {line}", portfolio, chunks)
    return str(report["requirements"][0]["status"])


def test_question_cues_about_the_person_lend_no_related_words() -> None:
    hire, social, talk = (analyze(w)[0] for w in ("hiring", "social", "talk"))
    assert about_the_person(hire) and about_the_person(social)
    assert related_words(hire) == [] and related_words(social) == []
    # a word of the work keeps its neighbours: a talk is related to conferences and speaking
    assert not about_the_person(talk)
    assert related_words(talk)


@pytest.mark.parametrize(
    ("who", "line"),
    [
        # a GitHub link is how a visitor finds the owner online, not an audience on social networks
        ("example-owner", "A strong presence on social networks"),
        ("example-owner", "A sizeable audience on social platforms"),
        # open-source maintenance is not hiring ("hiring" widens to "open", "available", "start")
        ("consultant-owner", "Hiring and onboarding contractors"),
    ],
)
def test_a_question_cue_shown_only_by_its_neighbours_is_missing(who: str, line: str) -> None:
    assert _status(who, line) == "missing"


def test_a_related_word_in_plain_english_is_not_the_technology() -> None:
    assert not technical_sentence("Acme Energy: Operator of wind farms in Spain and Portugal", "operator")
    assert technical_sentence("Wrote an operator in Go that scales workers on queue depth", "operator")
    # an employer described as an operator of wind farms: no Kubernetes there
    assert _status("consultant-owner", "Hands-on Kubernetes in production") == "missing"
    assert _status("consultant-owner", "Kubernetes") == "missing"
    # shown where it is shown
    assert _status("example-owner", "Kubernetes operators") == "matched"


def test_a_first_noun_before_an_ing_word_makes_one_compound() -> None:
    line = "Snapshot testing of React components"
    us = units(line, frozenset())
    first = layout(line, us)[0]
    assert [u.alternatives[0][0] for u in first] == ["Snapshot", "testing"]
    # an imperative verb still stands apart from its object
    verb = "Build dashboards for operators"
    assert [u.alternatives[0][0] for u in layout(verb, units(verb, frozenset()))[0]] == ["Build"]


@pytest.mark.parametrize(
    ("who", "line"),
    [
        # testing shown, snapshot testing never: another kind of testing
        ("frontend-owner", "Snapshot testing of React components"),
        ("example-owner", "Release planning for Rust crates"),
        ("example-owner", "Fraud scoring for card payments"),
    ],
)
def test_a_kind_of_activity_never_shown_is_not_matched(who: str, line: str) -> None:
    assert _status(who, line) != "matched"


@pytest.mark.parametrize(
    "line",
    [
        # a product named inside the sentence, then the owner's own stack in brackets: keyword padding
        "Experience with Cassandra (Rust, Kafka, Python)",
        # the ad's "experience" between the product and its bracket
        "CockroachDB experience (Go, PostgreSQL, Kubernetes)",
    ],
)
def test_a_product_padded_with_the_owners_stack_is_missing(line: str) -> None:
    assert _status("example-owner", line) == "missing"


@pytest.mark.parametrize(
    "line",
    [
        # a kind of thing with examples: an example shown shows it
        "Experience with stream processing (Kafka, Redpanda)",
        "Databases (PostgreSQL, Redis)",
        # a product shown itself keeps its bracket
        "Experience with Terraform (AWS, Helm)",
        "Experience with Kubernetes (EKS)",
    ],
)
def test_a_kind_with_examples_or_a_product_shown_stays_matched(line: str) -> None:
    assert _status("example-owner", line) == "matched"


def test_one_capitalised_word_is_a_name_only_inside_the_sentence() -> None:
    assert proper_product(("Cassandra",), "Experience with Cassandra (Rust, Kafka)")
    assert not proper_product(("Databases",), "Databases (PostgreSQL, Redis)")
    assert bracketed_after(
        "CockroachDB experience (Go, PostgreSQL)", ("CockroachDB",), [("Go",), ("PostgreSQL",)]
    )
