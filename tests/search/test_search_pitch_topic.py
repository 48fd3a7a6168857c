"""A pitch's topic ("pitch her to me for an accessibility role": ``pitch_topic.topic_terms``) is what the
pitch is aimed at, not how it is asked, and the general evidence (the summary, the current role, a reference,
the top project) keeps its places. Ranking the topic's passages right after that evidence was measured and
not merged (session 34: a measurement set lost a search hit)."""

from __future__ import annotations

from typing import Any

import pytest

from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.pitch_topic import topic_terms

_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Odalys Brennecke",
        "label": "Frontend Engineer",
        "summary": "Frontend engineer building booking and payment flows for travel companies.",
    },
    "work": [
        {
            "name": "Tripwell",
            "position": "Senior Frontend Engineer",
            "startDate": "2021-06",
            "highlights": ["Cut checkout time by 35% with a rebuilt payment form."],
        },
        {
            "name": "Ferrymark",
            "position": "Frontend Engineer",
            "startDate": "2018-02",
            "endDate": "2021-05",
            "highlights": ["Built the timetable search used by 2 million travellers a year."],
        },
    ],
    "awards": [
        {
            "title": "Inclusive Design Prize",
            "awarder": "Nordic Web Guild",
            "date": "2020-09",
            "summary": "For making the ferry timetable usable with screen readers and keyboard-only accessibility.",
        }
    ],
    "certificates": [
        {"name": "Certified Accessibility Tester", "issuer": "Web Access Board", "date": "2019-04"}
    ],
    "references": [
        {"name": "Mirela Toth, CTO at Tripwell", "reference": "Odalys is the engineer I trust most."}
    ],
    "projects": [
        {
            "name": "fareline",
            "description": "A fare calendar widget for React.",
            "highlights": ["800 GitHub stars."],
        }
    ],
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    resume, problems = parse_resume(_RESUME, "probe.resume.json")
    assert resume is not None, problems
    return SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))


def test_a_pitch_naming_no_topic_keeps_the_general_evidence(index: SearchIndex) -> None:
    found = [h.chunk.id for h in index.search("Why should we hire her?", 5)]
    assert found[:4] == ["profile#basics", "profile#work/0", "profile#references/0", "profile#projects/0"], (
        found
    )


def test_the_topic_is_what_is_not_how_a_pitch_is_asked() -> None:
    assert topic_terms("pitch her to me for an accessibility role") == {"access"}
    assert topic_terms("Why should we hire her?") == frozenset()


_RUST_RESUME: dict[str, Any] = {
    "basics": {"name": "Wenke Alvarsson", "label": "Firmware Engineer", "summary": "Firmware engineer for ebikes."},
    "work": [
        {"name": "Veloquant", "position": "Senior Firmware Engineer", "startDate": "2022-01",
         "highlights": ["Shipped the motor controller's first production Rust component."]},
        {"name": "Pedalwerk", "position": "Embedded Software Engineer", "startDate": "2018-01", "endDate": "2021-12",
         "highlights": ["Wrote the battery monitor in embedded C."]},
    ],
    "skills": [{"name": "Rust", "level": "Advanced", "keywords": ["no_std", "embedded-hal"]}],
    "references": [{"name": "Ines Paulsen, CTO at Veloquant", "reference": "Wenke raises the bar."}],
    "projects": [
        {"name": "torquelink-rs", "description": "Open-source embedded Rust driver for ebike torque sensors.",
         "highlights": ["600 GitHub stars."]}
    ],
}  # fmt: skip


def test_the_general_evidence_on_the_topic_keeps_its_place() -> None:
    resume, problems = parse_resume(_RUST_RESUME, "probe.resume.json")
    assert resume is not None, problems
    index = SearchIndex.build(chunk_portfolio(Portfolio(resume=resume)))
    found = [h.chunk.id for h in index.search("Why hire her for a role writing embedded Rust?", 5)]
    assert found[:4] == ["profile#basics", "profile#work/0", "profile#references/0", "profile#projects/0"], (
        found
    )
    assert found[4] in {"profile#skills/0", "profile#work/1"}, found  # a passage on embedded Rust
