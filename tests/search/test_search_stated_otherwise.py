"""Things a recruiter asks in other words than a résumé states them: a price that came down ("how much
cheaper?") is a cost, a bill or a spend; slowness is a latency; a track record is the results stated;
a migration is written as a move; a cloud's managed Kubernetes (EKS, GKE, AKS) is Kubernetes."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _work(i: int, title: str, text: str) -> Chunk:
    ident = f"profile#work/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=title, text=text)


_CHUNKS = [
    _work(
        0,
        "ML Engineer at Larkspur Voice (2022-05 – present)",
        "Quantized the transcription models; brought GPU costs down from US$21,000 to US$6,500 a month.",
    ),
    _work(
        1,
        "Independent Consultant at Moreau Data (2018-01 – 2022-04)",
        "My one-person consultancy: data pipelines for three logistics clients.",
    ),
    _work(
        2,
        "Platform Engineer at Vantail (2016-03 – 2017-12)",
        "Moved 85 services from hand-built VMs to Amazon EKS over nine months.",
    ),
    _work(
        3, "Support Engineer at Quillby (2014-01 – 2016-02)", "Answered tickets and wrote the help centre."
    ),
]


def _ids(question: str) -> list[str]:
    # weak too: without an embedder, a passage sharing only related words is shown as the closest one
    return [h.chunk.id for h in SearchIndex.build(_CHUNKS).search(question, weak=True)]


def test_cheaper_finds_the_cost_that_came_down() -> None:
    assert _ids("How much cheaper did she make the transcription models?")[:1] == ["profile#work/0"]


def test_a_kubernetes_migration_finds_a_move_and_a_managed_kubernetes() -> None:
    quiet = _work(
        3, "Support Engineer at Quillby (2014-01 – 2016-02)", "Answered tickets and wrote the help centre."
    )
    for text in (
        "Migrated 85 services from hand-built VMs to Amazon EKS over nine months.",
        "Moved 85 services from hand-built VMs to Kubernetes over nine months.",
    ):
        index = SearchIndex.build([quiet, _work(2, "Platform Engineer at Vantail (2016-03 – 2017-12)", text)])
        hits = index.search("kubernetes migration?", weak=True)
        assert hits and hits[0].chunk.id == "profile#work/2", text


def test_slowness_is_answered_by_a_latency_cut() -> None:
    chunks = [
        _work(
            0,
            "Backend Engineer at Pernille (2018-01 – 2020-12)",
            "Cut checkout latency from 900 ms to 120 ms.",
        ),
        _work(1, "Support Engineer at Quillby (2014-01 – 2016-02)", "Answered tickets about checkout."),
    ]
    hits = SearchIndex.build(chunks).search("did she fix a slow checkout?", weak=True)
    assert hits and hits[0].chunk.id == "profile#work/0"


def test_a_track_record_is_the_results_stated_not_an_award() -> None:
    chunks = [
        _work(
            0,
            "Engineering Manager at Tallow (2021-01 – present)",
            "Hired 9 engineers; cut attrition from 20% to 5%.",
        ),
        Chunk(
            id="profile#awards/0",
            uri="portfolio://profile#awards/0",
            kind="award",
            title="Award: Record Hiring Month (Tallow, 2022)",
            text="Internal prize.",
        ),
    ]
    hits = SearchIndex.build(chunks).search("What's his track record?", weak=True)
    assert hits and hits[0].chunk.id == "profile#work/0"


def test_ok_in_capitals_names_nothing() -> None:
    chunks = [
        Chunk(
            id="profile#summary/remote",
            uri="portfolio://profile#summary/remote",
            kind="summary",
            title="Remote work and relocation (Bram Okoro)",
            text="Open to remote work within the EU; not relocating.",
        ),
        _work(0, "Platform Engineer at Szkwał (2019-01 – present)", "Runs the build farm."),
    ]
    hits = SearchIndex.build(chunks).search("is he OK with remote work?")
    assert hits and hits[0].chunk.id == "profile#summary/remote"
