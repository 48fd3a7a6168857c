"""A consultant's client engagements among the jobs a ranking question ranks.

Why: an independent consultant's résumé lists client engagements ("Remote (client in Rosario)",
"six-month fixed-price engagement") beside the umbrella of her own one-person firm and the jobs that
were not client work (a university post, a postdoc). "Her longest client engagement?" or "her first
client after academia?" ranks the engagements: the umbrella, dated from the day she went
independent, is the longest and earliest of all, yet it is nobody's engagement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit

__all__ = ["asks_client_work", "client_entries", "is_engagement", "titled_for_clients"]

_CLIENT_Q = re.compile(r"\b(?:clients?|engagements?|contracts?|retainers?|customers?)\b", re.IGNORECASE)
# An entry that says it was work for a client.
_CLIENT_SAID = re.compile(
    r"\bclients?\b|\bcontract(?:ed|or|ors)?\b|\bconsult(?:ant|ing|ancy)\b|\bengagements?\b|\bretain(?:er|ed)\b|"
    r"\bfreelanc\w*",
    re.IGNORECASE,
)
# The owner's own firm: the umbrella of the engagements, not one of them.
_OWN_FIRM = re.compile(
    r"\bmy (?:own |one-person |one person )?(?:consultancy|company|business|firm|practice|studio)\b|\bumbrella\b|"
    r"\bsole trader\b|\bself-employed\b|\bsole proprietor",
    re.IGNORECASE,
)


def asks_client_work(question: str) -> bool:
    """Whether ``question`` is about client work ("her longest client engagement", "first client")."""
    return bool(_CLIENT_Q.search(question))


def is_engagement(chunk: Chunk) -> bool:
    """Whether a passage is a job entry for a client (not the umbrella of the owner's own firm)."""
    return (
        chunk.kind == "work"
        and bool(_CLIENT_SAID.search(f"{chunk.title}\n{chunk.text}"))
        and not _OWN_FIRM.search(chunk.text)
    )


def titled_for_clients(position: str) -> bool:
    """Whether a job's title says it was client work ("Contract Data Engineer", "Data Science
    Consultant"): an intern at a consultancy was the consultancy's employee, not its client's."""
    return bool(_CLIENT_SAID.search(position))


def client_entries(hits: Sequence[Hit]) -> list[Hit]:
    """The job entries of ``hits`` that are client engagements, in their order; ``[]`` when fewer
    than one is (then the jobs are not told apart by clients, and the ranking stands as it is)."""
    return [h for h in hits if is_engagement(h.chunk)]
