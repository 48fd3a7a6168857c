"""The offline answerer keeps what search found rather than declining or answering beside it:
an acronym the portfolio only spells out ("BCM") is read as the term it writes ("body control
module") - but not as a run of words that only happens to share its initials ("CRM" ->
"comfortable running meetings"); "how many women has she taught?" is answered by the sentence
counting women, not by one where she "trained as" a chemist; "Swift or Kotlin?" weighs the two skills
by their stated levels. The owner is made up for the test."""

from __future__ import annotations

from heyfolio.chat.acronym_terms import as_content_terms
from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Skill, Volunteer, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Tove Lindqvist",
            label="Firmware Engineer",
            summary=(
                "I trained as a chemist and since 2016 have done more than thirty engagements for research labs "
                "and carmakers."
            ),
        ),
        work=(
            Work(
                name="Brattvik Elektronik",
                position="Senior Firmware Engineer",
                start_date=_date("2021-03"),
                summary="I own the boot path of the body control module platform.",
                highlights=(
                    "Cut the boot time of the body control module from 2.6 s to 0.8 s by reordering init.",
                    "Brought the clinic portal's Largest Contentful Paint from 4.1 s to 1.6 s.",
                    "Kept the team comfortable running meetings in two languages.",
                ),
            ),
        ),
        volunteer=(
            Volunteer(
                organization="Kod för Kemister",
                position="Instructor",
                start_date=_date("2019-05"),
                summary="Free weekend workshops that teach programming to women researchers.",
                highlights=("Ran 12 two-day workshops for 310 women researchers in Sweden and Norway.",),
            ),
        ),
        skills=(
            Skill(name="iOS development", level="Expert", keywords=("Swift", "SwiftUI")),
            Skill(name="Android development", level="Advanced", keywords=("Kotlin", "Jetpack Compose")),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def _ask(question: str) -> str:
    answer = compose(question, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and answer.cited
    return answer.text


def test_an_acronym_is_read_as_the_term_the_portfolio_writes() -> None:
    assert as_content_terms("BCM boot time?", INDEX) == "body control module boot time?"
    assert as_content_terms("clinic portal LCP", INDEX) == "clinic portal largest contentful paint"


def test_an_acronym_is_not_read_as_a_run_of_words_sharing_its_initials() -> None:
    assert as_content_terms("Has she used a CRM?", INDEX) is None
    assert as_content_terms("What did she do on the body control module?", INDEX) is None


def test_a_count_of_people_taught_is_the_sentence_counting_them() -> None:
    assert "310 women researchers" in _ask("How many women has she taught to code?").split("\n")[0]


def test_a_bare_choice_between_two_skills_is_weighed_by_their_levels() -> None:
    first = _ask("Swift or Kotlin?").split("\n")[0]
    assert "Expert" in first and "Advanced" in first
    first = _ask("Swift or Kotlin, which is she better at?").split("\n")[0]
    assert "Expert" in first and "Advanced" in first
    assert (
        "By the levels" not in compose("Swift or Flutter?", PORTFOLIO, INDEX, first_offline_answer=False).text
    )


def test_an_acronym_the_portfolio_spells_out_is_answered_from_what_search_found() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))  # what AWS serves
    for question, fact in (("BCM boot time?", "0.8 s"), ("clinic portal LCP", "1.6 s")):
        answer = compose(question, PORTFOLIO, index, first_offline_answer=False)
        assert answer.answered and answer.cited and fact in answer.text
    assert not compose("Has she used a CRM?", PORTFOLIO, index, first_offline_answer=False).answered
