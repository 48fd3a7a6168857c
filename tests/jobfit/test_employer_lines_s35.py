"""Session 35: lines of a posting that say what the employer gives, where the job is worked, or what its world is
like are not asks (a benefits line, "Hybrid, Porto.", "Every parcel we lose costs our shops money", a "Why
<Company>" section); and a team said to work in some tools ("Our web team works in Svelte and TypeScript, so you
will be reviewing their code") names the tools the hire will work with, each asked."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.named import stack_names


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_team_working_in_tools_names_each_tool() -> None:
    assert stack_names("Our web team works in Svelte and TypeScript") == ["Svelte", "TypeScript"]
    assert stack_names("our analysts build with dbt and DuckDB.") == ["dbt", "DuckDB"]
    got = stack_names(
        "Our app team works in Dart, Swift and Kotlin, so you will be reviewing their code too."
    )
    assert got == ["Dart", "Swift", "Kotlin"]


def test_a_team_working_in_no_tools_or_asking_after_it_is_not_a_stack() -> None:
    for sentence in (
        "Our team works in two-week sprints",
        "Our engineers work in Porto and Lyon",
        "Our web team works in Svelte, so you should be able to review Svelte code",  # an ask follows
    ):
        assert stack_names(sentence) is None, sentence


def test_a_paragraph_naming_the_team_stack_asks_each_tool() -> None:
    job = (
        "Senior Engine Programmer - Pebblecat Games (Porto)\n\n"
        "Pebblecat makes cosy puzzle games. You have 5+ years of C++ in shipped games. Our tools team works in "
        "Python and Qt, so you will be touching editor code too.\n"
    )
    got = texts(job)
    assert "Python" in got and "Qt" in got, got
    assert not any("tools team" in t for t in got), got


def test_benefits_places_and_the_employers_world_are_not_asks() -> None:
    job = (
        "Backend Engineer - Parcelweave\n\n"
        "Parcelweave delivers parcels for 4,000 small shops. Every parcel we lose is money our shops lose. "
        "Hybrid, Porto (Bonfim).\n\n"
        "Requirements:\n"
        "- 4+ years of Go\n"
        "- PostgreSQL\n\n"
        "## Why Parcelweave\n"
        "Health insurance, 25 days of vacation, a conference budget and a gym membership.\n"
        "Relocation support and a work permit are provided.\n"
    )
    got = texts(job)
    assert got == ["4+ years of Go", "PostgreSQL"], got


def test_a_sentence_of_the_same_shapes_that_asks_is_kept() -> None:
    job = (
        "Backend Engineer - Parcelweave\n\n"
        "Requirements:\n"
        "- 4+ years of Go\n"
        "Each engineer on our team must be comfortable with on-call.\n"
        "We ship daily. Hybrid, Porto: you must be in the office two days a week.\n"
        "Experience with health insurance claims and pension data.\n"
    )
    got = texts(job)
    assert any("on-call" in t for t in got), got
    assert any("two days a week" in t for t in got), got
    assert any("pension data" in t for t in got), got
