"""Session 36: things written with the same head noun after each name ("SPI drivers and I2C drivers", "iOS apps
and Android apps") are each asked; one shown does not show the other (a technology never named is missing even
when an adjacent one is). A head written once, "or", plain words before the head and one name written twice stay
whole."""

from __future__ import annotations

from datetime import date

import pytest

from heyfolio.jobfit.named import shared_head_names
from heyfolio.jobfit.parse import parse_job
from tests.probe_owner import ProbeOwner, status_of


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SPI drivers and I2C drivers", ["SPI drivers", "I2C drivers"]),
        ("has built SPI drivers and I2C drivers.", ["SPI drivers", "I2C drivers"]),
        ("Experience with iOS apps and Android apps", ["iOS apps", "Android apps"]),
        ("GraphQL APIs, gRPC APIs and SOAP APIs", ["GraphQL APIs", "gRPC APIs", "SOAP APIs"]),
    ],
)
def test_each_name_before_a_repeated_head_is_its_own_ask(line: str, expected: list[str]) -> None:
    assert shared_head_names(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "SPI and I2C drivers",  # the head written once: left to the pair rules
        "SPI drivers or I2C drivers",  # either one meets it
        "Unit tests and integration tests",  # plain words, no name before the head
        "iOS apps, Android apps and web apps",  # "web" names no technology
        "Kafka consumers and Kafka consumers",  # one thing written twice
        "Write 3 SPI drivers and 2 I2C drivers",  # amounts asked of each
        "Our team in Lisbon has built SPI drivers and I2C drivers",  # a long lead: a sentence, not a lead
    ],
)
def test_a_single_head_a_choice_or_plain_words_stay_whole(line: str) -> None:
    assert shared_head_names(line) is None


def test_a_prose_line_with_a_repeated_head_gives_one_requirement_each() -> None:
    reqs = parse_job(
        "Firmware Engineer\n\nRequirements:\n- has built SPI drivers and I2C drivers\n- Experience with Zephyr\n"
    )[1]
    assert [r.text for r in reqs] == ["SPI drivers", "I2C drivers", "Experience with Zephyr"]


OWNER = {
    "basics": {
        "name": "Tamsin Okonkwo-Reyes",
        "label": "Embedded Firmware Engineer",
        "summary": "Firmware for battery-powered sensors: drivers, power management and over-the-air updates.",
    },
    "work": [
        {
            "name": "Lumafield Sensors",
            "position": "Embedded Firmware Engineer",
            "startDate": "2019-04",
            "highlights": [
                "Wrote the SPI drivers for our flash and radio chips on an STM32 in C.",
                "Ported the sensor firmware to Zephyr and cut sleep current by 40%.",
            ],
        }
    ],
    "skills": [{"name": "Embedded C", "level": "Expert", "keywords": ["STM32", "Zephyr", "SPI"]}],
}

POSTING = """Senior Firmware Engineer

Requirements:
- has built SPI drivers and I2C drivers
- Experience with Zephyr
"""


def test_the_name_never_written_is_missing_and_the_one_shown_is_matched() -> None:
    got = ProbeOwner(OWNER).statuses(POSTING, date(2026, 12, 1))
    assert status_of(got, "SPI drivers") == "matched"
    assert status_of(got, "I2C drivers") == "missing"
