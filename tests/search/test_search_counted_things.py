"""A count asked of one named entry is answered only by what that entry writes: a thing it never
mentions ("how many weather services use <library>?" of a library that speaks of stars and labs) comes
back weak; a thing it writes, or a sentence elsewhere writing its name and a number of the thing,
answers. A pure count (citations, views) asked of an entry only described is unstated when no passage
anywhere states one. "How many stars does the <X> repo have?" counts one project, it ranks none."""

from __future__ import annotations

from collections.abc import Sequence

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import (
    Basics,
    PartialDate,
    Portfolio,
    Publication,
    Resume,
    ResumeProject,
    Work,
)
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.counted_things import (
    counted_alike,
    counted_phrases,
    counted_thing,
    thing_words,
    writes_thing,
)
from heyfolio.search.figures import asked_measure
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


# A fictional hydrology software engineer in Tartu: none of these words come from a question set.
RESUME = Resume(
    basics=Basics(name="Liis Kask", label="Hydrology Software Engineer", summary="Engineer in Tartu."),
    work=(
        Work(
            name="Vooluvesi OÜ",
            position="Senior Engineer",
            start_date=_date("2021-03"),
            summary="River-gauge network operator.",
            highlights=(
                "Built the gauge ingestion service in Go, reading 900 river gauges every minute.",
                "Recorded the Suvila flood archive with a team of 7 surveyors.",
            ),
        ),
        Work(
            name="Kaldaline AS",
            position="Backend Developer",
            start_date=_date("2017-05"),
            end_date=_date("2021-02"),
            summary="Built the billing services in Python on PostgreSQL.",
        ),
    ),
    projects=(
        ResumeProject(
            name="rivergrid",
            description="Open-source Python library for gridding river-gauge readings.",
            highlights=("1,100 GitHub stars; used by about 20 university labs.",),
            start_date=_date("2019-06"),
        ),
        ResumeProject(
            name="Suvila archive",
            description="Open archive of digitised flood records.",
            highlights=("Covers floods from 1920 to 2020.",),
            start_date=_date("2022-01"),
        ),
        ResumeProject(
            name="Kalender",
            description="Side project: a tide calendar web app.",
            start_date=_date("2020-04"),
        ),
    ),
    publications=(
        Publication(
            name="Gridding sparse gauge networks",
            publisher="Journal of Applied Hydroinformatics",
            release_date=_date("2023-05"),
            summary="Paper on the interpolation used in rivergrid.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_the_thing_counted_is_the_head_noun_and_no_measure_unit_or_team_member() -> None:
    assert counted_thing("How many weather services use rivergrid?") == "service"
    assert counted_thing("How many research labs use rivergrid?") == "lab"
    assert counted_thing("How many logistics companies use it?") == "compan"
    assert counted_thing("How many GitHub stars does rivergrid have?") is None  # a measure (figures)
    assert counted_thing("How many days did the migration take?") is None  # a unit
    assert counted_thing("How many euros did it save?") is None
    assert counted_thing("How many engineers did she lead?") is None  # a team's size, said otherwise


def test_a_thing_is_written_in_any_form_or_by_a_number_of_it() -> None:
    assert writes_thing(["Reading 900 river gauges every minute."], "gauge")
    assert writes_thing(["Moved the ETL jobs to Airflow."], "pipeline")  # a related word
    assert not writes_thing(["1,100 GitHub stars; used by about 20 university labs."], "service")


def test_a_thing_counted_in_other_words_is_read_by_the_embedding_model() -> None:
    assert thing_words("How many trucking firms use the platform?") == "trucking firms"
    assert counted_phrases(
        ["Looked after about 300 Debian and Ubuntu servers.", "Cut 2019 costs by 40%."]
    ) == ["Debian and Ubuntu servers"]
    alike = {("machines", "servers"): 0.5}

    def cosines(text: str, phrases: Sequence[str]) -> list[float]:
        return [alike.get((text, p), 0.1) for p in phrases]

    assert counted_alike("machines", ["Debian and Ubuntu servers"], cosines)  # by the head nouns
    assert not counted_alike("racks", ["automated firmware tests"], cosines)
    assert not counted_alike("machines", [], cosines)


def test_a_count_of_a_thing_the_named_entry_never_writes_is_not_answered() -> None:
    for question in (
        "How many weather services use rivergrid?",
        "How many PostgreSQL clusters did Kaldaline run?",
    ):
        assert INDEX.unstated(question), question
        assert not ask(question).answered, question


def test_a_count_the_entry_or_a_sentence_writing_its_name_states_is_answered() -> None:
    assert not INDEX.unstated("How many university labs use rivergrid?")
    answer = ask("How many labs use rivergrid?")
    assert answer.answered and "20" in answer.text
    # the archive's own page counts no surveyors; the job's sentence writing its name does
    assert not INDEX.unstated("How many surveyors worked on the Suvila archive?")
    assert not INDEX.unstated("How many river gauges does Vooluvesi read?")


def test_a_pure_count_no_passage_anywhere_states_is_unstated() -> None:
    assert asked_measure("How many times has her gauge paper been cited?") == "citation"
    assert INDEX.unstated("How many citations do her papers have?")
    assert not ask("How many views did her gridding paper get?").answered
    assert not INDEX.unstated("How many stars do her projects have?")  # rivergrid states its stars


def test_how_many_stars_of_one_named_project_is_no_ranking() -> None:
    answer = ask("How many stars does the Kalender repo have?")
    assert not answer.answered
    assert "Ranked by" not in answer.text
    assert "1,100" in ask("How many stars does the rivergrid repo have?").text
