"""A work permit asked in plain words ("is she allowed to work in Spain?", "can she legally work in
France?", "can we hire her in Italy?") is the work-authorization topic: the owner's words on it answer
a country they cover (a member state for an EU citizen) and are the closest fact, marked, for one they
do not - never a refusal for a country the portfolio does not name. The owner is made up for the test."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.places import permit_covered, unstated_permit
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
    [
        "Is she allowed to work in Spain?",
        "can she legally work in France?",
        "Is she permitted to work in Germany?",
        "Is she able to work in Austria without a permit?",
        "Can we hire her in Italy?",
        "We're in Madrid. Could she join our Spanish entity without us handling immigration paperwork?",
    ],
)
def test_a_permit_asked_in_plain_words_is_answered_by_her_words_on_it(question: str) -> None:
    assert asked_topic(question) == "authorization"
    assert permit_covered(question, SAID)
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
    assert answer.answered and "right to work anywhere in the EU" in answer.text and answer.cited


def test_a_country_her_words_do_not_cover_is_not_answered() -> None:
    question = "Is she allowed to work in the US?"
    assert unstated_permit(question, SAID) == "United States"
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
    assert not answer.answered and "doesn't say whether Maja can work in the United States" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is she able to work in a team?",
        "Would she be allowed to pick the stack?",
        "Can we hire her in a senior role?",
        "Does she work well under pressure?",
    ],
)
def test_other_questions_with_work_in_them_are_not_a_permit(question: str) -> None:
    assert asked_topic(question) != "authorization"
