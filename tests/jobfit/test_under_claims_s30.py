"""Session 30: asks the matcher read short because of how the posting phrased them (invented postings)."""

from __future__ import annotations

from heyfolio.jobfit.clauses import asks_in


def test_the_hire_named_by_title_then_two_who_clauses_is_two_asks() -> None:
    # "We're looking for a Senior Data Engineer who has ... and who has ...": the title is whom the ad
    # wants; each "who" clause is an ask (the title was read as a thing to show)
    assert asks_in(
        "We're looking for a Senior Data Engineer who has run Spark jobs in production for five years "
        "and who has mentored junior analysts."
    ) == ["has run Spark jobs in production for five years", "has mentored junior analysts"]


def test_the_hire_named_by_title_with_one_who_clause_keeps_only_the_ask() -> None:
    assert asks_in("We need a Mobile Lead who has shipped three Flutter apps to both stores.") == [
        "has shipped three Flutter apps to both stores"
    ]


def test_a_title_without_who_and_the_person_forms_are_read_as_before() -> None:
    sentence = "We're looking for a Senior Data Engineer to join our Lisbon team."
    assert "Senior Data Engineer" in " ".join(asks_in(sentence))
    assert asks_in(
        "We want someone who has built payment APIs in Go and who has run an on-call rotation."
    ) == ["has built payment APIs in Go", "has run an on-call rotation"]
