"""The section of a project write-up or a post that a "why", "how did it turn out" or "how does it
work" question asks for.

Why: a portfolio's write-ups are cut into sections under headings ("Why", "How it works",
"Architecture", "Hardware", "Software"), and the heading is what answers "why did she build the
e-ink sign?" or "how does shoal stay fast?": the section's own words are the reasons or the design
("glanceable", "a Web Worker parses ..."), which share nothing with the question. Ranking finds the
write-up (its name, its summary); the section the question's form asks for is then brought in right
after it, as the second hop of the question. Only sections of an entry the results already show are
brought in, so a question nothing answers is not answered by this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["asked_section", "section_heads", "sections_of"]

# Asking for the reasons behind a thing: "why did she build X?", "what problem does X solve?",
# "what was the motivation for X?", "why X?" (a bare "why" opening a question about a thing).
_WHY = re.compile(
    r"\bwhy (?:did|does|do|was|is|would|were) (?:she|he|they|\w+) (?:build|make|create|write|start|develop|"
    r"design|begin|bother|need|want)\w*\b|^\s*why\b(?! (?:did|does|do|was|is|would|were|should|has|have|"
    r"hire|her|him|them|not)\b)|\b(?:motivation|what problems?|reasons?|rationale)\b.*\b(?:solve[sd]?|for|behind|"
    r"of|build\w*|mak\w*|writ\w*|start\w*)\b|\bmotivat\w+\b|"
    # what set the owner off: "what made her write X?", "what led him to build X?", "what inspired X?",
    # "the story behind X", "how did X come about?"
    r"\bwhat (?:\w+ )?(?:made|led|got|prompted|drove|inspired|pushed|caused) (?:her|him|them|\w+) (?:to )?(?:build|make|"
    r"create|write|start|develop|design)\w*\b|\bwhat inspired\b|\b(?:inspiration|origins?|story) (?:for|of|"
    r"behind)\b|\bhow did (?!(?:she|he|they|you|we|i)\b)(?:\S+ ){1,3}(?:come about|come to be|get started)\b",
    re.IGNORECASE,
)
# Asking how a thing works inside: "how does X work?", "how is X built?", "X's architecture?",
# "under the hood", "how does shoal stay fast?".
_HOW = re.compile(
    r"\bhow (?:does|do|did|is|was|are|were) (?:\S+ ){1,4}?(?:work|built|made|designed|implemented|structured|"
    r"architected|stay|keep|get|manage|achieve|handle|scale)\w*\b|\barchitecture\b|\bunder the hood\b|"
    r"\binternals\b|\bhow it works\b",
    re.IGNORECASE,
)
# Asking what a thing achieved: "how did X turn out?", "was X a success?", "did X actually help?", "what
# came of X?", "the impact of X" (a thing, not the owner: "did she help with hiring?" asks about her).
_THING = r"(?!(?:she|he|they|you|i|we|her|his|their)\b)(?:\S+ ){1,4}?"
_RESULT = re.compile(
    rf"\bhow did {_THING}(?:turn out|work out|pan out|go|perform|land)\b|\bwas {_THING}(?:a )?success(?:ful)?\b|"
    rf"\bdid {_THING}(?:actually |really |ever )?(?:help|work|pay off|succeed|make a difference)\b|"
    r"\bwhat (?:came|has come|come) (?:out )?of\b|\b(?:impact|outcomes?|results?|payoff) (?:of|from)\b|"
    r"\bwhat (?:impact|difference|results?|outcomes?) (?:did|has|have|does)\b",
    re.IGNORECASE,
)
# Section headings (the part of an id after "#") by what they answer.
_WHY_HEADS = ("why", "motivation", "background", "the-problem", "problem", "context")
_HOW_HEADS = (
    "how-it-works",
    "architecture",
    "design",
    "approach",
    "implementation",
    "internals",
    "software",
    "hardware",
    "how-we-built-it",
    "under-the-hood",
)
_RESULT_HEADS = ("results", "impact", "outcome", "outcomes")
# Fragments one of which each cue holds: most questions hold none (a substring check is cheaper).
_WHY_FRAGMENTS = (
    "why",
    "motivat",
    "problem",
    "reason",
    "rationale",
    "what ",
    "origin",
    "story",
    "inspir",
    "come",
)
_HOW_FRAGMENTS = ("how", "architecture", "hood", "internals")
_RESULT_FRAGMENTS = (
    "how did",
    "success",
    "did ",
    "came",
    "come",
    "impact",
    "outcome",
    "result",
    "payoff",
    "difference",
)
_MAX_SECTIONS = 2  # at most this many sections come in (a board's hardware and software)


def asked_section(question: str) -> tuple[str, ...] | None:
    """The headings of the section the question's form asks for, best first, or None."""
    folded = question.casefold()
    if any(w in folded for w in _WHY_FRAGMENTS) and _WHY.search(question):
        return _WHY_HEADS
    if any(w in folded for w in _RESULT_FRAGMENTS) and _RESULT.search(question):
        return _RESULT_HEADS
    if any(w in folded for w in _HOW_FRAGMENTS) and _HOW.search(question):
        return _HOW_HEADS
    return None


def section_heads(chunks: Sequence[Chunk]) -> dict[str, list[tuple[int, str]]]:
    """A write-up's or post's address -> its sections as ``(passage, heading)``, in order: built once."""
    out: dict[str, list[tuple[int, str]]] = {}
    for i, c in enumerate(chunks):
        head, sep, slug = c.uri.partition("#")
        if sep and head.startswith(("portfolio://projects/", "portfolio://posts/")):
            out.setdefault(head, []).append((i, slug))
    return out


def sections_of(sections: Sequence[tuple[int, str]], heads: tuple[str, ...]) -> list[int]:
    """The sections whose heading is one of ``heads`` (or opens with one: "why-it-is-archived"), the
    exact headings first, in the order ``heads`` gives them."""

    def rank(slug: str) -> tuple[int, int] | None:
        for n, h in enumerate(heads):
            if slug == h:
                return (0, n)
        for n, h in enumerate(heads):
            if slug.startswith(h + "-"):
                return (1, n)
        return None

    found = [(r, i) for i, slug in sections if (r := rank(slug)) is not None]
    return [i for _, i in sorted(found)][:_MAX_SECTIONS]
