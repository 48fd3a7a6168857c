"""Session 30: asks the matcher read short because of how the posting phrased them (invented postings)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.clauses import asks_in
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)


def test_the_hire_named_by_title_then_two_who_clauses_is_two_asks() -> None:
    # "We're looking for a Senior Data Engineer who has ... and who has ...": the title is whom the ad
    # wants; each "who" clause is an ask (the title was read as a thing to show)
    assert asks_in(
        "We're looking for a Senior Data Engineer who has run Spark jobs in production for five years "
        "and who has mentored junior analysts."
    ) == ["has run Spark jobs in production for five years", "has mentored junior analysts"]


def test_the_hire_named_by_title_with_one_who_clause_keeps_only_the_ask() -> None:
    assert asks_in("We need a Mobile Lead who has shipped three Flutter apps to both stores.") == [
        "has shipped three Flutter apps to both stores"
    ]


def test_a_title_without_who_and_the_person_forms_are_read_as_before() -> None:
    sentence = "We're looking for a Senior Data Engineer to join our Lisbon team."
    assert "Senior Data Engineer" in " ".join(asks_in(sentence))
    assert asks_in(
        "We want someone who has built payment APIs in Go and who has run an on-call rotation."
    ) == ["has built payment APIs in Go", "has run an on-call rotation"]


# A made-up platform engineer: EKS and WCAG 2.2 shown, never the words "specifically" or "particular".
PLATFORM_ENGINEER: dict[str, Any] = {
    "basics": {
        "name": "Tomasz Przykładowy",
        "summary": "I run Amazon EKS clusters and accessible dashboards.",
    },
    "work": [
        {
            "name": "Rzeka Cloud",
            "position": "Site Reliability Engineer",
            "startDate": "2019-02",
            "highlights": [
                "Ran Amazon EKS clusters for 60 services with Karpenter and Argo CD",
                "Made the status dashboards meet WCAG 2.2 AA with axe checks in CI",
            ],
        }
    ],
}


def _status(owner: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(owner), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_which_one_is_meant_is_no_thing_to_show() -> None:
    # "specifically", "in particular": the ad pointing at one of what it names, not a word to find
    assert _status(PLATFORM_ENGINEER, "Hands-on with Kubernetes, specifically EKS") == "matched"
    assert _status(PLATFORM_ENGINEER, "Accessibility knowledge, WCAG 2.2 in particular") == "matched"


def test_the_thing_pointed_at_is_still_asked() -> None:
    assert _status(PLATFORM_ENGINEER, "Hands-on with Kubernetes, specifically GKE") != "matched"
    assert _status(PLATFORM_ENGINEER, "Observability, in particular Datadog") != "matched"


def test_the_employers_own_tooling_a_skill_is_for_is_no_thing_to_show() -> None:
    # "for our internal dashboards": where the skill is used; the Python the owner shows meets it
    owner: dict[str, Any] = {
        "basics": {"name": "Ola Przykład", "summary": "Backend engineer writing Python services."},
        "work": [
            {
                "name": "Most Data",
                "position": "Backend Engineer",
                "startDate": "2020-03",
                "highlights": ["Wrote Python services for invoice matching"],
            }
        ],
    }
    assert _status(owner, "Python for our internal reporting dashboards") == "matched"
    assert _status(owner, "Strong Python skills for our sales demo tools") == "matched"
    # a field after "for our" stays asked, and so does a skill not shown
    assert _status(owner, "Python for our storage engine") != "matched"
    assert _status(owner, "Rust for our internal reporting dashboards") != "matched"
