"""An executive title asked as held ("Hold a CISO title in a previous role") is shown only by a title the owner
held (session 25).

Why: the owner who reports to the CISO writes "CISO" in her portfolio, and the ask came back matched. The
owner is written here for the test.
"""

from __future__ import annotations

import datetime as dt

from tests.jobfit.conftest import assessed


def _status(position: str, ask: str) -> str:
    doc = {
        "basics": {
            "name": "Ana Quist",
            "label": "Security engineer",
            "summary": "Security engineer in Oslo.",
        },
        "work": [
            {
                "name": "Fjordbank",
                "position": position,
                "startDate": "2020-01",
                "highlights": ["Reported to the CISO and ran the application security programme."],
            }
        ],
    }
    return str(assessed(doc, ask, today=dt.date(2026, 12, 1))["status"])


def test_a_title_someone_else_holds_is_not_held() -> None:
    assert _status("Application Security Lead", "Hold a CISO title in a previous role") == "missing"
    assert _status("Application Security Lead", "Previously held a VP of Engineering position") == "missing"


def test_a_title_held_is_held() -> None:
    assert _status("CISO", "Hold a CISO title in a previous role") == "matched"
