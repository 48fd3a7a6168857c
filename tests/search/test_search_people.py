"""A managing-people question brings the roles that say whom the owner led, in any career, and the
roles that say the owner leads no one."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.people import people_entries, people_strength


def _entry(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)


_CHUNKS = [
    _entry(
        "profile#basics",
        "basics",
        "Arvid Holm — Backend Engineer",
        "Arvid Holm — Backend Engineer\nBackend engineer in Gothenburg writing Kotlin services for a "
        "shipping company since 2019.",
    ),
    _entry(
        "profile#work/0",
        "work",
        "Backend Engineer at Kustlinje (2019-03 – present)",
        "Work experience: Backend Engineer at Kustlinje (2019-03 – present)\nBuilt the booking API in "
        "Kotlin.\nPair every week with three junior engineers on code review.",
    ),
    _entry(
        "profile#work/1",
        "work",
        "Sous Chef at Restaurang Fyren (2012-04 – 2018-12)",
        "Work experience: Sous Chef at Restaurang Fyren (2012-04 – 2018-12)\nRan the kitchen on weekends "
        "and led a brigade of nine cooks and dishwashers as the shift's lead cook.",
    ),
    _entry(
        "profile#work/2",
        "work",
        "Kitchen Manager at Hamnkrogen (2010-01 – 2012-03)",
        "Work experience: Kitchen Manager at Hamnkrogen (2010-01 – 2012-03)\nPlanned menus and ordered "
        "stock for a harbour restaurant.",
    ),
    _entry(
        "profile#skills/0",
        "skill",
        "Backend (Advanced)",
        "Skill: Backend (Advanced): Kotlin, PostgreSQL, Kafka, people-friendly APIs",
    ),
    _entry(
        "profile#projects/0",
        "resume_project",
        "Shift planner (2021)",
        "Project: Shift planner (2021) — a tool that plans kitchen staff shifts",
    ),
]


def test_roles_stating_leadership_rank_above_mentoring() -> None:
    found = people_entries(_CHUNKS)
    # the cooks led, the manager title; then mentoring juniors
    assert [_CHUNKS[d].id for d, _ in found] == ["profile#work/1", "profile#work/2", "profile#work/0"]


def test_led_people_in_text_and_a_solo_practice_count() -> None:
    led = _entry(
        "w", "work", "Nurse at Vastra (2015)", "Work experience: Nurse\nSupervised six nursing assistants."
    )
    solo = _entry("v", "work", "Consultant at Self (2020)", "Work experience: my one-person studio")
    projects = _entry("p", "resume_project", "Team tool", "Project: Led a team of four engineers")
    assert people_strength(led) == 2
    assert people_strength(solo) == 2
    assert people_strength(projects) == 0  # a project is not a role


def test_leading_work_is_not_leading_people() -> None:
    migration = _entry(
        "m", "work", "Engineer at X (2020)", "Work experience: Led the migration of 60 services."
    )
    assert people_strength(migration) == 0


def test_managing_people_brings_the_roles_that_led_people() -> None:
    index = SearchIndex.build(_CHUNKS)
    ids = [h.chunk.id for h in index.search("Has he ever managed people?", 5, weak=True)]
    assert "profile#basics" in ids
    assert "profile#work/2" in ids
    assert "profile#work/0" in ids


def test_a_thing_the_portfolio_never_names_is_another_question() -> None:
    index = SearchIndex.build(_CHUNKS)
    ids = [h.chunk.id for h in index.search("Did he manage people at Google?", 5, weak=True)]
    assert "profile#work/2" not in ids


def test_the_owners_own_answer_stays_above_the_roles_brought() -> None:
    chunks = [
        *_CHUNKS,
        _entry(
            "faq#reports",
            "faq",
            "Does Arvid want to manage people?",
            "Does Arvid want to manage people? I have no direct reports and want to stay hands-on.",
        ),
    ]
    index = SearchIndex.build(chunks)
    ids = [h.chunk.id for h in index.search("Does he have direct reports?", 5, weak=True)]
    assert "faq#reports" in ids
    assert "profile#basics" in ids
    assert "profile#work/1" in ids  # the cooks led, in an earlier career
