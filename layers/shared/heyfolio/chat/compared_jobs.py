"""The two jobs a comparing question sets side by side, each named or described: "which came first,
the port authority job or the freight start-up?".

Why: a visitor who read the résumé once names a job by what the employer is ("the freight start-up",
"the port authority job") as often as by its name. Search ranks the passages sharing the most words,
so the comparison weighed whichever two dated entries came first - two jobs neither side named. A
side is the clause around "or" / "vs" / "than" (up to a comma, colon or dash); it names a job by a
word of its employer's name, by its role, or describes it by two words or more of the entry's own
header (its title, the employer's description and its summary line) that no other job says as often,
by two words its header says side by side and no other job's does ("the software company"), or by
a clipped word only one header opens a word with ("the co-op job": "Co-operative").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise

from heyfolio.chat.employer_tenure import employers_named
from heyfolio.chat.named_roles import named_roles
from heyfolio.chat.ranking import compared_sides
from heyfolio.search.alternatives import entry_header
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["jobs_compared"]

_KINDS = ("work", "volunteer")
# Words that say a job is meant (any entry is one), not which job
_GENERIC = frozenset(
    analyze(
        "job jobs role roles position stint time work worked working gig company employer place firm "
        "her his their one first earlier later before after longer shorter which came spent"
    )
)
_DESCRIBED = 2  # words of a description an entry must say (one word alone names a skill, a place)
_CLIPPED = 4  # letters a clipped word keeps at least ("co-op", "uni"'s three would open too much)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _header_terms(chunk: Chunk) -> list[str]:
    """The terms of what a job entry says it is, in order: its title and the lines before its highlights."""
    return analyze(f"{chunk.title}\n{entry_header(chunk.text)}")


def _header(chunk: Chunk) -> frozenset[str]:
    """The terms of what a job entry says it is: its title and the lines before its highlights."""
    return frozenset(_header_terms(chunk))


def _folded_words(text: str) -> set[str]:
    """The words of ``text`` as letters only: casefolded, accents and hyphens off ("Coöperatie",
    "co-operative" -> "cooperatie", "cooperative")."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return {w.replace("-", "") for w in _WORD.findall(plain)}


def _only(found: Sequence[bool], jobs: Sequence[Chunk]) -> Chunk | None:
    """The one job of ``jobs`` whose ``found`` is true, else None."""
    which = [job for job, hit in zip(jobs, found, strict=True) if hit]
    return which[0] if len(which) == 1 else None


def _phrased(side: str, jobs: Sequence[Chunk]) -> Chunk | None:
    """The one job whose header says two words of ``side`` side by side ("the software company": the
    employer "Software company selling ..."), the generic word of a job included; None else."""
    terms = analyze(side)
    pairs = {(a, b) for a, b in pairwise(terms) if not (a in _GENERIC and b in _GENERIC)}
    if not pairs:
        return None
    said = [_header_terms(job) for job in jobs]
    return _only([bool(pairs & set(pairwise(h))) for h in said], jobs)


def _clipped(side: str, jobs: Sequence[Chunk]) -> Chunk | None:
    """The one job whose header opens a word with a clipped word of ``side`` that no header writes
    whole ("the co-op job": "Farmers' co-operative"); None else."""
    headers = [_folded_words(f"{job.title}\n{entry_header(job.text)}") for job in jobs]
    every = set().union(*headers)
    for word in _folded_words(side) - every:
        if len(word) < _CLIPPED:
            continue
        job = _only([any(w.startswith(word) for w in header) for header in headers], jobs)
        if job is not None:
            return job
    return None


def _side(side: str, jobs: Sequence[Chunk]) -> Chunk | None:
    """The one job ``side`` names by employer or role, or describes; None when it is not one job."""
    for naming in (employers_named, named_roles):
        named = naming(jobs, side)
        if len(named) == 1:
            return named[0]
        if named:
            return None
    words = [t for t in dict.fromkeys(analyze(side)) if t not in _GENERIC]
    said = sorted(((sum(t in _header(c) for t in words), i) for i, c in enumerate(jobs)), reverse=True)
    if not said or said[0][0] < _DESCRIBED or (len(said) > 1 and said[1][0] == said[0][0]):
        return _phrased(side, jobs) or _clipped(side, jobs)
    return jobs[said[0][1]]


def jobs_compared(chunks: Sequence[Chunk], question: str) -> list[Chunk]:
    """The two job entries (one passage each, in the question's order) the two sides of a comparing
    ``question`` name or describe; ``[]`` unless each side is a different job."""
    asked = compared_sides(question)
    if asked is None:
        return []
    before, after = asked
    jobs = [c for c in chunks if c.kind in _KINDS and "#" not in c.id.removeprefix("profile#")]
    sides = [_side(before, jobs), _side(after, jobs)]
    if sides[0] is None or sides[1] is None or sides[0].id == sides[1].id:
        return []
    return [sides[0], sides[1]]
