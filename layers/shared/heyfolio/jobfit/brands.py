"""A brand word written before a generic technology name ("Tailwind CSS", "Chakra UI", "Material UI").

Why: the brand was read as a plain word beside the technology, so an owner who writes CSS was partial for
"Tailwind CSS". Job ads write such products as one name; the generic part (CSS, UI) is what the product
is, not a share of it: a product never named is missing, as any other product is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["brand_before"]

# A capitalised word as brands are written ("Tailwind", "shadcn/ui" aside): an initial capital, then lower.
_BRAND = re.compile(r"[A-Z][a-z][A-Za-z]*")
# Generic names a product adds its brand to: what the product is, not a product of its own ("Apache Kafka"
# is Kafka; "Tailwind CSS" is not CSS).
_GENERIC = frozenset({"css", "ui", "sql", "db", "js"})


def _title_case(text: str, word: str) -> bool:
    """Whether the line capitalises most words ("Strong Modern CSS Skills"), so a capital says nothing:
    counted past the first word and without the word judged."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)[1:] if len(w) > 3 and w != word]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) > 0.5


def brand_before(text: str, word: str, name: Sequence[str]) -> str | None:
    """The product ``word`` + ``name`` when the ask writes a capitalised ``word`` right before the
    technology ``name`` inside a sentence ("experience with Tailwind CSS"), else None. A line's first word
    is capitalised anyway ("Modern CSS"), and so is every word of a title-case line."""
    if (
        len(name) != 1
        or name[0].casefold() not in _GENERIC
        or not _BRAND.fullmatch(word)
        or _title_case(text, word)
    ):
        return None
    body = re.sub(r"^[\s\-*•·–]+", "", text)
    pattern = re.compile(
        r"(?<=[\w,(/] )" + re.escape(word) + r"\s+" + r"\s+".join(map(re.escape, name)) + r"\b"
    )
    if not pattern.search(body):
        return None
    return " ".join([word, *name])
