"""British and American spellings of one word, as index terms: "organising" and "organize", "behaviour"
and "behavior", "analysing" and "analyze", "centre" and "center", "catalogue" and "catalog".

Why: a job ad and a résumé are often written on two sides of the Atlantic; the search module folds a
list of common words, and the rest ("organis" vs "organiz") were read as two things, so "Experience
organising meetups" was not shown by "Co-organize a monthly meetup". The variants are only looked up
when the term itself is absent from the content, so a word is never taken for another one: both
spellings must be the same stem but for the regular difference.
"""

from __future__ import annotations

__all__ = ["spelling_variants"]

# (British ending, American ending) of a stem, both ways.
_ENDINGS = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("tr", "ter"), ("ogu", "og"))


def spelling_variants(term: str) -> tuple[str, ...]:
    """The other spellings of the index term ``term`` (none for a short or unrelated word)."""
    if len(term) < 5 or not term.isalpha():
        return ()
    out: list[str] = []
    for uk, us in _ENDINGS:
        if term.endswith(uk) and len(term) - len(uk) >= 3:
            out.append(term[: -len(uk)] + us)
        elif term.endswith(us) and len(term) - len(us) >= 3:
            out.append(term[: -len(us)] + uk)
    return tuple(out)
