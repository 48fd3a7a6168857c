"""Certificate lines that say they lapsed, and "active"/"current" before a credential held (session 21,
round 2)."""

from __future__ import annotations

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.lapsed import currency_word, lapsed_certificate
from tests.jobfit.conftest import owner


def status(name: str, *asks: str) -> dict[str, str]:
    job = "Cloud Engineer — Brindle Freight\n\nWhat we need:\n" + "".join(f"- {a}\n" for a in asks)
    portfolio, chunks = owner(name)
    report = assess_job(job, portfolio, chunks)
    return {r["requirement"]: r["status"] for r in report["requirements"]}


def test_a_certificate_line_saying_it_lapsed_is_read_as_lapsed() -> None:
    assert lapsed_certificate("certificate", "Some Cloud Associate (expired 2021)")
    assert lapsed_certificate("certificate", "Data Cert - passed 2019, not renewed")
    assert not lapsed_certificate("certificate", "Data Cert - passed 2019")
    assert not lapsed_certificate("work", "rotated keys before they expired")


def test_a_bare_credential_name_still_held_is_matched() -> None:
    assert status("platform-owner", "CKA")["CKA"] == "matched"
    assert status("security-owner", "CISSP")["CISSP"] == "matched"


def test_a_word_saying_the_credential_is_held_now_is_no_skill() -> None:
    assert currency_word(("active",)) and currency_word(("Current",)) and currency_word(("valid",))
    assert not currency_word(("activity",)) and not currency_word(("contributor",))


def test_a_credential_asked_as_active_is_met_by_one_never_said_to_lapse() -> None:
    assert status("security-owner", "Active CISSP")["Active CISSP"] == "matched"
    assert status("platform-owner", "Current CKA")["Current CKA"] == "matched"
    # "active" does not stand for a credential nobody holds
    assert status("security-owner", "Active security clearance")["Active security clearance"] == "missing"


def test_a_credential_asked_as_current_and_shown_only_as_expired_is_partial() -> None:
    # the manager's CKAD line says it expired in 2022
    assert status("manager-owner", "Current CKAD")["Current CKAD"] == "partial"
    assert status("manager-owner", "Valid CKAD")["Valid CKAD"] == "partial"
