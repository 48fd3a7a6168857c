"""Requirements the content meets in other words: an activity shown by its outcome, a doer shown doing,
a platform by its systems, a degree by equivalent experience (session 12, under-claims)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.activities import activity_hits
from heyfolio.jobfit.evidence import doing_terms
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.text import analyze
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# A made-up owner: an ops-minded Android and iOS developer who ran a user group, with a physics degree.
OWNER: dict[str, Any] = {
    "basics": {"name": "Tove Test", "summary": "App developer who likes fast, cheap and boring systems."},
    "work": [
        {
            "name": "Harbour Apps",
            "position": "Senior App Developer",
            "startDate": "2021-02",
            "summary": "Own the Android app and the build servers behind it.",
            "highlights": [
                "Brought the nightly build bill down from $9,000 to $3,100 a month by moving to spot runners",
                "Took the app's cold start from 3.4 s to 0.9 s on low-end phones",
                "Hired two developers after running their interviews",
            ],
        },
        {
            "name": "Fjord Labs",
            "position": "Quality Tester, then iOS Developer",
            "startDate": "2016-03",
            "endDate": "2021-01",
            "summary": "Tested the iPhone app by hand, then wrote its Swift networking layer.",
        },
    ],
    "volunteer": [
        {
            "organization": "Kotlin User Group Bergen",
            "position": "Co-organiser",
            "startDate": "2019-01",
            "highlights": ["Co-organised 30 meetups with about 50 attendees each"],
        }
    ],
    "education": [
        {
            "institution": "Bergen University",
            "studyType": "Bachelor",
            "area": "Physics",
            "startDate": "2012-08",
        }
    ],
}


def _status(line: str, doc: dict[str, Any] = OWNER) -> tuple[str, str]:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"]), str(item.get("why", ""))


@pytest.mark.parametrize(
    "line",
    [
        "Drive cost optimisation of our build servers",
        "Optimise the cost of nightly builds",
        "Improve app performance on low-end devices",
        "Run community events for developers",
        "Help organise our community events",
        "Run interviews for new developers",
        "Own the Android app end to end, from idea to store",
    ],
)
def test_a_thing_asked_as_a_noun_is_shown_by_the_work_that_did_it(line: str) -> None:
    assert _status(line)[0] == "matched"


@pytest.mark.parametrize(
    "line",
    [
        "Run performance reviews for your reports",  # people, not latency
        "Experience with convex optimisation",  # mathematics, not a cost cut
        "Build event-driven services",  # data events, not meetups
        "Experience with Optimizely experiments",  # a product named like the word
    ],
)
def test_the_activity_stands_for_the_word_only_in_its_own_sense(line: str) -> None:
    assert _status(line)[0] != "matched"


def test_activity_hits_need_the_word_and_its_sense() -> None:
    sentences = ["Cut p99 latency from 800 ms to 90 ms", "Organised 12 meetups", "Grew the team"]
    assert activity_hits("optim", "Latency optimisation", sentences) == [0]
    assert activity_hits("perform", "Backend performance", sentences) == [0]
    assert activity_hits("event", "Organise events", sentences) == [1]
    assert activity_hits("event", "Process events at scale", sentences) == []  # not gatherings
    assert activity_hits("optim", "Optimizely", sentences) == []
    assert activity_hits("grow", "Grow the team", sentences) == []  # no activity for the word


def test_a_doer_shows_the_doing() -> None:
    assert doing_terms(analyze("penetration tester")) == frozenset(analyze("testing"))
    assert doing_terms(analyze("conference speaker")) == frozenset(analyze("speaking"))
    assert doing_terms(analyze("data scientist")) == frozenset(analyze("science"))
    assert doing_terms(analyze("manager")) == frozenset()  # its stem is already the activity's
    assert _status("Manual testing of mobile apps")[0] == "matched"  # "Quality Tester ... by hand"


def test_years_of_mobile_work_count_the_ios_and_android_roles() -> None:
    assert _status("8+ years of mobile development")[0] == "matched"  # 2016-03 to today, iOS then Android
    assert _status("12+ years of mobile development")[0] == "partial"


def test_a_degree_or_equivalent_experience_is_met_by_a_long_career() -> None:
    assert _status("A degree in computer science or equivalent practical experience")[0] == "matched"
    assert _status("BSc in Computer Science or comparable work experience")[0] == "matched"
    assert _status("A degree in computer science")[0] == "partial"  # physics: no experience offered instead
    young = {**OWNER, "work": OWNER["work"][:1]}  # under six years of work
    assert _status("A master's degree in computer science or equivalent experience", young)[0] != "matched"


def test_a_quantitative_field_is_any_quantitative_degree() -> None:
    econ = {**OWNER, "education": [{**OWNER["education"][0], "area": "Econometrics"}]}
    assert _status("A degree in a quantitative field such as statistics or mathematics", econ)[0] == "matched"


POLYGLOT: dict[str, Any] = {
    **OWNER,
    "languages": [
        {"language": "Norwegian", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Full professional proficiency (C1)"},
        {"language": "German", "fluency": "Elementary proficiency (A2)"},
    ],
}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Native Norwegian and fluent English", "matched"),
        ("Norwegian (native), English (fluent)", "matched"),
        ("Fluent English, native-level Norwegian", "matched"),
        ("Native Norwegian and native English", "partial"),  # English is not a mother tongue here
        ("Native Norwegian and fluent German", "partial"),  # A2 German: listed below fluent (session 18)
    ],
)
def test_each_language_is_held_to_its_own_level(line: str, want: str) -> None:
    assert _status(line, POLYGLOT)[0] == want


def test_modifiers_sharing_a_head_noun_are_each_read_with_it() -> None:
    from heyfolio.jobfit.assess import _distribute

    assert _distribute("Write unit and end-to-end tests") == "Write unit tests and end-to-end tests"
    assert _distribute("unit, snapshot and UI tests") == "unit tests, snapshot tests and UI tests"
    assert _distribute("written and verbal communication") == "written and verbal communication"  # no concept


def test_who_one_works_with_is_wording_and_a_named_standard_shows_standards() -> None:
    tester = {**OWNER, "work": [{**OWNER["work"][1], "highlights": ["Audited the app against WCAG 2.1 AA"]}]}
    assert _status("Knowledge of accessibility standards", tester)[0] == "matched"
    assert _status("Test apps by hand alongside your teammates")[0] == "matched"


def test_telehealth_work_is_healthcare() -> None:
    clinic = {
        **OWNER,
        "work": [{**OWNER["work"][0], "summary": "Own the Android app of a telehealth service."}],
    }
    assert _status("Experience in healthcare", clinic)[0] == "matched"
    assert _status("Experience in healthcare")[0] == "missing"
    booking = {
        **OWNER,
        "work": [{**OWNER["work"][0], "summary": "Built the booking app of two physio clinics."}],
    }
    assert _status("Experience in healthcare", booking)[0] != "matched"  # a clinic's booking app is not care


def test_a_span_in_decades_is_years() -> None:
    from heyfolio.jobfit.assess import _in_years

    assert _in_years("Over a decade of experience") == "Over 10 years of experience"
    assert _in_years("two decades in industry") == "20 years in industry"
    assert _status("Nearly a decade of app development")[0] == "matched"  # 2016-03 to today
    assert _status("Two decades of app development")[0] == "partial"


@pytest.mark.parametrize(
    "line",
    [
        "Proven experience as an app developer",
        "Extensive experience as an iOS developer",
        "You know Swift deeply",
        "A habit of testing apps by hand",
    ],
)
def test_the_ads_praise_is_never_a_word_to_show(line: str) -> None:
    assert _status(line)[0] == "matched"


def test_a_state_to_make_or_keep_is_how_the_ad_talks() -> None:
    assert _status("Make Android builds cheaper and faster")[0] == "matched"
    assert _status("Keep the build servers fresh and trustworthy")[0] == "matched"


def test_a_standards_number_is_its_name_not_a_figure() -> None:
    from heyfolio.jobfit.assess import _measures

    assert _measures("Drive ISO 27001 compliance") == []
    assert _measures("WCAG 2.2 conformance") == []
    assert [m[1] for m in _measures("Handle 10k+ orders a day")] == [10000.0]


def test_a_certification_only_wished_for_does_not_decide() -> None:
    from heyfolio.jobfit.assess import _WISHED

    assert _WISHED.search("Strong Swift skills, ideally with a ")
    assert not _WISHED.search("Strong Swift skills with a ")


def _skill_status(skill: dict[str, Any], doc: dict[str, Any]) -> str:
    resume, problems = parse_resume(doc, "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    job = {"title": "Dev", "skills": [skill]}
    return str(assess_job(job, p, chunk_portfolio(p), today=TODAY)["requirements"][0]["status"])


def test_a_skill_listed_by_name_is_not_held_to_the_jobs_illustrative_keywords() -> None:
    listed = {**OWNER, "skills": [{"name": "Mobile", "level": "Advanced", "keywords": ["Swift", "Kotlin"]}]}
    assert _skill_status({"name": "Swift", "level": "Advanced", "keywords": ["Combine"]}, listed) == "matched"
    assert _skill_status({"name": "Kotlin", "keywords": ["Flow", "Ktor"]}, listed) == "matched"
    # not listed, only written in a role: its keywords still have to be shown
    assert _skill_status({"name": "Swift", "keywords": ["Combine"]}, OWNER) == "partial"


def test_an_airflow_user_runs_a_workflow_orchestrator() -> None:
    airflow = {**OWNER, "work": [{**OWNER["work"][0], "summary": "Replaced cron scripts with Airflow DAGs."}]}
    assert _status("Move legacy cron jobs to a proper workflow orchestrator", airflow)[0] == "matched"
