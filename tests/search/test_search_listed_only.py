"""Work asked by a technology only a list names ("which of her projects was built with Next.js?" of a
skills section naming Next.js, and no job or project that does) is not answered by the jobs that share
the question's other words: what search found is marked weak. The technology named in a job, a
project, the summary or a relative of it, or no work asked, leaves the passages alone."""

from __future__ import annotations

import pytest

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.listed_only import asks_work_with


def _chunks() -> list[Chunk]:
    def chunk(ident: str, kind: str, title: str, text: str, keywords: tuple[str, ...] = ()) -> Chunk:
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=keywords
        )

    return [
        chunk(
            "profile#basics", "basics", "Tove Lindqvist — Frontend Engineer", "Tove builds web apps in Umeå."
        ),
        chunk(
            "profile#skills/0",
            "skill",
            "Frontend (Expert)",
            "Skill: Frontend (Expert): React, Next.js, Svelte",
            ("Frontend", "React", "Next.js", "Svelte"),
        ),
        chunk(
            "profile#work/0",
            "work",
            "Frontend Engineer at Lumo Bank (2021-01 – present)",
            "Work experience: Frontend Engineer at Lumo Bank (2021-01 – present)\n"
            "Highlights:\n- Built the customer web app in React and TypeScript for 200,000 users.",
        ),
        chunk(
            "profile#projects/0",
            "resume_project",
            "tallyboard (2022-05)",
            "Project: tallyboard (2022-05) — A shared shopping list web app.\nKeywords: React, IndexedDB",
        ),
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_chunks())


def test_work_is_asked_by_a_technology() -> None:
    assert asks_work_with("Which of her projects was built with Next.js?")
    assert asks_work_with("Which Android app has she shipped in Kotlin?")
    assert asks_work_with("Where has she used Svelte?")
    assert asks_work_with("What has Tove built with Svelte?")
    assert not asks_work_with("What level is her Svelte?")
    assert not asks_work_with("Does she know Svelte?")


def test_a_technology_only_the_skills_list_names_is_weak(index: SearchIndex) -> None:
    for question in ("Which of Tove's projects was built with Next.js?", "Where has Tove used Svelte?"):
        hits = index.search(question, weak=True)
        assert hits and all(h.weak for h in hits), question


def test_a_technology_a_job_or_project_names_answers(index: SearchIndex) -> None:
    hits = index.search("Which of Tove's projects were built with React?")
    assert hits and not hits[0].weak
    hits = index.search("Where has Tove used React?")
    assert hits and not hits[0].weak
