"""An employer no job names, asked of the owner, gets only weak hits from search: a certificate issued
by it or a product carrying its name is close, not a job there. An employer a job names still gets
strong hits; the school typed in lower case ("cambridge grad?") is read like a capitalised one."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.schools import unnamed_school
from heyfolio.search.unlisted_employer import unlisted_employer


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk(
            "profile#basics", "basics", "Ines Varga — Cloud Engineer", "Ines builds data platforms on AWS."
        ),
        chunk(
            "profile#certificates/0",
            "certificate",
            "Microsoft Certified: Azure Data Engineer Associate",
            "Certificate: Microsoft Certified: Azure Data Engineer Associate issued by Microsoft (2021-04)",
        ),
        chunk(
            "profile#work/0",
            "work",
            "Data Engineer at Fennbrook Logistics (2020-02 – present)",
            "Work experience: Data Engineer at Fennbrook Logistics\nMoved 60 pipelines onto Amazon Redshift.",
        ),
        chunk(
            "profile#education/0",
            "education",
            "BSc in Mathematics at University of Tarnwick (2014 – 2017)",
            "Education: BSc in Mathematics at University of Tarnwick",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


@pytest.mark.parametrize("question", ["Has Ines worked at Microsoft?", "Did she ever work for Amazon?"])
def test_an_employer_no_job_names_gets_weak_hits(index: SearchIndex, question: str) -> None:
    hits = index.search(question, 5, weak=True)
    assert hits and all(h.weak for h in hits)


@pytest.mark.parametrize(
    "question", ["Has Ines worked at Fennbrook?", "Did she work for Fennbrook Logistics?"]
)
def test_an_employer_a_job_names_gets_strong_hits(index: SearchIndex, question: str) -> None:
    hits = index.search(question, 5)
    assert hits and not hits[0].weak and hits[0].chunk.id == "profile#work/0"


def test_the_unlisted_employer_is_named() -> None:
    assert unlisted_employer("Has she worked at Microsoft?", _chunks()) == "Microsoft"
    assert unlisted_employer("Has she worked at Fennbrook?", _chunks()) is None
    assert unlisted_employer("Has she worked with Redshift?", _chunks()) is None


@pytest.mark.parametrize("question", ["cambridge grad?", "is she a yale alum"])
def test_a_school_typed_in_lower_case_is_read(question: str) -> None:
    assert unnamed_school(question, _chunks()) is not None


@pytest.mark.parametrize(
    "question",
    ["tarnwick grad?", "mathematics grad?", "recent grad?", "is she a bootcamp grad", "Tarnwick grad?"],
)
def test_a_kind_of_graduate_or_a_school_held_is_not_unnamed(question: str) -> None:
    assert unnamed_school(question, _chunks()) is None
