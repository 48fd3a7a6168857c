"""A question asking which of her entries of one kind answers to another entry it describes: the kind asked.

Why: "which of her packages is written in her expert-level language?", "which of her tools tackles the
same attack class as her award-winning talk?" name the entry they ask for only through another one (a
skill, an award). The words of the question find that other entry (the bridge); the entry asked for
shares none of the question's words, only the bridge's ("R", "SSRF"), so it ranks nowhere. Search reads
the kind asked here and takes the second hop itself (``SearchIndex._bridged``).
"""

from __future__ import annotations

import re

__all__ = ["asked_entry_kinds"]

# "which of her (open-source) projects", "which one of his talks": the entries a question picks among
_WHICH_RE = re.compile(r"\bwhich\s+(?:one\s+)?of\s+(?:her|his|their|the)((?:\s+[\w-]+){1,3})", re.IGNORECASE)
# the passages' kinds each noun of a kind of entry stands for
_KINDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("projects", "tools", "packages", "libraries", "repos", "repositories", "apps"),
        ("project", "resume_project"),
    ),
    **dict.fromkeys(("talks", "papers", "publications", "articles"), ("publication",)),
    **dict.fromkeys(("jobs", "roles", "employers", "positions"), ("work",)),
}


def asked_entry_kinds(question: str) -> tuple[str, ...]:
    """The passage kinds of the entries ``question`` picks among ("which of her packages ..." ->
    projects), or () when it picks among none."""
    m = _WHICH_RE.search(question)
    words = m.group(1).casefold().split() if m else []
    return next((_KINDS[w] for w in words if w in _KINDS), ())
