"""Near misses on an independent consultant's portfolio: what the portfolio does not claim is not
answered from what sits next to it (a team worked beside is not one led, streaming work is not Flink),
and the consultant's own wording of a start date, a time zone and an audience still answers."""

from __future__ import annotations

from functools import cache

from heyfolio.chat.count_nouns import accepted_nouns, matches, verb_terms
from heyfolio.chat.counting import read_count
from heyfolio.chat.management import unstated_management
from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.chat.screening import screening_answer, unstated_topic
from heyfolio.chat.support import only_missing_names
from heyfolio.content.model import Basics, Location, PartialDate, Portfolio, Resume, Volunteer, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.speedups import asks_speedup, speedup_factor
from heyfolio.search.text import analyze


def _work(name: str, position: str, start: str, end: str | None, summary: str, *highlights: str) -> Work:
    return Work(
        name=name,
        position=position,
        start_date=PartialDate(start, int(start[:4]), int(start[5:7]) if len(start) > 4 else None),
        end_date=PartialDate(end, int(end[:4]), int(end[5:7]) if len(end) > 4 else None) if end else None,
        summary=summary,
        highlights=highlights,
    )


CONSULTANT = Portfolio(
    resume=Resume(
        basics=Basics(
            name="Tove Lindahl",
            label="Independent Data Consultant",
            summary=(
                "Independent data consultant based in Tromsø, Norway. I work remotely for clients in Europe "
                "from CET, billing by the day or by fixed-price milestones. EU and Norwegian right to work; not "
                "relocating. New clients can usually start within two weeks."
            ),
            location=Location(city="Tromsø", country_code="NO"),
        ),
        work=(
            _work(
                "Fjordline Fisheries",
                "Contract Data Engineer",
                "2023-05",
                None,
                "Retainer, two days a week: I own the catch-reporting pipeline, working alongside a product "
                "team of nine.",
                "Moved catch reports from nightly spreadsheets to a streaming pipeline on Kafka and Python.",
                "Paired every week with three junior analysts from the client's team.",
            ),
            _work(
                "Nordkapp Energy",
                "Analytics Consultant",
                "2021-02",
                "2022-08",
                "Forecasting engagement for a hydropower operator.",
                "Built reservoir inflow forecasts in Python and scikit-learn.",
                "Cut the nightly forecast run from 6 hours to 20 minutes.",
            ),
            _work(
                "Polar Ledger",
                "Contract Backend Developer",
                "2019-03",
                "2020-01",
                "Backend contract for an invoicing start-up.",
                "Cut the p95 latency of the invoice API from 1.2 s to 300 ms.",
            ),
            _work(
                "Lindahl Data",
                "Independent Consultant",
                "2018-06",
                None,
                "My one-person consultancy: the umbrella for all of my client work.",
            ),
            _work(
                "Arctic University",
                "Part-time Lecturer in Statistics",
                "2017-08",
                None,
                "Teach one evening course a week.",
            ),
        ),
        volunteer=(
            Volunteer(
                organization="Data Literacy North",
                position="Instructor",
                start_date=PartialDate("2020-01", 2020, 1),
                summary="Evening classes on spreadsheets and Python for adult students.",
                highlights=("Taught 12 courses to 240 adult students.",),
            ),
        ),
    )
)


@cache
def _index() -> SearchIndex:
    return SearchIndex.build(chunk_portfolio(CONSULTANT))


def ask(question: str) -> OfflineAnswer:
    return compose(question, CONSULTANT, _index(), first_offline_answer=False)


def test_leading_people_is_not_answered_from_a_team_worked_beside() -> None:
    chunks = _index().chunks
    for question in (
        "Has she led a team of engineers?",
        "How many direct reports did she have at Fjordline?",
        "Has she managed people before?",
        "Was she a team lead anywhere?",
    ):
        assert unstated_management(question, chunks), question
        answer = ask(question)
        assert not answer.answered and not answer.cited, question
        assert "doesn't say that Tove has managed or led people" in answer.text, question
    # a question about what she would do is a fit, which the evidence speaks to
    assert not unstated_management("Could she lead our data team?", chunks)
    # the size of the team she worked in is stated
    assert not unstated_management("How big was the team she worked with at Fjordline?", chunks)


def test_a_portfolio_stating_management_in_its_own_words_is_searched_as_before() -> None:
    lead = Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Head of Data at Acme",
        text="Led a team of six analysts.",
    )
    assert not unstated_management("Has she led a team?", [lead])
    # a referee's own title is not the owner's claim
    referee = Chunk(
        id="profile#references/0",
        uri="portfolio://profile#references/0",
        kind="reference",
        title="Reference from Kari, CTO at Fjordline",
        text="Tove made our pipeline boring.",
    )
    assert unstated_management("Has she led a team?", [referee])


def test_a_technology_the_portfolio_never_names_is_not_answered_from_the_closest_work() -> None:
    chunks = _index().chunks
    assert only_missing_names("Has she built streaming jobs with Flink?", chunks) == ["Flink"]
    assert only_missing_names("any Flink or Kafka experience?", chunks) == []  # Kafka is there
    # search finds the streaming job by its other words; it is not Flink
    question = "Has she moved catch reports to a streaming pipeline on Flink?"
    assert _index().search(question, 4)
    answer = ask(question)
    assert not answer.answered and not answer.cited and "doesn't mention Flink" in answer.text
    answer = ask("Has she moved catch reports to a streaming pipeline on Kafka?")
    assert answer.answered and "Kafka" in answer.text


def test_a_start_said_of_new_clients_answers_how_soon_she_can_start() -> None:
    chunks = _index().chunks
    assert unstated_topic("How soon could she start?", chunks) is None
    said = screening_answer("How soon could she start?", chunks)
    assert said is not None and said.said == "New clients can usually start within two weeks."
    answer = ask("what's her notice period?")
    assert answer.answered and "within two weeks" in answer.text


def test_the_time_zone_is_said_with_the_city() -> None:
    answer = ask("What time zone is she in?")
    assert answer.answered and "Tromsø" in answer.text and "from CET" in answer.text
    assert "CET" not in ask("Where is she based?").text


def test_the_people_a_count_question_names_are_the_ones_counted() -> None:
    people = accepted_nouns(analyze("people"), verb_terms("attended her classes for adult students"))
    assert matches("student", people) and matches("attende", people)
    assert not matches("engin", people)
    answer = ask("How many people attended her classes for adult students?")
    assert answer.answered and "240 adult students" in answer.text


def test_a_contractor_asked_how_she_bills_is_answered_from_her_terms() -> None:
    chunks = _index().chunks
    assert unstated_topic("Does she charge a day rate or work fixed price?", chunks) is None
    assert unstated_topic("What is her day rate?", chunks) == "salary expectations"  # no amount stated
    answer = ask("Does she charge a day rate or work fixed price?")
    assert answer.answered and "billing by the day or by fixed-price milestones" in answer.text


def test_how_quick_asks_when_she_can_start() -> None:
    assert "within two weeks" in ask("how quick can she start?").text


def test_the_biggest_speedup_is_ranked_by_the_factor_its_times_give() -> None:
    assert speedup_factor("Cut the nightly forecast run from 6 hours to 20 minutes.") == 18.0
    assert speedup_factor("a scenario now runs in 2.5 hours instead of 30 hours") == 12.0
    assert speedup_factor("40 times faster than the pure-Python version") == 40.0
    assert speedup_factor("Raised throughput from 40 to 112 plates a day.") is None
    assert asks_speedup("What was her biggest speedup?") and not asks_speedup("What was her biggest project?")
    answer = ask("What was her biggest speedup?")
    assert answer.answered and answer.text.index("6 hours to 20 minutes") < answer.text.index(
        "1.2 s to 300 ms"
    )


def test_client_engagements_are_ranked_without_her_own_firm_or_other_jobs() -> None:
    longest = ask("What's her longest client engagement?")
    assert longest.answered and longest.shown[0] == "portfolio://profile#work/0"  # Fjordline, 2023 - today
    first = ask("Who was her first client?")
    assert first.answered and "Polar Ledger" in first.text.split("\n")[1]
    ended = ask("Which client engagement did she wrap up most recently?")
    assert ended.answered and "Nordkapp Energy" in ended.text.split("\n")[1]
    for answer in (longest, first, ended):
        assert "Lindahl Data" not in answer.text.split("\n")[1]
        assert "Arctic University" not in answer.text.split("\n")[1]


def test_a_count_per_month_counts_the_thing_not_the_months() -> None:
    count = read_count("How many downloads a month does her tool get?")
    assert count is not None and "download" in count.counted
    assert read_count("How many months did she stay?") is None  # a duration, worked out from dates
