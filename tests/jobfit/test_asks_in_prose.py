"""Asks written as prose (a recruiter's list in one sentence, a greeting run into a sentence), where the owner
lives, years in a named role, and the light verbs an ad wraps a thing in."""

from __future__ import annotations

from typing import Any

from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.parse import _asked_list
from tests.jobfit.conftest import owner


def _verdicts(owner_name: str, job: Any) -> dict[str, str]:
    portfolio, chunks = owner(owner_name)
    return {r["requirement"]: r["status"] for r in assess_job(job, portfolio, chunks)["requirements"]}


def test_an_asked_for_list_in_one_sentence_gives_one_requirement_per_item() -> None:
    job = (
        "Data Engineer opening at Acme.\n\nThe client wants three years of work on streaming pipelines, "
        "a degree in a numerate subject, and someone who has run an on-call rotation before."
    )
    _, reqs = parse_job(job)
    assert [r.text for r in reqs] == [
        "three years of work on streaming pipelines",
        "a degree in a numerate subject",
        "someone who has run an on-call rotation before",
    ]


def test_a_list_of_short_items_or_a_sentence_to_the_candidate_stays_one_requirement() -> None:
    assert _asked_list("They want experience with Python, Go, and Rust.") is None  # items of one or two words
    assert _asked_list("You need ten years of Rust, a degree in physics, and a passport from the EU.") is None
    assert _asked_list("The client needs deep Kafka skills and a degree in physics.") is None  # two items


def test_a_greeting_run_into_the_writers_own_sentence_is_not_a_requirement() -> None:
    job = (
        "Hi Sam - I saw your talk on caching and wanted to reach out about a role at Acme.\n"
        "They need 5+ years of Go. Happy to share more if you're curious!"
    )
    _, reqs = parse_job(job)
    assert [r.text for r in reqs] == ["They need 5+ years of Go."]


def test_living_in_the_city_the_owner_names_is_matched() -> None:
    got = _verdicts("frontend-owner", "- Must be based in Lisbon\n- Must be based in Berlin\n")
    assert got["Must be based in Lisbon"] == "matched"
    assert got["Must be based in Berlin"] != "matched"


def test_years_in_a_named_role_count_the_roles_not_the_career() -> None:
    got = _verdicts(
        "frontend-owner",
        "- 3+ years of experience in a product marketing role\n- 5+ years of experience in a similar role\n",
    )
    assert got["3+ years of experience in a product marketing role"] == "missing"  # never held such a role
    assert got["5+ years of experience in a similar role"] != "missing"  # no field named: the career counts


def test_light_verbs_around_the_thing_asked_are_not_asked_things() -> None:
    got = _verdicts(
        "frontend-owner", "- You have given talks at conferences\n- You contribute to open-source projects\n"
    )
    assert got == {
        "You have given talks at conferences": "matched",
        "You contribute to open-source projects": "matched",
    }


def test_a_role_field_sharing_a_stem_with_a_wording_word_still_counts_as_a_field() -> None:
    # "relations" stems like "related": the field is still named, and no dated role holds it
    got = _verdicts("frontend-owner", "- 2+ years of experience in a public relations role\n- React\n")
    assert got["2+ years of experience in a public relations role"] == "missing"


def test_a_kind_of_people_counted_fewer_than_asked_is_partial() -> None:
    # "a team of six engineers (four web, two mobile)"
    got = _verdicts(
        "frontend-owner", "- Led a team of 4+ mobile engineers\n- Led a team of 4+ web engineers\n"
    )
    assert got["Led a team of 4+ mobile engineers"] == "partial"
    assert got["Led a team of 4+ web engineers"] == "matched"


def test_who_uses_the_owners_work_is_not_the_owners_field() -> None:
    # "Adopted by the React Native teams of two European banks": banks use her library
    got = _verdicts("frontend-owner", "- Experience in banking\n- React Native\n")
    assert got == {"Experience in banking": "missing", "React Native": "matched"}
