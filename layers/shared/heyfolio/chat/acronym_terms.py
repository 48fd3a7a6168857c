"""An acronym the question writes that the portfolio only spells out, read as the portfolio's term.

Why: "clinic dashboard LCP" of a résumé writing "Largest Contentful Paint from 3.8 s to 1.4 s", or "BCM
boot time" of one writing "body control module" (four times): search ranks the passage by the phrase
(``search.acronyms``), but the answerer reads the question as asked, finds a capitalised name the
portfolio never writes, and declines it as a near miss. Search keeps the phrase out of the answer on
purpose: initials alone may spell an unrelated run of words ("CRM" -> "comfortable running
meetings"). A phrase the portfolio uses as a term is no such accident: one it writes as a name
(capitals on every word) or in more than one sentence. Only such a phrase is read as asked, and only
by the weak-evidence fallback, which still wants a sentence close in meaning to the question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.acronyms import asked_acronyms
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex

__all__ = ["as_content_terms"]

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def _a_term(phrase: str, chunks: Sequence[Chunk]) -> bool:
    """Whether the portfolio uses ``phrase`` as a term: written as a name (capitals on every word),
    or in two different sentences."""
    named = re.compile(
        r"\b" + r"[\s-]+".join(re.escape(w.capitalize()) for w in re.split(r"[\s-]+", phrase)) + r"\b"
    )
    loose = re.compile(
        r"\b" + r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", phrase)), re.IGNORECASE
    )
    sentences: set[str] = set()
    for chunk in chunks:
        for sentence in _SENTENCE.split(chunk.text):
            if named.search(sentence):
                return True
            if loose.search(sentence):
                sentences.add(sentence.strip().lstrip("-• ").casefold())
                if len(sentences) > 1:
                    return True
    return False


def as_content_terms(message: str, index: SearchIndex) -> str | None:
    """``message`` with each capitalised acronym the portfolio does not write but uses as a term
    spelled out ("BCM boot time?" -> "body control module boot time?"), or None when none is."""
    said = message
    for acronym in dict.fromkeys(asked_acronyms(message)):
        phrase = index.respell(acronym, acronyms=True)
        if phrase == index.respell(acronym) or not _a_term(phrase.removeprefix(f"{acronym} "), index.chunks):
            continue
        said = re.sub(rf"\b{acronym}(?:e?s)?\b", phrase, said)
    return None if said == message else said
