"""Under-calls of wording (session 16): a clipped word is its full form ("lab" is "laboratory") and a
noun made of a verb and its particle is the verb written open ("a migration cutover" is "cut over")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.clipped import clipped_variants
from heyfolio.jobfit.phrasal import closed_form, open_terms
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.text import analyze
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a platform engineer at a water utility who writes short.
OWNER: dict[str, Any] = {
    "basics": {"name": "Robin Sample", "summary": "Platform engineer for a regional water utility."},
    "work": [
        {
            "name": "Valley Water",
            "position": "Platform Engineer",
            "startDate": "2020-02",
            "highlights": [
                "Cut over 40 billing services to the new Postgres cluster with no downtime",
                "Kept the infra config for the water-quality lab in one Terraform repo",
                "Handed over the on-call runbooks to the operations team",
            ],
        }
    ],
}


def _status(line: str) -> str:
    item = assessed(OWNER, line, today=TODAY)
    return str(item["status"])


def test_clipped_variants_both_ways() -> None:
    lab, laboratory = analyze("lab")[0], analyze("laboratory")[0]
    assert clipped_variants(laboratory) == (lab,)
    assert clipped_variants(lab) == (laboratory,)
    assert clipped_variants(analyze("kubernetes")[0]) == ()


def test_open_and_closed_forms() -> None:
    assert analyze("cutover")[0] in open_terms("Cut over 40 services to Postgres")
    assert analyze("handover")[0] in open_terms("handed over the runbooks")
    assert not open_terms("Cut costs over two years")  # the particle must follow the verb
    assert closed_form(analyze("roll")[0], "Roll out SAST to every team") == analyze("rollout")[0]
    assert closed_form(analyze("roll")[0], "Roll the dice") is None


def test_full_form_asked_clipped_written() -> None:
    assert _status("Laboratory infrastructure configuration in Terraform") == "matched"


def test_noun_asked_verb_written_with_its_figure() -> None:
    assert _status("Database cutover of 30+ services") == "matched"
    assert _status("Database cutover of 100+ services") == "partial"  # 40 shown
    assert _status("Handover of on-call runbooks") == "matched"


def test_other_words_are_not_stretched() -> None:
    assert _status("Kubernetes cutover") != "matched"


def test_stems_the_analyzer_splits() -> None:
    from heyfolio.jobfit.stems import stem_variants

    assert analyze("containerized")[0] in stem_variants(analyze("containerised")[0])
    assert analyze("autoscaler")[0] in stem_variants(analyze("autoscaling")[0])
    assert stem_variants(analyze("hypothesis")[0]) == ()  # "-sis" is no British ending
    assert stem_variants(analyze("kubernetes")[0]) == ()


def test_british_ending_asked_american_written() -> None:
    owner = {
        "basics": {"name": "Sam Sample"},
        "work": [
            {
                "name": "Harbour Freight",
                "position": "Backend Engineer",
                "startDate": "2021-01",
                "highlights": ["Containerized the customs services and wrote a custom autoscaler for them"],
            }
        ],
    }
    resume, problems = parse_resume(owner, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    for line, want in (
        ("Containerised customs services", "matched"),
        ("Autoscaling customs services", "matched"),
    ):
        item = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)["requirements"][0]
        assert item["status"] == want, (line, item)
