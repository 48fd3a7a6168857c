"""Session 25: missing asks read as partial. A JSON skill named by a technology the owner never writes,
partly credited through its plain words ("Azure Machine Learning" through machine learning), and padded
with the owner's own tools; work done with a tool whose name runs on past an inner-capital word ("GraphQL
with Apollo iOS"), read as the tool's first word only, so the GraphQL beside it carried the line."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.unnamed_skill import unwritten_technology
from heyfolio.search.chunks import chunk_portfolio
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a machine-learning engineer in Tartu who also ships the team's iOS client.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Kadri Näidis",
        "summary": "Machine learning engineer; I train forecasting models and ship them in a small iOS app.",
    },
    "work": [
        {
            "name": "Emajõe Analytics",
            "position": "Senior Machine Learning Engineer",
            "startDate": "2019-03",
            "highlights": [
                "Trained demand forecasting models in PyTorch and tracked every run in MLflow",
                "Built the iOS client in Swift against our GraphQL API",
            ],
        }
    ],
    "skills": [
        {"name": "Machine learning", "level": "Expert", "keywords": ["PyTorch", "MLflow", "forecasting"]},
        {"name": "Mobile", "level": "Advanced", "keywords": ["iOS", "Swift", "GraphQL"]},
        {"name": "Database Management", "keywords": ["PostgreSQL"]},
    ],
}


def _skills(*skills: dict[str, Any]) -> list[str]:
    resume, problems = parse_resume(dict(OWNER), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {"title": "Machine Learning Engineer", "skills": list(skills)}
    report = assess_job(job, p, chunk_portfolio(p), today=TODAY)
    return [str(r["status"]) for r in report["requirements"]]


def test_a_skill_named_by_a_technology_never_written_is_missing() -> None:
    assert _skills({"name": "Azure Machine Learning"}) == ["missing"]
    # padded with the owner's own tools, still a technology she never names
    assert _skills({"name": "Azure Machine Learning", "keywords": ["PyTorch", "MLflow"]}) == ["missing"]


def test_a_field_or_a_technology_written_stays_related() -> None:
    assert _skills({"name": "Database Management", "keywords": ["SQL"]}) != ["missing"]  # a field, no name
    assert _skills({"name": "Machine learning operations", "keywords": ["MLflow"]}) != ["missing"]


def test_unwritten_technology_reads_only_known_names() -> None:
    texts = ["Trained models in PyTorch on Google Cloud"]
    assert unwritten_technology("Azure Machine Learning", texts) == "Azure"
    assert unwritten_technology("Google Cloud Vertex AI", texts) is None  # its brand is written
    assert unwritten_technology("Operations research", texts) is None  # no technology's name in it
    assert unwritten_technology("Node.js", texts) is None  # a dotted name: labelled sets read it both ways


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def test_a_tool_named_with_an_inner_capital_word_is_the_whole_name() -> None:
    assert _status("GraphQL with Apollo iOS") == "missing"  # Apollo is never written
    assert _status("GraphQL APIs with Swift") == "matched"
    assert _status("Forecasting models with PyTorch on iOS") != "missing"  # the tool is shown


def test_a_product_whose_brand_is_never_written_is_not_shown_by_its_other_words() -> None:
    assert _status("Azure Machine Learning") == "missing"  # machine learning shown, Azure never
    assert _status("Experience with Azure Machine Learning") == "missing"


# A made-up owner with a bachelor's in economics and a postgraduate diploma.
GRADUATE: dict[str, Any] = {
    "basics": {"name": "Lauri Näidis", "summary": "Data engineer."},
    "work": [
        {
            "name": "Tähe Data",
            "position": "Data Engineer",
            "startDate": "2018-01",
            "highlights": ["Built batch pipelines in Python and SQL"],
        }
    ],
    "education": [
        {"institution": "Tartu Business School", "area": "Economics", "studyType": "Bachelor"},
        {
            "institution": "Tartu Business School",
            "area": "Data Analytics",
            "studyType": "Postgraduate diploma",
        },
    ],
}


def test_a_degree_written_as_masters_or_bachelors_is_that_degree() -> None:
    def status(line: str) -> str:
        return str(assessed(GRADUATE, line, today=TODAY)["status"])

    assert status("Masters degree in Computer Science") == "missing"  # a lower degree than asked
    assert status("Master's degree in Computer Science") == "missing"
    assert status("Bachelors degree") == "matched"
    assert status("Bachelors degree in Economics") == "matched"


def test_a_full_stop_closing_the_ask_is_no_part_of_the_tool_named() -> None:
    assert _status("You have built the iOS client in Flutter.") == "missing"  # Flutter never written
    assert _status("You have built the iOS client in Flutter") == "missing"
    assert _status("You have built the iOS client in Swift.") == "matched"
