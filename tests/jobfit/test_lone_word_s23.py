"""One plain word of an ask the portfolio never writes: only wording when it is the head noun closing a
phrase whose other things are shown together ("corpus creation"), the ask itself when it narrows what is
shown ("ranking models"), names the field ("for ad tech") or is what is asked of a technology ("Go games")
or is a noun of a quality, a field or a technique ("governance", "sharding") (session 23, lone unshown
word)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.lone_word import only_wording
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# A made-up owner: a speech and data engineer who built a corpus and runs recovery drills.
OWNER: dict[str, Any] = {
    "basics": {"name": "Ines Probe", "summary": "Speech and data engineer."},
    "work": [
        {
            "name": "Klangwerk Labs",
            "position": "Senior Speech Engineer",
            "startDate": "2020-03",
            "highlights": [
                "Recorded and transcribed a speech corpus of 900 hours of Basque conversations",
                "Run the yearly disaster-recovery drill for the production databases, restored in 40 minutes",
                "Trained gradient-boosted models in LightGBM to forecast call volumes",
                "Built streaming pipelines on Kafka for the billing team",
            ],
        }
    ],
    "skills": [{"name": "Data engineering", "keywords": ["Kafka", "LightGBM", "Python"]}],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


@pytest.mark.parametrize(
    "line",
    [
        "Speech corpus creation",  # recorded and transcribed one
        "Disaster-recovery exercises for production databases",  # a drill is an exercise
    ],
)
def test_an_unwritten_head_noun_after_shown_words_is_wording(line: str) -> None:
    assert _status(line) == "matched"


@pytest.mark.parametrize(
    "line",
    [
        "LightGBM ranking models",  # a modifier before a thing shown: the kind of model asked
        "Kafka pipelines for ad tech",  # the field it is for
        "Lossless speech compression",  # a modifier again
        "Speech corpus governance",  # a field of its own: what is asked of the corpus
        "Speech corpus sharding",  # a technique
        "Disaster-recovery drill metrics",  # a kind of thing measured
    ],
)
def test_an_unwritten_word_that_narrows_the_ask_is_the_ask(line: str) -> None:
    assert _status(line) != "matched"


def test_only_wording_reads_the_words_place() -> None:
    shown, unit = {"speech", "corpus"}, {"speech", "corpus", "creation"}
    assert only_wording("Speech corpus creation", "creation", shown, set(), unit)
    assert not only_wording("Speech creation corpus", "creation", shown, set(), unit)  # a modifier
    assert not only_wording("Creation of a speech corpus", "creation", shown, set(), unit)  # "of" it
    assert not only_wording(
        "Go games in the browser", "games", {"browser"}, {"go"}, {"go", "games", "browser"}
    )
    assert not only_wording("Speech corpus creation for 3 languages", "creation", shown, set(), unit)
    assert not only_wording("Lead speech corpus creation", "creation", shown, set(), unit)  # people led
    assert only_wording("Speech corpus creation with partner teams", "creation", shown, set(), unit)
    assert only_wording("A 24/7 speech corpus creation", "creation", shown, set(), unit)  # when, not how many


@pytest.mark.parametrize(
    "line",
    [
        "Basque speech corpus governance",
        "Basque speech corpus interpretability",
        "Production database recovery drill metrics",
    ],
)
def test_a_quality_or_field_never_shown_caps_an_ask_whose_other_words_are(line: str) -> None:
    # three words of four shown is matched for most asks; not when the fourth is what is asked of them
    assert _status(line) == "partial"
    assert _status(line.replace(line.split()[-1], "creation")) == "matched"


def test_where_the_work_started_is_wording() -> None:
    # "from notebook to production": the stage the models left, not a thing asked of the owner
    assert _status("LightGBM models from notebook to production") == "matched"
    assert _status("LightGBM models from notebook prototypes") != "matched"


def test_a_weak_word_after_the_head_leaves_it_the_head() -> None:
    # "experience" after "creation" asks nothing of its own; "ranking" before "model" still narrows it
    assert _status("Speech corpus creation experience") == "matched"
    assert _status("LightGBM ranking model experience") != "matched"
