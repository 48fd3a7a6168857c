"""A count is answered by a figure of the thing asked (session 37).

A loose count (a noun whose synonyms are not known) was answered by any figure of a sentence sharing a
modifier with it ("14 trainee controllers" for "trainee pilots") or by a share ("27%"); a team's size
by the organisation's; and a credential titled by the counted noun was read as a list of it. A name
before the noun ("Airflow pipelines") says what is counted, so "310 Airflow DAGs" still answers.
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


def test_a_name_before_the_noun_says_what_is_counted() -> None:
    job = _chunk(0, "Moved 310 Airflow DAGs from a self-managed cluster to Composer.")
    assert _said("How many Airflow pipelines did she move to Composer?", job) == [
        "Moved 310 Airflow DAGs from a self-managed cluster to Composer."
    ]


def test_an_organisations_size_is_not_her_team() -> None:
    job = _chunk(0, "Pellwick: A 120-person consultancy for water utilities.")
    assert _said("How big was her team at Pellwick?", job) == []
    assert _said("How big was her team at Pellwick?", _chunk(0, "I led a team of five analysts.")) == [
        "I led a team of five analysts."
    ]
    # (a sentence speaking of teams is about them, whatever organisation's size it gives beside)
    said = "Teams of four to eight analysts, in a company of 50 to 500 people."
    assert _said("How big was her team at Pellwick?", _chunk(0, said)) == [said]


def test_a_credential_titled_by_the_counted_noun_is_no_list_of_it() -> None:
    licence = _chunk(0, "Crane Operator Licence (2015-03)", "Crane Operator Licence", "certificate")
    count = read_count("How many operators did she supervise?")
    assert count is not None and not states_count(count, [licence])
