"""A question about a credential the owner does not hold gets only weak hits from search: the
certificates, skills and jobs naming its words are close, not an answer. One held, named in full, by its
initials or in lower case, still gets strong hits."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import absent_credential
from heyfolio.search.index import SearchIndex


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    return [
        chunk("profile#basics", "basics", "Runa Falk — Platform Engineer", "Runa runs Kubernetes platforms."),
        chunk(
            "profile#certificates/0",
            "certificate",
            "Certified Kubernetes Administrator (CKA)",
            "Certificate: Certified Kubernetes Administrator (CKA) issued by The Linux Foundation (2022-05)",
        ),
        chunk(
            "profile#certificates/1",
            "certificate",
            "Azure Fundamentals",
            "Certificate: Microsoft Certified: Azure Fundamentals issued by Microsoft (2020-01)",
        ),
        chunk(
            "profile#skills/0",
            "skill",
            "Skill: Programming",
            "Programming (Advanced): Python, Go, Java, Terraform",
        ),
        chunk(
            "profile#work/0",
            "work",
            "Platform Engineer at Holmgard (2021-01 – present)",
            "Work experience: Platform Engineer at Holmgard\nRuns the Kubernetes clusters on AWS and Azure.",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


@pytest.mark.parametrize(
    "question",
    [
        "Is Runa a certified Python developer?",
        "Does she hold the AWS Solutions Architect certification?",
        "Is she a Google certified Java developer?",
        "Does Runa have a Terraform certification?",
    ],
)
def test_a_credential_not_held_gets_weak_hits(index: SearchIndex, question: str) -> None:
    assert all(h.weak for h in index.search(question, 5, weak=True))


def test_a_credential_not_held_still_shows_what_is_close(index: SearchIndex) -> None:
    hits = index.search("Is Runa a certified Python developer?", 5, weak=True)
    assert hits and all(h.weak for h in hits)
    assert "profile#skills/0" in [h.chunk.id for h in hits]


@pytest.mark.parametrize(
    "question",
    [
        "Is Runa a Certified Kubernetes Administrator?",
        "Does she have the CKA?",
        "Is she Azure certified?",
        "is runa azure certified",
    ],
)
def test_a_credential_held_gets_strong_hits(index: SearchIndex, question: str) -> None:
    hits = index.search(question, 5, weak=True)
    assert any(not h.weak for h in hits)


def test_the_credential_not_held_is_named() -> None:
    said = absent_credential("Is Runa a certified Python developer?", _chunks(), ["Runa", "Falk"])
    assert said == "Python"
    assert absent_credential("Is Runa a Certified Kubernetes Administrator?", _chunks(), ["Runa"]) is None


def test_a_certification_asked_by_its_field_is_held_only_by_a_certificate_of_that_field() -> None:
    from heyfolio.search.credentials import absent_field_certification

    def cert(ident: str, name: str) -> Chunk:
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind="certificate", title=name, text=f"Certificate: {name}"
        )

    teacher = [cert("profile#certificates/0", "Certified Instructor (Open Teaching Guild, 2019)")]
    cloud = [*teacher, cert("profile#certificates/1", "Microsoft Certified: Azure Administrator Associate")]
    assert (
        absent_field_certification("Does she have any cloud certifications?", teacher)
        == "cloud certifications"
    )
    assert absent_field_certification("Any security certs?", cloud) == "security certifications"
    assert absent_field_certification("Does she have any cloud certifications?", cloud) is None  # Azure
    assert absent_field_certification("Is she certified in scrum?", teacher) == "scrum certifications"
    assert absent_field_certification("Does she have any certifications?", teacher) is None  # no field asked


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Is Runa a Google Cloud Professional Machine Learning Engineer?", False),
        ("Is she an AWS Developer Associate?", False),
        ("Is she a Microsoft Azure Fundamentals Associate?", False),
        ("Is Runa a Senior Platform Expert?", True),  # a seniority, no credential: left to ranking
    ],
)
def test_a_credential_asked_as_what_she_is(index: SearchIndex, question: str, held: bool) -> None:
    """Asked as what the owner is, a credential named by its level is read as one ("is she a <Vendor>
    Professional <Role>?"), though no cue word ("certified") says so."""
    owner = ["Runa", "Falk"]
    assert (absent_credential(question, _chunks(), owner) is None) == held, question
    if not held:
        assert all(h.weak for h in index.search(question, weak=True)), question


@pytest.mark.parametrize(
    ("question", "held"),
    [
        ("Has Runa got the Kubernetes Professional certification?", False),  # a level she holds none of
        ("Has Runa got the Azure Fundamentals certification?", True),
        ("Did she get the CKA certification?", True),
        ("Is Runa an LFCS Expert?", False),  # an acronym names the scheme before its level
    ],
)
def test_a_credential_named_with_its_level_is_one_credential(question: str, held: bool) -> None:
    """ "The Terraform Professional" is not "the Terraform Associate": a level after the scheme's name
    is part of the credential, held only when one certificate names both; the owner getting it is hers,
    not a team's."""
    assert (absent_credential(question, _chunks(), ["Runa", "Falk"]) is None) == held, question


def test_a_topic_held_from_another_vendor_is_not_the_credential_asked() -> None:
    """ "A Google Cloud machine learning certification" of an AWS machine learning certificate holder:
    the topic is on her certificate, the vendor named is on none."""
    chunks = [
        *_chunks(),
        Chunk(
            id="profile#certificates/2",
            uri="portfolio://profile#certificates/2",
            kind="certificate",
            title="AWS Certified Machine Learning - Specialty",
            text="Certificate: AWS Certified Machine Learning - Specialty issued by Amazon Web Services (2023-02)",
        ),
    ]
    owner = ["Runa", "Falk"]
    asked = "Does she hold a Google Cloud machine learning certification?"
    assert absent_credential(asked, chunks, owner) is not None
    assert absent_credential("Does she hold an AWS machine learning certification?", chunks, owner) is None
    assert absent_credential("Does she hold a machine learning certification?", chunks, owner) is None
