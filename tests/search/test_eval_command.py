"""`heyfolio eval`: an owner's own questions and job descriptions against their content."""

from __future__ import annotations

from pathlib import Path

import pytest

from heyfolio.dev.cli import main

ROOT = Path(__file__).resolve().parents[2]

QUESTIONS = """
- id: where
  question: "Where does Mira live?"
  facts: ["Rotterdam"]
- id: notice
  question: "What's her notice period?"
  facts: ["Two months"]
- id: google
  question: "Has she worked at Google?"
  answerable: false
"""

JOBS = """
- id: platform
  format: text
  job: |
    Staff Platform Engineer
    - Design and operate Kubernetes clusters in production
    - Quantum chemistry research
  requirements:
    - text: "Design and operate Kubernetes clusters in production"
      expected: matched
    - text: "Quantum chemistry research"
      expected: missing
"""


def test_eval_scores_the_owners_own_sets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "q.yaml").write_text(QUESTIONS)
    (tmp_path / "j.yaml").write_text(JOBS)
    code = main(
        ["eval", "--content", str(ROOT / "content"), "--questions", str(tmp_path / "q.yaml"),
         "--jobs", str(tmp_path / "j.yaml"), "--fail-under", "1.0"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert "search recall@5: 3/3 = 1.000" in out
    assert "offline answers with the facts and cited: 3/3" in out
    assert "accuracy 1.000, precision of 'matched' 1.000" in out
    assert code == 0


def test_eval_explains_a_malformed_question_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "q.yaml").write_text("- id: x\n  question: 'Where?'\n  answerable: true\n")
    assert main(["eval", "--content", str(ROOT / "content"), "--questions", str(tmp_path / "q.yaml")]) == 2
    assert "answerable but lists no facts" in capsys.readouterr().err
