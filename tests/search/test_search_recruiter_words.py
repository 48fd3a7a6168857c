"""How recruiters ask, read as the content writes it: shorthand in capitals ("YOE", "EM": respell.
Respeller.capital), a numeronym inside a name ("a11y-checker": text._ALIASES), a phrase typed as one
word ("oncall": text._closed_phrase) and a sector by its name ("healthcare", "logistics") where a
résumé names what its companies do, and a
manager's "1:1s" as the "one-to-ones" a résumé writes (text._PHRASES)."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk(
                "profile#basics",
                "basics",
                "Runa Fjell",
                "Runa Fjell — Backend Engineer. Location: Porto, PT. Backend engineer with eight years of "
                "experience in Go and Python.",
            ),
            _chunk(
                "profile#work/0",
                "work",
                "Engineering Manager at Vaga Freight",
                "Work experience: Engineering Manager at Vaga Freight (2021-02 – present). Road freight "
                "marketplace for trucking companies. Manage two teams of eleven engineers and hold weekly "
                "one-to-ones with each of them.",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Backend Engineer at Sarnia Clinics",
                "Work experience: Backend Engineer at Sarnia Clinics (2017-03 – 2021-01). Patient booking "
                "platform for clinical practices; joined the on-call rotation and wrote six runbooks.",
            ),
            _chunk(
                "profile#work/2",
                "work",
                "Independent Consultant at Fjell Software",
                "Work experience: Independent Consultant at Fjell Software (2015-01 – 2017-02). Contract "
                "work for small shops.",
            ),
            _chunk(
                "profile#work/3",
                "work",
                "Frontend Developer at Lume Studio",
                "Work experience: Frontend Developer at Lume Studio (2013-05 – 2014-12). Made the ticket "
                "shop usable with screen readers; accessibility audits passed with WCAG 2.1 AA.",
            ),
            _chunk(
                "profile#projects/0",
                "resume_project",
                "a11y-checker",
                "Project: a11y-checker — a linter plugin for forms.",
            ),
            _chunk(
                "profile#projects/1",
                "resume_project",
                "Cozinha em Casa",
                "Project: Cozinha em Casa — a recipe website built with plain HTML.",
            ),
            _chunk(
                "profile#interests/0",
                "interest",
                "Sailing",
                "Interest: Sailing — dinghy racing.",
            ),
        ]
    )


@pytest.mark.parametrize(
    ("asked", "read"),
    [
        ("how many YOE?", "how many years of experience?"),
        ("was she an EM?", "was she an engineering manager?"),  # "em" of a Portuguese title is another word
        ("EM or IC?", "engineering manager or IC?"),  # "IC" is read as a concept in capitals already
        ("is she PT or FT?", "is she PT or full-time?"),  # "PT" is the content's own (its address)
    ],
)
def test_capital_shorthand_is_written_out(index: SearchIndex, asked: str, read: str) -> None:
    assert index.respell(asked) == read


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        ("was she ever an EM?", "profile#work/0"),
        ("how many YOE does she have?", "profile#basics"),
        ("a11y experience?", "profile#work/3"),  # the numeronym in a project's name is still the word
        ("oncall experiance", "profile#work/1"),  # closed up and misspelt
        ("healthcare experience?", "profile#work/1"),
        ("any logistics experience?", "profile#work/0"),
        ("does she do 1:1s with her reports?", "profile#work/0"),
    ],
)
def test_recruiter_words_find_the_content(index: SearchIndex, asked: str, expected: str) -> None:
    hits = index.search(asked, 5)
    assert hits and not hits[0].weak
    assert expected in [h.chunk.id for h in hits[:3]]


def test_a_name_joining_two_words_is_not_split(index: SearchIndex) -> None:
    """Only a phrase the tables name is read split ("oncall"); an unknown name is still unknown."""
    assert not [h for h in index.search("Mastercard experience?", 5) if not h.weak]


def test_a_stay_at_a_described_employer_brings_every_role_there() -> None:
    """ "How long has she been at the <described> employer?" is answered by all her roles there
    (``promotion.asks_stay``): the current role's dates are only the last part of the stay."""
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ilse Marten", "Ilse Marten — Controls Engineer in Linz."),
            _chunk(
                "profile#work/0",
                "work",
                "Senior Controls Engineer at Brenner Antriebe GmbH (2023-01 – present)",
                "Work experience: Senior Controls Engineer at Brenner Antriebe GmbH (2023-01 – present). "
                "Robotics supplier of gear motors. Tuned servo loops for welding arms.",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Controls Engineer at Brenner Antriebe GmbH (2019-06 – 2022-12)",
                "Work experience: Controls Engineer at Brenner Antriebe GmbH (2019-06 – 2022-12). Wrote "
                "PLC code for test benches.",
            ),
            _chunk(
                "profile#work/2",
                "work",
                "Technician at Hallstatt Mechanik (2015-03 – 2019-05)",
                "Work experience: Technician at Hallstatt Mechanik (2015-03 – 2019-05). Serviced lathes.",
            ),
            _chunk("profile#interests/0", "interest", "Climbing", "Interest: Climbing — via ferrata."),
        ]
    )
    ids = [
        h.chunk.id for h in index.search("How long has Ilse been at the robotics supplier she's at now?", 5)
    ]
    assert ids[:2] == ["profile#work/0", "profile#work/1"]


def test_a_sector_is_not_found_in_a_word_that_only_looks_like_it() -> None:
    """A "health-tech client" is healthcare; a hospitality degree and a data warehouse are neither
    healthcare nor logistics (``text._CATEGORIES``: members that only share a stem are left out)."""
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Paulo Reis", "Paulo Reis — Platform Engineer in Braga."),
            _chunk(
                "profile#work/0",
                "work",
                "Platform Consultant at Self-employed",
                "Work experience: Platform Consultant at Self-employed (2022-06 – 2023-02). Set up "
                "Prometheus and Grafana for a health-tech client.",
            ),
            _chunk(
                "profile#education/0",
                "education",
                "Bachelor in Hospitality Management",
                "Education: Bachelor in Hospitality Management at Escola do Minho (2007 – 2011).",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Data Engineer at Lumo Analytics",
                "Work experience: Data Engineer at Lumo Analytics (2018-01 – 2022-05). Moved reporting "
                "onto a PostgreSQL data warehouse.",
            ),
        ]
    )
    hits = index.search("any healthcare clients?", 5)
    assert hits and hits[0].chunk.id == "profile#work/0"
    assert "profile#education/0" not in [h.chunk.id for h in hits if not h.weak]
    assert not [h for h in index.search("logistics experience?", 5) if not h.weak]
