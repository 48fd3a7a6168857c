"""Words whose ending says they name a thing, whatever a qualifier's ending they share.

"-ent" ends qualifiers ("resilient", "efficient"), but "-ment" ends nouns ("department", "deployment",
"payment"): in "the engineering department budget" the department says which budget, so a budget shown
elsewhere is another kind of budget.
"""

from __future__ import annotations

import re

__all__ = ["noun_by_suffix"]

_NOUN_SUFFIX = re.compile(r"[a-z]{3,}ments?$")


def noun_by_suffix(word: str) -> bool:
    """Whether ``word`` (casefolded) ends like a noun ("department", "environments")."""
    return bool(_NOUN_SUFFIX.search(word.rsplit("-", 1)[-1]))
