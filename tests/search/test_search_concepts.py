"""Recruiter concepts the content words differently, and what an absent word says: growing people
is mentoring, "how many kids does she have" asks about family, a degree or a technology the content
never names is a topic the portfolio does not answer, and a question's absent phrasing word does not
stop a long passage being read by its span about the one thing asked."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import MEASURED, UNKNOWN_NAME, UNKNOWN_TOPIC, analyze, normalize_token, parse_query
from heyfolio.search.understand import Facts, read_pitch, read_superlative, resolve_named


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


def _terms(question: str) -> dict[str, dict[str, float]]:
    return {g.word: dict(g.terms) for g in parse_query(question)}


def test_growing_or_coaching_people_is_mentoring_them() -> None:
    mentor = normalize_token("mentor")
    assert mentor in _terms("does she grow other engineers")
    assert mentor in _terms("Does he coach junior developers?")
    # a grown thing is not a mentored person, and a person who grew up somewhere was not mentored
    assert mentor not in _terms("which project grew out of her thesis?")
    assert mentor not in _terms("where did she grow up?")


def test_how_many_kids_she_has_asks_about_family_not_teaching_kids() -> None:
    family = normalize_token("family")
    assert family in _terms("how many kids does she have")
    assert family not in _terms("has she taught kids to code?")


def _degrees() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ada Quill — Engineer", "Backend engineer in Lisbon."),
            _chunk("profile#education/0", "education", "BSc Computer Science, University of Porto", "Dates: 2010 – 2013"),
            _chunk("profile#education/1", "education", "MSc Distributed Systems, University of Porto", "Dates: 2013 – 2015"),
            _chunk("profile#work/0", "work", "Engineer at Lumen", "Built the billing service in Go."),
        ]
    )  # fmt: skip


def test_a_degree_the_content_never_names_is_not_answered_by_the_other_degrees() -> None:
    index = _degrees()
    assert not [h for h in index.search("does she have a phd", weak=True) if not h.weak]
    assert not [h for h in index.search("Does she hold a doctorate?", weak=True) if not h.weak]
    # the degrees she holds still answer, by their names or by the kind
    assert index.search("does she have a master's")[0].chunk.id == "profile#education/1"
    assert index.search("what degrees does she have")[0].chunk.kind == "education"


def test_an_absent_technology_of_a_category_weighs_as_a_topic() -> None:
    (azure,) = [
        g for g in parse_query("does she have an azure certification", lambda t: False) if g.word == "azur"
    ]
    # a well-known technology's name is a name however it is written (search/tech_names.py)
    assert azure.unknown_weight == UNKNOWN_NAME
    # "go" is also the verb: an absent "go" stays phrasing
    (go,) = [g for g in parse_query("where did she go to school", lambda t: False) if g.word == "go"]
    assert go.unknown_weight < UNKNOWN_TOPIC


def _dbt_portfolio() -> SearchIndex:
    long_job = "\n".join(
        [
            "Led the platform team through two reorganisations and a cloud migration.",
            "Owned the on-call rotation, incident reviews and the quarterly capacity plan.",
            "Ran hiring for the data group and wrote the onboarding guide new engineers use.",
            "Moved the warehouse models to dbt: 1,150 models tested on every merge.",
            "Cut the nightly batch window from six hours to ninety minutes with incremental loads.",
            "Worked with finance on the reporting calendar and the audit trail for revenue data.",
        ]
    )
    return SearchIndex.build(
        [
            _chunk(
                "profile#basics", "basics", "Ada Quill — Data engineer", "Data engineer: Python, SQL, dbt."
            ),
            _chunk("profile#skills/0", "skill", "Data", "Python, SQL, dbt, Airflow"),
            _chunk("profile#publications/0", "publication", "Testing dbt models", "A talk on dbt tests."),
            _chunk("profile#work/0", "work", "Staff engineer at Lumen", long_job),
            _chunk("profile#work/1", "work", "Engineer at Orbit", "Built the billing service in Go."),
            _chunk(
                "profile#work/2", "work", "Analyst at Pine", "Reports in SQL and Excel for the sales team."
            ),
            _chunk(
                "profile#work/3", "work", "Intern at Quay", "Wrote Python scripts for the marketing team."
            ),
            *(
                _chunk(f"projects/p{i}", "project", f"Project {name}", f"A {name} tool written in Rust.")
                for i, name in enumerate(("kite", "loom", "moss", "nook", "opal", "reed", "sage", "tern"))
            ),
        ]
    )


def test_an_absent_phrasing_word_does_not_stop_reading_a_long_passage_by_its_span() -> None:
    index = _dbt_portfolio()
    plain = {h.chunk.id: h.score for h in index.search("has she used dbt")}
    asked = {h.chunk.id: h.score for h in index.search("has she used dbt, at what volume")}
    assert list(asked) == list(plain)
    # the job is read by its dbt highlight either way: it stands as far behind the skill list
    ratio = plain["profile#work/0"] / plain["profile#skills/0"]
    assert abs(asked["profile#work/0"] / asked["profile#skills/0"] - ratio) < 1e-3


def test_a_measured_change_is_marked_and_a_date_range_is_not() -> None:
    for text in (
        "cut end-to-end latency from 2.4 s to 180 ms at p99",
        "Worker node-hours fell by 31% in the first quarter",
        "builds are 3x faster",
    ):
        assert MEASURED in analyze(text), text
    for text in ("Dates: from 2014 to 2017", "moved the service from Python to Go", "a team of 9"):
        assert MEASURED not in analyze(text), text


def test_milliseconds_after_a_number_are_not_a_masters_degree() -> None:
    assert normalize_token("master") not in analyze("p99 latency of 180 ms")
    assert normalize_token("master") in analyze("MS in Computer Science")


def _results_portfolio() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ada Quill — Engineer", "Backend engineer in Lisbon."),
            _chunk(
                "profile#work/0",
                "work",
                "Staff engineer at Lumen",
                "Owned the event pipeline.\nCut event latency from 2.4 s to 180 ms at p99.",
            ),
            _chunk(
                "profile#work/1",
                "work",
                "Engineer at Orbit",
                "Wrote about latency budgets for the team wiki.",
            ),
            _chunk("posts/latency", "post", "Thinking about latency", "Latency is a budget, not a number."),
            _chunk("profile#skills/0", "skill", "Performance", "Latency, profiling, load testing"),
            _chunk("profile#work/2", "work", "Analyst at Pine", "Reports in SQL for the sales team."),
        ]
    )


def test_improvements_she_delivered_are_the_measured_changes() -> None:
    hits = _results_portfolio().search("latency improvements she's delivered?")
    assert hits and hits[0].chunk.id == "profile#work/0"


def _skills_portfolio() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ada Quill — Engineer", "Backend engineer: Go and TypeScript."),
            _chunk("profile#skills/0", "skill", "Systems programming (Expert)", "Go, Rust, C"),
            _chunk("profile#skills/1", "skill", "Web (Intermediate)", "TypeScript, React, CSS"),
            _chunk("profile#skills/2", "skill", "Data (Advanced)", "Python, SQL"),
            _chunk("profile#references/0", "reference", "Reference from Bo", "Ada is strong in Go and TypeScript."),
            _chunk("profile#work/0", "work", "Engineer at Lumen", "Rewrote the TypeScript dashboard; strong Go services."),
            _chunk("profile#work/1", "work", "Engineer at Orbit", "TypeScript front end, Go back end, strong tests."),
            _chunk("projects/kite", "project", "kite", "A Go tool with a TypeScript viewer."),
        ]
    )  # fmt: skip


def test_a_comparison_of_lower_case_technologies_keeps_each_ones_skill_level() -> None:
    ids = [h.chunk.id for h in _skills_portfolio().search("is her go stronger than her typescript")]
    assert {"profile#skills/0", "profile#skills/1"} <= set(ids)


def test_the_most_recent_thing_on_a_resume_is_the_newest_entry_of_any_kind() -> None:
    def entry(ident: str, kind: str, title: str) -> Chunk:
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=title, keywords=("Co",)
        )

    facts = Facts(
        [
            entry("profile#work/0", "work", "Engineer at Co (2013-12 – 2015-01)"),
            entry("profile#projects/0", "resume_project", "Kite (2016-08)"),
            entry("profile#education/0", "education", "BSc at Uni (2008-09 – 2012-06)"),
        ]
    )
    sup = read_superlative("what's the most recent thing on his resume?")
    assert sup is not None and facts.answer(sup, 5)[0] == 1
    oldest = read_superlative("what is the earliest entry in her cv")
    assert oldest is not None and facts.answer(oldest, 5)[0] == 2
    # "now" says what is current, and a named kind ranks only its entries
    assert read_superlative("what's on her resume now") is None
    job = read_superlative("what's the latest job on her resume")
    assert job is not None and job.kinds == frozenset({"work"})


def test_reasons_to_do_something_with_her_ask_for_the_case_for_her() -> None:
    assert read_pitch("give me 3 reasons to put her in front of our CTO") == "pitch"
    assert read_pitch("any reasons to consider him?") == "pitch"
    assert read_pitch("what are the reasons the project was archived?") is None


def test_stack_overflow_is_one_thing_not_her_tech_stack() -> None:
    terms = _terms("what's her stack overflow reputation")
    assert "stackoverflow" in terms and normalize_token("stack") not in terms
    assert "stackoverflow" in analyze("Top 5% on Stack Overflow for Go")


def test_what_she_built_while_at_a_job_is_the_projects_started_within_its_dates() -> None:
    def entry(ident: str, kind: str, title: str, keyword: str) -> Chunk:
        return Chunk(
            id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=title, keywords=(keyword,)
        )

    facts = Facts(
        [
            entry(
                "profile#work/0", "work", "Engineer at Tidewater Labs (2021-03 – present)", "Tidewater Labs"
            ),
            entry(
                "profile#work/1", "work", "Engineer at Cobalt Payments (2017-06 – 2021-02)", "Cobalt Payments"
            ),
            entry("projects/kite", "project", "kite (2018-03)", "kite"),
            entry("projects/loom", "project", "loom (2022-05)", "loom"),
            entry("projects/moss", "project", "moss (2019-04)", "moss"),
        ]
    )
    assert resolve_named(facts, "Which tools did she build while at Cobalt?") == [2, 4, 1]
    assert resolve_named(facts, "what projects did she start during her time at Tidewater?") == [3, 0]
    # no kind asked for: nothing to list
    assert resolve_named(facts, "what did she do while at Cobalt?") is None


def test_where_she_studied_or_worked_is_a_topic_though_written_in_lower_case() -> None:
    def weight(question: str, word: str) -> float:
        groups = {g.word: g for g in parse_query(question, lambda t: False)}
        return groups[normalize_token(word)].unknown_weight

    assert weight("did she study at stanford?", "stanford") == UNKNOWN_TOPIC
    assert weight("has he worked for google", "google") == UNKNOWN_TOPIC
    assert weight("did she go to harvard", "harvard") == UNKNOWN_TOPIC
    # the same word elsewhere in a question is phrasing: no verb of belonging before it
    assert weight("is the stanford course good", "stanford") < UNKNOWN_TOPIC
    assert _degrees().search("did she study at stanford?", weak=True)[0].weak


def test_faster_asks_for_a_measured_speed_up_and_fast_alone_does_not() -> None:
    index = SearchIndex.build(
        [
            _chunk("profile#basics", "basics", "Ada Quill — Engineer", "Mobile engineer in Lisbon."),
            _chunk("profile#work/0", "work", "Lead at Lumen", "Cut the cold-start time from 2.9 s to 1.1 s on iOS."),
            _chunk("profile#work/1", "work", "Engineer at Orbit", "Mentored 12 learners in Kotlin."),
        ]
    )  # fmt: skip
    assert index.search("Has she made the app launch faster?")[0].chunk.id == "profile#work/0"
    assert MEASURED in _terms("did she make it quicker")[normalize_token("quicker")]
    # the adjective is not a question about a result: "a fast learner" is not answered by one
    assert MEASURED not in _terms("Is she a fast learner?").get("fast", {})


def test_stability_is_asked_in_the_words_of_crashes_and_reliability() -> None:
    stability = _terms("What did she do about app stability?")[normalize_token("stability")]
    assert normalize_token("crash") in stability and normalize_token("reliability") in stability
