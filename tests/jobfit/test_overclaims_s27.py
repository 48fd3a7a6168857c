"""Session 27: overclaims from words read outside the idea they name and from a level never compared - the
words of a field's name ("large language models", "signal processing") credited by other senses ("a
Spanish-language lesson", "a flood model", "signal packing"), a course and a hobby together read as work, and
an app rating asked ("4.9 or higher") met by lower ratings or by GitHub stars, a hiring plan asked of someone
who never hired met by a "trip-planning" app and a "budgeting" app, years of a field written with a hyphen
("machine-learning systems") read as a qualifier and met by the whole career."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.ideas import bound_words
from heyfolio.jobfit.ratings import rating_below
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 6)

# A made-up owner: a hydrologist turned data engineer who teaches, with a DSP course and a radio hobby.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Maren Oostveld",
        "label": "Data Engineer",
        "summary": "I trained as a hydrologist and now build data pipelines in Python.",
    },
    "work": [
        {
            "name": "Golfslag AI",
            "position": "Machine Learning Engineer",
            "startDate": "2024-06",
            "highlights": ["Built the machine learning service that forecasts tides."],
        },
        {
            "name": "Deltawerk Data",
            "position": "Data Engineer",
            "startDate": "2015-02",
            "endDate": "2024-05",
            "highlights": [
                "Rewrote the river flood model in Python with NumPy.",
                "Wrote a Dutch-language lesson on testing research code.",
                "Reduced bus load by reworking signal packing on the sensor network.",
                "Rebuilt the booking app; its App Store rating went from 3.1 to 4.6.",
                "The open-source loader has 2,300 GitHub stars.",
                "Built the trip-planning screens of the rail app.",
                "Led the data team of four engineers and owned its cloud budget.",
            ],
        },
    ],
    "education": [
        {
            "institution": "Polder University",
            "area": "Civil Engineering",
            "studyType": "Master",
            "courses": ["Digital Signal Processing", "Hydraulics"],
        }
    ],
    "languages": [
        {"language": "Dutch", "fluency": "Native speaker"},
        {"language": "English", "fluency": "C1"},
    ],
    "interests": [{"name": "Amateur radio", "keywords": ["software-defined radio"]}],
}
# Another: an NLP engineer who names language models by their short name.
NLP: dict[str, Any] = {
    "basics": {"name": "Joris Kempenaer", "label": "NLP Engineer"},
    "work": [
        {
            "name": "Taalbrug",
            "position": "NLP Engineer",
            "startDate": "2020-01",
            "highlights": ["Fine-tuned and trained LLMs for customer support in Dutch."],
        }
    ],
}


def _status(doc: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(doc), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


def test_the_words_of_a_field_are_shown_only_where_the_field_is_named() -> None:
    # "language" of a Dutch-language lesson and the languages spoken, "model" of a flood model
    assert _status(OWNER, "Training large language models") == "missing"
    assert _status(OWNER, "Language models") == "missing"
    # the field named by its short name still shows it
    assert _status(NLP, "Training large language models") == "matched"
    assert _status(NLP, "Experience with large language models") == "matched"
    # words outside the phrase are free: "model" of "flood model" for a modelling ask
    assert _status(OWNER, "Flood model development in Python") == "matched"
    assert set(bound_words("Training large language models")) >= {"languag", "model"}
    assert "train" not in bound_words("Training large language models")


def test_a_course_and_a_hobby_together_are_no_work() -> None:
    # a DSP course plus a radio hobby; "signal packing" is another sense of signal
    assert _status(OWNER, "Radio signal processing") == "partial"
    assert _status(OWNER, "Signal processing") == "partial"


def test_a_rating_asked_is_compared_with_the_ratings_shown() -> None:
    assert _status(OWNER, "An app with an App Store rating of 4.8 or higher") == "partial"
    assert _status(OWNER, "A 5-star rated app") == "partial"
    assert _status(OWNER, "An App Store rating of 4.5 or higher") == "matched"
    # GitHub stars are a count, not a rating
    assert rating_below("Apps rated 4.8+ stars", ["The library has 2,300 GitHub stars."]) is None
    assert rating_below("Apps rated 4.8+ stars", ["Rated 4.7 on Google Play from 900 ratings."]) == (
        "best rating shown: 4.7"
    )
    assert rating_below("Open-source project with 1,000+ GitHub stars", ["Rated 4.2 by users."]) is None


def test_hiring_named_beside_other_things_is_not_met_by_their_words_alone() -> None:
    # "plan" of trip-planning, "budget" of a cloud budget, "team" led: no one hired
    assert _status(OWNER, "Own the data team's hiring plan and budget") == "partial"
    assert _status(OWNER, "Own the data team's plan and budget") == "matched"


def test_years_of_a_field_written_with_a_hyphen_are_the_field_s_years() -> None:
    # two and a half years of machine learning in a career of almost twelve
    assert _status(OWNER, "5+ years building production machine-learning systems") == "partial"
    assert _status(OWNER, "2+ years building production machine-learning systems") == "matched"
    # a qualifier is still not what the years are of
    assert _status(OWNER, "8+ years of data-heavy Python work") == "matched"
