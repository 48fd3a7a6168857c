"""Recruiter phrasings read for what they ask (the owner is made up for these tests): "a teacher turned
dev" asks for the career before; "what would you call her masterpiece?" ranks her projects (calling is naming, not a phone call); "why should a fintech hire
her?", "what makes her worth the money?", "what would she add to a forecasting team?" and "why bring
her in?" are the pitch; "what did she do between A and B?" is the entry dated between the two named;
"which of her talks is about her current job?" is the talks given while in it; "which of her clients
uses X?" is the line saying who uses it; an employer's line naming the pitch's topic is followed by what
she did there; "her most successful app" ranks apps by downloads, "her own apps" her projects."""

from __future__ import annotations

from heyfolio.chat.adoption import adopted_projects, asks_use, states_use
from heyfolio.chat.evidence import concept, topic_evidence, topic_terms
from heyfolio.chat.offline import _PRIVATE_Q, _intent, _scored_sentences, compose
from heyfolio.chat.ranking import measure, ranked
from heyfolio.content.model import (
    Basics,
    PartialDate,
    Portfolio,
    Publication,
    Resume,
    ResumeProject,
    Work,
)
from heyfolio.search.career import read_career
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import parse_query
from heyfolio.search.understand import kind_at_job, read_pitch, read_superlative


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(
        raw, parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
    )


RESUME = Resume(
    basics=Basics(name="Edda Brun", label="Mobile engineer", summary="Mobile engineer in Tromsø."),
    work=(
        Work(
            name="Polar Pay",
            position="Staff Mobile Engineer",
            start_date=_date("2024-02"),
            highlights=("Built the ledger app that carries 9,000 payments a day.",),
        ),
        Work(
            name="Kvitfjell Studio",
            position="Founder and Mobile Consultant",
            start_date=_date("2022-09"),
            end_date=_date("2024-01"),
            highlights=("Rebuilt a ferry booking app for a coastal operator.",),
        ),
        Work(
            name="Fjordbank",
            position="Senior Mobile Engineer",
            start_date=_date("2019-05"),
            end_date=_date("2022-06"),
            highlights=("Built the savings app, which passed 800,000 downloads.",),
        ),
        Work(
            name="Aurora Medtech",
            position="Embedded Engineer",
            description="Medical-device maker of insulin pumps",
            start_date=_date("2015-03"),
            end_date=_date("2019-04"),
            highlights=("Wrote pump firmware under IEC 62304 class C, with 1,200 automated tests.",),
        ),
    ),
    publications=(
        Publication(
            name="Ledgers on a phone",
            publisher="Nordic Mobile Days (conference talk)",
            release_date=_date("2025-04-10"),
            summary="How the Polar Pay ledger app reconciles payments offline.",
        ),
        Publication(
            name="Firmware testing at scale",
            publisher="Embedded North (talk)",
            release_date=_date("2018-03-02"),
            summary="What 1,200 pump firmware tests taught us.",
        ),
    ),
    projects=(
        ResumeProject(
            name="snowlint",
            description="Open-source lint plugin for Kotlin build scripts.",
            highlights=("2,100 GitHub stars and 60,000 weekly downloads.", "Used by two national railways."),
        ),
        ResumeProject(
            name="Tide Tables",
            description="My own iPhone app of tide times for northern Norway.",
            highlights=("40,000 downloads since launch.",),
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = chunk_portfolio(PORTFOLIO)
INDEX = SearchIndex.build(CHUNKS)


def test_calling_is_naming_not_a_phone_call() -> None:
    assert not _PRIVATE_Q.search("which of her projects would you call her masterpiece?")
    assert not _PRIVATE_Q.search("what would you call him, a backend or a platform engineer?")
    assert _PRIVATE_Q.search("can I call her?")
    assert _PRIVATE_Q.search("could I call him tomorrow")


def test_masterpiece_and_what_impresses_most_rank_the_projects() -> None:
    for q in (
        "which of her projects would you call her masterpiece?",
        "which of her projects would impress an engineering director the most?",
    ):
        sup = read_superlative(q)
        assert sup is not None and sup.order == "popular" and "project" in sup.kinds, q


def test_hiring_pitch_phrasings() -> None:
    assert read_pitch("why should a fintech hire Edda?") == "pitch"
    assert read_pitch("why would our platform team hire her?") == "pitch"
    for q in (
        "what makes her worth the money?",
        "what would Edda add to a forecasting team?",
        "why bring Edda in to fix our slow app?",
    ):
        assert _intent(q, ["Edda", "Brun"]) == "pitch", q
    assert _intent("is she worth the salary she asks?") is None  # a screening fact


def test_between_two_named_jobs_is_the_job_dated_between() -> None:
    answer = compose(
        "what did she do between Fjordbank and Polar Pay?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert answer.answered
    assert answer.text.split("\n")[0].count("Kvitfjell Studio") == 1
    # a comparison of the two is not asked about what lies between them
    hits = INDEX.search("which did she like more between Fjordbank and Polar Pay?", 3)
    assert all("Kvitfjell" not in h.chunk.title for h in hits[:1])


def test_talks_at_the_current_job_are_the_talks_given_in_it() -> None:
    q = "which of her talks is about the ledger work at her current job?"
    assert kind_at_job(q, read_superlative(q)) == frozenset({"publication"})
    assert kind_at_job("what is her current job?", read_superlative("what is her current job?")) is None
    hits = INDEX.search(q, 3)
    assert hits[0].chunk.kind == "publication" and "Ledgers on a phone" in hits[0].chunk.title
    answer = compose(q, PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.text.startswith("Ledgers on a phone")


def test_who_uses_it_is_the_line_naming_its_users() -> None:
    q = "which of her clients uses snowlint?"
    assert asks_use(q)
    assert states_use("Used by two national railways.")
    said = adopted_projects(q, CHUNKS)
    assert said and "two national railways" in said[0].text
    sentences = ["2,100 GitHub stars and 60,000 weekly downloads.", "Used by two national railways."]
    assert _scored_sentences(sentences, q)[0][1] == 1


def test_an_employer_line_on_the_topic_is_followed_by_what_she_did_there() -> None:
    found = topic_evidence("why would she be good for a medical device company?", CHUNKS, INDEX.rarity)
    said = " ".join(e.sentence for e in found)
    assert "IEC 62304" in said


def test_apps_rank_by_downloads_and_her_own_apps_are_her_projects() -> None:
    found = ranked(CHUNKS, "what's the most successful app she's built?", "popular")
    assert found and "Fjordbank" in found[0].chunk.title  # 800,000 downloads; the lint plugin is no app
    assert all(s.name != "snowlint" for s in found)
    own = ranked(CHUNKS, "which of her own apps has done best?", "popular")
    assert [s.name for s in own] == ["Tide Tables"]


def test_a_change_named_in_passing_asks_for_the_career_before() -> None:
    for q in (
        "she's a teacher turned dev right? how'd that happen",
        "a nurse turned software engineer?",
        "how'd she get into tech?",
        "how did he go from embedded to backend?",
    ):
        assert read_career(q) == "before", q
    assert read_career("the project turned out well, what did it do?") is None


def test_a_word_in_its_own_group_of_related_words_is_the_word_asked() -> None:
    # "cost" is listed among "bill, budget, cost": asked, it still weighs as the word asked
    assert concept("cost")["cost"] == 1.0


def test_helping_us_is_how_the_visitor_asks_not_the_topic() -> None:
    sentences = [
        "Helped interview and hire two engineers.",
        "Brought model serving costs down from US$38,000 to US$11,000 a month.",
    ]
    assert _scored_sentences(sentences, "how would she help us cut our serving costs?")[0][1] == 1


def test_one_project_to_show_or_ask_about_is_the_strongest() -> None:
    for q in (
        "if you had to pick one project to show a CTO, which one?",
        "what's the one project on his CV I should ask him about?",
        "which project should I show my client?",
    ):
        sup = read_superlative(q)
        assert sup is not None and sup.order == "popular", q
    assert read_superlative("what project is she working on?") is None


def test_how_could_she_help_us_is_the_case_on_that_topic() -> None:
    assert _intent("how could Edda help us with our on-call mess?", ["Edda", "Brun"]) == "pitch"
    assert "help" not in topic_terms("how could she help us with our payments app?")
    assert "payment" in topic_terms("how could she help us with our payments app?")


def test_a_confirmation_tag_after_too_is_no_topic() -> None:
    words = [g.word for g in parse_query("she's done medical stuff too right", lambda _: True)]
    assert "right" not in words
    words = [g.word for g in parse_query("is it on the right", lambda _: True)]
    assert "right" in words


def test_two_things_compared_are_compared_as_any_projects() -> None:
    assert measure("which is more popular, the lint plugin or the tide app?") == "stars"
    assert measure("what's the most successful app she's built?") == "downloads"
