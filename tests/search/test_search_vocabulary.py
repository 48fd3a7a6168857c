"""Recruiter vocabulary read by concept: idioms and irregular verbs meet the content's words
("in charge of" -> led, "bought" -> acquired), a two-sense word takes the sense its question gives
it, and an abbreviation read as a concept is not an unknown name."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import normalize_token, parse_query


def _terms(question: str) -> dict[str, dict[str, float]]:
    return {g.word: dict(g.terms) for g in parse_query(question)}


def _chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text, keywords=())


def test_in_charge_of_a_group_is_leading() -> None:
    assert normalize_token("lead") in _terms("Has she been in charge of a group of engineers?")


def test_bought_meets_acquired() -> None:
    terms = _terms("was any company she worked at bought?")
    assert normalize_token("acquired") in terms[normalize_token("buy")]


def test_bringing_costs_down_is_reducing_them() -> None:
    assert normalize_token("reduce") in _terms("Did she ever bring down cloud costs?")


def test_the_owner_hiring_is_recruiting_but_hiring_the_owner_is_availability() -> None:
    assert normalize_token("recruit") in _terms("Did she hire anyone at her previous company?")
    assert normalize_token("recruit") not in _terms("Why should we hire her?")


def test_bringing_people_onto_a_team_is_recruiting_them() -> None:
    assert normalize_token("recruit") in _terms("How many people did she bring onto her team?")
    assert normalize_token("recruit") in _terms("who has he brought on board?")
    # bringing a figure down is still reducing it, not hiring
    assert normalize_token("recruit") not in _terms("Did she ever bring down cloud costs?")


def test_languages_next_to_coding_are_programming_languages() -> None:
    assert "programming_language" in _terms("what languages does she code in")
    spoken = _terms("which languages does she speak?")
    assert "programming_language" not in spoken and normalize_token("languages") in spoken


def test_an_abbreviation_read_as_a_concept_is_not_an_unknown_name() -> None:
    (group,) = [g for g in parse_query("IC role?") if g.word == "individual_contributor"]
    assert not group.name


def test_old_colleagues_saying_something_finds_the_references() -> None:
    index = SearchIndex.build(
        [
            _chunk(
                "profile#references/0",
                "reference",
                "Reference from Sam Lee",
                "Ada is the engineer others go to.",
            ),
            _chunk("profile#work/0", "work", "Engineer at Cobalt", "Built the ledger service in Go."),
            _chunk("profile#basics", "basics", "Ada Quill", "Backend engineer in Leeds."),
        ]
    )
    hits = index.search("What would her old colleagues say about her?", 3, weak=True)
    assert hits and hits[0].chunk.id == "profile#references/0"


def test_a_company_that_was_bought_is_found_as_acquired() -> None:
    index = SearchIndex.build(
        [
            _chunk(
                "profile#work/0",
                "work",
                "Engineer at Parcelbox",
                "Parcelbox: delivery start-up (acquired in 2018).",
            ),
            _chunk("profile#work/1", "work", "Engineer at Cobalt", "Built the ledger service in Go."),
        ]
    )
    hits = index.search("was any company she worked at bought?", 2, weak=True)
    assert hits and hits[0].chunk.id == "profile#work/0"


def _resume_like() -> SearchIndex:
    return SearchIndex.build(
        [
            _chunk(
                "profile#publications/0",
                "publication",
                "Video codecs for 3D media",
                "Published by Hooli, 2014.",
            ),
            _chunk(
                "profile#education/0",
                "education",
                "Bachelor at Oklahoma",
                "Courses: CS2011 - Java Introduction.",
            ),
            _chunk("profile#work/0", "work", "CEO at Pied Piper", "Compression company."),
        ]
    )


def test_a_word_naming_a_kind_of_entry_is_answered_by_those_entries() -> None:
    hits = _resume_like().search("Has he written any papers?", 3)
    assert hits and hits[0].chunk.id == "profile#publications/0" and not hits[0].weak


def test_a_verb_of_making_the_content_never_uses_is_phrasing() -> None:
    hits = _resume_like().search("Has he written any Java?", 3, weak=True)
    assert hits and hits[0].chunk.id == "profile#education/0"


def test_an_instance_of_a_kind_is_not_the_kind() -> None:
    # "MBA" names one degree, not degrees in general: a bachelor's entry does not answer it
    assert _resume_like().search("Does he have an MBA?", 3) == []


def test_a_passage_quoting_another_entrys_title_brings_that_entry_next() -> None:
    index = SearchIndex.build(
        [
            _chunk(
                "profile#awards/0",
                "award",
                "Best Talk (Systems Conf, 2022)",
                "For the talk 'Batching writes without tears'.",
            ),
            _chunk(
                "profile#publications/0",
                "publication",
                "Batching writes without tears (Systems Conf, 2022)",
                "Group commit raised throughput from 40,000 to 1.2 million appends per second.",
            ),
            _chunk("profile#work/0", "work", "Engineer at Cobalt", "Built the ledger service in Go."),
        ]
    )
    hits = index.search("What was her award-winning talk about?", 3)
    assert [h.chunk.id for h in hits[:2]] == ["profile#awards/0", "profile#publications/0"]


def test_a_title_whose_publisher_nests_a_parenthesis_is_still_quotable() -> None:
    # the publisher "Spreecon 2022 (conference talk)" inside the title's own closing parenthesis
    index = SearchIndex.build(
        [
            _chunk(
                "profile#awards/0",
                "award",
                "Best Talk Award (Harbourconf, 2023-04)",
                "For the talk 'Retiring cron at scale'.",
            ),
            _chunk(
                "profile#publications/0",
                "publication",
                "Retiring cron at scale (Harbourconf 2023 (conference talk), 2023-04)",
                "How a workflow engine replaced 300 cron jobs at a retailer.",
            ),
            _chunk("profile#work/0", "work", "Engineer at Cobalt", "Built the ledger service in Go."),
        ]
    )
    hits = index.search("He won a best-talk award — what was that talk about?", 3)
    assert [h.chunk.id for h in hits[:2]] == ["profile#awards/0", "profile#publications/0"]


def test_a_short_title_is_a_word_not_a_reference() -> None:
    index = SearchIndex.build(
        [
            _chunk("profile#awards/0", "award", "Prize (Conf, 2022)", "For the 'shoal' viewer."),
            _chunk("projects/shoal", "project", "shoal", "A trace viewer."),
        ]
    )
    from heyfolio.search.understand import Facts

    assert Facts(index.chunks).quotes == {}


def test_the_doer_noun_meets_its_verb() -> None:
    from heyfolio.search.text import _doer_forms

    assert (
        normalize_token("contributors")
        in _terms("How many people contribute to shoal?")[normalize_token("contribute")]
    )
    assert normalize_token("create") in _terms("who is the creator?")[normalize_token("creator")]
    assert "pione" not in _doer_forms("pioneer")  # "-eer" is not a doer suffix


def test_engineering_concepts_in_a_recruiters_words_meet_the_engineers() -> None:
    assert (
        normalize_token("nightly")
        in _terms("did she speed up an overnight batch job?")[normalize_token("overnight")]
    )
    realtime = _terms("has she built anything near real-time?")
    assert normalize_token("streaming") in realtime[normalize_token("realtime")]
    neural = _terms("why not ship the neural net?")
    assert normalize_token("convolutional") in neural["neural"]
    assert normalize_token("node") in _terms("how much compute did it save?")[normalize_token("compute")]
    assert normalize_token("ingestion") in _terms("data pipeline work")[normalize_token("pipeline")]


def test_where_someone_lives_is_not_live_streaming() -> None:
    assert normalize_token("streaming") not in _terms("where does she live?")[normalize_token("live")]
