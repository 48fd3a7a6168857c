"""A credential named by a plain word the portfolio never writes ("a certified equine vet", "a pilot
licence") is not held, though its other word matches a credential held (a vet's licence to practise):
search marks its hits weak. A licence is asked as a credential; a software licence is none, and a word
saying what a credential is like ("fancy") names no credential."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import absent_credential
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


def _chunks() -> list[Chunk]:
    return [
        _chunk(
            "profile#basics", "basics", "Odette Marais — Data Scientist", "Former vet, now a data scientist."
        ),
        _chunk(
            "profile#certificates/0",
            "certificate",
            "Licensed Veterinary Surgeon",
            "Certificate: Licensed Veterinary Surgeon, licence to practise issued by the Veterinary Council (2012-07)",
        ),
        _chunk(
            "profile#certificates/1",
            "certificate",
            "AWS Certified Machine Learning – Specialty",
            "Certificate: AWS Certified Machine Learning – Specialty issued by Amazon Web Services (2022-02)",
        ),
        _chunk(
            "profile#work/0",
            "work",
            "Veterinary Surgeon at Oakfield Animal Hospital",
            "Work experience: Veterinary Surgeon at Oakfield Animal Hospital (2012-08 – 2019-03)\n"
            "Treated dogs and cats; ran the practice's surgery list.",
        ),
        _chunk(
            "profile#projects/0",
            "project",
            "Project: herdcount",
            "Project: herdcount — a Python package for counting cattle in drone images, released under an open "
            "source licence.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def _strong(index: SearchIndex, question: str) -> list[str]:
    return [h.chunk.id for h in index.search(question, weak=True) if not h.weak]


@pytest.mark.parametrize(
    "question",
    ["Is she a certified equine vet?", "does she hold a pilot licence", "does she have a falconry license?"],
)
def test_a_credential_named_by_a_word_the_portfolio_never_writes_gets_weak_hits(
    index: SearchIndex, question: str
) -> None:
    assert _strong(index, question) == []


@pytest.mark.parametrize(
    "question",
    [
        "is she a certified vet",
        "is she licensed to practise",
        "does she have a licence",
        "any fancy certifications?",
        "is she aws certified",
    ],
)
def test_a_credential_held_or_asked_in_general_still_gets_strong_hits(
    index: SearchIndex, question: str
) -> None:
    assert _strong(index, question) != []


def test_a_software_licence_is_no_credential() -> None:
    written = {"herdcount", "python", "licens", "open", "sourc"}.__contains__
    asked = "is herdcount under an MIT license"
    assert absent_credential(asked, _chunks(), ["Odette", "Marais"], written=written) is None
    assert absent_credential("does she hold a pilot licence", _chunks(), written=written) == "pilot"


def test_without_the_portfolio_words_a_licence_is_not_read() -> None:
    """The answerer's own reading (no ``written``) is left as it was: a licence is no cue there."""
    assert absent_credential("does she hold a pilot licence", _chunks()) is None
