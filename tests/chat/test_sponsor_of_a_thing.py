"""Who sponsors a thing ("who sponsors the meetup she runs?") is no work-permit question: the owner's
citizenship does not answer it, and a meetup entry saying nothing of sponsors is no answer either.
"Sponsor" of a visa or of her ("will she need sponsorship?", "would we need to sponsor her?") is still
the work-authorization topic. The owner is made up for the test."""

from __future__ import annotations

import pytest

from heyfolio.chat.offline import compose
from heyfolio.chat.places import PERMIT_ASKED
from heyfolio.content.model import Basics, Portfolio, Resume, Volunteer
from heyfolio.search.attributes import asked_attribute, states_attribute
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

SAID = "Slovenian citizen with the right to work anywhere in the EU."
PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Maja Kranjc",
            label="Platform Engineer",
            summary=f"Platform engineer in Ljubljana who runs Kubernetes clusters for a logistics firm. {SAID}",
        ),
        volunteer=[
            Volunteer(
                organization="Ljubljana Gophers",
                position="Co-organiser",
                summary="Monthly meetup for Go developers in Ljubljana.",
                highlights=["Co-organised 40 meetups with about 80 attendees each."],
            )
        ],
    )
)


@pytest.mark.parametrize(
    ("question", "permit"),
    [
        ("Who sponsors the Ljubljana Gophers meetup?", False),
        ("Which companies sponsor the meetup?", False),
        ("Is the meetup sponsored by a company?", False),
        ("Will she need sponsorship?", True),
        ("Would we need to sponsor her?", True),
        ("Does she need visa sponsorship for the UK?", True),
        ("Would you sponsor the visa?", True),
    ],
)
def test_sponsor_of_a_thing_is_no_permit(question: str, permit: bool) -> None:
    assert bool(PERMIT_ASKED.search(question)) is permit


def test_the_sponsor_kind_is_asked_and_stated() -> None:
    assert asked_attribute("Who sponsors the Ljubljana Gophers meetup?") == "sponsor"
    assert asked_attribute("Does she need visa sponsorship?") != "sponsor"
    assert not states_attribute(["Monthly meetup for Go developers in Ljubljana."], "sponsor")
    assert states_attribute(["Monthly meetup hosted by a local bank, sponsored by two firms."], "sponsor")


def test_a_sponsor_no_entry_states_is_not_answered() -> None:
    index = SearchIndex.build(chunk_portfolio(PORTFOLIO))
    answer = compose(
        "Who sponsors the Ljubljana Gophers meetup?", PORTFOLIO, index, first_offline_answer=False
    )
    assert not answer.answered
    assert "Slovenian" not in answer.text
    answer = compose(
        "How many attendees does Ljubljana Gophers have?", PORTFOLIO, index, first_offline_answer=False
    )
    assert answer.answered and "80 attendees" in answer.text
