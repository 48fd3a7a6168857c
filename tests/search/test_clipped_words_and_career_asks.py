"""Mechanisms the edtech-teacher probe found missing, on small invented passages: clipped words meet
their full word, irregular past forms meet their verb, growth and the pandemic are asked in other
words than a résumé writes them."""

from __future__ import annotations

from heyfolio.search.career import CAREER_WORDS, read_career
from heyfolio.search.text import normalize_token, parse_query


def test_a_clipped_word_meets_its_full_word() -> None:
    assert normalize_token("exam") == normalize_token("examiner")
    assert normalize_token("exams") == normalize_token("examination")
    assert normalize_token("maths") == normalize_token("mathematics")


def test_drove_is_drive() -> None:
    assert normalize_token("drove") == normalize_token("drive")


def _expansions(question: str) -> set[str]:
    return {t for g in parse_query(question, lambda _t: True) for t, _w in g.terms}


def test_growth_is_asked_as_a_rise_or_an_increase() -> None:
    assert {normalize_token("raising"), normalize_token("increased")} <= _expansions("user growth?")


def test_covid_is_asked_as_the_lockdown_or_the_closures() -> None:
    assert {normalize_token("lockdown"), normalize_token("closures")} <= _expansions("what about covid")


def test_a_career_change_question_names_the_career() -> None:
    assert read_career("why did she switch careers") == "before"
    assert "career" in CAREER_WORDS
