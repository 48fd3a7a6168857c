"""A citizenship asked by its people ("is she a Polish citizen?") is answered only by words that state
that citizenship: a language she speaks natively ("Polish (Native speaker)"), a citizen of another EU
state (who may work in Poland, yet is no Polish citizen) or a summary writing "French" of something
else are no answer, and the honest reply says the portfolio doesn't say. The owners are made up."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.places import citizenship_asked, silent_on_permit, unstated_permit
from heyfolio.content.model import Basics, Language, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

SAID = "Slovenian citizen living in Ljubljana; open to remote roles within the EU."
STATED = Portfolio(
    resume=Resume(
        basics=Basics(name="Maja Kranjc", label="Platform Engineer", summary=f"Platform engineer. {SAID}"),
        languages=[Language(language="Croatian", fluency="Native speaker")],
    )
)
UNSTATED = Portfolio(
    resume=Resume(
        basics=Basics(name="Ana Horvat", label="Data Engineer", summary="Data engineer based in Zagreb."),
        work=[
            Work(
                name="Jadran Pay",
                position="Support Analyst",
                highlights=("Answered merchant tickets in Croatian and English.",),
            )
        ],
        languages=[Language(language="Croatian", fluency="Native speaker")],
    )
)


def test_the_country_whose_citizenship_is_asked() -> None:
    assert citizenship_asked("Is she a Polish citizen?") == "Poland"
    assert citizenship_asked("Does she hold French citizenship?") == "France"
    assert citizenship_asked("Does she have a British passport?") == "United Kingdom"
    assert citizenship_asked("Can she work in Spain?") is None
    assert citizenship_asked("What is her nationality?") is None


def test_only_words_of_citizenship_state_one() -> None:
    assert silent_on_permit("Is she a Croatian citizen?", "Languages spoken: Croatian (Native speaker)")
    assert not silent_on_permit("Is she a Croatian citizen?", "Croatian (EU) citizen, one month's notice")
    assert not silent_on_permit("Is he a Dutch citizen?", "I hold both British and Dutch citizenship")
    assert not silent_on_permit("Is she a German citizen?", "EU citizen (German)")
    # a work permit in another member state is covered by an EU citizenship; the citizenship is not
    assert unstated_permit("Would she need a visa to work in Croatia?", SAID) is None
    assert unstated_permit("Is she a Croatian citizen?", SAID) == "Croatia"


@pytest.mark.parametrize("question", ["Is she a Croatian citizen?", "Does Maja hold Croatian citizenship?"])
def test_another_citizenship_and_a_native_language_are_no_answer(question: str) -> None:
    index = SearchIndex.build(chunk_portfolio(STATED))
    answer = compose(question, STATED, index, first_offline_answer=False)
    assert not answer.answered and "doesn't say whether Maja is a citizen of Croatia" in answer.text


def test_a_native_language_is_no_citizenship_when_none_is_stated() -> None:
    """With no words on citizenship at all, every passage found is silent on it (the reply then says
    the portfolio doesn't say, where before the languages passage was quoted)."""
    index = SearchIndex.build(chunk_portfolio(UNSTATED))
    languages = [c.text for c in index.chunks if c.kind == "language"]
    assert languages and all(silent_on_permit("Is she a Croatian citizen?", t) for t in languages)
    answer = compose("Is she a Croatian citizen?", UNSTATED, index, first_offline_answer=False)
    assert not answer.answered


def test_the_citizenship_stated_answers() -> None:
    index = SearchIndex.build(chunk_portfolio(STATED))
    for question in ("Is Maja a Slovenian citizen?", "Would she need a visa to work in Croatia?"):
        answer = compose(question, STATED, index, first_offline_answer=False)
        assert answer.answered and "Slovenian citizen" in answer.text


def test_a_permit_asked_with_another_citizenship_is_no_citizenship_asked() -> None:
    """ "Does her EU citizenship let her work in Croatia?" asks a permit there, which the EU covers."""
    question = "Does her EU citizenship let her work in Croatia?"
    assert citizenship_asked(question) is None
    assert unstated_permit(question, SAID) is None
    assert citizenship_asked("As a Slovenian citizen, can she work in Croatia?") is None  # two countries
