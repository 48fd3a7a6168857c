"""Session 19: a line that lists named things asks each one: credentials after a label, a bare line of
names, a name with a spaced dash inside a comma list."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.named import labelled_names
from heyfolio.jobfit.parse import parse_job
from heyfolio.jobfit.terms import word_list
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)


def _texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_credentials_after_a_label_are_each_asked() -> None:
    assert labelled_names("Certifications: CISSP, OSCP, GIAC GPEN") == ["CISSP", "OSCP", "GIAC GPEN"]
    assert labelled_names("Certification: CISSP or CISM") is None  # either one meets the ask
    assert labelled_names("Testing: Vitest, Cypress, Selenium") == ["Vitest", "Cypress", "Selenium"]


def test_a_bare_line_of_names_is_a_list() -> None:
    job = "Nice to have\nLooker, Fivetran, Python.\n"
    assert _texts(job) == list(word_list("Looker Fivetran Python"))


def test_a_dash_inside_a_name_of_a_comma_list() -> None:
    job = "Bonus: GCP, Nomad, Google Cloud Professional Cloud Architect – Associate.\n"
    assert _texts(job) == ["GCP", "Nomad", "Google Cloud Professional Cloud Architect – Associate"]
    assert _texts("Skills: Go - Kafka - Redis\n") == ["Go", "Kafka", "Redis"]


# A made-up owner holding one security certificate.
OWNER: dict[str, Any] = {
    "basics": {"name": "Mia Beispiel", "summary": "Penetration tester."},
    "work": [{"name": "Prüfwerk", "position": "Penetration Tester", "startDate": "2019-01"}],
    "certificates": [{"name": "Offensive Security Certified Professional (OSCP)", "date": "2020-05"}],
}


def test_each_credential_listed_is_held_or_not() -> None:
    def status(line: str) -> str:
        return str(assessed(OWNER, line, today=TODAY)["status"])

    assert status("OSCP") == "matched"
    assert status("CRTO") == "missing"
