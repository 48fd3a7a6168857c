"""Whether a certificate still holds is answered only where a passage says so: its date earned is not a
yes. A certificate whose entry states its expiry, renewal or status still gets strong hits."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.validity import asks_validity, validity_unstated


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


CHUNKS = [
    _chunk(
        "profile#basics", "basics", "Maren Holt — Cloud Engineer", "Maren builds cloud platforms in Oslo."
    ),
    _chunk(
        "profile#certificates/0",
        "certificate",
        "Google Cloud Associate Cloud Engineer (Google Cloud, 2021-04)",
        "Certificate: Google Cloud Associate Cloud Engineer issued by Google Cloud (2021-04)",
    ),
    _chunk(
        "profile#certificates/1",
        "certificate",
        "Certified Scrum Product Owner (CSPO) - lapsed 2023 (Scrum Alliance, 2019-02)",
        "Certificate: Certified Scrum Product Owner (CSPO) - lapsed 2023 issued by Scrum Alliance (2019-02)",
    ),
    _chunk(
        "profile#certificates/2",
        "certificate",
        "Red Hat Certified Engineer (RHCE) (Red Hat, 2020-09)",
        "Certificate: Red Hat Certified Engineer (RHCE) issued by Red Hat (2020-09)",
    ),
    _chunk(
        "profile#work/0",
        "work",
        "Cloud Engineer at Fjordline (2022-01 – present)",
        "Work experience: Cloud Engineer at Fjordline\nRenewed my RHCE in 2024 while moving the fleet to RHEL 9.",
    ),
]
CERTIFICATES = [c for c in CHUNKS if c.kind == "certificate"]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(CHUNKS)


@pytest.mark.parametrize(
    "question",
    [
        "Is her Google Cloud Associate certification still valid?",
        "When does her Cloud Engineer cert expire?",
        "Is Maren's GCP certificate still current?",
        "Is her Kubernetes certification still valid?",  # not held: no validity to state
    ],
)
def test_a_validity_no_passage_states_gets_only_weak_hits(index: SearchIndex, question: str) -> None:
    assert index.unstated(question)
    hits = index.search(question, 5, weak=True)
    assert all(h.weak for h in hits), [(h.chunk.id, h.weak) for h in hits]


@pytest.mark.parametrize(
    "question",
    [
        "Is her CSPO still valid?",  # lapsed: stated on the entry
        "Is her Scrum Product Owner certification still active?",
        "Is her RHCE still valid?",  # renewed: stated in a job search found
    ],
)
def test_a_validity_a_passage_states_is_answered(index: SearchIndex, question: str) -> None:
    assert not index.unstated(question, CHUNKS)
    assert not validity_unstated(question, CERTIFICATES, CHUNKS, ["Maren", "Holt"])


def test_only_a_credential_s_validity_is_read() -> None:
    assert asks_validity("Is her AWS cert still current?")
    assert not asks_validity("Is her React knowledge still current?")  # recency of a skill, not validity
    assert not asks_validity("Is his work permit still valid?")  # status papers: the summary's words
    # a contract renewed names no credential: not read
    assert not validity_unstated("Was her contract at Fjordline renewed?", CERTIFICATES, CHUNKS)
    assert not validity_unstated("What does she do at Fjordline?", CERTIFICATES, CHUNKS)


def test_a_certificate_named_in_lower_case_is_read_too() -> None:
    # typed in a hurry: the certificate's own name, in lower case, is what is asked about
    assert validity_unstated("rhce still valid?", CERTIFICATES, (), ["Maren", "Holt"])
    assert not validity_unstated("cspo still valid?", CERTIFICATES, (), ["Maren", "Holt"])  # lapsed
    assert not validity_unstated("is her knowledge still current?", CERTIFICATES, (), ["Maren", "Holt"])
    # "current" without a credential word is the time of something else
    assert not validity_unstated(
        "How much did she cut the Google Cloud bill at her current job?", CERTIFICATES
    )
