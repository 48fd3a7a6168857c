"""Asks met on paper by a weaker form of the thing: the checks that hold a match at partial.

Why one place: each is a reading of how résumés state less than an ad asks (a team served not led, an
area without the product bracketed, study under way, a practice's words apart); the assessor calls them
together once a requirement would be met.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from heyfolio.jobfit.bracketed import bracketed_not_written
from heyfolio.jobfit.evidence import Corpus
from heyfolio.jobfit.in_progress import learning_asked, only_in_progress
from heyfolio.jobfit.practice import practice_apart
from heyfolio.jobfit.team_kind import team_kind_not_led
from heyfolio.jobfit.terms import Unit
from heyfolio.search.text import analyze

__all__ = ["weaker_form"]


def _everywhere(u: Unit, ns: Sequence[int], corpus: Corpus) -> list[int]:
    """The sentences showing a unit: those credited, and every one that writes one of its alternatives."""
    out = set(ns)
    for alt in u.alternatives:
        terms = frozenset(analyze(" ".join(alt)))
        if terms:
            out |= {n for n, s in enumerate(corpus.sentences) if terms <= s.terms}
    return sorted(out)


def weaker_form(
    text: str,
    shown: Sequence[tuple[Unit, Sequence[int]]],
    corpus: Corpus,
    credit: Callable[[str], Sequence[int]],
) -> tuple[str, str] | None:
    """The status and why, for a requirement met word for word but shown only in a weaker form; else None (``shown``: each unit with
    the sentences showing it; ``credit``: the sentences showing an index term)."""
    if team := team_kind_not_led(text, corpus, credit):
        return "partial", team
    if product := bracketed_not_written(text, corpus.sentences):
        return "partial", f"{product} is not named in the portfolio"
    everywhere = [_everywhere(u, ns, corpus) for u, ns in shown]
    if not learning_asked(text) and only_in_progress(everywhere, corpus.sentences):
        return "partial", "shown only by study still in progress"
    if apart := practice_apart(text, shown):
        return "partial", apart
    return None
