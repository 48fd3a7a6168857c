"""Session 31: an overclaim where part of the ask was taken as met by something else - a kind of model met by
its first word ("weather models" by a weather forecast read, the generic "models" dropped)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.weak_heads import head_nouns_after
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 7)


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


# A made-up owner: a mobile developer whose app reads weather forecasts, and who never built a model of weather.
APP_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Brannoc Illes",
        "label": "Mobile Developer",
        "summary": "Mobile developer in Galway.",
    },
    "work": [
        {
            "name": "Tidewise Sailing",
            "position": "Mobile Developer",
            "startDate": "2020-03",
            "highlights": [
                "Built the sailing app that warns skippers of gales from the national weather forecasts.",
                "Cut the app's cold start from 4 s to 1.1 s.",
            ],
        }
    ],
    "projects": [
        {
            "name": "tidecalc",
            "description": "A tidal model of Galway Bay in Python that predicts slack water to the minute.",
        }
    ],
}


def test_a_kind_of_model_is_not_met_by_its_first_word_alone() -> None:
    assert _status(APP_OWNER, "Weather models") == "partial"  # a model shown, of tides
    assert _status(APP_OWNER, "Numerical weather or climate models") != "matched"
    assert _status(APP_OWNER, "Tidal models") == "matched"
    assert _status(APP_OWNER, "Weather forecasts") == "matched"


def test_an_activitys_models_are_the_activity() -> None:
    assert head_nouns_after("Forecasting models", "Forecasting") == []
    assert head_nouns_after("Weather or climate models", "Weather") == ["model"]
    assert head_nouns_after("Booking/payments platform", "Booking") == ["platform"]
