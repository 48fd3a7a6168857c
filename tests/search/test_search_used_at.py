"""A technology asked of one employer ("did she use Flink at <employer>?") is answered only by that
employer's jobs (or a project done for it) naming it or a close relative ("EKS" for Kubernetes); when
none does, what search found is weak, though the technology is hers elsewhere."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.used_at import unused_at


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords
        )

    return [
        chunk("profile#basics", "basics", "Rosa Lind — Engineer", "Rosa builds data platforms in Turku."),
        chunk(
            "profile#work/0",
            "work",
            "Data Engineer at Virta Energy (2021-02 – present)",
            "Work experience: Data Engineer at Virta Energy (2021-02 – present)\n"
            "Highlights:\n- Moved 40 jobs to Flink on Amazon EKS.",
        ),
        chunk(
            "profile#work/1",
            "work",
            "Developer at Saaristo Ferries (2017-05 – 2021-01)",
            "Work experience: Developer at Saaristo Ferries (2017-05 – 2021-01)\n"
            "Highlights:\n- Built the booking API in Python and PostgreSQL.",
        ),
        chunk(
            "profile#skills/0",
            "skill",
            "Data engineering",
            "Skill: Data engineering: Flink, Kubernetes, PostgreSQL",
            ("Data engineering", "Flink", "Kubernetes", "PostgreSQL"),
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_a_technology_the_employers_job_never_names_is_weak(index: SearchIndex) -> None:
    hits = index.search("Did Rosa use Flink at Saaristo Ferries?", weak=True)
    assert hits and all(h.weak for h in hits)


def test_a_technology_the_job_names_or_a_relative_of_it_answers(index: SearchIndex) -> None:
    for question in ("Did she use Flink at Virta Energy?", "Did she use Kubernetes at Virta Energy?"):
        hits = index.search(question)
        assert hits and hits[0].chunk.id == "profile#work/0" and not hits[0].weak, question
    hits = index.search("Did she use PostgreSQL at Saaristo Ferries?")
    assert hits and hits[0].chunk.id == "profile#work/1" and not hits[0].weak


def test_an_employer_or_technology_the_portfolio_never_names_is_left_to_other_checks() -> None:
    chunks = _chunks()
    tech = {"flink", "kubernet", "postgresql", "spark"}.__contains__
    assert unused_at("Did she use Flink at Google?", chunks, tech) is None  # no job at Google
    assert unused_at("Did she use Spark at Saaristo Ferries?", chunks, tech) is None  # Spark is nowhere
    assert unused_at("Did she use Flink at Saaristo Ferries?", chunks, tech) == ("flink", "Saaristo Ferries")
