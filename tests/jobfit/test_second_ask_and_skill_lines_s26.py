"""Session 26: a second ask named as experience of its own thing is its own ask; "Strong skills in ..." is no
company describing itself."""

from __future__ import annotations

from heyfolio.jobfit.parse import read_job


def asks(text: str) -> list[str]:
    _, reqs = read_job(f"Frontend Engineer\n\n{text}\n")
    return [r.text for r in reqs]


def test_a_second_ask_named_as_experience_of_its_own_thing_is_its_own_ask() -> None:
    assert asks("You have strong Elixir skills and experience with event sourcing across many services.") == [
        "strong Elixir skills",
        "experience with event sourcing across many services",
    ]
    assert asks(
        "Ideally you have at least 2 years as a team lead and a background in logistics software with Go."
    ) == ["at least 2 years as a team lead", "a background in logistics software with Go"]
    # one experience with two things is one ask
    assert asks("You have experience with Kafka and a streaming mindset.") == [
        "You have experience with Kafka and a streaming mindset."
    ]


def test_how_well_a_skill_is_held_is_no_company_describing_itself() -> None:
    # "Strong skills in ..." was read as a company ("Strong") and its verb ("skills"), and dropped
    assert asks("Strong skills in Elixir, Erlang or Gleam.") != []
    assert "Great Elixir skills." in asks("Great Elixir skills.")
    # a company and its verb is still no ask
    _, reqs = read_job("Backend Engineer\n\nDockside builds software for ports.\nYou know Elixir.\n")
    assert [r.text for r in reqs] == ["You know Elixir."]
