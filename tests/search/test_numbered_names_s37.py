"""A standard named by its number ("DO-254", "ISO 27001") is written only where its number is (s37).

The letters are shared with other standards ("DO-178C" beside "DO-254"), so the passages naming them
looked like an answer, to search (strong hits) and to the answerer.
"""

from __future__ import annotations

import pytest

from heyfolio.chat.support import missing_names, only_missing_names
from heyfolio.search.chunks import Chunk
from heyfolio.search.numbered_names import absent_numbered_names, numbered_names

_TEXTS = ["Certified software to DO-178C Level B.", "Runs an ISO/IEC 27001:2022 ISMS on an ESP32 gateway."]


@pytest.mark.parametrize(
    ("question", "absent"),
    [
        ("Has she worked with DO-254?", ["DO-254"]),
        ("Has she worked to DO-178B?", ["DO-178B"]),
        ("Has she worked to DO-178?", []),
        ("Does she know DO-178C?", []),
        ("Is she ISO 27001 certified?", []),
        ("Does she know IEC 62304?", ["IEC 62304"]),
        ("Has she built on the ESP32?", []),
        ("Was she at AWS 2023?", []),
    ],
)
def test_a_numbered_name_is_absent_only_where_its_number_is_not(question: str, absent: list[str]) -> None:
    assert absent_numbered_names(question, _TEXTS) == absent


def test_a_year_is_no_number_of_a_name() -> None:
    assert numbered_names("Did she go to KubeCon 2023 or SREcon 2019?") == []


def test_the_answerer_says_an_absent_standard_and_not_its_neighbour() -> None:
    chunks = [
        Chunk(id="profile#work/0", uri="portfolio://profile#work/0", kind="work", title="Engineer", text=t)
        for t in _TEXTS
    ]
    assert only_missing_names("Has she worked with DO-254?", chunks) == ["DO-254"]
    assert only_missing_names("Has she worked with DO-178C?", chunks) == []
    assert missing_names("Has she worked with DO-178C and DO-254?", chunks) == ["DO-254"]
