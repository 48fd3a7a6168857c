"""Which passages a question nothing answers is shown as its closest matches (each marked weak).

Why: the lexical stage's relevance (a share of the question's worth) and the dense stage's cosine
are on different scales, so choosing the closest passages by the better of the two lets one stage
crowd out the other: a handful of passages sharing a common word of the question pushed out the one
passage close in meaning to a paraphrase ("slow database queries in a web app" -> the N+1 queries
fixed at a job), and MiniLM's usual 0.3-0.4 the one with the question's rarest word. Taking the two
rankings in turn (as reciprocal-rank fusion does) gives each stage its best passages whatever its
scale. A passage less similar than the dense floor only takes a slot nothing else does (the lexical
stage found too little: "moving to Munich?" where no passage names Munich, "shave off the Amazon
hosting costs" -> the AWS bill): it is shown as a closest match, never as the answer, and the floor
still keeps it from displacing a passage with the question's words.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["closest"]


def closest(
    lexical: Sequence[int], dense: Sequence[tuple[int, float]], floor: float, limit: int
) -> list[int]:
    """The first ``limit`` distinct passages of ``lexical`` (best first) and of ``dense`` (``(passage,
    cosine)``, most similar first) at or above ``floor``, taken in turn, the lexical best first; then,
    while slots remain, the ``dense`` passages below the floor."""
    close = [d for d, c in dense if c >= floor]
    out: list[int] = []
    for i in range(max(len(lexical), len(close))):
        for ranking in (lexical, close):
            if i < len(ranking) and ranking[i] not in out:
                out.append(ranking[i])
    out += [d for d, c in dense if c < floor and d not in out]
    return out[:limit]
