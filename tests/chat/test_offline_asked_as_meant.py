"""Answers that take a question as it is meant: when a stay began, a span a thing lasts, a ranking of
one kind of result, a following's size, the work done in a job, availability and a word's sense."""

from __future__ import annotations

from dataclasses import replace

import pytest

from heyfolio.chat.employer_tenure import employer_start, employers_named
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.word_sense import unmatched_sense
from heyfolio.content.model import (
    Basics,
    Education,
    Language,
    PartialDate,
    Portfolio,
    Reference,
    Resume,
    ResumeProject,
    Volunteer,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


RESUME = Resume(
    basics=Basics(
        name="Tove Lindqvist",
        label="Firmware and backend engineer",
        summary=(
            "Engineer in Gothenburg who writes firmware and the services behind it. "
            "New engagements can usually start within four weeks."
        ),
    ),
    work=(
        Work(
            name="Skärgård Sensors AB",
            position="Engineering Lead",
            start_date=_date("2022-05"),
            summary="Lead the firmware group of five engineers.",
            highlights=(
                "Cut the radio duty cycle of the buoy sensors from 9% to 4%.",
                "Raised sensor battery life from 7 months to 19 months with a new sleep scheduler.",
            ),
        ),
        Work(
            name="Skärgård Sensors AB",
            position="Firmware Engineer",
            start_date=_date("2019-02"),
            end_date=_date("2022-04"),
            summary="Wrote the buoy firmware in C on Cortex-M4.",
            highlights=("Brought field update failures from 3% to 0.2%.",),
        ),
        Work(
            name="Havsbank AB",
            description="Savings bank that acquired Kustpay in 2017",
            position="Backend Developer",
            start_date=_date("2016-09"),
            end_date=_date("2019-01"),
            summary="Moved to the bank when it acquired Kustpay and joined its payments group.",
            highlights=(
                "Rebuilt the card settlement service in Java, handling 900,000 payments a day.",
                "Replaced the nightly ledger export with hourly change feeds for the finance team.",
                "Ran the payments on-call rotation for two years.",
                "Merged the Kustpay and Havsbank card apps after the acquisition, retiring 40,000 lines of code.",
            ),
        ),
        Work(
            name="Fjordlab Oy",
            position="Backend Intern",
            start_date=_date("2015-06"),
            end_date=_date("2015-08"),
            summary="Summer internship abroad, working in English.",
            highlights=("Wrote a Rust service that ingests tide-gauge readings.",),
        ),
    ),
    volunteer=(
        Volunteer(
            organization="Embedded Göteborg Meetup",
            position="Co-organiser",
            start_date=_date("2018-03"),
            summary="A monthly meetup on embedded systems.",
            highlights=("Grew the meetup from 30 to over 700 members.",),
        ),
    ),
    education=(
        Education(
            institution="Västkust Technical University",
            area="Electrical Engineering",
            study_type="PhD",
            start_date=_date("2011-09"),
            end_date=_date("2016-06"),
        ),
    ),
    projects=(
        ResumeProject(
            name="quaylight",
            description="A solar harbour lamp on an nRF52 that reports water levels.",
            highlights=(
                "Its battery lasts about five months on one charge.",
                "Taking readings every ten minutes.",
            ),
            start_date=_date("2023-04"),
        ),
        ResumeProject(
            name="power notes",
            description="Notes on power budgets: a power budget is a latency budget with a battery attached.",
            start_date=_date("2021-01"),
        ),
    ),
)
RESUME = replace(
    RESUME,
    languages=(Language(language="Swedish", fluency="Native"), Language(language="English", fluency="C1")),
    references=(
        Reference(
            name="Available on request", reference="References from Havsbank and Fjordlab Oy on request."
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_a_start_asked_of_an_employer_is_the_first_role_there_not_the_latest() -> None:
    answer = ask("When did Tove start at Skärgård Sensors?")
    assert answer.text.startswith(
        "Tove started at Skärgård Sensors AB in February 2019 as Firmware Engineer, then Engineering Lead from May 2022."
    )
    assert answer.cited and "Firmware Engineer at Skärgård" in answer.cited[0].title


def test_a_single_entry_start_names_no_role_its_title_may_be_a_later_one() -> None:
    started = employer_start(INDEX.chunks, "when did she join Havsbank?", "Tove")
    assert started is not None
    assert started[0] == "Tove started at Havsbank AB in September 2016. From the portfolio:"
    assert employer_start(INDEX.chunks, "when did she start at Google?", "Tove") is None
    assert employer_start(INDEX.chunks, "what did she build at Havsbank?", "Tove") is None


def test_how_long_a_thing_lasts_is_not_the_span_of_its_dates() -> None:
    answer = ask("How long does the quaylight battery last?")
    assert "five months" in answer.text
    assert "from the dates in the portfolio" not in answer.text


def test_the_verb_taking_the_time_does_not_pick_the_entry_of_a_span() -> None:
    # "how long did her PhD take?": the PhD's dates, not a job whose sentence says "taking"
    answer = ask("How long did her PhD take?")
    assert answer.text.startswith("PhD in Electrical Engineering at Västkust Technical University: 4 years")


def test_a_ranking_of_one_kind_of_result_keeps_to_that_kind() -> None:
    # battery life stated in months, not in percent: the percentages of other results do not answer
    answer = ask("What was the biggest battery life improvement she achieved?")
    assert "7 months to 19 months" in answer.text
    assert not answer.text.startswith("Ranked by the percentages")


def test_the_size_of_a_following_is_of_the_one_named_not_of_what_the_owner_runs() -> None:
    answer = ask("How big is the meetup she runs?")
    assert "700 members" in answer.text
    assert "five engineers" not in answer.text


def test_what_she_did_in_a_job_shows_its_results_beside_the_sentence_matched() -> None:
    answer = ask("What did she do at the bank after the acquisition?")
    first = answer.text.split("\n")[0]
    assert "acquired Kustpay" in first
    assert "900,000 payments a day" in first


def test_is_she_available_asks_when_she_could_start() -> None:
    answer = ask("Is she available for a 6 month contract?")
    assert "start within four weeks" in answer.text
    assert answer.answered and answer.cited


def test_a_word_used_only_in_another_sense_does_not_answer() -> None:
    answer = ask("Has she managed a budget?")
    assert not answer.answered
    assert "power budget" not in answer.text
    assert unmatched_sense("Has she ever owned an error budget?", INDEX.chunks) is None


def test_a_budget_of_money_stated_anywhere_answers_as_before() -> None:
    money = Resume(
        basics=Basics(name="Ana Ruiz"),
        work=(
            Work(
                name="Acme",
                position="Engineering Manager",
                start_date=_date("2020-01"),
                highlights=(
                    "Managed a yearly budget of $900,000 for cloud tooling.",
                    "Kept the error budget.",
                ),
            ),
        ),
    )
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=money)))
    assert unmatched_sense("Has she managed a budget?", index.chunks) is None
    never = Resume(basics=Basics(name="Ana Ruiz"), work=(Work(name="Acme", position="Engineer"),))
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=never)))
    assert unmatched_sense("Has she managed a budget?", index.chunks) is None  # never said: search answers


def test_when_she_left_an_employer_is_the_end_of_her_last_role_there() -> None:
    left = employer_start(INDEX.chunks, "When did she leave Havsbank?", "Tove")
    assert (
        left is not None
        and left[0] == "Tove left Havsbank AB in January 2019, as Backend Developer. From the portfolio:"
    )
    still = employer_start(INDEX.chunks, "when did she leave Skärgård Sensors?", "Tove")
    assert still is not None and still[0].startswith(
        "Tove is still at Skärgård Sensors AB, as Engineering Lead since May 2022."
    )


def test_two_stays_compared_by_employer_are_answered_from_their_dates() -> None:
    assert [
        c.title.split(" at ")[1].split(" (")[0]
        for c in employers_named(INDEX.chunks, "longer at Havsbank or Fjordlab?")
    ] == [
        "Havsbank AB",
        "Fjordlab Oy",
    ]
    answer = ask("Longer at Havsbank or at Fjordlab?")
    assert answer.answered and "the longer was Backend Developer at Havsbank AB" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Was she at Havsbank longer than at Fjordlab?",
        "Did she work at Fjordlab longer than Havsbank?",
        "Did she spend more time at Havsbank than at Fjordlab?",
    ],
)
def test_two_stays_compared_with_than_are_answered_from_their_dates(question: str) -> None:
    answer = ask(question)
    assert answer.answered and "the longer was Backend Developer at Havsbank AB" in answer.text


def test_a_language_used_at_a_job_is_a_programming_one_and_the_job_leads() -> None:
    answer = ask("What did she do at Fjordlab and what language did she use?")
    assert answer.text.startswith("From Tove's time as Backend Intern at Fjordlab Oy")
    assert "Rust service" in answer.text.split("\n")[0]


def test_the_longest_stay_at_a_company_counts_every_role_there() -> None:
    # Skärgård: two roles, 2019-02 to now; the single longest role is elsewhere or shorter
    answer = ask("What's the longest she's stayed at a company?")
    assert answer.text.startswith(
        "By the dates in the portfolio, Tove's stays at one employer, the longest first: Skärgård Sensors AB,"
    )
    assert "at Skärgård Sensors AB" in answer.cited[0].title
    assert not ask("What's her longest-running project at a company?").text.startswith(
        "By the dates in the portfolio, Tove's stays"
    )


def test_the_results_shown_for_what_she_did_are_those_speaking_to_the_rest_of_the_question() -> None:
    first = ask("What did she do at the bank after the acquisition?").text.split("\n")[0]
    assert "retiring 40,000 lines of code" in first  # the last highlight, but the one after the acquisition
