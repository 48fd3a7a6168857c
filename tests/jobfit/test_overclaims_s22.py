"""Overclaims found with own postings (session 22): a requirement opening with a noun that says which kind
of thing is asked ("Graph databases"), and the owner's own hiring read as hiring done by the owner.
"""

from __future__ import annotations

import datetime as dt

from heyfolio.jobfit import assess_job
from heyfolio.jobfit.imperatives import may_be_verb
from heyfolio.jobfit.own_hire import only_hired_themselves
from heyfolio.jobfit.terms import layout, units
from tests.jobfit.conftest import assessed, owner

TODAY = dt.date(2026, 12, 6)


def bullets(*asks: str) -> str:
    return "Senior Engineer — Kestrelwood Systems (remote)\n\nWhat you bring:\n" + "".join(
        f"- {a}\n" for a in asks
    )


def status(name: str, *asks: str) -> dict[str, str]:
    portfolio, chunks = owner(name)
    report = assess_job(bullets(*asks), portfolio, chunks, today=TODAY)
    return {r["requirement"]: r["status"] for r in report["requirements"]}


def test_a_duty_opens_with_a_verb_a_noun_phrase_with_a_kind() -> None:
    assert may_be_verb("Build")
    assert may_be_verb("design")  # a noun too: the verb reading stays
    assert may_be_verb("enough")  # "enough web skills": no kind of thing
    assert not may_be_verb("Graph")
    assert not may_be_verb("Vector")
    text = "Graph databases"
    grouped = [[u.alternatives[0][0] for u in g] for g in layout(text, units(text, frozenset()))]
    assert grouped == [["Graph", "databases"]]
    text = "Build pipelines"
    grouped = [[u.alternatives[0][0] for u in g] for g in layout(text, units(text, frozenset()))]
    assert grouped == [["Build"], ["pipelines"]]


def test_a_kind_of_thing_never_shown_is_missing_though_its_head_is() -> None:
    # Zofia works with PostgreSQL and BigQuery, never a graph or vector database
    got = status("data-owner", "Graph databases", "Vector databases", "Master data management")
    assert got == {
        "Graph databases": "missing",
        "Vector databases": "missing",
        "Master data management": "missing",
    }


def test_the_kind_reading_keeps_what_is_shown() -> None:
    got = status("data-owner", "Stream processing", "Change data capture")
    assert got["Stream processing"] == "matched"
    assert got["Change data capture"] == "matched"


def test_the_owner_as_the_hire_is_no_hiring() -> None:
    assert only_hired_themselves("Second hire on the platform team; stayed through the acquisition.")
    assert only_hired_themselves("First dedicated security hire.")
    assert only_hired_themselves("Hired as the first data engineer at a 20-person start-up.")
    assert only_hired_themselves("I was recruited by the CTO to rebuild the billing system.")
    assert only_hired_themselves("Joined through the 2023 graduate hiring programme.")
    assert only_hired_themselves("Happy to do a pairing interview; available for interviews on Fridays.")
    assert not only_hired_themselves("Hired four engineers and ran 60 interviews.")
    assert not only_hired_themselves("First hire of the team; later hired three engineers myself.")
    assert not only_hired_themselves("Built the service in Go.")  # no such word: nothing to say


def test_hiring_asked_of_someone_who_was_only_hired_is_missing() -> None:
    doc = {
        "basics": {"name": "Ines Varga", "label": "Platform Engineer"},
        "work": [
            {
                "name": "Quillfeather",
                "position": "Platform Engineer",
                "startDate": "2021-02",
                "summary": "Founding hire on the infrastructure team of a 15-person start-up.",
                "highlights": ["Moved 40 services onto Kubernetes with Terraform."],
            }
        ],
    }
    assert assessed(doc, "Experience hiring engineers", today=TODAY)["status"] == "missing"
    assert assessed(doc, "Run interviews for the platform team", today=TODAY)["status"] == "missing"
    # the same line with hiring done by the owner is hiring
    doc["work"][0]["highlights"].append("Hired three engineers and ran the interview loop.")
    assert assessed(doc, "Experience hiring engineers", today=TODAY)["status"] == "matched"
