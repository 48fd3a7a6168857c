"""A grade of a graded scheme asked (ASIL, SIL, WCAG, IEC 62304 class) against the grades shown (own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.grades import grade_below
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

FIRMWARE: dict[str, Any] = {
    "basics": {"name": "Mara Test"},
    "work": [
        {
            "name": "Axle Electronics",
            "position": "Firmware Engineer",
            "startDate": "2019-01",
            "highlights": [
                "Brake-light controller firmware in C, developed to ISO 26262 ASIL B.",
                "Kept the web configurator at WCAG 2.1 AA.",
            ],
        }
    ],
}


def test_a_higher_grade_asked_than_shown_is_partial() -> None:
    item = assessed(FIRMWARE, "Functional safety experience at ASIL D", today=TODAY)
    assert item["status"] == "partial"
    assert "ASIL D" in str(item.get("why"))


def test_the_grade_shown_or_a_lower_one_asked_is_met() -> None:
    assert assessed(FIRMWARE, "Functional safety experience at ASIL B", today=TODAY)["status"] == "matched"
    assert assessed(FIRMWARE, "Functional safety experience at ASIL A", today=TODAY)["status"] == "matched"


def test_grade_below_reads_each_scheme_in_its_own_order() -> None:
    shown = ["Built to WCAG 2.1 AA", "IEC 62304 software safety class C", "SIL 2 per IEC 61508"]
    assert grade_below("WCAG 2.2 AAA", shown) == "WCAG AAA"
    assert grade_below("WCAG 2.1 A", shown) is None
    assert grade_below("IEC 62304 class B software", shown) is None
    assert grade_below("SIL 3 systems", shown) == "SIL 3"
    assert grade_below("ASIL D", shown) is None  # the scheme is not shown with a grade at all
