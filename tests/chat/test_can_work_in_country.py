""" "Can she work in Spain?" - the plainest way a recruiter asks about a work permit - is the
work-authorization topic when it names a country: her words on work authorization answer a country
they cover, instead of a refusal for a country the portfolio never names. A technology or a time zone
after "work in" is no country. The owner is made up for the test."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.screening import asked_topic
from heyfolio.content.model import Basics, Portfolio, Resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

SAID = "Slovenian citizen with the right to work anywhere in the EU."
PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Maja Kranjc",
            label="Platform Engineer",
            summary=f"Platform engineer in Ljubljana who runs Kubernetes clusters for a logistics firm. {SAID}",
        )
    )
)


@pytest.mark.parametrize(
    "question",
    ["Can she work in Spain?", "Could she work from France?", "can she also work out of Germany?"],
)
def test_can_she_work_in_a_country_is_answered_by_her_words_on_work_authorization(question: str) -> None:
    assert asked_topic(question) == "authorization"
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
    assert answer.answered and "right to work anywhere in the EU" in answer.text and answer.cited


@pytest.mark.parametrize(
    "question",
    ["Can she work in Java?", "Can she work in US hours?", "Can she work in a small team?"],
)
def test_work_in_something_else_is_not_a_permit(question: str) -> None:
    assert asked_topic(question) != "authorization"


@pytest.mark.parametrize(
    "question", ["Could she work in the United States?", "Is she allowed to work in the United States?"]
)
def test_a_country_her_words_do_not_cover_is_named_whole_in_the_honest_reply(question: str) -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
    assert not answer.answered
    assert "doesn't say whether Maja can work in the United States" in answer.text
    assert "mention United" not in answer.text


NATIONAL = "Croatian citizen; happy with hybrid work in Zagreb."
CROATIAN = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Ivo Babić", label="Backend Engineer", summary=f"Backend engineer in Zagreb. {NATIONAL}"
        )
    )
)


@pytest.mark.parametrize("question", ["Could he work from Austria?", "Is he allowed to work in Spain?"])
def test_a_member_states_citizen_is_covered_in_another_member_state(question: str) -> None:
    index = SearchIndex.build(chunk_portfolio(CROATIAN))
    answer = compose(question, CROATIAN, index, first_offline_answer=False)
    assert answer.answered and "Croatian citizen" in answer.text and answer.cited


def test_a_member_states_citizen_is_not_covered_outside_the_union() -> None:
    index = SearchIndex.build(chunk_portfolio(CROATIAN))
    answer = compose("Can he work in the US?", CROATIAN, index, first_offline_answer=False)
    assert not answer.answered and "doesn't say whether Ivo can work in the United States" in answer.text


def test_going_to_do_something_names_no_place() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose("Is she going to need a visa for Japan?", PORTFOLIO, index, first_offline_answer=False)
    assert "mention need" not in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Would Ivo need visa sponsorship to work in the United States?",
        "Would Ivo need a visa to work in the United States?",
    ],
)
def test_the_owners_name_ranking_her_words_first_still_gets_the_honest_reply(question: str) -> None:
    # the owner's name makes search find the work-authorization passage; it still names no US
    index = SearchIndex.build(chunk_portfolio(CROATIAN))
    answer = compose(question, CROATIAN, index, first_offline_answer=False)
    assert not answer.answered and "doesn't say whether Ivo can work in the United States" in answer.text
    assert "Croatian citizen" in answer.text  # the closest fact, marked as such


def test_the_owners_name_with_a_country_her_words_cover_is_answered() -> None:
    index = SearchIndex.build(chunk_portfolio(CROATIAN))
    answer = compose("Would Ivo need a visa to work in Croatia?", CROATIAN, index, first_offline_answer=False)
    assert answer.answered and "Croatian citizen" in answer.text and answer.cited
