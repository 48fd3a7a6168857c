"""A question naming two organisations shows each one's entry."""

from __future__ import annotations

from heyfolio.chat.named_entries import named_entries
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Basics, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(name="Mara Quist", label="Android developer", summary="Android developer in Malmö."),
    work=(
        Work(
            name="Brightside Apps",
            position="Android Developer",
            start_date=_date("2021-05-03"),
            summary="Product work on a banking app.",
            highlights=("Shipped 11 apps to Google Play for agency clients.",),
        ),
        Work(
            name="Freelance",
            position="Freelance Android Developer",
            start_date=_date("2018-02-01"),
            end_date=_date("2021-04-30"),
            summary="Contract work for shops and clubs.",
            highlights=("Shipped 4 apps to Google Play for local businesses.",),
        ),
        Work(
            name="Lundqvist Research Hospital",
            position="Research Assistant",
            start_date=_date("2016-09-01"),
            end_date=_date("2018-01-31"),
            summary="Wrote data-entry tools for a clinical trial.",
        ),
    ),
    education=(Education(institution="Malmö University", area="Computer Science", study_type="Bachelor"),),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_entries_are_named_by_their_organisation_or_a_one_word_name_said_as_a_person() -> None:
    named = named_entries("did she ship more apps at Brightside or as a freelancer?", INDEX.chunks)
    assert [c.id for c in named] == ["profile#work/0", "profile#work/1"]
    assert (
        named_entries("what did she do at the university?", INDEX.chunks) == []
    )  # a generic word names none


def test_a_comparison_of_two_employers_shows_both_entries() -> None:
    answer = ask("did she ship more apps at Brightside or as a freelancer?")
    assert answer.answered
    assert "11 apps" in answer.text and "4 apps" in answer.text


def test_an_employer_search_left_out_is_added_among_the_first_passages() -> None:
    from heyfolio.chat.offline import _each_named
    from heyfolio.search.index import Hit

    def hit(ident: str, score: float) -> Hit:
        chunk = next(c for c in INDEX.chunks if c.id == ident)
        return Hit(chunk, score, chunk.text[:200])

    found = [hit("profile#work/1", 0.8), hit("profile#basics", 0.5)]
    led = _each_named(found, "did she ship more apps at Brightside or as a freelancer?", INDEX)
    assert [h.chunk.id for h in led] == ["profile#work/1", "profile#work/0", "profile#basics"]
    assert all(h.score >= 0.8 for h in led[:2])  # neither is dropped as weakly related
    one = _each_named(found, "what did she ship at Brightside?", INDEX)
    assert one == found  # one organisation named: search's order stands
