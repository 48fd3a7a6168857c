"""A probe owner under test: what every probe module asks of an owner nobody tuned for, in one place.

The probe modules (tests/search/test_probe_*, tests/chat/test_probe_*, tests/jobfit/test_*_career_postings_*)
each hold an invented owner, questions or postings labelled before the engine ran on them, and their own
assertions; building the owner's portfolio and index, asking, and reading a posting's statuses are the same
for all of them, so they live here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import cached_property
from typing import Any

from heyfolio.chat.offline import OfflineAnswer, compose
from heyfolio.content.model import Portfolio
from heyfolio.content.resume import parse_resume
from heyfolio.jobfit import assess_job
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex
from heyfolio.search.minilm import MiniLMEmbedder

TOP_K = 5
"""How deep a question's fact-bearing passage may sit: what the answerer reads."""


class ProbeOwner:
    """One invented JSON Resume, parsed once; its search index is built on first use (a job-fit probe
    needs none), with MiniLM on numpy: what AWS serves, and the same vectors on every processor."""

    def __init__(self, resume: Mapping[str, Any]) -> None:
        parsed, problems = parse_resume(dict(resume), "probe.resume.json")
        assert parsed is not None, problems
        self.portfolio = Portfolio(resume=parsed)

    @cached_property
    def chunks(self) -> list[Chunk]:
        return chunk_portfolio(self.portfolio)

    @cached_property
    def index(self) -> SearchIndex:
        return SearchIndex.build(self.chunks, MiniLMEmbedder(runtime="numpy"))

    def ask(self, question: str) -> OfflineAnswer:
        """The offline answer a visitor gets (not the first-answer greeting)."""
        return compose(question, self.portfolio, self.index, first_offline_answer=False)

    def spans_not_shown(self, question: str, spans: Iterable[str]) -> tuple[OfflineAnswer, list[str]]:
        """The answer to ``question`` and the spans it does not show (case-insensitive)."""
        answer = self.ask(question)
        text = answer.text.casefold()
        return answer, [s for s in spans if s.casefold() not in text]

    def spans_not_leading(self, question: str, spans: Iterable[str]) -> tuple[OfflineAnswer, list[str]]:
        """The answer and the spans its lead (the text before its first citation) does not show: what
        was asked must come first, not below other passages."""
        answer = self.ask(question)
        lead = answer.text.split("[1]")[0].casefold()
        return answer, [s for s in spans if s.casefold() not in lead]

    def top_passages(self, question: str) -> list[str]:
        """The top ``TOP_K`` passages' titles and texts, casefolded (weak hits included)."""
        hits = self.index.search(question, limit=TOP_K, weak=True)
        return [f"{h.chunk.title}\n{h.chunk.text}".casefold() for h in hits[:TOP_K]]

    def facts_not_in_top(self, question: str, facts: Iterable[str]) -> tuple[list[str], list[str]]:
        """The facts no top passage holds, and the top passages (to say what came back instead)."""
        passages = self.top_passages(question)
        return [f for f in facts if not any(f.casefold() in p for p in passages)], passages

    def strong_hits(self, question: str) -> list[str]:
        """The ids of the top passages not marked weak: what an unanswerable question must not get."""
        return [h.chunk.id for h in self.index.search(question, limit=TOP_K, weak=True) if not h.weak]

    def statuses(self, job: str | Mapping[str, Any], today: date) -> dict[str, str]:
        """Each requirement the matcher reads from ``job``, with its status."""
        report = assess_job(job, self.portfolio, self.chunks, today=today)
        return {str(r["requirement"]): str(r["status"]) for r in report["requirements"]}

    def wrong_labels(
        self, job: str | Mapping[str, Any], labelled: Iterable[tuple[str, str]], today: date
    ) -> dict[str, str]:
        """The labelled requirements the matcher reads otherwise, as ``expected>got``."""
        got = self.statuses(job, today)
        return {
            text: f"{expected}>{status}"
            for text, expected in labelled
            if (status := status_of(got, text)) != expected
        }


def status_of(got: Mapping[str, str], text: str) -> str:
    """A labelled requirement's status: the item of the same text, else one holding it or held by it
    (the parser may keep or drop a lead-in), else ``unread``."""
    if text in got:
        return got[text]
    return next((s for r, s in got.items() if text in r or r in text), "unread")
