"""Offline answers: "highest level of education" is a degree, not a skill level; the sentence
closest in meaning joins those the question's words choose."""

from __future__ import annotations

from heyfolio.content.model import Basics, Resume, Skill
from heyfolio.search.chunks import Chunk

RESUME = Resume(
    basics=Basics(name="Tove Lindqvist"),
    skills=(Skill(name="Kotlin", level="Expert"), Skill(name="Go", level="Beginner")),
)


def _skill_chunk(ident: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="skill", title="Skill", text="Skill")


def test_the_highest_level_of_education_is_not_read_as_a_skill_level() -> None:
    from heyfolio.chat.skill_levels import skill_levels_reply

    assert skill_levels_reply("What's her highest level of education?", RESUME, _skill_chunk) is None
    assert skill_levels_reply("What's her highest skill level?", RESUME, _skill_chunk) is not None


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
