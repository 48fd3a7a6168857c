"""Session 31: a standard asked by its number, met only by lines that write another standard, is missing.

"Cybersecurity per ISO/SAE 21434" against ISO 26262 work: the body's name ("ISO") is all the lines share
with the ask, and a neighbouring standard is another standard, as a neighbouring tool is another tool.
An ask partial through its other words, shown on a line of their own, stays partial.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a rail signalling engineer who works to EN 50128 and built a depot dashboard.
OWNER: dict[str, Any] = {
    "basics": {"name": "Brünhild Beispiel", "summary": "Rail signalling software engineer."},
    "work": [
        {
            "name": "Gleiswerk AG",
            "position": "Signalling Software Engineer",
            "startDate": "2017-02",
            "highlights": [
                "Wrote interlocking software to EN 50128 SIL 4 for twelve stations",
                "Built the depot status dashboard in JavaScript for the night shift",
            ],
        }
    ],
    "skills": [{"name": "Safety standards", "keywords": ["EN 50128", "EN 50129"]}],
}


def test_a_standard_met_only_by_another_standard_is_missing() -> None:
    # the only lines that touch these asks write EN 50128/50129, never the number asked: the body's name
    # ("EN") is all they share, and "cybersecurity" is written nowhere
    assert assessed(OWNER, "Cybersecurity per EN 50716", today=TODAY)["status"] == "missing"
    assert assessed(OWNER, "Cybersecurity per EN 50159", today=TODAY)["status"] == "missing"


def test_the_standard_written_and_other_words_shown_are_still_read() -> None:
    # the standard itself, written by the content, is shown
    assert assessed(OWNER, "Interlocking software to EN 50128", today=TODAY)["status"] == "matched"
    # a line of its own shows the dashboard: the ask is partly there, whatever standard it names
    assert assessed(OWNER, "Dashboards and cybersecurity per EN 50159", today=TODAY)["status"] == "partial"
