"""Two jobs a comparing question names or describes (heyfolio.chat.compared_jobs), read on the invented
deck-officer owner (tests/chat/probe_deck_officer_owner.py)."""

from __future__ import annotations

import pytest

from heyfolio.chat.compared_jobs import jobs_compared
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.search.chunks import chunk_portfolio
from tests.chat.probe_deck_officer_owner import PROBE_RESUME

_resume, _ = parse_resume(PROBE_RESUME, "probe.resume.json")
assert _resume is not None
CHUNKS = chunk_portfolio(Portfolio(resume=_resume))


def employers(question: str) -> list[str]:
    return [c.title.split(" at ", 1)[1].split(" (", 1)[0] for c in jobs_compared(CHUNKS, question)]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # described by what the employer is, in the question's order
        (
            "which came first, the port authority job or the freight start-up?",
            ["Maasmond Port Authority", "Laadlijn"],
        ),
        (
            "the freight start-up or the port authority: which was earlier?",
            ["Laadlijn", "Maasmond Port Authority"],
        ),
        # one side named, the other described
        ("was she at Kaimaster longer than at the freight start-up?", ["Kaimaster", "Laadlijn"]),
        # by the role
        ("which came first, chief officer or backend developer?", ["Nordhav Tankers", "Laadlijn"]),
    ],
)
def test_each_side_is_the_job_it_names_or_describes(question: str, expected: list[str]) -> None:
    assert employers(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "does she know Java or Kotlin?",  # one word of a description is a skill, not a job
        "which came first, the start-up or the software job?",  # "start-up" says two employers alike
        "which came first, the port authority job or the harbour master's office?",  # the same job twice
    ],
)
def test_no_pair_unless_each_side_is_one_other_job(question: str) -> None:
    assert jobs_compared(CHUNKS, question) == []
