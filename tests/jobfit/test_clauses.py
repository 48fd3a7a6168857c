"""A framed prose sentence asking for several things is one requirement per thing."""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.clauses import asks_in

EMAIL = (
    "Hi Ana - I saw your work and wanted to reach out about a role. The hiring manager wants at least two "
    "years of experience as an engineering manager with direct reports, a background in frontend (React), "
    "and someone who has hired and onboarded engineers before. They'd like the person to be based in Lisbon."
)


def test_a_wanted_list_is_one_ask_per_clause() -> None:
    assert asks_in(
        "The client wants five years of Go, a background in payments (cards, SEPA), and someone who has led a team."
    ) == [
        "five years of Go",
        "a background in payments (cards, SEPA)",
        "someone who has led a team",
    ]


def test_the_framing_of_a_single_ask_is_dropped() -> None:
    assert asks_in("They'd like the person to be based in Lisbon.") == ["based in Lisbon"]


def test_a_plain_sentence_or_a_short_list_stays_whole() -> None:
    assert asks_in("You have shipped React apps.") == ["You have shipped React apps."]
    assert asks_in("We need React, Vue and Go.") == ["We need React, Vue and Go."]


def test_the_recruiter_email_parses_each_clause_as_a_requirement() -> None:
    _, reqs = parse_job(EMAIL)
    texts = [r.text for r in reqs]
    assert "a background in frontend (React)" in texts
    assert "someone who has hired and onboarded engineers before" in texts
    assert "based in Lisbon" in texts
