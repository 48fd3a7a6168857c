"""The time spent with one skill counts every job naming it (also by a keyword the skills section
files under it); an "-ation" noun counted is not the root it shares with an adjective; a term
written by its initials meets the same term written in full; "what has she published?" lists every
publication; "is she an X or a Y?" is answered by the current title. The owner is made up for these tests
(a Dunedin developer advocate who wrote Rust services before moving into developer relations)."""

from __future__ import annotations

import datetime as dt

from heyfolio.chat.counting import count_evidence, read_count
from heyfolio.chat.identity import identity_said
from heyfolio.chat.offline import compose
from heyfolio.chat.section_list import whole_section
from heyfolio.chat.skill_span import skill_span_reply
from heyfolio.content.model import Basics, PartialDate, Portfolio, Publication, Resume, Skill, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze

TODAY = dt.date(2026, 6, 1)


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Mereana Tipene",
        label="Developer Advocate",
        summary=(
            "Developer advocate in Dunedin. I spent five years writing Rust services before moving into "
            "developer relations. Happy to travel to conferences twice a quarter."
        ),
    ),
    work=(
        Work(
            name="Harakeke Cloud",
            position="Developer Advocate",
            start_date=_date("2022-04"),
            summary="Speaks at meetups and writes the SDK guides for a hosted queue service.",
            highlights=(
                "Grew the community forum to 9,500 members.",
                "Wrote the Nomad deployment guide for self-hosted customers.",
            ),
        ),
        Work(
            name="Pounamu Freight",
            position="Backend Engineer",
            start_date=_date("2017-03"),
            end_date=_date("2022-03"),
            summary="Rust services for container tracking.",
            highlights=(
                "Ran the tracking services on HashiCorp Nomad in production from 2019.",
                "Streamed order changes to the warehouse with change data capture (Debezium).",
                "Documented 14 public endpoints for partner agencies.",
            ),
        ),
    ),
    skills=(
        Skill(name="Orchestration", keywords=("HashiCorp Nomad", "Consul")),
        Skill(name="Rust", level="Advanced", keywords=("Tokio", "Axum")),
    ),
)


def _lookup(ident: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident, text=ident)


def test_time_with_a_skill_counts_every_job_naming_it_or_a_keyword_filed_under_it() -> None:
    said = skill_span_reply(
        "How many years has she run Orchestration in production?", RESUME, _lookup, "Mereana", TODAY
    )
    assert [s.chunk.id for s in said] == ["profile#work/1"]  # only the freight job names Nomad or Consul
    assert "Pounamu Freight (2017-03 – 2022-03" in said[0].text
    # the sentence naming it that says when is the one shown
    assert "in production from 2019" in said[0].text
    said = skill_span_reply("How long has she worked with Nomad?", RESUME, _lookup, "Mereana", TODAY)
    assert [s.chunk.id for s in said] == ["profile#work/1", "profile#work/0"]
    assert "jobs naming Nomad cover about" in said[0].text


def test_the_summary_sentence_of_that_time_leads_and_a_title_or_employer_is_left_to_others() -> None:
    said = skill_span_reply("How many years has she written Rust?", RESUME, _lookup, "Mereana", TODAY)
    assert said[0].text.startswith("In Mereana's own words: “I spent five years writing Rust services")
    # a job title or an employer asked about is answered from those, not from a skill
    assert skill_span_reply("How long was she a backend engineer?", RESUME, _lookup, "M", TODAY) == []
    assert skill_span_reply("How long was she at Pounamu Freight?", RESUME, _lookup, "M", TODAY) == []
    assert skill_span_reply("What has she built with Rust?", RESUME, _lookup, "M", TODAY) == []


def test_the_offline_reply_states_each_job_a_skill_was_used_in() -> None:
    portfolio = Portfolio(resume=RESUME)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("How many years has she used Nomad?", portfolio, index, first_offline_answer=False)
    assert answer.answered
    assert "Backend Engineer at Pounamu Freight (2017-03 – 2022-03" in answer.text
    assert "Developer Advocate at Harakeke Cloud (2022-04 – present" in answer.text


def test_an_ation_noun_counted_is_not_the_adjective_sharing_its_root() -> None:
    agencies = Chunk(
        "profile#work/1",
        "portfolio://profile#work/1",
        "work",
        "Backend Engineer",
        "Documented 14 public endpoints for partner agencies. Wrote 3 publications on tracing.",
    )
    for asked in ("How many publications has she written?", "How many papers has she published?"):
        count = read_count(asked)
        assert count is not None
        found = [c.sentence for c in count_evidence(count, [agencies])]
        assert found == ["Wrote 3 publications on tracing."], asked


def test_a_term_by_its_initials_meets_it_written_in_full() -> None:
    assert "cdc" in analyze("Streamed order changes with change data capture.")
    assert "cdc" in analyze("CDC pipelines")
    portfolio = Portfolio(resume=RESUME)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("Has she done CDC?", portfolio, index, first_offline_answer=False)
    assert answer.answered and "Debezium" in answer.text


TALKER = Resume(
    basics=Basics(name="Mereana Tipene", summary="Developer advocate in Dunedin."),
    work=(
        Work(
            name="Harakeke Cloud",
            position="Developer Advocate",
            start_date=_date("2022-04"),
            summary="Published the SDK changelog every week.",
        ),
        Work(
            name="Pounamu Freight",
            position="Backend Engineer",
            start_date=_date("2017-03"),
            end_date=_date("2022-03"),
        ),
    ),
    publications=(
        Publication(name="Queues without tears", publisher="RustConf 2024", release_date=_date("2024-09")),
        Publication(name="Backpressure, explained", publisher="Harakeke blog", release_date=_date("2023-02")),
        Publication(
            name="Docs that answer back",
            publisher="Write the Docs Oceania",
            release_date=_date("2023-10"),
            summary="Talk on docs that test their own samples.",
        ),
    ),
)


def test_what_has_she_published_lists_every_publication_and_talks_are_the_talks() -> None:
    chunks = chunk_portfolio(Portfolio(resume=TALKER))
    said = " ".join(s.text for s in whole_section("What has she published?", chunks, "Mereana"))
    assert said.startswith("Mereana's résumé lists 3 publications:")
    assert all(
        t in said for t in ("Queues without tears", "Backpressure, explained", "Docs that answer back")
    )
    talks = " ".join(s.text for s in whole_section("List her talks", chunks, "Mereana"))
    assert talks.startswith("Mereana's résumé lists 2 talks:") and "Backpressure" not in talks
    # one topic asked is answered by search, not by the whole section
    assert whole_section("What has she published about backpressure?", chunks, "Mereana") == []


def test_which_of_two_kinds_of_job_asked_plainly_is_answered_by_the_current_title() -> None:
    lookup = _lookup
    said = identity_said("Is she a developer advocate or an engineer these days?", TALKER, lookup, "Mereana")
    assert said and said[0].text == "These days Mereana works as Developer Advocate at Harakeke Cloud."
    # two things that are no kind of job are not asked this way
    assert identity_said("Is she a remote worker or office based?", TALKER, lookup, "Mereana") == []


def test_people_managed_are_not_the_members_of_a_community() -> None:
    meetup = Chunk(
        "profile#work/0",
        "portfolio://profile#work/0",
        "work",
        "Developer Advocate at Harakeke Cloud",
        "Started the Otago Rust meetup, which reached 800 members. Manages a team of four advocates.",
    )
    count = read_count("How many people does she manage at Harakeke Cloud?")
    assert count is not None
    assert [c.sentence for c in count_evidence(count, [meetup])] == ["Manages a team of four advocates."]


def test_the_size_of_a_community_is_counted_by_its_members_not_by_a_team() -> None:
    job = Chunk(
        "profile#work/0",
        "portfolio://profile#work/0",
        "work",
        "Developer Advocate at Harakeke Cloud",
        "Leads a team of four advocates. Grew the community forum to 9,500 members.",
    )
    count = read_count("How large is the community she built?")
    assert count is not None
    assert [c.sentence for c in count_evidence(count, [job])] == [
        "Grew the community forum to 9,500 members."
    ]


def test_which_conferences_she_spoke_at_lists_the_talks() -> None:
    chunks = chunk_portfolio(Portfolio(resume=TALKER))
    said = " ".join(s.text for s in whole_section("Which conferences has she spoken at?", chunks, "Mereana"))
    assert said.startswith("Mereana's résumé lists 2 talks:") and "RustConf 2024" in said
