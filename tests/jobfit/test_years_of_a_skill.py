"""Years of a skill: counted from the dated roles that show it, a summary's years only for what they are of."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.evidence import years_head
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# iOS in every role (2016-06 -> today, ~10.5 years); Android and Kotlin from 2018-12 (~8 years, open-ended);
# Swift named once, in the first role; a summary claims ten years of apps "for iPhone and Android".
MOBILE = {
    "basics": {
        "name": "Ana Test",
        "summary": "Mobile engineer with ten years of shipping native apps for iPhone and Android.",
    },
    "work": [
        {
            "name": "Tram Apps",
            "position": "Mobile Lead",
            "startDate": "2023-01",
            "summary": "Lead the rider apps on iOS and Android.",
        },
        {
            "name": "Trail Co",
            "position": "Mobile Developer",
            "startDate": "2018-12",
            "endDate": "2022-12",
            "summary": "Worked on the iOS app, then rewrote the Android app in Kotlin.",
        },
        {
            "name": "Pixel Agency",
            "position": "iOS Developer",
            "startDate": "2016-06",
            "endDate": "2018-11",
            "summary": "iOS apps for agency clients in Swift.",
        },
    ],
}


def _status(doc: dict[str, Any], line: str) -> tuple[str, str]:
    item = assessed(doc, line, today=TODAY)
    return str(item["status"]), str(item.get("why", ""))


def test_the_thing_a_number_of_years_is_of_ends_at_its_qualifier() -> None:
    assert years_head("shipping native apps for iPhone and Android") == "shipping native apps"
    assert years_head("experience in Python") == "Python"
    assert years_head("building mobile apps") == "building mobile apps"


def test_a_summarys_years_support_the_broad_skill_not_each_platform_named_after_it() -> None:
    # "ten years of native apps for iPhone and Android" is not ten years of Android: the dated roles say 8
    assert _status(MOBILE, "10+ years of Android development")[0] == "partial"
    assert _status(MOBILE, "8+ years of Android development")[0] == "matched"


def test_years_of_a_platform_count_its_roles_and_the_language_it_was_done_in_is_the_manner() -> None:
    # Swift is named only in the 2016-2018 role, but it is iOS work: the years are the iOS roles' years
    assert _status(MOBILE, "9+ years building iOS apps in Swift")[0] == "matched"
    # asked as the skill itself, Swift has only its own roles' years
    assert _status(MOBILE, "5+ years of Swift")[0] == "partial"
    assert _status(MOBILE, "5+ years of experience with Swift")[0] == "partial"


def test_open_ended_roles_count_to_today_and_overlaps_once() -> None:
    # Kotlin: 2018-12 -> 2022-12 (4 years); Android: 2018-12 -> today (~8 years), the two roles merged
    assert _status(MOBILE, "6+ years of Kotlin")[0] == "partial"
    assert _status(MOBILE, "4+ years of Kotlin")[0] == "matched"
    status, why = _status(MOBILE, "At least 8 years of Android development with Kotlin")
    assert status == "matched", why
    assert _status(MOBILE, "At least 9 years of Android development with Kotlin")[0] == "partial"


def test_a_manner_never_shown_in_the_platforms_work_keeps_its_own_years() -> None:
    # Kotlin only in an Android-only role: "iOS apps in Kotlin" does not borrow the iOS years
    doc = {
        "basics": {"name": "Ana Test"},
        "work": [
            {
                "name": "A",
                "position": "Mobile Lead",
                "startDate": "2023-01",
                "summary": "iOS and Android apps.",
            },
            {
                "name": "B",
                "position": "Android Developer",
                "startDate": "2019-01",
                "endDate": "2022-12",
                "summary": "Rewrote the Android app in Kotlin.",
            },
            {
                "name": "C",
                "position": "iOS Developer",
                "startDate": "2016-06",
                "endDate": "2018-12",
                "summary": "iOS apps in Swift.",
            },
        ],
    }
    assert _status(doc, "6+ years building iOS apps in Swift")[0] == "matched"
    assert _status(doc, "6+ years building iOS apps in Kotlin")[0] == "partial"


def test_a_career_shorter_than_asked_is_partial_if_the_skill_is_shown_missing_if_not() -> None:
    assert _status(MOBILE, "15+ years of iOS development")[0] == "partial"
    assert _status(MOBILE, "15+ years of Flutter development")[0] == "missing"
