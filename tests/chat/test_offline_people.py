"""Managing people asked offline: the résumé's own statements, the current role first; a duration
asked of one role names that role; "how long has she worked in tech?" is the career."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, _asked_entry, compose
from heyfolio.chat.people import asks_people, people_reply
from heyfolio.content.model import Basics, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import Hit, SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


RESUME = Resume(
    basics=Basics(
        name="Tove Lindqvist",
        label="Principal Backend Engineer",
        summary=(
            "Backend engineer in Gothenburg with ten years in logistics software. I ran a team of nine "
            "as an engineering manager before returning to hands-on work in 2024."
        ),
    ),
    work=(
        Work(
            name="Kajplats AB",
            position="Principal Backend Engineer",
            description="Port scheduling software, about 200 employees",
            start_date=_date("2024-02"),
            summary="Principal engineer for the berth-planning services; I have no direct reports.",
            highlights=(
                "Cut the planning API's p99 latency from 900 ms to 120 ms.",
                "Mentor three engineers in the scheduling team.",
            ),
        ),
        Work(
            name="Fraktnod",
            position="Engineering Manager",
            description="Freight booking platform",
            start_date=_date("2020-03"),
            end_date=_date("2024-01"),
            summary="Line manager of nine engineers across two teams, with weekly one-to-ones.",
            highlights=("Hired six engineers.",),
        ),
        Work(
            name="Lagerhus Data",
            position="Backend Developer",
            description="Warehouse analytics start-up",
            start_date=_date("2015-09"),
            end_date=_date("2020-02"),
            summary="Built the stock-level services in Kotlin.",
        ),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
INDEX = SearchIndex.build(chunk_portfolio(PORTFOLIO))


def ask(question: str) -> OfflineAnswer:
    return compose(question, PORTFOLIO, INDEX, first_offline_answer=False)


def test_managing_people_is_asked_as_a_fact_not_a_wish_or_a_span() -> None:
    assert asks_people("Does she manage people?")
    assert asks_people("Has he ever had direct reports?")
    assert asks_people("does anyone report to her")
    assert asks_people("Is she the line manager of her team?")
    assert not asks_people("Would she want to manage people again?")
    assert not asks_people("How long was she a line manager?")
    assert not asks_people("Tell me about her incident management experience")


def test_the_current_roles_statement_leads_then_the_summary_and_the_past_role() -> None:
    answer = ask("Does Tove manage people?")
    assert answer.answered and answer.cited
    text = answer.text
    assert "no direct reports" in text and "ran a team of nine" in text and "Line manager of nine" in text
    assert text.index("no direct reports") < text.index("ran a team of nine") < text.index("Line manager")


def test_mentoring_alone_or_a_word_the_portfolio_never_uses_is_not_answered_so() -> None:
    beside = Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Contract Developer at Client Co (2023-01 – present)",
        text="Work experience: Contract Developer at Client Co (2023-01 – present)\nClient Co: Retailer\n"
        "Paired weekly with two junior developers on code review.",
    )
    assert people_reply("Does she manage people?", [beside], "Ana") is None
    known = {"manag", "peopl", "tove"}.__contains__
    assert people_reply("Has Tove managed people in Osaka?", INDEX.chunks, "Tove", known=known) is None


def test_a_question_naming_one_job_is_answered_by_that_job_alone() -> None:
    scope = INDEX.get("profile#work/1")
    said = people_reply("Did she manage people at Fraktnod?", INDEX.chunks, "Tove", scope=scope)
    assert said is not None and {s.chunk.id for s in said} == {"profile#work/1"}
    elsewhere = ask("Did she manage people at Globex Industries?")
    assert "about managing people" not in elsewhere.text


def _hit(chunk_id: str) -> Hit:
    chunk = INDEX.get(chunk_id)
    assert chunk is not None
    return Hit(chunk=chunk, score=1.0, snippet="")


def test_a_duration_asked_of_one_role_names_the_entry_that_answers_it() -> None:
    hits = [_hit("profile#work/2"), _hit("profile#work/1"), _hit("profile#work/0")]
    asked = _asked_entry(hits, "How long was she an engineering manager?", INDEX.rarity)
    assert asked is not None and asked.chunk.id == "profile#work/1"
    assert _asked_entry(hits, "How long did she work on stock-level services?", INDEX.rarity) is None


def test_how_long_has_she_worked_in_tech_is_the_whole_career() -> None:
    answer = ask("How long has Tove worked in tech?")
    assert answer.answered and "2015-09" in answer.text and "ten years" in answer.text
    job = ask("How long has Tove worked at Fraktnod?")
    assert "2015-09 (" not in job.text


def test_a_count_asked_shows_a_further_line_of_a_managers_entry() -> None:
    said = people_reply("How many people has Tove managed?", INDEX.chunks, "Tove")
    assert said is not None and any("Hired six engineers" in s.text for s in said)


def test_a_team_named_in_several_words_is_managed() -> None:
    resume = Resume(
        basics=Basics(name="Rui Sol", summary="Engineering manager."),
        work=(
            Work(
                name="Cargo Ltd",
                position="Engineering Manager",
                start_date=_date("2022-01"),
                summary="Manage the Billing and Customer Onboarding teams (two teams, 11 engineers in total).",
            ),
        ),
    )
    said = people_reply(
        "How many engineers does Rui manage?", chunk_portfolio(Portfolio(resume=resume)), "Rui"
    )
    assert said is not None and "11 engineers in total" in said[0].text
