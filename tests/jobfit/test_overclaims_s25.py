"""Session 25: overclaims from words the content uses in another sense - a participle inside a hyphenated
adjective ("peer-reviewed", "code-switched") read as the owner's own reviewing or switching, a word that says
which work is asked ("mechanical design") read as mere wording, a spare-time interest read as work, a
certificate under way read as the skill, a field's work read as a lead role in it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a speech researcher in Tallinn who records mixed-language radio and plays the cello.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Liis Tamberg",
        "summary": "Speech researcher working on code-switched Estonian and Russian radio speech. "
        "In my spare time I am learning Rust.",
    },
    "work": [
        {
            "name": "Kiirkõne OÜ",
            "position": "Research Engineer",
            "startDate": "2021-09",
            "highlights": [
                "Published five peer-reviewed papers on mixed-language speech recognition.",
                "Built a transcription service in Python used by three radio archives.",
                "Wrote the LIN driver for the seat modules of a tour bus.",
            ],
        }
    ],
    "skills": [{"name": "Speech", "keywords": ["Kaldi", "PyTorch", "Python"]}],
    "interests": [{"name": "Music", "keywords": ["cello"]}],
    "certificates": [
        {
            "name": "Certified Kubernetes Application Developer (CKAD) - in progress, exam booked for May 2027",
            "issuer": "The Linux Foundation",
        }
    ],
}


def _report(job: str | dict[str, Any]) -> dict[str, Any]:
    resume, problems = parse_resume(OWNER, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    return assess_job(job, p, chunk_portfolio(p), today=TODAY)


def _status(line: str) -> str:
    return str(_report(f"Requirements:\n- {line}\n")["requirements"][0]["status"])


def test_a_participle_in_a_hyphenated_adjective_is_not_the_owners_own_doing() -> None:
    assert _status("Code review") != "matched"  # "code-switched" speech and "peer-reviewed" papers
    assert _status("Peer-reviewed publications") == "matched"  # asked in the same words
    assert _status("Speech recognition") == "matched"


def test_a_word_before_the_work_asked_says_which_work_not_how_it_is_worded() -> None:
    assert _status("Seat module mechanical design") == "partial"  # a driver for seat modules, no mechanics
    assert _status("Seat module plant operations") == "partial"


def test_a_word_shown_only_where_the_owner_speaks_of_an_interest_is_not_work() -> None:
    assert _status("Transcription services in Rust") == "partial"  # Rust only learnt in spare time
    assert _status("Transcription services in Python") == "matched"


def test_a_skill_shown_only_by_a_certificate_under_way_is_being_learnt() -> None:
    job = {"title": "Backend Engineer", "skills": [{"name": "Kubernetes"}, {"name": "PyTorch"}]}
    got = {r["requirement"]: r["status"] for r in _report(job)["requirements"]}
    assert got["Kubernetes"] == "partial"  # only the CKAD exam booked
    assert got["PyTorch"] == "matched"


def test_a_lead_role_asked_is_not_shown_by_the_field_when_nothing_was_led() -> None:
    assert _status("Experience as a speech recognition team lead") == "missing"
    assert _status("Experience as a speech researcher") == "matched"
