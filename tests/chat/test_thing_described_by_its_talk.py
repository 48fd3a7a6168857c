"""A count of a thing the question describes by the entry presenting it ("how many stars does the tool she
presented at <conference> have?"): the talk names the tool, whose own line elsewhere states the figure
(``SearchIndex.names_elsewhere``, ``counting.bridged_evidence``); the talk's own stars stay unanswered."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder

_RESUME = {
    "basics": {
        "name": "Marit Solheim",
        "label": "Platform engineer",
        "summary": "Platform engineer in Tromsø.",
    },
    "work": [
        {
            "name": "Nordlysnett",
            "position": "Senior Platform Engineer",
            "startDate": "2021-02",
            "summary": "Runs the deployment platform of a regional internet provider.",
            "highlights": [
                "Cut deploy times from 40 to 6 minutes by moving builds to a shared cache.",
                "Open-sourced driftcheck, a Go tool that flags Terraform drift per workspace; it has 2,300 "
                "GitHub stars and 30 contributors.",
                "Wrote quaykeeper, an internal tool that books maintenance windows for the ops teams.",
            ],
        }
    ],
    "publications": [
        {
            "name": "Drift happens",
            "publisher": "Arctic Ops Days 2024 (conference talk)",
            "releaseDate": "2024-03-14",
            "summary": "How we catch Terraform drift every hour, and the driftcheck tool we built for it.",
        },
        {
            "name": "Tiles at the edge of the map",
            "publisher": "Polar Python 2023 (conference talk)",
            "releaseDate": "2023-11-02",
            "summary": "Why quaykeeper keeps its bookings in plain text files.",
        },
    ],
}
_resume, _problems = parse_resume(_RESUME, "probe.resume.json")
assert _resume is not None, _problems
PORTFOLIO = Portfolio(resume=_resume)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO), MiniLMEmbedder(runtime="numpy"))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


@pytest.mark.parametrize(
    "question",
    [
        "How many stars does the tool she presented at Arctic Ops Days have?",
        "how many github stars has the tool from her Arctic Ops Days talk got?",
    ],
)
def test_the_tool_a_talk_presents_is_counted_by_its_own_line(question: str) -> None:
    answer = ask(question)
    assert answer.answered and "2,300" in answer.text and answer.sources
    hits = INDEX.search(question, 5, weak=True)
    assert not hits[0].weak and "profile#work/0" in [h.chunk.id for h in hits]


@pytest.mark.parametrize(
    "question",
    [
        "How many stars does her Arctic Ops Days talk have?",  # a talk has no stars
        "How many stars does the tool she presented at Polar Python have?",  # quaykeeper states none
    ],
)
def test_a_figure_nothing_states_for_the_thing_stays_unanswered(question: str) -> None:
    answer = ask(question)
    assert not answer.answered and "2,300" not in answer.text
