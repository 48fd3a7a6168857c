""" "Is expected" closing an ask that names a credential ("A CPWA certification is expected for this role")
weighs the ask; it is no word to look for in the content. Of what the job brings ("Some travel is expected")
it stays. Made-up owner: an accessibility engineer with a CPWA certificate, no CPACC."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.valuing import without_valuing
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 7)

OWNER: dict[str, Any] = {
    "basics": {"name": "Idris Vantongeren-Salo", "label": "Accessibility Engineer"},
    "work": [
        {
            "name": "Pelorus Transit Apps",
            "position": "Accessibility Engineer",
            "startDate": "2020-03",
            "highlights": ["Audited the ticketing web app against WCAG 2.2 and fixed 140 issues"],
        }
    ],
    "certificates": [{"name": "CPWA", "issuer": "IAAP", "date": "2022-05"}],
}


def test_a_credential_is_weighed() -> None:
    assert without_valuing("A CPWA certification is expected for this role") == "A CPWA certification"
    assert without_valuing("A degree in physics is expected.") == "A degree in physics"


def test_what_the_job_brings_stays_as_written() -> None:
    assert without_valuing("Some travel is expected") == "Some travel is expected"
    assert without_valuing("Weekend on-call is expected") == "Weekend on-call is expected"


def test_the_weighed_credential_is_met() -> None:
    assert (
        assessed(OWNER, "A CPWA certification is expected for this role", today=TODAY)["status"] == "matched"
    )


def test_an_unheld_credential_stays_unmet() -> None:
    assert (
        assessed(OWNER, "A CPACC certification is expected for this role", today=TODAY)["status"] != "matched"
    )
