"""Years asked against the dated entries that count for them (session 24, own examples)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.jobfit.duties import dated_highlights
from tests.jobfit.conftest import assessed

TODAY = dt.date(2026, 12, 4)

# Four years of data engineering in a job; a data meetup co-organised for nine years alongside.
MEETUP_ORGANISER: dict[str, Any] = {
    "basics": {"name": "Wanda Test"},
    "work": [
        {
            "name": "Granary Freight",
            "position": "Data Engineer",
            "startDate": "2022-11",
            "summary": "Build batch pipelines in Python and Airflow for the data warehouse.",
        },
        {
            "name": "Granary Freight",
            "position": "Support Analyst",
            "startDate": "2016-01",
            "endDate": "2022-10",
            "summary": "Answered merchant tickets about failed deliveries.",
        },
    ],
    "volunteer": [
        {
            "organization": "Data Evenings Gdynia",
            "position": "Co-organiser",
            "startDate": "2017-09",
            "summary": "Monthly meetup for people who work with data in Python.",
        }
    ],
}


def test_a_volunteer_post_is_no_year_of_the_topic_it_gathers_people_around() -> None:
    item = assessed(MEETUP_ORGANISER, "8+ years of data engineering experience", today=TODAY)
    assert item["status"] == "partial", item
    assert (
        assessed(MEETUP_ORGANISER, "3+ years of data engineering experience", today=TODAY)["status"]
        == "matched"
    )


# Three years at a telehealth company after a digital agency and an e-bike start-up; a summary that states
# its years of two sectors at once.
CLINIC_APPS: dict[str, Any] = {
    "basics": {
        "name": "Rita Test",
        "summary": "Frontend engineer with eleven years in payments and logistics apps.",
    },
    "work": [
        {
            "name": "Clinica Online",
            "description": "Telehealth platform for private clinics",
            "position": "Frontend Engineer",
            "startDate": "2023-11",
            "summary": "Build the patient booking app in React.",
        },
        {
            "name": "Pedal Now",
            "description": "E-bike sharing start-up",
            "position": "Frontend Engineer",
            "startDate": "2019-11",
            "endDate": "2023-10",
            "summary": "Built the rider app and the payments checkout in React Native.",
        },
        {
            "name": "Pixel Harbour",
            "description": "Digital agency for museums and hotels",
            "position": "Frontend Developer",
            "startDate": "2015-11",
            "endDate": "2019-10",
            "summary": "Built marketing sites in React for logistics firms.",
        },
    ],
}


def test_a_sector_is_dated_by_its_whole_names_not_by_their_first_word() -> None:
    # "digital health" and "e-health" name healthcare; "digital" and "e" alone date an agency and an e-bike
    assert assessed(CLINIC_APPS, "5+ years in healthcare", today=TODAY)["status"] == "partial"
    assert assessed(CLINIC_APPS, "2+ years in healthcare", today=TODAY)["status"] == "matched"


def test_years_stated_of_two_sectors_at_once_are_no_years_of_either() -> None:
    item = assessed(CLINIC_APPS, "10+ years in payments", today=TODAY)
    assert item["status"] == "partial", item


# Promoted at an automotive supplier: only the later role's summary names the sector.
PROMOTED: dict[str, Any] = {
    "basics": {"name": "Greta Test"},
    "work": [
        {
            "name": "Bremen Fahrzeugtechnik GmbH",
            "position": "Senior Firmware Engineer",
            "startDate": "2023-12",
            "summary": "Tier-1 automotive supplier of seat electronics; I own the bootloader.",
        },
        {
            "name": "Bremen Fahrzeugtechnik GmbH",
            "position": "Firmware Engineer",
            "startDate": "2019-12",
            "endDate": "2023-11",
            "summary": "Basic software integration for seat control units.",
        },
        {
            "name": "Lumen Sensorik",
            "position": "Firmware Developer",
            "startDate": "2015-12",
            "endDate": "2019-11",
            "summary": "Sensor firmware for smart-city lighting.",
        },
    ],
}


def test_a_sector_is_the_employers_so_every_role_held_there_counts() -> None:
    assert assessed(PROMOTED, "6+ years in the automotive industry", today=TODAY)["status"] == "matched"
    assert assessed(PROMOTED, "8+ years in the automotive industry", today=TODAY)["status"] == "partial"


# A workstream led with five engineers at two sites; direction set for forty across teams.
SITES_LEAD: dict[str, Any] = {
    "basics": {"name": "Pia Test"},
    "work": [
        {
            "name": "Nordlicht Elektronik",
            "position": "Senior Firmware Engineer",
            "startDate": "2020-01",
            "highlights": [
                "Led the CAN migration workstream with five engineers across the Hamburg and Porto sites.",
                "Set the firmware direction for 40 engineers across four teams.",
            ],
        }
    ],
}


def test_engineers_across_sites_are_a_group_led_not_a_scope_steered() -> None:
    assert (
        assessed(SITES_LEAD, "Experience leading a team of 5+ engineers", today=TODAY)["status"] == "matched"
    )
    assert (
        assessed(SITES_LEAD, "Experience leading a team of 30+ engineers", today=TODAY)["status"] != "matched"
    )


def test_a_highlight_dated_by_month_and_year_holds_from_that_month() -> None:
    ((start, end, _),) = dated_highlights(
        "Joined the on-call rotation in June 2025 (one week in six).", 2024.9, 2026.9
    )
    assert (round(start, 3), end) == (2025.417, 2026.9)
    ((start, _, _),) = dated_highlights("Introduced dbt in 2025.", 2024.9, 2026.9)
    assert start == 2025.0


# Backend from 2016, SRE from 2019, data engineering from 2021.
BACKEND_TO_DATA: dict[str, Any] = {
    "basics": {"name": "Ola Test"},
    "work": [
        {
            "name": "Wisla Data",
            "position": "Data Engineer",
            "startDate": "2021-01",
            "summary": "Airflow and dbt.",
        },
        {
            "name": "Wisla Data",
            "position": "Site Reliability Engineer",
            "startDate": "2019-01",
            "endDate": "2020-12",
            "summary": "Kubernetes on-call.",
        },
        {
            "name": "Odra Pay",
            "position": "Backend Engineer",
            "startDate": "2016-01",
            "endDate": "2018-12",
            "summary": "Payment services in Go.",
        },
    ],
}


def test_adjacent_names_how_near_a_kind_is_not_a_word_to_date_it_by() -> None:
    ask = "10+ years in data engineering or adjacent backend/SRE roles"
    assert assessed(BACKEND_TO_DATA, ask, today=TODAY)["status"] == "matched"
