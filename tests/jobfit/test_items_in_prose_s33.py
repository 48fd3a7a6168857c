"""Prose sentences of a posting read as one requirement per thing asked (session 33)."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.clauses import asks_in
from heyfolio.jobfit.named import trailing_names


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_names_after_what_the_employer_expects_are_each_asked() -> None:
    assert trailing_names("we expect working knowledge of Elixir, Haskell, OCaml and Scala.") == [
        "Elixir",
        "Haskell",
        "OCaml",
        "Scala",
    ]
    assert trailing_names("We expect solid Svelte, Deno and Bun.") == ["Svelte", "Deno", "Bun"]


def test_names_after_a_reason_then_what_is_expected_are_each_asked() -> None:
    job = (
        "Platform Engineer\n\n"
        "Requirements\n"
        "Our tools span many ecosystems, so we expect working knowledge of Elixir, Haskell, OCaml and Scala.\n"
    )
    assert [t for t in texts(job) if t in {"Elixir", "Haskell", "OCaml", "Scala"}] == [
        "Elixir",
        "Haskell",
        "OCaml",
        "Scala",
    ]


def test_ownership_joined_to_another_ask_is_an_ask_of_its_own() -> None:
    assert asks_in(
        "You have experience coaching agile teams and ownership of a roadmap for three product lines."
    ) == [
        "experience coaching agile teams",
        "ownership of a roadmap for three product lines",
    ]


def test_design_and_ownership_of_one_thing_stays_whole() -> None:
    assert asks_in("You have design and ownership of the billing platform.") == [
        "You have design and ownership of the billing platform."
    ]
