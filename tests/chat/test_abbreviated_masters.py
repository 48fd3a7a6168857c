"""A master's an education entry abbreviates ("MA in Town Planning", "M.Ed.", "LLM") is a master's:
"what did she study for her master's?" is answered by it, not declined as a degree never held; a US
state after a city ("Boston, MA") is no degree."""

from __future__ import annotations

import pytest

from heyfolio.chat.degrees import absent_degree
from heyfolio.search.chunks import Chunk


def _education(title: str) -> Chunk:
    return Chunk(id="e", uri="portfolio://profile#education/0", kind="education", title=title, text=title)


@pytest.mark.parametrize(
    "title",
    [
        "MA in Landscape History at University of Bramford",
        "M.Ed. in Primary Education at Carrow College",
        "LLM in Maritime Law at University of Pellworth",
        "MFA in Illustration at Kestle School of Art",
    ],
)
def test_an_abbreviated_masters_is_held(title: str) -> None:
    assert absent_degree("What did she study for her master's?", [_education(title)]) is None
    assert absent_degree("does she have a bachelor's degree?", [_education(title)]) is None


def test_a_state_after_a_city_is_no_masters() -> None:
    chunk = _education("Diploma in Cooking at Cambridge Culinary Institute, Boston, MA")
    assert absent_degree("does he have a master's degree?", [chunk]) == "a master's degree"
