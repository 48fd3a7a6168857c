"""A question word contracted with "did" ("how'd she get into tech?") read as the two words.

Why: chat questions contract the auxiliary onto the question word ("how'd", "where'd", "what'd"), and
the tokenizer reads that as the question word plus a lone "d": the question's cue ("how did she get
into ...", "where did she study") is lost, and with it the reading that answers it. Before a subject
("she", "he", "they", "you", a name) such a contraction is "did" in written English far more often
than "would", so it is written out as "did".
"""

from __future__ import annotations

import re

__all__ = ["without_contractions"]

_DID = re.compile(r"\b(how|where|what|when|why|who|which)['’]d(?=\s+[^\W\d_])", re.IGNORECASE)


def without_contractions(question: str) -> str:
    """``question`` with a question word contracted with "did" written out ("how'd she" -> "how did she")."""
    if "'d" not in question and "’d" not in question:
        return question
    return _DID.sub(r"\1 did", question)
