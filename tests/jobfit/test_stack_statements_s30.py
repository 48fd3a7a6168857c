"""Session 30: the employer naming what its own systems are built with or run on ("Our stack is Go, Java and
Elixir on AWS", "our services are event-driven on Kafka") names the tools the hire will work with, each asked as
a "Tech we use:" line asks it; read as a blurb about the employer ("our ..."), none of them was asked."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.named import stack_names


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_stack_statement_gives_each_tool_and_the_platform_it_runs_on() -> None:
    assert stack_names("Our stack is Rust, Scala and Haskell on Azure") == [
        "Rust",
        "Scala",
        "Haskell",
        "Azure",
    ]
    assert stack_names("Our mobile apps are built with Flutter and Firebase.") == ["Flutter", "Firebase"]
    assert stack_names("our ingestion jobs are event-driven on Pulsar") == ["Pulsar"]
    assert stack_names("Our reporting data lives in ClickHouse") == ["ClickHouse"]


def test_two_statements_joined_give_the_tools_of_both() -> None:
    joined = "Our legacy jobs still run on Docker Swarm, and all our metrics live in Prometheus"
    assert stack_names(joined) == ["Docker Swarm", "Prometheus"]
    assert stack_names("Our backend runs on OpenShift and our frontend is Svelte") == ["OpenShift", "Svelte"]


def test_statements_naming_no_tool_or_not_about_systems_are_not_stacks() -> None:
    for sentence in (
        "Our customers are Carrefour, Decathlon and Ikea",  # names, but no technology
        "Our office is in Lisbon",
        "Our team is small and senior",
        "Our mission is to make freight boring",
        "Our platform is written in Go, so you should be comfortable reviewing Go code",  # an ask follows
        "We use Rust and Scala",  # not "our ...": read by the other rules
    ):
        assert stack_names(sentence) is None, sentence


def test_a_stack_sentence_in_a_paragraph_posting_is_read_name_by_name() -> None:
    job = (
        "Staff Engineer, Ledger — Quokka Pay (Lisbon)\n\n"
        "Quokka Pay moves money for 3,000 small shops.\n"
        "You have at least 6 years of backend engineering. Our stack is Rust, Scala and Haskell on Azure; "
        "experience with Pulsar is a plus.\n"
    )
    got = texts(job)
    for name in ("Rust", "Scala", "Haskell", "Azure"):
        assert name in got, got
    assert not any("Our stack" in t for t in got)
    assert any("Pulsar" in t for t in got)
