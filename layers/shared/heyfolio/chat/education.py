"""Questions about the owner's schooling as a whole, answered by the résumé's education entries.

Why: "does she have a doctorate?", "what's her highest level of education?" or "is she enrolled in
any course of study right now?" are answered by the education entries together - which degree is
the highest, which one was discontinued, which one is still in progress - and the entries say so
in their titles and first lines ("Doctoral studies (Dr. rer. nat.), discontinued", "Postgraduate
Certificate (in progress)"). Search ranks them among jobs that share a word ("currently", "course")
and the reply shows one entry, or none. Listing the entries, the latest first, each cited, answers
whichever of them holds the fact. A question about one named thing (which university, who
supervised the thesis, when) is left to search and to the refusals that run before this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.sources import Said
from heyfolio.search.chunks import Chunk

__all__ = ["asks_schooling", "education_reply"]

_ASKS = re.compile(
    r"\b(?:does|did|has|have|is|was)\b.*\b(?:doctorates?|ph\.?\s?ds?|degrees?|master['’]?s|bachelor['’]?s|"
    r"diplomas?|graduated?)\b|"
    r"\bhighest (?:level of )?(?:education|degree|qualification)s?\b|"
    r"\b(?:currently|still|now|right now|at the moment)\b.*\b(?:enrolled|studying|student|study|course)\b|"
    r"\benrolled\b|\bcourse of study\b|\b(?:is|are) (?:she|he|they|\w+) (?:still )?(?:studying|a student)\b|"
    r"\b(?:education(?:al)?|academic|university) (?:background|history|level)\b|\bwhat (?:degrees?|qualifications?)\b",
    re.IGNORECASE,
)
# One named thing asked about, or a span or a count: search and the refusals answer those.
_NOT = re.compile(
    r"\b(?:who|which|where|when|why|how long|how many|supervis\w*|advis[eo]r|thesis|dissertation|gpa|grade)\b|"
    r"\b(?:would|could|will|want|plan(?:s|ning)?|going to)\b|"
    # beyond the entries ("besides Oklahoma, anywhere else?") or about work around them ("her first
    # job after the PhD", "how did she learn to program without a degree?")
    r"\b(?:besides|else|other than|apart from|except|after|before|position|job|role|work\w*|how)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\((\d{4})(?:-(\d{2}))?")
_MAX_ENTRIES = 4
_MAX_DETAIL = 260


def asks_schooling(question: str) -> bool:
    """Whether ``question`` asks about the owner's schooling as a whole (a degree held, the highest
    level, current studies)."""
    return bool(_ASKS.search(question)) and not _NOT.search(question)


def _started(chunk: Chunk) -> tuple[int, int]:
    m = _DATE.search(chunk.title)
    return (int(m.group(1)), int(m.group(2) or 0)) if m else (0, 0)


def _said(chunk: Chunk) -> str:
    """The entry's title and its next two lines (the grade, "Courses covered: ..." naming the
    thesis), trimmed to a sentence."""
    lines = [ln.strip().rstrip(". ") for ln in chunk.text.splitlines()[1:] if ln.strip()]
    detail = "; ".join(lines[:2])
    if len(detail) > _MAX_DETAIL:
        detail = detail[:_MAX_DETAIL].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    said = f"{chunk.title.rstrip('. ')}."
    if detail:
        said += f" {detail}" if detail.endswith("…") else f" {detail}."
    return said


def education_reply(question: str, chunks: Sequence[Chunk]) -> list[Said] | None:
    """The education entries, the latest first, each with its passage, when ``question`` asks about
    the owner's schooling as a whole; None otherwise or when the résumé lists none."""
    if not asks_schooling(question):
        return None
    entries = sorted((c for c in chunks if c.kind == "education"), key=_started, reverse=True)
    if not entries:
        return None
    return [Said(_said(c), c) for c in entries[:_MAX_ENTRIES]]
