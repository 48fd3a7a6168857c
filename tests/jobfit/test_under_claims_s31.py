"""Session 31: asks the matcher read short though the content shows them (invented owners and postings)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.jobfit.rationale import without_rationale
from heyfolio.jobfit.setting import without_partner_teams
from heyfolio.jobfit.slash_pairs import pair_parts
from heyfolio.search.chunks import chunk_portfolio

TODAY = dt.date(2026, 12, 5)


def _status(owner: dict[str, Any], line: str) -> str:
    resume, problems = parse_resume(dict(owner), "resume.json")
    assert resume is not None, problems
    p = Portfolio(resume=resume)
    report = assess_job(f"Requirements:\n- {line}\n", p, chunk_portfolio(p), today=TODAY)
    return str(report["requirements"][0]["status"])


# A made-up firmware engineer: eleven years of C and C++ in three jobs, the pair never written as "C/C++".
FIRMWARE_ENGINEER: dict[str, Any] = {
    "basics": {"name": "Aino Esimerkki", "summary": "Firmware engineer for heat pumps and door locks."},
    "work": [
        {
            "name": "Lumi Lämpö Oy",
            "position": "Senior Firmware Engineer",
            "startDate": "2020-01",
            "summary": "Heat-pump controller firmware in C on STM32.",
            "highlights": ["Cut the controller's boot time from 3 s to 0.8 s"],
        },
        {
            "name": "Ovi Systems",
            "position": "Embedded Software Engineer",
            "startDate": "2015-06",
            "endDate": "2019-12",
            "summary": "Smart door lock firmware in C++ on nRF52.",
            "highlights": ["Added Bluetooth unlocking with a four-second budget"],
        },
    ],
    "skills": [{"name": "C", "level": "Expert"}, {"name": "C++", "level": "Advanced"}],
}


def test_a_slash_pair_of_languages_is_dated_by_either_name() -> None:
    # "10+ years of embedded C/C++": eleven years, some in C, some in C++ (the pair was dated as one word)
    assert _status(FIRMWARE_ENGINEER, "10+ years of embedded C/C++ development") == "matched"


def test_a_slash_pair_still_needs_the_years() -> None:
    assert _status(FIRMWARE_ENGINEER, "15+ years of embedded C/C++ development") == "partial"


def test_a_pair_that_is_one_thing_or_no_words_stays_whole() -> None:
    aliased = {"ci/cd"}
    assert pair_parts([("C/C++",)], lambda w: w.casefold() in aliased) == [("C",), ("C++",)]
    assert pair_parts([("CI/CD",)], lambda w: w.casefold() in aliased) == [("CI/CD",)]
    assert pair_parts([("I/O",)], lambda w: False) == [("I/O",)]
    assert pair_parts([("HTML/CSS", "layouts")], lambda w: False) == [("HTML/CSS", "layouts")]


# A made-up analyst turned data engineer: SQL written by name once, the databases it was written in dated.
DATA_ENGINEER: dict[str, Any] = {
    "basics": {"name": "Rui Exemplo", "summary": "Data engineer for retail analytics."},
    "work": [
        {
            "name": "Loja Grande",
            "position": "Data Engineer",
            "startDate": "2019-01",
            "highlights": [
                "Modelled the sales warehouse in BigQuery with 300 dbt models",
                "Wrote the stock reconciliation job against PostgreSQL",
            ],
        },
        {
            "name": "Mercado Leve",
            "position": "Reporting Analyst",
            "startDate": "2016-03",
            "endDate": "2018-12",
            "highlights": ["Wrote SQL reports on MySQL for the buying team"],
        },
    ],
}


def test_years_of_sql_count_the_databases_written_in() -> None:
    # SQL by name only in the analyst's job; the years after it are in BigQuery, dbt and PostgreSQL
    assert _status(DATA_ENGINEER, "7+ years of hands-on SQL") == "matched"
    assert _status(DATA_ENGINEER, "12+ years of hands-on SQL") == "partial"


# A made-up engineering manager: OKRs run, hired into a team grown from two to six.
MANAGER: dict[str, Any] = {
    "basics": {"name": "Maren Beispiel", "summary": "Engineering manager for a search team."},
    "work": [
        {
            "name": "Suchwerk",
            "position": "Engineering Manager",
            "startDate": "2021-02",
            "highlights": [
                "Grew the search team from two to six engineers; hired four of them",
                "Set quarterly OKRs for the team and reviewed them with the product director",
            ],
        }
    ],
}


def test_goal_setting_is_shown_by_okrs() -> None:
    assert _status(MANAGER, "Goal setting with OKRs") == "matched"
    assert _status(MANAGER, "Goal setting") == "matched"


def test_goal_setting_by_another_method_is_still_asked() -> None:
    assert _status(MANAGER, "Goal setting with KPIs") != "matched"
    assert _status(DATA_ENGINEER, "Goal setting") != "matched"


def test_where_a_grown_team_began_is_no_thing_to_show() -> None:
    # "from a small core": the team's beginnings, not a "core" to find in the content
    assert _status(MANAGER, "Experience hiring and growing a team from a small core") == "matched"


def test_a_core_thing_is_still_asked() -> None:
    assert _status(MANAGER, "Experience with core banking systems") != "matched"


# A made-up application security lead: secure software development taught and run, never "lifecycle".
APPSEC_LEAD: dict[str, Any] = {
    "basics": {"name": "Jonas Prøve", "summary": "Application security lead."},
    "work": [
        {
            "name": "Fjord Bank",
            "position": "Application Security Lead",
            "startDate": "2020-05",
            "highlights": [
                "Rolled out secure software development practices (threat models, SAST) to twelve teams"
            ],
        }
    ],
}


def test_a_secure_development_lifecycle_is_shown_by_secure_software_development() -> None:
    assert _status(APPSEC_LEAD, "Secure development lifecycle") == "matched"
    assert _status(DATA_ENGINEER, "Secure development lifecycle") != "matched"


# A made-up mobile lead who owns one app (React Native) and built another in Flutter without owning it.
MOBILE_LEAD: dict[str, Any] = {
    "basics": {"name": "Lea Primjer", "summary": "Mobile lead."},
    "work": [
        {
            "name": "Vozi",
            "position": "Mobile Lead",
            "startDate": "2021-09",
            "summary": "I own the rider app (React Native and TypeScript) for iOS and Android.",
            "highlights": ["Moved the rider app to React Native 0.76 and cut its crash rate by half"],
        },
        {
            "name": "Brzo",
            "position": "Mobile Developer",
            "startDate": "2018-01",
            "endDate": "2021-08",
            "highlights": ["Built screens of the courier app in Flutter"],
        },
    ],
}


def test_owning_the_app_is_owning_its_architecture() -> None:
    # "Own the architecture of our ... app": the owner owns an app in that stack; "banking" is the employer's
    assert _status(MOBILE_LEAD, "Own the React Native architecture of our banking apps") == "matched"
    assert _status(MOBILE_LEAD, "Own the architecture of our React Native and TypeScript insurance app") == (
        "matched"
    )


def test_the_stack_of_an_app_not_owned_is_not_its_architecture() -> None:
    # Flutter shown in an app built, never owned; an ask naming no tool is left to the usual reading
    assert _status(MOBILE_LEAD, "Own the architecture of our Flutter banking app") != "matched"
    assert _status(MOBILE_LEAD, "Own the Kotlin architecture of our Android app") != "matched"


def test_what_the_hire_will_do_with_the_thing_asked_is_no_second_thing() -> None:
    assert without_rationale("Jetpack Compose, so you can review Android pull requests") == "Jetpack Compose"
    assert without_rationale("Swift, so that you can own the iOS app") == "Swift"
    assert (
        without_rationale("Go or Rust so we can rewrite the gateway")
        == "Go or Rust so we can rewrite the gateway"
    )
    assert _status(MOBILE_LEAD, "React Native, so you can review pull requests of the web team") == "matched"


def test_complying_with_a_standard_is_shown_by_the_standard() -> None:
    owner = {
        "basics": {"name": "Ines Voorbeeld", "summary": "Frontend engineer."},
        "work": [
            {
                "name": "Stad",
                "position": "Frontend Engineer",
                "startDate": "2019-01",
                "highlights": ["Took the permit web app to WCAG 2.2 AA conformance with axe checks in CI"],
            }
        ],
    }
    assert _status(owner, "making web apps meet WCAG 2.2 AA") == "matched"
    assert _status(owner, "making web apps meet PCI DSS") != "matched"


def test_a_small_team_led_is_any_team_led() -> None:
    # "small" is the least size a team has: the lead role is what is asked, not the word
    assert _status(MANAGER, "Experience leading a small team") == "matched"
    assert _status(MANAGER, "Experience with small businesses") != "matched"


# A made-up manager who introduced OKRs; no product team and no "area" named.
OKR_MANAGER: dict[str, Any] = {
    "basics": {"name": "Pia Esempio", "summary": "Engineering manager in Turin."},
    "work": [
        {
            "name": "Binario",
            "position": "Engineering Manager",
            "startDate": "2020-01",
            "highlights": ["Introduced OKRs for the payments group of three teams in Turin"],
        }
    ],
}


def test_the_hires_own_scope_and_partner_are_no_things_to_show() -> None:
    # "for your area", "together with product": where and with whom the work will be done
    assert _status(OKR_MANAGER, "Own the OKRs for your area") == "matched"
    assert _status(OKR_MANAGER, "Set OKRs together with product") == "matched"
    assert _status(OKR_MANAGER, "Own the Kafka roadmap for your area") != "matched"


# A made-up SRE who defined SLOs; no other team named anywhere.
SRE: dict[str, Any] = {
    "basics": {"name": "Kaito Rei", "summary": "Site reliability engineer."},
    "work": [
        {
            "name": "Kumo Pay",
            "position": "Site Reliability Engineer",
            "startDate": "2019-04",
            "highlights": ["Defined SLOs and error budgets for the 14 checkout services"],
        }
    ],
}


def test_the_teams_a_duty_is_done_with_are_no_thing_to_show() -> None:
    # "with product teams": who the SLOs are agreed with; defining them is the ask
    assert _status(SRE, "Define SLOs and error budgets with product teams") == "matched"
    assert without_partner_teams("Define SLOs with the data science team") == "Define SLOs"


def test_working_with_the_teams_is_still_asked() -> None:
    assert _status(SRE, "Collaborate with product teams on SLOs") != "matched"
    assert without_partner_teams("Work closely with product teams") == "Work closely with product teams"
    assert _status(SRE, "Define Kafka retention policies with product teams") != "matched"
