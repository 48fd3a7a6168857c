"""Query understanding for words a visitor uses that a résumé states otherwise: a field named by two
words ("remote sensing" is not remote work), a place by its everyday name ("towns" for municipalities),
a trade by what flows through it ("wastewater" for sewers), a practice's acronym in capitals ("ETL" is
no product name), and the present said as "at the moment" or "rn" in "what does she do ...?"."""

from __future__ import annotations

import pytest

from heyfolio.search.text import normalize_token, parse_query
from heyfolio.search.understand import read_superlative


def _terms(question: str) -> dict[str, set[str]]:
    return {g.word: {t for t, _ in g.terms} for g in parse_query(question)}


@pytest.mark.parametrize("question", ["any remote sensing background?", "earth observation experience?"])
def test_remote_sensing_is_one_field_read_by_its_sources_not_remote_work(question: str) -> None:
    groups = _terms(question)
    assert "remote_sensing" in groups
    assert {normalize_token("satellite"), normalize_token("imagery")} <= groups["remote_sensing"]
    assert normalize_token("hybrid") not in set().union(*groups.values())


def test_towns_are_found_as_municipalities() -> None:
    (town,) = [
        t for w, t in _terms("how many towns adopted his tool").items() if w == normalize_token("towns")
    ]
    assert normalize_token("municipalities") in town


def test_wastewater_is_found_as_sewers() -> None:
    groups = _terms("any wastewater work?")
    assert normalize_token("sewer") in groups[normalize_token("wastewater")]


def test_a_practice_acronym_in_capitals_is_not_a_name() -> None:
    (etl,) = [g for g in parse_query("has he done ETL") if g.word == "etl"]
    assert not etl.name
    assert normalize_token("pipeline") in {t for t, _ in etl.terms}
    (product,) = [g for g in parse_query("has he used SAP") if g.word == "sap"]
    assert product.name


@pytest.mark.parametrize(
    "question",
    [
        "What does Tomas do at the moment?",
        "what does she do rn",
        "what does he do right now",
        "what do they do atm",
    ],
)
def test_what_the_owner_does_at_present_is_the_newest_job(question: str) -> None:
    found = read_superlative(question)
    assert found is not None and found.order == "newest" and found.kinds == frozenset({"work"})
