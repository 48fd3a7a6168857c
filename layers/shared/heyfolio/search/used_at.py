"""A technology asked of one employer whose entry never names it: "did she use Spark at <employer>?".

Why: a recruiter checks where a skill was used ("did he run Kafka at his last job?"). The technology is
the owner's (a skill, another job's highlight) and the employer is hers, so the employer's entry and the
passages naming the technology rank first and read as a yes, though the entry never says it was used
there. So when the question names a technology the portfolio names and an employer a job of hers is at,
and none of that employer's jobs (nor a project done for it) names the technology or a close relative
of it ("EKS" for Kubernetes), what search found is shown as weak (the closest passages, not an answer).
Read broadly on the stating side: any mention in the entry, its keywords, a related word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.promotion import employer_of
from heyfolio.search.text import analyze, expand

__all__ = ["USED_AT_ASKED", "unused_at"]

# "did she use X at Y?", "has he worked with X at Y?", "any X at Y?": a technology, then the employer
USED_AT_ASKED = re.compile(
    r"(?i:\b(?:did|does|has|have|was|is|were|any)\b.{0,60}?\b(?:at|for|while at|during (?:her|his|their) time at))"
    r" ((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|de|of))*)\s*\??$"
)
_RELATED = 0.5  # a relative this close is the technology in other words ("EKS" of Kubernetes)
_FOR = re.compile(r"^For ([^;\n]+)", re.MULTILINE)  # a project's client: "For Acme; type: application"


def _related(term: str) -> set[str]:
    return {term} | {t for t, w in expand(term) if w >= _RELATED and not t.startswith("kind:")}


def unused_at(
    message: str, chunks: Sequence[Chunk], technology: Callable[[str], bool], owner: Sequence[str] = ()
) -> tuple[str, str] | None:
    """``(technology, employer)`` when ``message`` asks whether the owner used a technology the
    portfolio names at an employer one of her jobs is at, and none of that employer's jobs or projects
    names it or a close relative; else None. ``technology``: whether an index term names a technology
    (a skill keyword, a well-known name)."""
    m = USED_AT_ASKED.search(message)
    if m is None:
        return None
    org = set(analyze(m.group(1))) - {t for w in owner for t in analyze(w)}
    if not org:
        return None
    # the question's own words first: most questions shaped so ("what was his salary at <employer>?")
    # name no technology, and reading every job's employer is a pass over the passages (~10 ms at 10k)
    asked = [t for t in dict.fromkeys(analyze(message[: m.start(1)])) if technology(t) and t not in org]
    if not asked:
        return None
    jobs = [c for c in chunks if (e := employer_of(c)) is not None and org <= set(analyze(e))]
    if not jobs:
        return None  # an employer no job is at: ``unlisted_employer``'s
    jobs += [
        c
        for c in chunks
        if c.kind == "resume_project" and any(org <= set(analyze(f)) for f in _FOR.findall(c.text))
    ]
    said: set[str] = set()
    for c in jobs:
        said |= set(analyze(f"{c.title}\n{c.text}\n{' '.join(c.keywords)}"))
    everywhere = {t for c in chunks for t in analyze(f"{c.title}\n{c.text}\n{' '.join(c.keywords)}")}
    for term in asked:
        if not (_related(term) & everywhere):
            return None  # a technology the portfolio never names: another check's
        if _related(term) & said:
            return None
    return asked[0], m.group(1)
