"""Session 36: an alternative beneath a choice ("Apptainer containers" of "Docker or Apptainer containers") is the name
that sets it apart from the others; the words it shares with them ("containers") are the line's, shown by the one
held. Its own name never written is missing (a technology never named is missing even when an adjacent one is),
and the choice itself is still met by the one shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from heyfolio.jobfit import assess_job
from tests.probe_owner import ProbeOwner

OWNER = {
    "basics": {
        "name": "Ilse Vantongeren",
        "label": "Research Software Engineer",
        "summary": "I package and run genome-analysis pipelines for a university sequencing lab.",
    },
    "work": [
        {
            "name": "Scheldt Genomics Lab",
            "position": "Research Software Engineer",
            "startDate": "2020-02",
            "highlights": [
                "Packaged our variant-calling pipeline in Docker containers that run on the lab's cluster.",
                "Tracked model experiments with MLflow for the lab's tumour classifier.",
                "Set up our MLOps platform and model registry for the lab.",
            ],
        }
    ],
    "skills": [{"name": "Containers", "level": "Advanced", "keywords": ["Docker", "Docker Compose"]}],
}

POSTING = """Bioinformatics Engineer

Requirements:
- Docker or Apptainer containers
- MLOps platforms such as MLflow or Metaflow
"""


def _rows(report: dict[str, Any]) -> dict[str, str]:
    return {
        str(row["requirement"]): str(row["status"])
        for item in report["requirements"]
        for row in (item, *(item.get("alternatives") or ()))
    }


def _report() -> dict[str, Any]:
    probe = ProbeOwner(OWNER)
    return assess_job(POSTING, probe.portfolio, probe.chunks, today=date(2026, 12, 1))


def test_an_alternative_whose_own_name_is_never_written_is_missing() -> None:
    rows = _rows(_report())
    assert rows["Apptainer containers"] == "missing"
    assert rows["MLOps platforms: Metaflow"] == "missing"


def test_the_choice_and_the_alternative_shown_keep_their_verdicts() -> None:
    rows = _rows(_report())
    assert rows["Docker or Apptainer containers"] == "matched"
    assert rows["Docker containers"] == "matched"
    assert rows["MLOps platforms: MLflow"] == "matched"
