"""The résumé entries a question names by their organisation ("at Kestrel or as a freelancer?").

Why: a question naming two employers or schools asks about each of them ("did she do more pentests
at Kestrel or freelance?", "compare her time at A and B"), and search, weighing the question as a
whole, may rank only one of them: each entry named is evidence the reply must show.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.patterns import compiled
from heyfolio.search.text import analyze

__all__ = ["ORG_GENERIC", "entry_org", "named_entries", "names_in"]

_ENTRY_KINDS = ("work", "volunteer", "education")
_ENTRY_ORG = re.compile(r" at (.+?) \((?:19|20)\d\d")
# words of an organisation's name that do not name it alone ("Delft University of Technology")
ORG_GENERIC = frozenset(
    {"university", "college", "school", "institute", "technology", "labs", "group", "company", "project"}
    | {"open-source", "analytics", "payments", "systems", "software", "solutions", "technologies", "services"}
)


def names_in(name: str, question: str) -> bool:
    """Whether ``question`` says ``name`` as a whole word (any case)."""
    return bool(compiled(rf"(?<![\w+#-]){re.escape(name.casefold())}(?![\w+#-])").search(question.casefold()))


def entry_org(chunk: Chunk) -> str:
    """The organisation of a job, volunteering or school entry, from its title ("... at Pied Piper (2014-")."""
    m = _ENTRY_ORG.search(chunk.title)
    return m.group(1) if m else ""


def named_entries(message: str, chunks: Sequence[Chunk], *, strict: bool = False) -> list[Chunk]:
    """The job, volunteering and school entries ``message`` names by their organisation - its whole
    name, or a distinctive word of it longer than four letters (``strict``: only its first word,
    for a text that is not a question: "in Montréal" does not name "CocoaHeads Montréal") - in
    résumé order."""
    asked = set(analyze(message))
    out = []
    for chunk in chunks:
        if chunk.kind not in _ENTRY_KINDS:
            continue
        org = entry_org(chunk)
        plain = re.sub(r"\s*\(.*?\)", "", org).strip()
        words = plain.split()[:1] if strict else plain.split()
        names = {org, plain, *(w for w in words if len(w) > 4 and w.casefold() not in ORG_GENERIC)}
        # a one-word name may be said as a person ("Freelance" / "as a freelancer")
        said = " " not in plain and bool(plain) and set(analyze(plain)) <= asked and bool(analyze(plain))
        if said or any(len(n) > 2 and names_in(n, message) for n in names):
            out.append(chunk)
    return out
