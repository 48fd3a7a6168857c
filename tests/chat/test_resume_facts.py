"""Questions the résumé's fields answer: a spoken language's fluency, the skills' levels compared."""

from __future__ import annotations

from heyfolio.chat.offline import compose
from heyfolio.chat.resume_facts import resume_reply
from heyfolio.chat.skill_levels import level_rank
from heyfolio.content.model import Basics, Language, Portfolio, Resume, Skill
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(name="Ada Quill", label="Data Engineer"),
    skills=(
        Skill(name="Data Pipelines", level="Expert", keywords=("Airflow", "dbt")),
        Skill(name="Frontend", level="Beginner", keywords=("Vue",)),
        Skill(name="Cloud", level="Intermediate", keywords=("GCP",)),
    ),
    languages=(
        Language(language="German", fluency="Native"),
        Language(language="French", fluency="Conversational (B1)"),
    ),
)
PORTFOLIO = Portfolio(resume=RESUME)
CHUNKS = {c.id: c for c in chunk_portfolio(PORTFOLIO)}


def reply(message: str) -> list[tuple[str, str]] | None:
    said = resume_reply(message, RESUME, CHUNKS.get)
    return None if said is None else [(s.text, s.chunk.id) for s in said]


def test_level_words_and_fractions_rank_on_one_scale() -> None:
    assert level_rank("Beginner") == 1.0 and level_rank("Master") == 4.0
    assert level_rank("Advanced") == 3.0 and level_rank("3/5") == 2.4
    assert level_rank("React") is None and level_rank(None) is None


def test_a_named_language_gets_its_fluency_cited() -> None:
    assert reply("french level?") == [("French: Conversational (B1).", "profile#languages")]
    assert reply("how fluent is her german") == [("German: Native.", "profile#languages")]
    # a short question naming a listed language asks for it, with or without a word of speech
    assert reply("does she know french?") == [("French: Conversational (B1).", "profile#languages")]


def test_all_languages_and_the_others_besides_one() -> None:
    said = reply("what languages does she speak")
    assert said and "German (Native); French (Conversational (B1))" in said[0][0]
    said = reply("which languages does she speak besides german")
    assert said and "French" in said[0][0] and "German (" not in said[0][0]


def test_programming_languages_and_unlisted_languages_are_not_read_from_the_field() -> None:
    assert reply("which programming languages does she know") is None
    assert reply("does she speak japanese") is None  # not listed: left to search, which says so


def test_the_weakest_and_strongest_skills_compare_levels() -> None:
    said = reply("what's her weakest skill")
    assert said and said[0][1] == "profile#skills/1" and "Frontend (Vue), listed as Beginner" in said[0][0]
    said = reply("what are her strongest skills?")
    assert said and [ident for _, ident in said] == ["profile#skills/0"]
    assert (reply("which skill is she least skilled in") or [("", "")])[0][1] == "profile#skills/1"
    assert (reply("what is she most skilled at, skill-wise?") or [("", "")])[0][1] == "profile#skills/0"


def test_no_comparison_without_levels_or_without_a_skill_question() -> None:
    flat = Resume(skills=(Skill(name="A", level="Expert"), Skill(name="B", level="Expert")))
    assert resume_reply("weakest skill?", flat, CHUNKS.get) is None
    assert reply("what's her best project") is None
    # the skills asked as a whole are each group listed (``skill_list``), not ranked by level
    listed = reply("what skills does she have?")
    assert listed is not None and "as the résumé groups them" in listed[0][0]
    assert not any(w in text for text, _ in listed for w in ("weakest", "strongest", " lists "))
    assert reply("does she have at least two skills?") is None


def test_the_offline_answer_cites_the_field_passage() -> None:
    index = SearchIndex.build(list(CHUNKS.values()))
    answer = compose("french level?", PORTFOLIO, index, first_offline_answer=False)
    assert answer.answered and "Conversational (B1)" in answer.text
    assert [s.uri for s in answer.cited] == ["portfolio://profile#languages"]
