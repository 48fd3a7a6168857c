"""A figure asked of an entry the question describes instead of naming ("how many stars does the Go
operator have?") is answered by the passage of that entry stating it.

Why: a project written up as a page is cut into passages (its summary, "Why", "Architecture",
"Results"), and its figures sit in one of them, usually "Results". A question naming the project
finds that passage by the name; one describing it ("the Go operator", "her Postgres schema tool")
finds the passages that describe it (the summary, the architecture) and, for the figure, the
"Results" of other projects, which state the same kind of figure of something else. The entry the
question is about is the one most of the passages found belong to, so its own passage stating the
figure answers, and the other entries' figures do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.counts import asked_count, states_count
from heyfolio.search.figures import asked_measure, states_measure
from heyfolio.search.text import fold

__all__ = ["EntryKey", "described_entry", "described_page", "entry_key", "figure_check"]

EntryKey = str
# passages that belong to one entry written in several passages (a write-up, a post, the résumé's
# line for the same project)
_ENTRY_KINDS = frozenset(("project", "resume_project", "post"))
_PAGE_PREFIXES = ("portfolio://projects/", "portfolio://posts/")
_MIN_HITS = 2  # one passage of an entry among the results does not make the question about it


def entry_key(chunk: Chunk) -> EntryKey | None:
    """The entry ``chunk`` is a passage of, by its title's name ("ebbflow — Results" and the résumé's
    "ebbflow (2019-04)" are one entry), or None for a passage of another kind."""
    if chunk.kind not in _ENTRY_KINDS:
        return None
    name = fold(chunk.title.split(" — ")[0].split(" (")[0].strip())
    return name or None


def described_entry(found: Sequence[Chunk]) -> EntryKey | None:
    """The entry most of ``found`` belong to: at least two of them, and more than to any other."""
    counts = Counter(k for k in map(entry_key, found) if k is not None)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _MIN_HITS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def described_page(uris: Sequence[str]) -> str | None:
    """The write-up or post (its address without the section) most of ``uris`` are sections of: at
    least two of them, and more than of any other."""
    pages = Counter(
        head for head, _, _ in (u.partition("#") for u in uris) if head.startswith(_PAGE_PREFIXES)
    )
    ranked = pages.most_common(2)
    if not ranked or ranked[0][1] < _MIN_HITS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def figure_check(question: str) -> Callable[[Sequence[str]], bool] | None:
    """Whether passages state the figure the question asks ("how many stars": a number before
    "stars"), as a test of their texts; None when the question asks no figure."""
    thing = asked_count(question)
    if thing is not None:
        return lambda texts: states_count(texts, thing)
    measure = asked_measure(question)
    if measure is not None:
        return lambda texts: states_measure(texts, measure)
    return None
