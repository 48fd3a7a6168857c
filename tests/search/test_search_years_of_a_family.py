""" "How many years of Kubernetes?" counts the jobs that ran a managed Kubernetes by its product name
("Amazon EKS", "GKE"), and always shows the earliest job that used it: the years run from there."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _work(i: int, title: str, dates: str, text: str) -> Chunk:
    return Chunk(
        id=f"profile#work/{i}",
        uri=f"portfolio://profile#work/{i}",
        kind="work",
        title=f"{title} ({dates})",
        text=f"Work experience: {title} ({dates}). {text}",
        keywords=(),
    )


def _index() -> SearchIndex:
    return SearchIndex.build(
        [
            Chunk(
                id="profile#basics",
                uri="portfolio://profile#basics",
                kind="basics",
                title="Ines Adler",
                text="Ines is a platform engineer in Graz.",
                keywords=(),
            ),
            _work(0, "Platform Engineer at Kornblume", "2022-01 – present", "Runs the Kubernetes clusters."),
            _work(
                1, "DevOps Engineer at Salzach Pay", "2019-02 – 2021-12", "Moved 80 services to Amazon EKS."
            ),
            _work(2, "Sysadmin at Murtal Hosting", "2016-05 – 2019-01", "Looked after 200 Debian servers."),
            Chunk(
                id="profile#skills/0",
                uri="portfolio://profile#skills/0",
                kind="skill",
                title="Kubernetes (Advanced)",
                text="Skill: Kubernetes (Advanced): Helm, Argo CD.",
                keywords=(),
            ),
        ]
    )


def test_a_job_naming_managed_kubernetes_counts_for_its_years() -> None:
    ids = [h.chunk.id for h in _index().search("How many years of Kubernetes does she have?", 5)]
    assert "profile#work/0" in ids and "profile#work/1" in ids
    assert "profile#work/2" not in ids[:3]


def test_the_first_job_on_managed_kubernetes_is_where_the_years_start() -> None:
    chunks = [
        _work(
            i, f"SRE at Firm{i}", f"20{18 + i}-01 – 20{18 + i}-12", "Operated Kubernetes clusters with Helm."
        )
        for i in range(4)
    ]
    chunks.append(
        _work(4, "Ops Engineer at Alpenwerk", "2014-01 – 2017-12", "Moved 40 services to Amazon EKS.")
    )
    chunks.append(_work(5, "Sysadmin at Murtal Hosting", "2012-01 – 2013-12", "Looked after Debian servers."))
    ids = [h.chunk.id for h in SearchIndex.build(chunks).search("how many years of kubernetes?", 5)]
    assert "profile#work/4" in ids and "profile#work/5" not in ids


def test_the_earliest_job_using_it_is_shown() -> None:
    chunks = [
        _work(i, f"Engineer at Firm{i}", f"20{10 + i}-01 – 20{10 + i}-12", " Wrote Rust services." * (1 + i))
        for i in range(7)
    ]
    index = SearchIndex.build(chunks)
    ids = [h.chunk.id for h in index.search("how many years of rust?", 5)]
    assert "profile#work/0" in ids
