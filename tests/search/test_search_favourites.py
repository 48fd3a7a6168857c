"""A favourite asked ("her favourite framework?") that no passage found writes a liking of any kind in
is not answered by a list of the things: what search found is marked weak. A liking written anywhere
found ("I love pairing", "Work preferences: ..."), or no favourite asked, leaves the passages alone."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.preferences import asks_favourite, unstated_favourite


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk(
            "profile#basics", "basics", "Tove Lindqvist — Frontend Engineer", "Tove builds web apps in Umeå."
        ),
        chunk(
            "profile#skills/0", "skill", "Frontend (Expert)", "Skill: Frontend (Expert): React, Vue, Svelte"
        ),
        chunk(
            "profile#faq/0",
            "faq",
            "Teaching",
            "What do you enjoy most? I love teaching juniors through pair programming sessions.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_favourite_is_asked() -> None:
    assert asks_favourite("What is her favourite JavaScript framework?")
    assert asks_favourite("Which framework does she like best?")
    assert asks_favourite("What does Tove enjoy most about her job?")
    assert not asks_favourite("Which frameworks does she know?")
    assert not asks_favourite("Does she prefer remote work?")  # answered by where she wants to work


def test_a_liking_written_anywhere_found_states_it() -> None:
    skills = ["Skill: Frontend (Expert): React, Vue, Svelte"]
    assert unstated_favourite("What is her favourite framework?", skills)
    assert not unstated_favourite("What is her favourite framework?", [*skills, "Svelte is my go-to."])
    assert not unstated_favourite("What is her favourite framework?", [])  # nothing found: left to search
    assert not unstated_favourite("Which frameworks does she use?", skills)


def test_a_list_ranks_no_favourite(index: SearchIndex) -> None:
    hits = index.search("What is Tove's favourite frontend framework, React, Vue or Svelte?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_stated_liking_answers(index: SearchIndex) -> None:
    hits = index.search("What does Tove enjoy most about teaching?")
    assert hits and hits[0].chunk.id == "profile#faq/0" and not hits[0].weak


def test_a_liking_of_others_or_like_as_such_as_is_none_of_hers() -> None:
    """ "a program our engineers actually like" or "tools like Terraform" state no liking of the owner's."""
    question = "What is her favourite programming language?"
    assert unstated_favourite(question, ["Turned scanner output into a program our engineers actually like."])
    assert unstated_favourite(question, ["Built CI with tools like Terraform and Pulumi.", "Users loved it."])
    assert not unstated_favourite(question, ["I like data that is boring, cheap and tested."])
    assert not unstated_favourite(question, ["She loves Rust and writes it daily."])
    assert not unstated_favourite(question, ["I really like Go."])
