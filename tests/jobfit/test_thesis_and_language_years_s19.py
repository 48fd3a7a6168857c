"""A degree's thesis names its field, and a language's years are dated by the frameworks written in it
(session 19): "a PhD in protein folding" is met by a PhD in chemistry whose thesis is on protein folding;
"6+ years of Kotlin" by the roles that built with Jetpack Compose and Ktor, "6+ years of C" by
the firmware on FreeRTOS and Zephyr. A course is no thesis, and a framework of another language dates
nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.degrees import thesis_terms
from heyfolio.jobfit.written_in import written_in
from heyfolio.search.text import analyze
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a chemist turned Android and firmware developer in Tartu.
OWNER: dict[str, Any] = {
    "basics": {"name": "Kadri Näidis", "summary": "Android and firmware developer."},
    "work": [
        {
            "name": "Emajõe Apps",
            "position": "Android Developer",
            "startDate": "2023-01",
            "highlights": ["Rebuilt the ticketing app in Jetpack Compose", "Wrote the sync backend in Ktor"],
        },
        {
            "name": "Toome Devices",
            "position": "Firmware Developer",
            "startDate": "2016-01",
            "endDate": "2022-12",
            "highlights": [
                "Wrote the valve-controller firmware on FreeRTOS",
                "Ported the sensor nodes to Zephyr",
                "Built the companion Android app in Kotlin in 2022",
            ],
        },
    ],
    "education": [
        {
            "institution": "Tartu Example University",
            "area": "Chemistry",
            "studyType": "PhD",
            "courses": ["Thesis: Simulating protein folding on graphics processors", "Quantum chemistry"],
        }
    ],
    "skills": [{"name": "Languages", "keywords": ["Kotlin", "C"]}],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("PhD in protein folding or structural biology", "matched"),  # the thesis is the degree's field
        ("PhD in chemistry", "matched"),
        ("PhD in quantum chemistry", "partial"),  # a course is no thesis
        ("4+ years of Kotlin", "matched"),  # Compose and Ktor are Kotlin since 2023, plus 2022 at Toome
        ("10+ years of Kotlin", "partial"),
        ("6+ years of C", "matched"),  # FreeRTOS and Zephyr firmware from 2016 to 2022
        ("8+ years of C", "partial"),
        ("5+ years of Swift", "missing"),  # no framework of Swift, nor Swift
    ],
)
def test_thesis_and_language_years(line: str, want: str) -> None:
    assert _status(line) == want


def test_thesis_terms_take_the_title_only() -> None:
    got = thesis_terms(["Courses covered: Thesis: Tidal models of the Gulf, Fluid dynamics."], lambda s: s)
    assert {"tidal", "gulf"} <= got
    assert not {"fluid", "dynam"} & got
    assert thesis_terms(["Courses covered: Statistics, Compilers."], lambda s: s) == frozenset()


def test_written_in_only_lists_a_language_s_own_frameworks() -> None:
    kotlin = written_in([frozenset(analyze("Kotlin"))])
    assert frozenset(analyze("Jetpack Compose")) in kotlin
    assert written_in([frozenset(analyze("Java"))]) == []  # Spring may be Java or Kotlin: no list
