"""A count asked of the owner ("how many papers has he got out?") brings the passage stating it first,
over the entries of the kind counted that state none."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.counts import asked_count, states_count
from heyfolio.search.index import SearchIndex


def _chunk(kind: str, i: int, title: str, text: str) -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_PAPERS = [
    _chunk(
        "publications",
        i,
        f"Publication: {name} (2019-0{i + 1})",
        f"Journal paper on {topic}, published by the Review of Coastal Modelling.",
    )
    for i, (name, topic) in enumerate(
        [
            ("Tides in shallow estuaries", "tidal mixing in estuaries"),
            ("Sediment plumes after storms", "sediment transport in storms"),
            ("Salt wedges in the Tagus", "salinity intrusion and papers reviewed"),
            ("A coupled wave model", "coupling wave and current models"),
            ("Mangrove drag", "vegetation drag in coastal flow"),
        ]
    )
] + [
    _chunk(
        "work",
        0,
        "Research Assistant at Ostende Marine Lab (2016-02 – 2020-06)",
        "Hydrodynamics group. Published 11 peer-reviewed journal papers, four as first author.",
    ),
    _chunk("work", 1, "Data Engineer at Harbour Pilots (2020-07 – present)", "Builds tide-table pipelines."),
]


def test_the_thing_counted_is_read_from_the_question() -> None:
    assert asked_count("how many papers has he got out?") == "paper"
    assert asked_count("How many GitHub stars does it have?") == "star"
    assert asked_count("how many companies use the SDK") == "compan"
    # durations and people led are answered by other readings
    assert asked_count("how many years of Go?") is None
    assert asked_count("how many people has she managed?") is None
    assert asked_count("what papers did he write?") is None


def test_a_count_is_a_number_in_the_same_clause_not_a_date() -> None:
    assert states_count(["Published 11 peer-reviewed journal papers."], "paper")
    assert states_count(["Wrote twelve papers with the group"], "paper")
    assert not states_count(["Publication: Tides (2019-01)\nJournal paper on tidal mixing."], "paper")
    assert not states_count(["In 2021 she reviewed papers for a workshop."], "paper")


def test_the_passage_stating_the_count_is_shown_first() -> None:
    index = SearchIndex.build(_PAPERS)
    hits = index.search("how many papers has he got out?")
    assert hits and hits[0].chunk.id == "profile#work/0"


def test_a_question_counting_nothing_keeps_its_ranking() -> None:
    index = SearchIndex.build(_PAPERS)
    hits = index.search("what papers has he written about storms?")
    assert hits and hits[0].chunk.id == "profile#publications/1"
