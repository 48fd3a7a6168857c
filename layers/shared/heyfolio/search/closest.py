"""What fills the slots a weakly answered question's closest matches leave: passages faintly similar.

Why: when no passage answers a question well, search still shows its closest passages, marked weak
("closest match"): the lexical stage's candidates and the passages at least as similar in meaning as
the dense floor. A question whose words the portfolio does not use ("would she move to Munich?" where
no passage names Munich; "shave off the Amazon hosting costs" where the job says "cut the AWS bill")
has few or none of either, and got one closest match or nothing, though the passage that answers was
the one most similar in meaning, only below the floor. The floor still keeps such a passage from
displacing one with the question's words: it only takes a slot nothing else does, and it is shown as
a closest match, never as the answer.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["leftover"]


def leftover(
    chosen: Sequence[int], dense: Sequence[tuple[int, float]], floor: float, limit: int
) -> list[tuple[int, float]]:
    """The ``dense`` passages (``(passage, cosine)``, most similar first) below ``floor`` and not
    ``chosen``, as many as the ``limit - len(chosen)`` slots left over."""
    room = limit - len(chosen)
    if room <= 0:
        return []
    return [(d, c) for d, c in dense if c < floor and d not in chosen][:room]
