"""A pitch's evidence: the sentences on the topic asked, the award and the project ranked highest."""

from __future__ import annotations

from heyfolio.chat.evidence import standout_evidence, topic_evidence, topic_terms
from heyfolio.chat.offline import compose
from heyfolio.content.model import Award, Basics, PartialDate, Portfolio, Resume, ResumeProject, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(
        name="Ines Duarte", label="Mobile Engineer", summary="Mobile engineer who ships calm apps."
    ),
    work=(
        Work(
            name="Harbour Bank",
            position="Lead Mobile Engineer",
            start_date=PartialDate("2021-01", 2021, 1),
            highlights=(
                "Led a squad of five engineers.",
                "Moved the app to offline-first sync, cutting failed payments from 4.1% to 0.3% in six months.",
                "Runs a monthly offline-first clinic for the other squads.",
            ),
        ),
        Work(
            name="Kite Labs",
            position="Mobile Developer",
            start_date=PartialDate("2017-03", 2017, 3),
            end_date=PartialDate("2020-12", 2020, 12),
            summary="First mobile hire at a 12-person start-up; built the courier app.",
        ),
    ),
    awards=(Award(title="Best Fintech App", awarder="Mobile Summit", summary="For the Harbour Bank app."),),
    projects=(
        ResumeProject(name="tidewire", description="A sync library.", highlights=("900 GitHub stars.",)),
        ResumeProject(name="quaylint", description="A linter.", highlights=("2,400 GitHub stars.",)),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)


def _rarity(term: str) -> float:
    return 1.0


def test_a_pitchs_topic_is_its_words_less_the_words_every_pitch_is_asked_with() -> None:
    assert topic_terms("why is she a good fit for an offline-first team?") == {
        "offlin"
    }  # "first": a priority
    assert topic_terms("the right person to lead our API-first platform team?") == {"api", "platform"}
    assert topic_terms("why should we hire Ines?", ["Ines", "Duarte"]) == frozenset()
    assert topic_terms("give me one standout achievement") == frozenset()


def test_the_topic_evidence_is_the_sentence_naming_it_that_proves_most() -> None:
    found = topic_evidence("why is she a good fit for an offline-first team?", CHUNKS, _rarity)
    assert found and "4.1% to 0.3%" in found[0].sentence  # amounts beat the clinic that names it too
    startup = topic_evidence("what would she bring to an early startup?", CHUNKS, _rarity)
    assert startup and "12-person start-up" in startup[0].sentence  # "start-up" is the word "startup"
    assert topic_evidence("why should we hire her?", CHUNKS, _rarity) == []


def test_the_standout_evidence_is_the_award_and_the_most_starred_project() -> None:
    found = standout_evidence(CHUNKS)
    assert [e.chunk.kind for e in found] == ["award", "resume_project"]
    assert "Best Fintech App" in found[0].sentence
    assert found[1].sentence.startswith("quaylint") and "2,400" in found[1].sentence


def test_the_pitch_cites_the_summary_the_topic_and_the_standout() -> None:
    index = SearchIndex.build(CHUNKS)
    answer = compose(
        "why is she a good fit for an offline-first team?", PORTFOLIO, index, first_offline_answer=False
    )
    assert answer.answered and answer.text.startswith("Here's the case the portfolio makes")
    for fact in ("calm apps", "4.1% to 0.3%", "Best Fintech App", "quaylint"):
        line = next(ln for ln in answer.text.splitlines() if fact in ln)
        assert "[" in line, fact
