"""A consultant's clients among the work entries: "which client has she worked with the longest?".

Why: a freelancer's résumé lists client engagements next to the umbrella of their own practice
("Independent Consultant at Garmendia Consulting, 2017 – present") and next to jobs that were not for
clients (a part-time lectureship, a postdoc). Ranked with them, the umbrella is always the longest and
the oldest, yet it is the owner's own business, not a client. A question that ranks clients,
engagements or contracts is answered among the entries a title marks as client work (a contract, a
consultancy, a freelance engagement), leaving out an employer that bears the owner's own name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.promotion import employer_of
from heyfolio.search.text import analyze

__all__ = ["asks_clients", "client_entries"]

_CLIENTS = re.compile(r"\b(?:clients?|engagements?|contracts?|customers?|gigs?)\b", re.IGNORECASE)
_CLIENT_WORK = re.compile(
    r"\b(?:contract\w*|consult\w*|freelanc\w*|clients?|retain\w*|engagements?|interim)\b", re.IGNORECASE
)


def asks_clients(question: str) -> bool:
    """Whether the question ranks the owner's clients, engagements or contracts."""
    return bool(_CLIENTS.search(question))


def client_entries(chunks: Sequence[Chunk], owner: frozenset[str]) -> list[int]:
    """The work passages whose title marks client work, except an employer named after the owner
    (``owner``: the analysed words of the owner's name)."""
    out = []
    for i, c in enumerate(chunks):
        employer = employer_of(c)
        if employer is None or not _CLIENT_WORK.search(c.title):
            continue
        if owner & frozenset(analyze(employer)):
            continue  # the owner's own practice: the umbrella of the clients, not one of them
        out.append(i)
    return out
