"""What a sentence says together with the heading of the entry it belongs to.

Why: a résumé entry states what a thing is once, in its heading ("Project: pgmirror — Open-source Go tool
that ..."), and its figures in bullets of their own ("About 1,900 GitHub stars"); the bullet alone does
not say the stars are an open-source project's. A figure is read with its entry's heading, never with the
rest of the entry's bullets (each of which is about another thing), and only for what counts the entry
as a whole (stars, downloads, users: ``ENTRY_COUNTS``).
"""

from __future__ import annotations

from heyfolio.jobfit.evidence import Corpus

__all__ = ["ENTRY_COUNTS", "with_heading"]

# What a figure counts of the entry as a whole (its reach), which a bullet states apart from what it is;
# a time or a rate ("15 minutes") is of whatever the bullet itself describes, so it keeps to the bullet.
ENTRY_COUNTS = frozenset(
    [
        "star",
        "download",
        "user",
        "install",
        "contributor",
        "follower",
        "subscriber",
        "customer",
        "visitor",
        "view",
        "rating",
    ]
)


def with_heading(corpus: Corpus, n: int) -> frozenset[str]:
    """The terms of sentence ``n`` and of the first sentence of its passage (the entry's heading)."""
    uri = corpus.sentences[n].uri
    first = next(i for i, s in enumerate(corpus.sentences) if s.uri == uri)
    return corpus.sentences[n].terms | corpus.sentences[first].terms
