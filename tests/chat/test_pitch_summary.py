"""A pitch quotes the owner's own case, which often follows a long sentence of biography."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

SUMMARY = (
    "Freelance engineer based in Porto. I studied chemistry, spent three years as a lab technician "
    "writing instrument drivers in Python for a pharmaceutical research group in Basel and then a "
    "further two years as a data engineer at a logistics start-up in Lisbon, and since March 2019 I "
    "have worked for myself for research labs, small factories and agricultural co-operatives, "
    "usually for two clients at a time and mostly remotely, with a month or two between the larger "
    "engagements spent on teaching and on my own open-source tools. I turn fragile lab scripts into "
    "tested, documented services that people can rely on. Open to remote contracts."
)


def test_a_pitch_quotes_the_owners_case_past_a_long_biography() -> None:
    resume = Resume(
        basics=Basics(name="Rita Faria", label="Freelance engineer", summary=SUMMARY),
        work=(
            Work(
                name="Faria Labs",
                position="Freelance Engineer",
                start_date=PartialDate("2019-03", 2019, 3),
                highlights=("Cut a lab's analysis run from 6 hours to 20 minutes.",),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("Why should we hire Rita?", portfolio, index, first_offline_answer=False)
    assert answer.intent == "pitch" or answer.answered
    assert "fragile lab scripts" in answer.text


def test_a_pitch_leaves_the_hiring_logistics_and_a_break_to_their_own_questions() -> None:
    summary = (
        "Backend engineer with nine years in logistics software. I make slow queries fast and keep "
        "on-call quiet. Between May 2021 and January 2022 I took an eight-month parental leave. "
        "I work fully remote from Valencia and I am a Spanish citizen, so no visa is needed in the EU; "
        "my notice period is two months."
    )
    resume = Resume(
        basics=Basics(name="Iker Sanz", label="Backend engineer", summary=summary),
        work=(
            Work(
                name="Ruta Cargo",
                position="Senior Backend Engineer",
                start_date=PartialDate("2022-02", 2022, 2),
                highlights=("Cut the route planner's p95 from 4 s to 300 ms.",),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("Why should we hire him?", portfolio, index, first_offline_answer=False)
    assert "I make slow queries fast and keep on-call quiet." in answer.text
    for aside in ("notice period", "Spanish citizen", "parental leave"):
        assert aside not in answer.text
    notice = compose("What's his notice period?", portfolio, index, first_offline_answer=False)
    assert "two months" in notice.text  # the logistics still answer their own question
