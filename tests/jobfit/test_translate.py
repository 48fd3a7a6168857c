"""Requirements written in another language are read in English words (phrasings not taken from any set)."""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.translate import to_english
from tests.jobfit.conftest import owner


def test_job_ad_words_of_another_language_are_read_in_english() -> None:
    assert (
        to_english("Experiência com React Native e TypeScript")
        == "Experience with React Native and TypeScript"
    )
    assert to_english("Fundierte Kenntnisse in Kubernetes") == "Strong knowledge in Kubernetes"
    assert to_english("Experiencia con pruebas automatizadas en Python").startswith("Experience with tests")
    assert "years" in to_english("Au moins 5 ans d'expérience avec Kotlin")


def test_names_and_places_are_kept_or_given_their_english_name() -> None:
    out = to_english("Trabalho híbrido em Lisboa com Kafka")
    assert "Lisbon" in out and "Kafka" in out and "hybrid" in out


def test_an_english_line_is_left_as_written() -> None:
    # "in" and "promotion" are words of a German ad too: an English line is not read as German
    line = "Coach engineers in our team towards promotion in two years"
    assert to_english(line) == line
    assert to_english("Kubernetes") == "Kubernetes"


def test_a_language_asked_in_german_is_judged_as_that_language() -> None:
    portfolio, chunks = owner("security-owner")  # German is her mother tongue
    report = assess_job("Anforderungen:\n- Fließende Deutschkenntnisse\n", portfolio, chunks)
    item = report["requirements"][0]
    assert item["requirement"] == "Fließende Deutschkenntnisse"  # reported in its own words
    assert item["status"] == "matched"
