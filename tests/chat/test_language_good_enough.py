"""'Is her English good enough for ...?' asks the fluency the résumé states for that language."""

from __future__ import annotations

from heyfolio.chat.spoken_languages import languages_reply
from heyfolio.content.model import Basics, Language, Portfolio, Resume
from heyfolio.search.chunks import chunk_portfolio

RESUME = Resume(
    basics=Basics(name="Ines Roy"),
    languages=(
        Language(language="French", fluency="Native"),
        Language(language="English", fluency="Fluent (C1)"),
    ),
)
CHUNKS = {c.id: c for c in chunk_portfolio(Portfolio(resume=RESUME))}


def test_good_enough_asks_the_stated_fluency() -> None:
    said = languages_reply(
        "she's from quebec - is her english good enough for an english-only team?", RESUME, CHUNKS.get
    )
    assert said is not None and said[0].text == "English: Fluent (C1)."
    assert (
        languages_reply("is her english team big enough to ship weekly releases?", RESUME, CHUNKS.get) is None
    )
