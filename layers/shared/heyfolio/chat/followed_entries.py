"""The résumé entry a passage names, when the question goes on to ask about it ("... and where is
that client based?").

Why: a question of two hops describes one thing by another ("which engagement did flowlint grow
out of, and where is that client based?"): search finds the first passage (the project, which
says "grew out of the Nordlys engagement"), and the second hop's answer is in the entry the
passage names - a job the question never names, so no search for its words ranks it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.chat.named_entries import entry_org, named_entries
from heyfolio.search.chunks import Chunk

__all__ = ["asks_onward", "followed_entries"]

# The question refers back to an organisation its first part led to: "that client", "the same
# company", "there", "at that company".
_ONWARD = re.compile(
    r"\b(?:that|this|the same|said) (?:client|customer|company|employer|firm|start-?up|business|organi[sz]ation|"
    r"lab|agency|bank|team|place|job|engagement)\b|\b(?:work(?:ed|ing)?|did (?:she|he|they)\b.*\bdo|role|title|"
    r"job) there\b|\bthere\b(?=[^?]*\?\s*$)",
    re.IGNORECASE,
)


def asks_onward(question: str) -> bool:
    """Whether ``question`` refers back to an organisation found on the way ("... at that company?")."""
    return bool(_ONWARD.search(question))


def followed_entries(question: str, shown: Sequence[Chunk], chunks: Sequence[Chunk]) -> list[Chunk]:
    """The job, volunteering or school entries the first passage shown names by organisation and
    that are not shown, when the question refers back to one and names none itself; else []."""
    if not shown or not asks_onward(question) or named_entries(question, chunks):
        return []
    first = shown[0]
    ids = {c.id for c in shown}
    own = entry_org(first)  # the first passage's own organisation is no hop onward
    named = named_entries(f"{first.title}\n{first.text}", chunks, strict=True)
    return [c for c in named if c.id not in ids and c.id != first.id and (not own or entry_org(c) != own)][:1]
