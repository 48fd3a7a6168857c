"""Per-question passes answered by lookups built once per index (issue 11's latency, second round):

- the dated entry a question describes ("before founding his company") is found from its title words'
  entries, a longer or shorter word by prefix, as comparing every word with every dated title found it;
- the passages of a kind a question reads (the degrees and references a grade or a supervisor is read
  from, the owner's own pages) come from their kind's postings, in index order, as a pass over all did.
"""

from __future__ import annotations

import pytest

from heyfolio.search.adjacent import _PREFIX_MIN, DatedEntries
from heyfolio.search.attributes import OWNER_KINDS
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _chunk(kind: str, i: int, title: str, text: str = "Details.") -> Chunk:
    ident = f"profile#{kind}/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _chunk("basics", 0, "Tamsin Okafor — Engineer", "Tamsin builds data tools in Leeds."),
    _chunk("work", 0, "Founder at Ketterly Labs (2021-02 – present)", "Started a data tooling company."),
    _chunk("work", 1, "Senior Engineer at Brindle Freight (2017-05 – 2021-01)", "Routing services."),
    _chunk("work", 2, "Engineer at Brindle Freight (2015-03 – 2017-04)", "Billing jobs."),
    _chunk("volunteer", 0, "Mentor at Code Bridge (2016-01 – 2018-12)", "Weekend mentoring."),
    _chunk("education", 0, "MSc Informatics at Pellow University (2013-09 – 2014-09)", "Grade: Distinction."),
    _chunk(
        "education", 1, "BSc Mathematics at Pellow University (2010-09 – 2013-06)", "Supervised by Dr Ames."
    ),
    _chunk("reference", 0, "Reference from Brindle Freight", "Tamsin mentored the team."),
    _chunk("faq", 0, "What is your day rate?", "I work on salaried roles only."),
    _chunk("project", 0, "Foundry Router (2019-01 – 2019-06)", "A routing library."),
]


def _former_match(term: str, title: frozenset[str]) -> bool:
    """The former word-by-word rule."""
    if term in title:
        return True
    return len(term) >= _PREFIX_MIN and any(
        len(t) >= _PREFIX_MIN and (t.startswith(term) or term.startswith(t)) for t in title
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_CHUNKS)


def test_the_described_entry_is_found_by_its_title_words_as_by_comparing_every_title(
    index: SearchIndex,
) -> None:
    facts = index._facts_of()
    entries = DatedEntries(index._chunks, facts.titles, facts.span)
    words = {t for c in _CHUNKS for t in analyze(f"{c.title} {c.text}")} | set(
        analyze("founding founded found foundation engineering informatic mathematic mentoring senior")
    )
    for term in sorted(words):
        want = {i for i in entries.dated if _former_match(term, facts.titles[i])}
        assert entries.matching(term) == want, term


def test_a_question_before_founding_her_company_finds_the_job_before_it(index: SearchIndex) -> None:
    hits = index.search("Where did she work before founding her company?")
    assert hits[0].chunk.title.startswith("Senior Engineer at Brindle Freight")


def test_the_passages_of_a_kind_come_in_index_order(index: SearchIndex) -> None:
    for kinds in (("education",), ("education", "reference"), tuple(OWNER_KINDS), ("award",)):
        assert index._of_kinds(kinds) == [c for c in index._chunks if c.kind in kinds]
