"""A question ranking the money the owner saved ("biggest cost saving") is answered by the passage
stating the largest sum cut, a monthly sum counted over a year; a "cost saving" is a saving (a measured
change), not any mention of a cost."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.money import asks_largest_saving, largest_savings


def _work(i: int, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=f"Engineer at Firm {i}", text=text)


_CHUNKS = [
    _work(0, "Owned the billing service. Cut the monthly data warehouse bill from €30,000 to €18,000."),
    _work(1, "Reduced the AWS spend by 20% (about US$150,000 a year) with reserved instances."),
    _work(2, "Raised €2 million in grants for the lab. Wrote the grant reports."),
    _work(3, "The biggest saving was in onboarding time: new hires shipped in their first week."),
]


def test_the_question_and_the_figures() -> None:
    assert asks_largest_saving("What's the biggest cost saving she has delivered?")
    assert asks_largest_saving("most money saved?")
    assert not asks_largest_saving("Which project cost the most?")
    # €30,000 a month is €360,000 a year; the grant was raised, not saved
    assert largest_savings(_CHUNKS) == [0, 1]


def test_the_largest_saving_comes_first() -> None:
    index = SearchIndex.build(_CHUNKS)
    assert index.search("What's the biggest cost saving she has delivered?")[0].chunk.id == "profile#work/0"
