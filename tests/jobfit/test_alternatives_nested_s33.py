"""A choice of two named tools in one line ("Detox or Maestro", "e.g. Fastlane, Bitrise") is ONE requirement of
the report, met by either and counted once; each alternative hangs beneath it with its own verdict, and the set
scorer aligns a label to the choice or to one of its alternatives, whichever it names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job, parse_job
from heyfolio.jobfit.alternatives import alternative_asks
from heyfolio.jobfit.evaluate import evaluate_jobfit
from heyfolio.search.chunks import Chunk, chunk_portfolio

TODAY = dt.date(2026, 12, 7)

# A made-up owner: a mobile engineer who tests with Detox and ships with Fastlane, and never names Maestro,
# Bitrise or Nextflow.
OWNER: dict[str, Any] = {
    "basics": {"name": "Marisol Quenby", "summary": "Mobile engineer for a ferry-booking app."},
    "work": [
        {
            "name": "Harbourlight Apps",
            "position": "Senior Mobile Engineer",
            "startDate": "2020-02",
            "highlights": [
                "Wrote the Detox end-to-end suite that runs on every React Native pull request",
                "Moved release builds to Fastlane lanes, cutting a store release from a day to an hour",
            ],
        }
    ],
    "skills": [{"name": "Mobile", "keywords": ["React Native", "TypeScript", "Detox", "Fastlane"]}],
}

JOB = """Senior Mobile Engineer

Requirements:
- End-to-end tests with Detox or Maestro
- Release automation (e.g. Fastlane, Bitrise)
- TypeScript
"""


def _owner() -> tuple[Portfolio, Sequence[Chunk]]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    portfolio = Portfolio(resume=resume)
    return portfolio, chunk_portfolio(portfolio)


def _report(job: Any = JOB) -> dict[str, Any]:
    portfolio, chunks = _owner()
    return assess_job(job, portfolio, chunks, today=TODAY)


def test_tools_the_general_vocabulary_lacks_still_make_a_choice() -> None:
    assert alternative_asks("Numba or Cython") == ["Numba", "Cython"]
    assert alternative_asks("UI tests with Detox or Maestro") == [
        "UI tests with Detox",
        "UI tests with Maestro",
    ]
    assert alternative_asks("Pipelines in Nextflow or Snakemake") == [
        "Pipelines in Nextflow",
        "Pipelines in Snakemake",
    ]
    assert alternative_asks("Browser tests (Playwright or Puppeteer)") == [
        "Browser tests (Playwright)",
        "Browser tests (Puppeteer)",
    ]
    assert alternative_asks("HPC containers: Docker or Singularity") == [
        "HPC containers: Docker",
        "HPC containers: Singularity",
    ]


def test_two_examples_after_e_g_joined_by_a_comma_are_alternatives() -> None:
    # each example asked as itself, the kind before it kept ("e.g. Bitrise" alone is met by any release tool)
    assert alternative_asks("Release automation (e.g. Fastlane, Bitrise)") == [
        "Release automation: Fastlane",
        "Release automation: Bitrise",
    ]
    assert alternative_asks("Unit test runners such as Vitest, Jest") == [
        "Unit test runners: Vitest",
        "Unit test runners: Jest",
    ]
    assert alternative_asks("Wire formats such as Avro or Protobuf for events") == [
        "Wire formats: Avro for events",
        "Wire formats: Protobuf for events",
    ]
    # a comma without an opener lists, it offers no choice; three examples are a list read elsewhere
    assert alternative_asks("Kotlin, Swift") is None
    assert alternative_asks("Runners such as Vitest, Jest, Mocha") is None


def test_whole_asks_and_prose_pairs_stay_whole() -> None:
    assert alternative_asks("5+ years of Numba or Cython") is None
    assert alternative_asks("AWS or GCP certification") is None
    assert alternative_asks("Published in Nature or Science") is None  # no technology named
    assert alternative_asks("Working with Detox and Jest") is None  # "and" outside examples: both asked


def test_a_choice_is_one_requirement_carrying_its_alternatives() -> None:
    reqs = parse_job(JOB)[1]
    assert [r.text for r in reqs] == [
        "End-to-end tests with Detox or Maestro",
        "Release automation (e.g. Fastlane, Bitrise)",
        "TypeScript",
    ]
    assert reqs[0].alternatives == ("End-to-end tests with Detox", "End-to-end tests with Maestro")
    assert reqs[1].alternatives == ("Release automation: Fastlane", "Release automation: Bitrise")
    assert reqs[2].alternatives == ()


def test_a_json_documents_lines_carry_their_alternatives_too() -> None:
    doc = {
        "title": "Research Software Engineer",
        "skills": ["Nextflow or Snakemake"],
        "qualifications": ["Accelerating Python with Numba or Cython", "A degree in Physics or Biology"],
    }
    got = {r.text: r.alternatives for r in parse_job(doc)[1]}
    assert got == {
        "Nextflow or Snakemake": ("Nextflow", "Snakemake"),
        "Accelerating Python with Numba or Cython": (
            "Accelerating Python with Numba",
            "Accelerating Python with Cython",
        ),
        "A degree in Physics or Biology": (),
    }


def test_the_report_nests_each_alternatives_verdict_and_counts_the_choice_once() -> None:
    report = _report()
    rows = report["requirements"]
    assert [r["requirement"] for r in rows] == [
        "End-to-end tests with Detox or Maestro",
        "Release automation (e.g. Fastlane, Bitrise)",
        "TypeScript",
    ]
    choice = rows[0]
    assert choice["status"] == "matched"  # met by either: Detox is shown
    assert choice["evidence"]
    alternatives = {a["requirement"]: a for a in choice["alternatives"]}
    assert list(alternatives) == ["End-to-end tests with Detox", "End-to-end tests with Maestro"]
    assert alternatives["End-to-end tests with Detox"]["status"] == "matched"
    assert alternatives["End-to-end tests with Detox"]["evidence"]
    assert alternatives["End-to-end tests with Maestro"]["status"] == "missing"
    assert alternatives["End-to-end tests with Maestro"]["evidence"] == []  # nothing shown, nothing quoted
    # the line is met by the example shown; each example beneath it is asked as itself
    assert rows[1]["status"] == "matched"
    release = {a["requirement"]: a["status"] for a in rows[1]["alternatives"]}
    assert release == {"Release automation: Fastlane": "matched", "Release automation: Bitrise": "missing"}
    assert "alternatives" not in rows[2]
    # three asks, three counted: the alternatives beneath a choice are never counted on their own
    assert report["counts"] == {"matched": 3, "partial": 0, "missing": 0}


def test_the_scorer_aligns_a_label_to_the_choice_or_to_one_alternative() -> None:
    job = {
        "id": "mobile",
        "content": "invented",
        "job": JOB,
        "requirements": [
            # one set labels the choice whole (met by either) ...
            {"text": "End-to-end tests with Detox or Maestro", "expected": "matched"},
            # ... another labels each name on its own
            {"text": "Maestro", "expected": "missing"},
            {"text": "Detox", "expected": "matched"},
            {"text": "Release automation (e.g. Fastlane, Bitrise)", "expected": "matched"},
            {"text": "Bitrise", "expected": "missing"},
            {"text": "TypeScript", "expected": "matched"},
        ],
    }
    result = evaluate_jobfit([job], lambda _name: _owner())
    assert result.misses == []
    assert result.correct == result.total == 6
    assert result.unaligned == 0
    assert result.extras == 0  # every row of the report is labelled, through itself or an alternative
