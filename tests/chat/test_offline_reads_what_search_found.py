"""The offline answerer reads what search found as it is written: a clause after a semicolon says its
figure of what the clause before it names ("Built the slot API; it handles 1,800 requests per
second"); a skill area written as two ("APIs and Data") is named by either part in a comparison, and
"React Native" is not "React" as well; "where's he from?" gets where he comes from beside where he
lives. The owners are made up for the test."""

from __future__ import annotations

from collections.abc import Sequence

from heyfolio.chat.offline import compose
from heyfolio.chat.weak_evidence import weak_answer
from heyfolio.content.model import Basics, Education, Location, PartialDate, Portfolio, Resume, Skill, Work
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex


def _date(raw: str) -> PartialDate:
    parts = [int(p) for p in raw.split("-")]
    return PartialDate(raw, parts[0], parts[1] if len(parts) > 1 else None)


PORTFOLIO = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Aino Varga",
            label="Backend Engineer",
            summary="Aino hails from Tampere. Backend engineer who likes queues and maps.",
            location=Location(city="Leeds", country_code="GB"),
        ),
        work=(
            Work(
                name="Pellava Foods",
                position="Backend Engineer",
                start_date=_date("2023-02"),
                summary="Member of the checkout team.",
                highlights=(
                    "Built the pickup-window booking API in Kotlin; it handles 2,600 requests per second at the "
                    "6 p.m. order cut-off.",
                ),
            ),
        ),
        skills=(
            Skill(name="Accessibility", level="Expert", keywords=("WCAG", "ARIA")),
            Skill(name="APIs and Data", level="Intermediate", keywords=("GraphQL", "REST")),
            Skill(name="Web", level="Expert", keywords=("React",)),
            Skill(name="Mobile", level="Advanced", keywords=("React Native",)),
            Skill(name="Android", level="Beginner", keywords=("Kotlin",)),
        ),
    )
)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def test_a_clause_after_a_semicolon_is_read_in_its_sentence() -> None:
    # the clause stating the figure is the one close in meaning; the words asked about are in the
    # clause before it - and the reply quotes the sentence whole, not cut at "p.m."
    jobs = [Hit(chunk=c, score=0.3, snippet="", weak=True) for c in INDEX.chunks if c.kind == "work"]

    def closeness(sentences: Sequence[str]) -> list[float]:
        return [0.55 if s.startswith("it handles") else 0.1 for s in sentences]

    reads = weak_answer(
        "How much traffic does the pickup booking API take at peak?", jobs, INDEX.chunks, closeness
    )
    assert reads and reads[0].sentence.startswith("Built the pickup-window booking API")
    assert reads[0].sentence.endswith("order cut-off.")
    # a question whose words no sentence of the passage says is still not answered by the clause
    assert not weak_answer(
        "How much traffic does the radio mast take at peak?", jobs, INDEX.chunks, closeness
    )


def test_an_area_written_as_two_is_named_by_either_part() -> None:
    answer = compose(
        "Which is her stronger area, accessibility or APIs?", PORTFOLIO, INDEX, first_offline_answer=False
    )
    assert answer.answered and answer.cited
    assert "Accessibility (Expert)" in answer.text and "APIs and Data (Intermediate)" in answer.text


def test_a_longer_skill_name_is_not_its_shorter_part_as_well() -> None:
    answer = compose("Is she better at React Native or Kotlin?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and "React Native is listed under Mobile (Advanced)" in answer.text
    assert "React is listed" not in answer.text


def test_where_someone_is_from_says_where_they_come_from_too() -> None:
    answer = compose("where's she from?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert answer.answered and "Leeds" in answer.text and "hails from Tampere" in answer.text
    lives = compose("Where does she live?", PORTFOLIO, INDEX, first_offline_answer=False)
    assert "Leeds" in lives.text and "Tampere" not in lives.text


SWITCHER = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Ilse Marten", label="Frontend Engineer", summary="Former florist, now a frontend engineer."
        ),
        work=(
            Work(
                name="Blauwe Reiger",
                position="Frontend Engineer",
                start_date=_date("2021-01"),
                highlights=("Built the shop's checkout in React.",),
            ),
        ),
        education=(
            Education(
                institution="Harbour Code School",
                area="Web Development",
                study_type="Bootcamp certificate",
                start_date=_date("2020-03"),
                end_date=_date("2020-07"),
                courses=("JavaScript", "React"),
            ),
        ),
    )
)
SWITCHER_INDEX = SearchIndex.build(chunk_portfolio(SWITCHER))


def test_an_absence_the_visitor_concedes_is_no_question() -> None:
    for question in (
        "She doesn't seem to have a CS degree - how did she learn to program?",
        "No CS degree? How did she learn to code then?",
    ):
        answer = compose(question, SWITCHER, SWITCHER_INDEX, first_offline_answer=False)
        assert answer.answered and "Harbour Code School" in answer.text
    # asked, not conceded, the absent degree is still declined
    assert not compose(
        "Does she have a CS degree?", SWITCHER, SWITCHER_INDEX, first_offline_answer=False
    ).answered


def test_studying_at_the_moment_names_no_school() -> None:
    answer = compose(
        "What's she studying at the moment?", SWITCHER, SWITCHER_INDEX, first_offline_answer=False
    )
    assert answer.answered and "Harbour Code School" in answer.text
    assert not compose(
        "Did she study at Oxford?", SWITCHER, SWITCHER_INDEX, first_offline_answer=False
    ).answered


def test_going_to_school_asks_for_the_schooling() -> None:
    from heyfolio.chat.sections import section_entries

    said = section_entries("What did she go to school for?", SWITCHER_INDEX.chunks)
    assert [c.kind for c in said] == ["education"]
    # a place the portfolio never names is not answered with the schooling it does list
    assert not section_entries("Did she go to school in Boston?", SWITCHER_INDEX.chunks)


LOCAL = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Rui Tavares",
            label="Mobile Engineer",
            summary="Mobile engineer. Open to hybrid roles in Braga; not relocating.",
            location=Location(city="Braga", country_code="PT"),
        ),
        education=(Education(institution="University of Braga", area="Physics", study_type="Bachelor"),),
    )
)
LOCAL_INDEX = SearchIndex.build(chunk_portfolio(LOCAL))


def test_moving_to_the_city_she_lives_in_is_answered_by_where_she_lives() -> None:
    # (search ranks the degree from the University of Braga first)
    for question in ("Would he need to relocate for a job in Braga?", "Is he already in Braga?"):
        answer = compose(question, LOCAL, LOCAL_INDEX, first_offline_answer=False)
        assert answer.answered and answer.text.startswith("Rui is based in Braga")
    moved = compose("Did he move to Braga for his degree?", LOCAL, LOCAL_INDEX, first_offline_answer=False)
    assert not moved.text.startswith("Rui is based in")
