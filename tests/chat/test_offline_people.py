"""Managing people asked offline: the résumé's own statements, the current role first; a duration
asked of one role leads with that role; "how long has she worked in tech?" is the career."""

from __future__ import annotations

from heyfolio.chat.offline import OfflineAnswer, _duration_first, compose
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


def test_a_portfolio_that_never_claims_managing_only_answers_with_a_statement_that_settles_it() -> None:
    beside = Chunk(
        id="profile#work/0",
        uri="portfolio://profile#work/0",
        kind="work",
        title="Contract Developer at Client Co (2023-01 – present)",
        text="Work experience: Contract Developer at Client Co (2023-01 – present)\nClient Co: Retailer\n"
        "Paired weekly with two junior developers on code review.",
    )
    assert people_reply("Does she manage people?", [beside], "Ana", explicit_only=True) is None
    alone = Chunk(
        id="profile#work/1",
        uri="portfolio://profile#work/1",
        kind="work",
        title="Consultant at Ana Codes (2019-01 – present)",
        text="Work experience: Consultant at Ana Codes (2019-01 – present)\nAna Codes: My one-person studio",
    )
    said = people_reply("Does she manage people?", [beside, alone], "Ana", explicit_only=True)
    assert said is not None and any("one-person studio" in s.text for s in said)
    assert any("two junior developers" in s.text for s in said)


def _hit(chunk_id: str) -> Hit:
    chunk = INDEX.get(chunk_id)
    assert chunk is not None
    return Hit(chunk=chunk, score=1.0, snippet="")


def test_a_duration_asked_of_one_role_leads_with_the_entry_that_names_it() -> None:
    hits = [_hit("profile#work/2"), _hit("profile#work/1"), _hit("profile#work/0")]
    ordered = _duration_first(hits, "How long was she an engineering manager?", INDEX.rarity)
    assert ordered[0].chunk.id == "profile#work/1"
    same = _duration_first(hits, "How long did she work on stock-level services?", INDEX.rarity)
    assert same[0].chunk.id == "profile#work/2"


def test_how_long_has_she_worked_in_tech_is_the_whole_career() -> None:
    answer = ask("How long has Tove worked in tech?")
    assert answer.answered and "2015-09" in answer.text and "ten years" in answer.text
    job = ask("How long has Tove worked at Fraktnod?")
    assert "2015-09 (" not in job.text


def test_a_count_asked_shows_a_further_line_of_a_managers_entry() -> None:
    said = people_reply("How many people has Tove managed?", INDEX.chunks, "Tove")
    assert said is not None and any("Hired six engineers" in s.text for s in said)


def test_the_highest_level_of_education_is_not_read_as_a_skill_level() -> None:
    from heyfolio.chat.skill_levels import skill_levels_reply

    assert skill_levels_reply("What's her highest level of education?", RESUME, INDEX.get) is None


def test_the_sentence_closest_in_meaning_joins_the_ones_chosen_by_words() -> None:
    from heyfolio.chat.offline import _SIMILARITY, _best_sentences

    text = "Owns the berth planner.\nRuns the weekly planning review.\nCoached four juniors to senior."

    def similar(sentences: object) -> list[float]:
        return [0.9 if "Coached" in s else 0.1 for s in sentences]  # type: ignore[attr-defined]

    plain = _best_sentences(text, "does she run the planning review and help people develop")
    assert "Coached" not in plain
    token = _SIMILARITY.set(similar)
    try:
        said = _best_sentences(text, "does she run the planning review and help people develop")
    finally:
        _SIMILARITY.reset(token)
    assert "Runs the weekly planning review." in said and "Coached four juniors" in said
