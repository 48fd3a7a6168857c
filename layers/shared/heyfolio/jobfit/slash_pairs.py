"""A pair of names joined by a slash ("C/C++", "HTML/CSS"), dated by either name.

Why: "10+ years of embedded C/C++" asks the years of that family of languages; a résumé dates them by
whichever it wrote ("firmware in C", "a C++17 service"), never by the pair as one word, so the years read
as none shown. Whether the pair is shown at all is left to the usual check (both names, or the pair as
written); only the dating splits it. A pair that names one thing (CI/CD, with its own aliases) or whose
halves are no words alone (I/O, A/B) is left whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from heyfolio.search.text import analyze

__all__ = ["pair_parts"]

_LONGEST = 9  # "HTML/CSS", "C/C++", "Go/Rust"; longer words are paths or phrases, not a pair of names


def pair_parts(
    alternatives: Sequence[tuple[str, ...]], aliased: Callable[[str], bool]
) -> list[tuple[str, ...]]:
    """``alternatives`` with each one-word slash pair of names replaced by its two names, in place;
    ``aliased``: whether the pair is a thing of its own (CI/CD), which stays whole."""
    out: list[tuple[str, ...]] = []
    for alt in alternatives:
        parts = alt[0].split("/") if len(alt) == 1 and len(alt[0]) <= _LONGEST else []
        if (
            len(parts) == 2
            and all(p and p[0].isupper() and analyze(p) for p in parts)
            and not aliased(alt[0])
        ):
            out += [(p,) for p in parts]
        else:
            out.append(alt)
    return out
