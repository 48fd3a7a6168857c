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
