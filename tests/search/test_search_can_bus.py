""" "CAN" written in capitals is the vehicle bus, not the modal verb: a question about CAN experience
finds the passages naming CAN FD, and "Can she ...?" stays a question about something else."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def _skill(i: int, text: str) -> Chunk:
    ident = f"profile#skills/{i}"
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="skill", title=f"Skill {i}", text=text)


def test_capital_can_is_the_bus() -> None:
    assert "can_bus" in analyze("Migrated the comfort network to CAN FD.")
    assert "can_bus" not in analyze("She can start in May.")
    assert "can_bus" not in analyze("CAN SHE START IN MAY?")  # shouted: every word is in capitals


def test_a_question_about_can_finds_the_bus() -> None:
    index = SearchIndex.build(
        [
            _skill(0, "Automotive networks: CAN, CAN FD, LIN, UDS."),
            _skill(1, "Test tooling: pytest, hardware-in-the-loop."),
        ]
    )
    hits = [h for h in index.search("Does she have CAN experience?") if not h.weak]
    assert hits and hits[0].chunk.id == "profile#skills/0"
