"""Check answers against a question set: search recall@5 and the offline answerer's answers.

Why in the core: ``make test`` gates the project's sets with it and ``heyfolio eval`` lets an owner
run the same checks on their own content with their own questions. A question set is YAML, a list
of ``{id, question, facts, answerable[, content, kind]}``; facts are exact phrases of the content.

- search: a hit when every fact is in one of the top five passages; an unanswerable question is a
  hit when no strong passage comes back (nothing, or only passages marked weak).
- offline: answered, cited, and every fact in the reply's text; an unanswerable question must get
  the honest "not in the portfolio" reply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from heyfolio.content.model import Portfolio
from heyfolio.search.index import SearchIndex

__all__ = ["Question", "SetScore", "load_questions", "score_offline", "score_search"]

TOP_K = 5


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    facts: tuple[str, ...]
    answerable: bool
    content: str = ""
    kind: str = ""


@dataclass
class SetScore:
    total: int = 0
    hits: int = 0
    unanswerable_answered: int = 0
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (hits, total)
    misses: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.hits / self.total if self.total else 0.0

    def add(self, q: Question, ok: bool, detail: str | None) -> None:
        self.total += 1
        self.hits += ok
        h, t = self.by_kind.get(q.kind or "-", (0, 0))
        self.by_kind[q.kind or "-"] = (h + ok, t + 1)
        if not ok and detail is not None:
            self.misses.append(f"{q.id}: “{q.question}” {detail}")


def load_questions(path: Path) -> list[Question]:
    """The questions at ``path``; a clear error names the entry that is malformed."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a YAML list of questions")
    out = []
    for i, q in enumerate(data):
        if not isinstance(q, Mapping) or not q.get("question"):
            raise ValueError(f"{path}: entry {i + 1} needs at least a `question`")
        facts = tuple(str(f) for f in q.get("facts") or ())
        answerable = bool(q.get("answerable", bool(facts)))
        if answerable and not facts:
            raise ValueError(f"{path}: entry {i + 1} ({q.get('id', '?')}) is answerable but lists no facts")
        out.append(
            Question(
                id=str(q.get("id", i + 1)),
                question=str(q["question"]),
                facts=facts,
                answerable=answerable,
                content=str(q.get("content", "")),
                kind=str(q.get("kind", "")),
            )
        )
    return out


def score_search(index: SearchIndex, questions: Sequence[Question], *, detail: bool = True) -> SetScore:
    """Recall@5 of ``index`` (``detail=False``: no per-question lines, for sets kept unseen)."""
    score = SetScore()
    for q in questions:
        hits = index.search(q.question, TOP_K, weak=True)
        if q.answerable:
            passages = [f"{h.chunk.title}\n{h.chunk.text}".casefold() for h in hits[:TOP_K]]
            ok = all(any(f.casefold() in p for p in passages) for f in q.facts)
        else:
            ok = not any(not h.weak for h in hits)
        got = ", ".join(h.chunk.id + (" (weak)" if h.weak else "") for h in hits) or "nothing"
        score.add(q, ok, f"got {got}" if detail else None)
    return score


def score_offline(
    portfolio: Portfolio, index: SearchIndex, questions: Sequence[Question], *, detail: bool = True
) -> SetScore:
    """Share of questions the offline answerer answers with the facts and a citation."""
    from heyfolio.chat.offline import compose

    score = SetScore()
    for q in questions:
        answer = compose(q.question, portfolio, index, first_offline_answer=False)
        text = answer.text.casefold()
        if q.answerable:
            ok = answer.answered and bool(answer.cited) and all(f.casefold() in text for f in q.facts)
        else:
            ok = not answer.answered
            score.unanswerable_answered += answer.answered
        score.add(q, ok, f"replied: {answer.text[:240]!r}" if detail else None)
    return score


def by_content(
    questions: Sequence[Question], load: Callable[[str], Any]
) -> dict[str, tuple[Any, list[Question]]]:
    """Questions grouped by the portfolio they ask about (``load(name)`` gives it)."""
    names = sorted({q.content for q in questions})
    return {n: (load(n), [q for q in questions if q.content == n]) for n in names}
