"""'How strong is she on iOS?' is answered by the level the résumé states for the skill named."""

from __future__ import annotations

from heyfolio.chat.skill_levels import named_level_reply
from heyfolio.content.model import Basics, Portfolio, Resume, Skill
from heyfolio.search.chunks import chunk_portfolio
from heyfolio.search.index import SearchIndex

RESUME = Resume(
    basics=Basics(name="Ines Roy"),
    skills=(
        Skill(name="iOS development", level="Expert", keywords=("Swift", "SwiftUI")),
        Skill(name="Android development", level="Advanced", keywords=("Kotlin", "Jetpack Compose")),
        Skill(name="Hobbies", keywords=("Go",)),
    ),
)
INDEX = SearchIndex.build(chunk_portfolio(Portfolio(resume=RESUME)))


def test_the_skill_named_by_its_name_gives_its_level() -> None:
    said = named_level_reply("How strong is she on iOS?", RESUME, INDEX.get)
    assert said is not None and len(said) == 1
    assert "Expert" in said[0].text and said[0].chunk.id == "profile#skills/0"


def test_a_keyword_names_the_skill_it_is_listed_under() -> None:
    said = named_level_reply("how good is she with Kotlin?", RESUME, INDEX.get)
    assert said is not None and "Kotlin is listed under Android development, rated Advanced" in said[0].text


def test_no_level_is_given_for_an_unnamed_or_ungraded_skill_or_another_question() -> None:
    assert named_level_reply("how strong is she in React?", RESUME, INDEX.get) is None
    assert named_level_reply("how good is she with Go?", RESUME, INDEX.get) is None  # no level stated
    assert named_level_reply("has she used Swift?", RESUME, INDEX.get) is None  # not how good
    # "development" names no skill on its own
    assert named_level_reply("what level of web development?", RESUME, INDEX.get) is None
