"""German compound nouns read by their parts, and "N years people management" read as years (session 15)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.compounds import split_compound
from heyfolio.jobfit.foreign import in_english
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a firmware team lead in Graz.
OWNER: dict[str, Any] = {
    "basics": {"name": "Lena Beispiel", "summary": "Firmware engineer who leads a team of eleven engineers."},
    "work": [
        {
            "name": "Murtal Sensorik",
            "position": "Firmware Team Lead",
            "startDate": "2023-01",
            "summary": "Lead a team of eleven engineers writing embedded software in C for industrial sensors.",
            "highlights": ["Brought the Modbus and CAN networks of the sensor line under one gateway"],
        }
    ],
    "languages": [{"language": "German", "fluency": "Native speaker"}],
}


def _item(line: str) -> dict[str, Any]:
    item: dict[str, Any] = assessed(OWNER, line, today=TODAY)
    return item


def _status(line: str) -> str:
    return str(_item(line)["status"])


def test_a_compound_is_split_at_a_known_last_part() -> None:
    assert split_compound("softwareentwicklung", {"entwicklung": "development"}) == "software development"
    assert split_compound("führungserfahrung", {"führung": "leadership", "erfahrung": "experience"}) == (
        "leadership experience"
    )
    assert split_compound("schreibtisch", {}) is None


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Embedded-Softwareentwicklung in C", "Embedded software development in C"),
        ("Industrienetzwerke (Modbus, Profinet)", "industrie networks (Modbus, Profinet)"),
        ("Deutsch verhandlungssicher", "German business fluent"),
        ("Teams mit 8+ Ingenieuren", "teams with 8+ engineers"),
        ("Design software for teams of engineers", "Design software for teams of engineers"),  # English
        ("German and English", "German and English"),
    ],
)
def test_german_lines_read_in_english(line: str, read: str) -> None:
    assert in_english(line) == read


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Embedded-Softwareentwicklung in C", "matched"),
        ("Führung von Teams mit 10+ Ingenieuren", "matched"),
        ("Deutsch verhandlungssicher (C1+)", "matched"),
    ],
)
def test_german_asks_met_in_english_content(line: str, want: str) -> None:
    assert _status(line) == want


def test_years_before_people_are_years_not_a_group() -> None:
    """ "5 years people management": five years asked, not a group of five people."""
    why = str(_item("5 years people management experience").get("why", ""))
    assert "largest group" not in why
    assert "largest group" in str(_item("5 people to manage").get("why", ""))
