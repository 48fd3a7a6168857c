"""Session 23: met asks read as partial or missing: the ad's "Show ..." taken for a thing asked, a
"-ship" noun not shown by the doing ("mentorship" by "mentored"), an imperative verb read as the first word
of a technology's name ("Tune Spark jobs"), the years of a role's field stated in a summary's opening
("Firmware engineer with twelve years of ...") and the tools a migration moved, dated by its whole role."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.evidence import role_years
from heyfolio.jobfit.stack import named_tools
from heyfolio.jobfit.stems import stem_variants
from heyfolio.jobfit.terms import units
from heyfolio.search.text import analyze
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 5)

# A made-up owner: a firmware engineer in Graz whose roles' titles do not all say "firmware".
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Vera Beispiel",
        "summary": (
            "Firmware engineer with eleven years of bare-metal and RTOS work on microcontrollers. "
            "I have mentored six junior engineers and run our Spark jobs for test analytics."
        ),
    },
    "work": [
        {
            "name": "Murtal Sensorik",
            "position": "Senior Firmware Engineer",
            "startDate": "2021-01",
            "highlights": [
                "Tuned the Spark jobs behind the test-bench analytics, from 40 minutes to 6",
                "Mentored three junior engineers, two promoted",
            ],
        },
        {
            "name": "Grazer Medizintechnik",
            "position": "Embedded Software Engineer",
            "startDate": "2015-09",
            "endDate": "2020-12",
            "highlights": ["Developed FreeRTOS firmware for an infusion pump on STM32"],
        },
    ],
    "skills": [{"name": "Embedded C", "level": "Expert", "keywords": ["FreeRTOS", "STM32"]}],
}


def _status(line: str) -> str:
    return str(assessed(OWNER, line, today=TODAY)["status"])


def test_show_opening_an_ask_is_the_asking() -> None:
    assert _status("Show 8+ years of firmware experience") == "matched"
    assert _status("Show 15+ years of firmware experience") == "partial"  # the years still count


def test_a_ship_noun_is_shown_by_the_doing() -> None:
    assert set(analyze("mentor")) <= set(stem_variants(analyze("mentorship")[0]))
    assert set(analyze("intern")) <= set(stem_variants(analyze("internship")[0]))
    assert stem_variants(analyze("ship")[0]) == ()  # too short to be a "-ship" noun
    assert _status("Mentorship of junior engineers") == "matched"
    assert _status("Mentorship of product managers") != "matched"  # the people mentored still count


def test_a_verb_before_a_known_technology_is_no_part_of_its_name() -> None:
    def named(line: str) -> list[tuple[str, ...]]:
        return [a for u in units(line, frozenset()) if u.named for a in u.alternatives]

    assert ("Spark",) in named("Tune Spark jobs for speed and cost")
    assert ("Apache", "Spark") in named("Apache Spark in production")  # a vendor is part of the name
    assert ("Jetpack", "Compose") in named("Jetpack Compose in production")  # "Compose" is not known alone
    assert _status("Tune Spark jobs for speed") == "matched"
    assert _status("Tune Flink jobs for speed") == "missing"


def test_a_summary_opening_with_a_role_states_years_of_its_field() -> None:
    assert role_years("Firmware engineer with twelve years of bare-metal work.") == (
        12,
        frozenset(analyze("firmware engineer")),
    )
    assert role_years("Mobile engineer from Lyon with ten years of shipping apps") == (
        10,
        frozenset(analyze("mobile engineer")),
    )
    assert role_years("Staff engineer with twelve years of backend work") is None  # a rank is no field
    assert role_years("Data engineer with nine years in payments") is None  # years in an industry
    assert role_years("I build firmware.") is None
    # the roles' titles say "firmware" for six years; the summary states eleven
    assert _status("10+ years of firmware development") == "matched"
    assert _status("12+ years of firmware development") == "partial"


def test_what_a_migration_moved_was_in_use_the_whole_role() -> None:
    moved = "Moved 310 Airflow DAGs from a self-managed cluster to Cloud Composer 2"
    assert set(analyze("Airflow")) <= named_tools(moved)  # the thing moved was there before and after
    assert not set(analyze("Composer")) & named_tools(moved)  # where it went came in at some point
    assert named_tools("Migrated the search pages to Elasticsearch") == frozenset()
    assert named_tools("Introduced Kafka for merchant notifications") == frozenset()  # brought in, not moved
    owner: dict[str, Any] = {
        "basics": {"name": "Ola Przyklad", "summary": "Data engineer."},
        "work": [
            {
                "name": "Wisla Freight",
                "position": "Data Engineer",
                "startDate": "2019-01",
                "highlights": ["Moved 120 Airflow DAGs from cron VMs to a managed Airflow service"],
            }
        ],
    }
    assert str(assessed(owner, "5+ years with Airflow", today=TODAY)["status"]) == "matched"
    assert str(assessed(owner, "10+ years with Airflow", today=TODAY)["status"]) == "partial"
