"""How much a job wants a thing, said after it: framing, not a thing to show.

Why: ads close an ask on how much it weighs ("Terraform experience is mandatory", "Fluent German is an
advantage", "SQL is crucial for this role", "A driving licence is necessary"). Read as part of what is asked,
the weight word ("mandatory", "advantage", "crucial") is a thing the résumé never shows, and a met requirement
reads as partial. The thing asked is the rest. ("is required", "is a plus", "is essential" were already read
as weight; "is expected" is left as it is: measured, it lifted as many asks wrongly as rightly.)
"""

from __future__ import annotations

import re

__all__ = ["without_weight"]

_WEIGHT_WORDS = (
    "mandatory|necessary|compulsory|obligatory|crucial|vital|important|prerequisite|advantage|advantageous|"
    "asset|beneficial|valued|desired"
)
# "... is mandatory", "... would be a big advantage", "... is highly valued for this role."
_TRAILING = re.compile(
    r"\s+(?:is|are|would\s+be|will\s+be|['’]d\s+be|['’]s)\s+"
    r"(?:(?:considered|seen\s+as|regarded\s+as|highly|very|really|especially|particularly|also|absolutely|"
    r"strongly|definitely|an?|big|strong|huge|real|great|definite|distinct|clear|key)\s+)*"
    rf"(?:{_WEIGHT_WORDS})"
    r"(?:\s+(?:for|in|on)\s+(?:this|the|our)\s+(?:role|position|job|team|opening))?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def without_weight(text: str) -> str:
    """``text`` without the closing words saying how much the job wants what it asks; unchanged when
    nothing of the ask would be left."""
    bare = _TRAILING.sub("", text.strip())
    if bare == text.strip() or not re.search(r"\w", bare):
        return text
    return bare
