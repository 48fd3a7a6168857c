"""A win asked by its kind ("did she win a hackathon?") is answered only by an award, or a sentence
saying something was won, that names the kind."""

from __future__ import annotations

from heyfolio.chat.won_kinds import unwon_kind
from heyfolio.search.chunks import Chunk


def _chunk(text: str, kind: str = "work", title: str = "Entry") -> Chunk:
    return Chunk(id="x", uri="portfolio://x", kind=kind, title=title, text=text)


AWARD = _chunk(
    "Award: Best Poster from the Nordic Glaciology Meeting (2019-06)", "award", "Best Poster (2019-06)"
)
IN_PASSING = _chunk("The tool began as a weekend game jam project in 2018.")


def test_a_kind_no_award_names_is_not_won() -> None:
    assert unwon_kind("Did she win a game jam?", [AWARD, IN_PASSING]) == "a game jam"
    assert unwon_kind("has he ever won a photography prize", [AWARD]) == "a photography prize"


def test_an_award_or_a_win_naming_the_kind_answers() -> None:
    assert unwon_kind("Did she win a poster prize?", [AWARD]) is None
    won = _chunk("Our team won the regional game jam with the tool's first version.")
    assert unwon_kind("Did she win a game jam?", [AWARD, won]) is None


def test_any_award_asked_is_no_kind() -> None:
    assert unwon_kind("Has she won any awards?", [AWARD]) is None
    assert unwon_kind("did he win a prize", [AWARD]) is None
    assert unwon_kind("Which game jam did she win an award at?", [AWARD]) is None
