"""A name typed with two adjacent letters swapped is read as the name (search.swapped), while a
name one letter apart from the content's stays a name of its own."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.swapped import same_letters, swapped_back


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ruth Penn", "Ruth lives in Glasgow."),
            _chunk(
                "profile#work/0", "work", "Engineer at Lanternfish", "Built billing in Elixir, 2016-2020."
            ),
            _chunk("profile#work/1", "work", "Lead at Quarrystone", "Led the data team, 2020-present."),
            _chunk("profile#skills/0", "skills", "Skill: Terraform", "Terraform, Ansible."),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("How long was she at Lanternfihs?", "How long was she at Lanternfish?"),
        ("What did she do before Quarrsytone?", "What did she do before Quarrystone?"),
        ("Has she used Terrafrom much?", "Has she used Terraform much?"),
    ],
)
def test_a_swapped_name_is_read_as_the_name(index: SearchIndex, asked: str, read: str) -> None:
    assert index.respell(asked) == read


@pytest.mark.parametrize(
    "asked",
    [
        "How long was she at Lanternfist?",  # a letter changed: another name
        "Did she work at Uqarrystone?",  # the first letter moved: not read as a slip
        "Does she know Elixir?",  # known as written
    ],
)
def test_other_names_stay_as_asked(index: SearchIndex, asked: str) -> None:
    assert index.respell(asked) == asked


def test_a_swapped_employer_finds_its_passage(index: SearchIndex) -> None:
    assert index.search("How long was she at Lanternfihs?")[0].chunk.id == "profile#work/0"


def test_same_letters() -> None:
    assert same_letters("Lanternfihs", "lanternfish")
    assert not same_letters("lanternfist", "lanternfish")


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("how much expreience in billing?", "how much experience in billing?"),
        ("what did she do bewteen jobs", "what did she do between jobs"),
        ("any bliling work?", "any billing work?"),
    ],
)
def test_a_plain_word_with_swapped_letters_is_read_as_the_word(
    index: SearchIndex, asked: str, read: str
) -> None:
    assert index.respell(asked) == read


def test_swapped_back_needs_one_reading() -> None:
    assert swapped_back("tohse", {"those"}.__contains__) == "those"
    assert swapped_back("abcde", {"acbde", "abdce"}.__contains__) is None  # two readings: left as asked
    assert swapped_back("bacde", {"abcde"}.__contains__) is None  # the first letter stays
