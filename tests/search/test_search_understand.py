"""Reading a question for what it asks (why-hire, where, ranking, order), phrasing-independent."""

from __future__ import annotations

import pytest

from heyfolio.search.understand import asks_order, asks_popularity, read_pitch, read_superlative


@pytest.mark.parametrize(
    "question",
    [
        "What's the case for hiring him?",
        "Give me two reasons to interview her",
        "What would she bring to our team?",
        "Why would she be a strong hire?",
        "List her selling points",
    ],
)
def test_why_hire_phrasings(question: str) -> None:
    assert read_pitch(question) == "pitch"


@pytest.mark.parametrize(
    "question", ["Is he in California?", "Where does she call home?", "Is she near Amsterdam?"]
)
def test_where_phrasings(question: str) -> None:
    assert read_pitch(question) == "where"


@pytest.mark.parametrize(
    "question",
    [
        "How good is she in TypeScript?",  # a skill, not a place
        "Where is her employer headquartered?",  # another thing's place
        "Which country is the university she went to in?",
        "Is she in a hurry to move?",
    ],
)
def test_not_where_questions(question: str) -> None:
    assert read_pitch(question) != "where"


def test_least_popular_and_popularity_questions() -> None:
    sup = read_superlative("Which repo has the fewest stars?")
    assert sup is not None and sup.order == "least"
    assert asks_popularity("How well received was her trace viewer?")
    assert asks_popularity("Which project got the most traction?")
    assert not asks_popularity("How fast is her log library?")


def test_order_questions() -> None:
    assert asks_order("Which came first, the internship or the master's?") is False
    assert asks_order("Is shoal newer than ledgerline?") is True
    assert asks_order("What was her first job?") is None  # nothing to compare


def test_previous_job_is_the_newest_that_has_ended() -> None:
    sup = read_superlative("Did she hire anyone at her previous company?")
    assert sup is not None and sup.order == "previous" and "work" in sup.kinds
    assert read_superlative("who was her former employer") == sup
    # a previous project is just an older one: nothing is ranked
    assert read_superlative("her previous project") is None


def test_previous_job_skips_the_current_one() -> None:
    from heyfolio.search.chunks import Chunk
    from heyfolio.search.understand import Facts

    def job(n: int, dates: str) -> Chunk:
        return Chunk(
            id=f"profile#work/{n}", uri=f"portfolio://profile#work/{n}", kind="work",
            title=f"Engineer at Co{n} ({dates})", text=f"Work experience: Engineer at Co{n} ({dates})", keywords=(f"Co{n}",),
        )  # fmt: skip

    facts = Facts([job(0, "2021-03 – present"), job(1, "2017-06 – 2021-02"), job(2, "2014-09 – 2017-05")])
    sup = read_superlative("what did she do at her previous job?")
    assert sup is not None and facts.answer(sup, 5) == [1, 2]


def test_whats_x_deal_is_a_why_hire_question() -> None:
    assert read_pitch("what's richard's deal") == "pitch"


@pytest.mark.parametrize(
    "question",
    [
        "rank her projects by popularity",
        "what's her best known open source work?",
        "sort his repos by popularity",
    ],
)
def test_popularity_rankings_in_other_words(question: str) -> None:
    # the noun form ranks too; and a target no ranking fits ("work": no job is ranked by stars) gives
    # way to a later one the question names ("open source")
    sup = read_superlative(question)
    assert sup is not None and sup.order == "popular" and "project" in sup.kinds


def test_a_target_no_ranking_fits_is_still_not_ranked() -> None:
    assert read_superlative("Who was on her biggest team at work?") is None  # a team's size has no stars
    assert read_superlative("what work did she do on the popularity of Rust?") is None


@pytest.mark.parametrize(
    "question",
    ["what would richard bring to our team", "biggest achievment?", "What is her proudest accomplishment?"],
)
def test_why_hire_asked_by_name_or_as_an_achievement(question: str) -> None:
    assert read_pitch(question) == "pitch"


@pytest.mark.parametrize("question", ["What did the team bring down?", "biggest team she led"])
def test_not_why_hire(question: str) -> None:
    assert read_pitch(question) is None


@pytest.mark.parametrize(
    ("question", "order"),
    [
        ("Who is his latest client?", "newest"),
        ("What was her longest contract?", "longest"),
        ("Who was his earliest client?", "oldest"),
    ],
)
def test_a_consultants_clients_and_contracts_are_work_entries(question: str, order: str) -> None:
    # a freelancer's résumé lists engagements with clients where an employee's lists jobs
    sup = read_superlative(question)
    assert sup is not None and sup.kinds == frozenset({"work"}) and sup.order == order
