"""An organisation's headcount ("how many engineers work at <employer>?") is not answered by the owner's
team there ("I lead the platform team, five engineers"): her team is a part of the organisation, not
its number. A sentence stating the organisation's own size ("a 60-person studio") still answers, also
beside her team."""

from __future__ import annotations

import pytest

from heyfolio.chat.counting import count_evidence, read_count
from heyfolio.search.chunks import Chunk


def _job(text: str) -> Chunk:
    return Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Staff Engineer at Pellwick (2020-01 – present)",
        text=f"Work experience: Staff Engineer at Pellwick\n{text}",
    )


def test_the_counted_noun_ends_before_the_verb_of_working() -> None:
    """Reading "engineers work" was read as the noun, one the count nouns do not know, so any figure of the
    employer's passage answered."""
    count = read_count("How many engineers work at Pellwick?")
    assert count is not None and count.staff and not count.loose


@pytest.mark.parametrize(
    "sentence",
    [
        "I lead the platform team, five engineers and a designer.",
        "Shipped the billing API in a team of four engineers.",
        "Built my team of six engineers from scratch.",
    ],
)
def test_her_team_is_not_the_organisations_headcount(sentence: str) -> None:
    count = read_count("How many engineers work at Pellwick?")
    assert count is not None
    assert not count_evidence(count, [_job(sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        "Pellwick: a 60-person games studio in Dundee.",
        "Joined Pellwick, a 60-person studio, and built its tools team of four engineers.",
    ],
)
def test_the_organisations_own_size_answers(sentence: str) -> None:
    count = read_count("How many people work at Pellwick?")
    assert count is not None
    assert [c.sentence for c in count_evidence(count, [_job(sentence)])]


def test_the_team_size_asked_is_still_her_team() -> None:
    count = read_count("How big is her team at Pellwick?")
    assert count is not None and not count.staff
    assert count_evidence(count, [_job("I lead the platform team, five engineers and a designer.")])
