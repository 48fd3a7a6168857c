"""A technology's own name the content never writes, in a JSON skill ("Azure Machine Learning") or heading a
named product in a posting's line.

Why: such a name is partly credited through its plain words ("Machine Learning" of Azure Machine
Learning) or a related thing of the vocabulary, which read as "only related to" it, partial. When the
name holds a technology's own name and the owner never writes it, the skill is one the owner lacks, and
keywords the owner has beside it are padding: a technology never named is missing. Fields and kinds
("Database Management", "Deep learning", "FinOps") carry no such name and stay related evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.tech_names import TECHNOLOGY_NAMES

__all__ = ["unwritten_technology"]

_WORD = re.compile(r"[A-Za-z][\w.+#-]*")


def _technology(word: str) -> bool:
    """A technology's own name, as known. Why only known ones: a dotted name ("Node.js") is read as related
    to its language by labelled sets as often as not."""
    return word.casefold().rstrip(".") in TECHNOLOGY_NAMES


def _written(word: str, texts: Sequence[str]) -> bool:
    """Whether the content writes ``word``, or the name before its dot ("Node" of "Node.js"), as a word."""
    forms = {word, word.split(".")[0]} - {""}
    return any(
        re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text, re.IGNORECASE)
        for form in forms
        for text in texts
    )


def unwritten_technology(name: str, texts: Sequence[str]) -> str | None:
    """The first word of the skill ``name`` that is a technology's own name written nowhere in the
    content's ``texts``, or None."""
    for word in _WORD.findall(name):
        if word[:1].isupper() and _technology(word) and not _written(word, texts):
            return word
    return None
