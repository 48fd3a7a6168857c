"""The parts of a compound question ("by whom, and what did she change there afterwards?").

Why: a recruiter often asks two things at once, and the sentences that share the most words with
the whole question may all answer its first part - the second part's answer, a sentence of the
same passage, is left out. Each part read on its own names the sentence that answers it; and
search reads a fact asked of an entry in the part that asks it ("which bank acquired X, and what did
she build there against SSRF?" asks no acquirer of the SSRF project).
"""

from __future__ import annotations

import re
from functools import lru_cache

from heyfolio.search.text import analyze

__all__ = ["question_clauses"]

# Where one question ends and the next begins: ", and what ...", " - how many ...", "; when ...",
# "...? And ...", " and where ..." (a question word after "and"), " also, does ..." (after "also").
_CLAUSE_BREAK = re.compile(
    r",\s*(?:and|but|or)\s+|\s+[-–—]\s+|;\s*|\?\s+(?=\S)|"
    r"\s+and\s+(?=(?:what|which|when|where|who|whom|whose|how|why|did|does|do|is|was|were|has|had|can|"
    r"would|could|will)\s+(?:she|he|they)\b|(?:what|which|when|where|who|whom|whose|how|why|did|does|do|is|"
    r"was|were|has|had|can)\b)|"
    # typed without a question mark: "whats his notice period also, does he speak french", "which languages
    # does she speak + where did she study", "notice period + would he relocate?" (a plus or ampersand joins two
    # questions only before a question word: "c + c++" and "R&D" stay one)
    r",?\s+(?:also|plus|\+|&),?\s+(?=(?:what|what's|whats|which|when|where|who|how|why|did|does|do|is|are|was|were|"
    r"has|have|had|can|could|would|any)\b)",
    re.IGNORECASE,
)


def question_clauses(question: str) -> list[str]:
    """The parts of ``question`` that each ask something (two or more), else [] for a simple one."""
    return list(_clauses(question))


@lru_cache(maxsize=256)
def _clauses(question: str) -> tuple[str, ...]:
    """``question_clauses``, kept for the questions just asked: one search reads a question's parts
    twice (each part's best passage, the attribute a part asks) and the offline answer again."""
    parts = [p.strip(" ,?") for p in _CLAUSE_BREAK.split(question)]
    parts = [p for p in parts if analyze(p)]
    return tuple(parts) if len(parts) >= 2 else ()
