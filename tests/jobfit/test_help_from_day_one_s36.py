"""A reason, then a skill that "will help you on day one" ("We ship a desktop app, so experience with Electron
will help you on day one"): the skill is the ask and when its help is felt is no word of it. Made-up
postings only."""

from __future__ import annotations

from heyfolio.jobfit.clauses import asks_in


def test_the_ask_after_the_reason_is_read_alone() -> None:
    sentence = "We ship a desktop app to clinics, so experience with Electron will help you on day one."
    assert asks_in(sentence) == ["We ship a desktop app to clinics", "experience with Electron"]


def test_from_the_first_day_is_read_the_same() -> None:
    sentence = "Our tills run Android, so knowledge of Kotlin helps from your first day."
    assert asks_in(sentence) == ["Our tills run Android", "knowledge of Kotlin"]


def test_help_with_an_object_says_what_the_team_does() -> None:
    sentence = "Our platform team will help you deploy on day one."
    assert asks_in(sentence) == [sentence]
