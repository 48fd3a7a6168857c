"""Questions asking for the list of the owner's employers, answered by the jobs, most recent first.

Why: "which companies has she worked for?", "list his previous employers", "where has she worked?",
"which countries has he worked in?"
ask for every job at once, as a recruiter reads a résumé's experience section top down. A job's
passage rarely says "company" or "employer", so a bag of words ranks the jobs by how often they
happen to say "worked" and leaves the current one out; and the words cannot simply stand for the
jobs everywhere ("saved money for the company", "mentees got jobs" ask something else). The list is
read from the question's form instead, and the jobs come in the résumé's order, newest first.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from heyfolio.search.chunks import Chunk

__all__ = ["asks_clients", "asks_job_list", "job_list"]

# the places of the jobs are asked as a list of them too ("which countries has he worked in?")
_EMPLOYERS = (
    r"(?:compan(?:y|ies)|employers?|jobs|organi[sz]ations|firms|places|clients|customers|countries|cities|"
    r"locations)"
)
_CLIENTS = re.compile(r"\b(?:clients|customers)\b", re.IGNORECASE)
_JOB_LIST = re.compile(
    # "which companies has she worked for?", "what jobs has he had?", "what firms did she work at?"
    rf"\b(?:which|what)\s+(?:other\s+|previous\s+|past\s+|former\s+)?{_EMPLOYERS}\s+(?:has|have|did|does)\s+"
    r"(?:she|he|they|\w+)\s+(?:worked|work|been|held|had|have|served|consulted)\b|"
    # "list her employers", "her previous employers?", "all the companies she worked for"
    rf"\b(?:list|name|all)\s+(?:of\s+)?(?:her|his|their|the)\s+(?:previous\s+|past\s+|former\s+)?{_EMPLOYERS}\b|"
    rf"^\W*(?:her|his|their)\s+(?:previous\s+|past\s+|former\s+)?{_EMPLOYERS}\W*$|"
    # "where has she worked?" and nothing more ("where has she worked on Kafka?" asks something else)
    r"^\W*where\s+(?:has|have|did)\s+(?:she|he|they|\w+)\s+(?:worked|work)\W*$",
    re.IGNORECASE,
)


# A list asked with a superlative ("which company did she stay at longest?") asks for one of them.
_ONE_OF_THEM = re.compile(
    r"\b(?:longest|shortest|most|least|first|last|latest|earliest|biggest|largest|smallest|best|worst|"
    r"oldest|newest|recent|current|now|currently)\b",
    re.IGNORECASE,
)


def asks_job_list(question: str) -> bool:
    """Whether ``question`` asks for the list of the owner's jobs (and not for one of them)."""
    return bool(_JOB_LIST.search(question)) and not _ONE_OF_THEM.search(question)


def asks_clients(question: str) -> bool:
    """Whether a list question (``asks_job_list``) asks for the clients, not every job."""
    return bool(_CLIENTS.search(question))


def job_list(
    chunks: Sequence[Chunk], date: Mapping[int, float], limit: int, among: Sequence[int] | None = None
) -> list[int]:
    """The dated work passages (or those ``among`` them: a consultant's client work), most recent start
    first (the résumé's order), at most ``limit``."""
    pool = range(len(chunks)) if among is None else among
    jobs = [i for i in pool if chunks[i].kind == "work" and i in date]
    return sorted(jobs, key=lambda i: (-date[i], i))[:limit]
