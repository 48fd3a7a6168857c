"""Session 21, second round: a label ending on a class of named things, and an issuer spelled in brackets."""

from __future__ import annotations

import json

import pytest

from heyfolio.jobfit import JobParseError, assess_job
from heyfolio.jobfit.issuers import unbracketed
from heyfolio.jobfit.named import labelled_names
from heyfolio.jobfit.nothing_asked import asks_nothing
from tests.jobfit.conftest import owner


def statuses(owner_name: str, line: str) -> list[tuple[str, str]]:
    portfolio, chunks = owner(owner_name)
    report = assess_job(f"Engineer\n\nRequirements\n- {line}\n", portfolio, chunks)
    return [(r["requirement"], r["status"]) for r in report["requirements"]]


def test_a_label_ending_on_a_class_of_named_things_lists_each_name() -> None:
    assert labelled_names("Industrial fieldbus protocols: Modbus, PROFINET") == ["Modbus", "PROFINET"]
    assert labelled_names("Embedded kernels: Zephyr, NuttX") == ["Zephyr", "NuttX"]
    assert labelled_names("Medical device standards: IEC 62304, ISO 14971") == ["IEC 62304", "ISO 14971"]
    assert labelled_names("Document stores experience: MongoDB, Couchbase") == ["MongoDB", "Couchbase"]


def test_a_field_the_names_only_serve_stays_whole() -> None:
    assert labelled_names("Computational physics: Fortran, Julia") is None
    assert labelled_names("Game development: Unity, Godot") is None
    assert labelled_names("Vehicle protocols: CAN or LIN") is None  # either meets it


def test_each_class_member_is_held_or_not() -> None:
    assert statuses("embedded-owner", "In-vehicle network protocols: LIN, CAN FD") == [
        ("LIN", "matched"),
        ("CAN FD", "matched"),
    ]
    assert statuses("embedded-owner", "Embedded kernels: FreeRTOS, NuttX") == [
        ("FreeRTOS", "matched"),
        ("NuttX", "missing"),
    ]


def test_an_issuer_in_brackets_reads_as_its_one_word_name() -> None:
    assert unbracketed("(ISC)2 CISSP") == "ISC2 CISSP"
    assert unbracketed("CISSP from (ISC)\u00b2") == "CISSP from ISC2"
    assert unbracketed("Python (PEP) 8") == "Python (PEP) 8"  # a bracket then a spaced word: not a name
    assert unbracketed("(AWS)20") == "(AWS)20"


def test_a_credential_named_with_its_bracketed_issuer_is_held_or_not() -> None:
    assert statuses("security-owner", "(ISC)\u00b2 CISSP certification") == [
        ("(ISC)\u00b2 CISSP certification", "matched")
    ]
    assert statuses("data-owner", "(ISC)2 CISSP") == [("(ISC)2 CISSP", "missing")]


def test_a_slot_filled_with_nothing_asks_nothing() -> None:
    assert asks_nothing("None required")
    assert asks_nothing("Certifications: not needed.")
    assert asks_nothing("N/A")
    assert asks_nothing("No prior experience required")
    assert not asks_nothing("None of the above is required, but Go helps")
    assert not asks_nothing("Experience with Nonesuch required")


def test_a_slot_filled_with_nothing_is_no_requirement() -> None:
    portfolio, chunks = owner("mobile-owner")
    job = {
        "title": "iOS Engineer",
        "education": "Not applicable",
        "qualifications": ["None required", "Shipped a Swift app to the App Store"],
    }
    report = assess_job(json.dumps(job), portfolio, chunks)
    assert [r["requirement"] for r in report["requirements"]] == ["Shipped a Swift app to the App Store"]


def test_a_job_asking_nothing_at_all_is_a_clear_error() -> None:
    portfolio, chunks = owner("mobile-owner")
    with pytest.raises(JobParseError, match="found no requirement"):
        assess_job(
            json.dumps({"title": "iOS Engineer", "qualifications": ["None required"]}), portfolio, chunks
        )
