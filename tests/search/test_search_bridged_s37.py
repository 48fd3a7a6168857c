"""A question picking which of her entries of a kind answers to another entry it describes takes the
second hop (search.bridged, ``SearchIndex._bridged``): the entry of that kind sharing the rarest words
with the described entry is shown right after it."""

from __future__ import annotations

import pytest

from heyfolio.search.bridged import asked_entry_kinds
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    filler = [
        _chunk(
            f"profile#work/{i}", "work", f"Analyst at Firm {i}", f"Wrote reports on topic {i} for clients."
        )
        for i in range(8)
    ]
    return SearchIndex.build(
        [
            *filler,
            _chunk("profile#basics", "basics", "Noa Brandt", "Noa is an ecologist who codes."),
            _chunk(
                "profile#awards/0",
                "award",
                "Best Poster Award (EcoConf, 2021)",
                "Award: Best Poster Award from EcoConf for the poster on kelp canopy loss.",
            ),
            _chunk(
                "profile#projects/0",
                "resume_project",
                "kelpwatch",
                "Project: kelpwatch — tracks kelp canopy from satellite images.",
            ),
            _chunk(
                "profile#projects/1",
                "resume_project",
                "tidepool",
                "Project: tidepool — an open-source tool that logs tide gauges.",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Which of her open-source tools tackles it?", ("project", "resume_project")),
        ("which one of his talks won?", ("publication",)),
        ("which of the jobs paid most", ("work",)),
        ("which of her skills is strongest", ()),
        ("what tools does she use", ()),
    ],
)
def test_the_kind_a_question_picks_among(question: str, kinds: tuple[str, ...]) -> None:
    assert asked_entry_kinds(question) == kinds


def test_the_entry_sharing_the_described_entrys_rare_words_follows_it(index: SearchIndex) -> None:
    ids = [
        h.chunk.id
        for h in index.search(
            "which of her open-source tools is about the same thing as her award-winning poster?", weak=True
        )
    ]
    assert "profile#awards/0" in ids
    assert ids.index("profile#projects/0") == ids.index("profile#awards/0") + 1


def test_a_question_picking_no_kind_takes_no_second_hop(index: SearchIndex) -> None:
    ids = [h.chunk.id for h in index.search("what was her award-winning poster about?", weak=True)]
    assert "profile#projects/0" not in ids[: ids.index("profile#awards/0") + 2]
