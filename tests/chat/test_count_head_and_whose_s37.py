"""A count is answered by a figure of the thing asked, of the entry asked about (session 37).

A loose count (a noun whose synonyms are not known) was answered by any figure of a sentence sharing a
modifier with it ("14 trainee controllers" for "trainee pilots"), by a share ("27%"), or by a figure of
another entry naming the counted noun while the entry asked about states none; a team's size by the
organisation's; a count naming a tool by a figure of the same passage stated of another tool; and a
credential titled by the counted noun was read as a list of it.
"""

from __future__ import annotations

import pytest

from heyfolio.chat.counting import count_evidence, read_count, states_count
from heyfolio.search.chunks import Chunk


def _chunk(
    n: int, text: str, title: str = "Engineer at Pellwick (2020-01 – present)", kind: str = "work"
) -> Chunk:
    return Chunk(
        id=f"profile#{kind}/{n}", uri=f"portfolio://profile#{kind}/{n}", kind=kind, title=title, text=text
    )


def _said(question: str, *chunks: Chunk) -> list[str]:
    count = read_count(question)
    assert count is not None
    return [c.sentence for c in count_evidence(count, chunks)]


def test_a_shared_modifier_is_not_the_head_noun() -> None:
    job = _chunk(0, "Trained 14 trainee welders as a workshop instructor.")
    assert _said("How many trainee riveters did she train?", job) == []
    assert _said("How many trainee welders did she train?", job) == [
        "Trained 14 trainee welders as a workshop instructor."
    ]


@pytest.mark.parametrize(
    "sentence", ["I run the rota for a crew of six fitters.", "Cut scrap by 27% on the press line."]
)
def test_a_figure_of_another_noun_or_a_share_does_not_count_it(sentence: str) -> None:
    assert _said("How many riveters work on the press line?", _chunk(0, sentence)) == []


def test_a_figure_of_another_entry_is_not_the_entry_asked_about() -> None:
    asked = _chunk(0, "Wrote the hazard log for a tide gauge network now used at three harbours.")
    other = _chunk(1, "The buoy array now reads 48 sonar sensors across four bays.", "Engineer at Orvik")
    assert _said("How many sonar sensors does the tide gauge network use?", asked, other) == []
    assert _said("How many sonar sensors does the buoy array read?", asked, other) == [
        "The buoy array now reads 48 sonar sensors across four bays."
    ]


def test_an_organisations_size_is_not_her_team() -> None:
    job = _chunk(0, "Pellwick: A 120-person consultancy for water utilities.")
    assert _said("How big was her team at Pellwick?", job) == []
    assert _said("How big was her team at Pellwick?", _chunk(0, "I led a team of five analysts.")) == [
        "I led a team of five analysts."
    ]


def test_the_name_asked_is_in_the_stating_sentence_or_the_title() -> None:
    job = _chunk(0, "Compared Sonarlint and Coverity.\nFound 340 defects with Coverity before release.")
    assert _said("How many defects did Sonarlint find?", job) == []
    assert _said("How many defects did Coverity find?", job) == [
        "Found 340 defects with Coverity before release."
    ]


def test_a_credential_titled_by_the_counted_noun_is_no_list_of_it() -> None:
    licence = _chunk(0, "Crane Operator Licence (2015-03)", "Crane Operator Licence", "certificate")
    count = read_count("How many operators did she supervise?")
    assert count is not None and not states_count(count, [licence])
