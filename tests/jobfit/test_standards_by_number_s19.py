"""Session 19: a standard asked by its number is shown only where the content writes that number."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.jobfit.standards import unwritten_standards
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a compliance engineer who ran ISO 27001 audits and wrote railway software to EN 50128.
OWNER: dict[str, Any] = {
    "basics": {"name": "Aino Esimerkki", "summary": "Security and safety engineer."},
    "work": [
        {
            "name": "Raidetekniikka Oy",
            "position": "Safety Engineer",
            "startDate": "2018-04",
            "highlights": [
                "Led three ISO 27001 certification audits with no major findings",
                "Wrote interlocking software to EN 50128 SIL 4",
            ],
        }
    ],
}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ISO 27001 audits", "matched"),
        ("Compliance with ISO 27701", "missing"),  # another ISO standard
        ("Experience with EN 50716", "missing"),
        ("Interlocking software to EN 50128", "matched"),
    ],
)
def test_a_standard_is_named_by_its_number(line: str, expected: str) -> None:
    assert assessed(OWNER, line, today=TODAY)["status"] == expected


def test_which_standards_are_unwritten() -> None:
    content = ["Safety work to ISO 26262 ASIL B", "ISO 27001 surveillance audit"]
    assert unwritten_standards("Cybersecurity per ISO/SAE 21434", content) == ["ISO/SAE 21434"]
    assert unwritten_standards("ISO 27001 or SOC 2", content) == []  # one of them is written
    assert unwritten_standards("Frameworks such as NIST 800-53", content) == []  # an example
    assert unwritten_standards("SOC 2 Type II", ["Type 2 diabetes app"]) == ["SOC 2"]
    assert unwritten_standards("Python 3.12 and 5+ years", content) == []
