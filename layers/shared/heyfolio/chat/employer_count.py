"""How many companies (jobs, internships) the owner has had, counted from the résumé's work entries.

Why a field reader: "how many companies has she worked for?" is answered by no sentence - each job
entry names one employer, and none says how many there are. Search finds a few of the jobs, or a
sentence counting something else ("at least 12 companies use it"). The work entries, each employer
once with the roles held there, are the count. A question scoped to one employer ("how many roles
has he had at Frachtwerk?") counts its entries; one about internships counts the intern positions.
Asked for the list ("which companies has she worked for?", "where has he worked?"), the same entries
answer: search would show the three jobs ranked highest and leave the rest out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from heyfolio.chat.client_work import is_engagement, titled_for_clients
from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume, Work
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["employers_reply"]

# "how many companies has she worked for?", "how many jobs has he had?", "how many places has she
# interned at?": the thing counted, then a verb of holding a job (not "founded", "use", "moved").
_COUNT_Q = re.compile(
    r"\bhow many (?:different |other |previous |past |full[- ]time |tech |software )?"
    r"(?P<noun>companies|company|employers|firms|organi[sz]ations|workplaces|places|jobs|roles|positions|"
    r"internships)\b(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
# "which companies has she worked for?", "list her employers", "where has he worked?": the employers
# listed rather than counted - the same entries, each once.
_LIST_Q = re.compile(
    r"\b(?:which|what) (?:other |previous |past |different |tech |software )?"
    r"(?P<noun>companies|employers|firms|organi[sz]ations|workplaces)\b(?P<rest>.*)|"
    r"\blist (?:all )?(?:of )?(?:her|his|their|\w+'s) (?:past |previous |former )?(?P<noun2>employers|companies|jobs)\b"
    r"(?P<rest2>\W*)$|"
    r"\bwhere (?:else )?(?:has|have|did) (?:she|he|they|\w+) (?P<rest3>work(?:ed)?)(?: so far| before)?\W*$",
    re.IGNORECASE | re.DOTALL,
)
# "who are her clients?", "which clients has he worked with?": a consultant's engagements listed.
_CLIENTS_Q = re.compile(
    r"\bwho (?:are|were|have been) (?:her|his|their|\w+'s) (?:main |past |previous |biggest |key |recent )?"
    r"clients\b|\b(?:which|what) (?:other )?clients\b(?! (?:use|used|run|adopted)\b)|"
    r"\blist (?:all )?(?:of )?(?:her|his|their|\w+'s) (?:past |previous )?clients\b",
    re.IGNORECASE,
)
_HELD = re.compile(
    r"\b(?:work(?:ed|s|ing)?|had|held|been|interned|employed|changed|switched|joined|gone through|"
    r"hired|on (?:her|his|their|the) (?:resume|résumé|cv))\b|^\W*$",
    re.IGNORECASE,
)
_INTERN = re.compile(r"\bintern(?:ed|s|ships?)?\b", re.IGNORECASE)
_ROLES = frozenset({"jobs", "roles", "positions", "internships"})


def _dates(work: Work) -> str:
    start = work.start_date.raw if work.start_date else "?"
    end = "present" if work.end_date is None or work.end_date.present else work.end_date.raw
    return f"{start} – {end}"


def _role(work: Work) -> str:
    return f"{work.position} ({_dates(work)})" if work.position else f"({_dates(work)})"


def employers_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said]:
    """ "How many companies has she worked for?": the count of employers (or of jobs, or of
    internships) the work entries give, each employer with its roles and dates, cited to its
    entry; [] when the question counts something else."""
    m = _COUNT_Q.search(message)
    if m is None and _CLIENTS_Q.search(message):
        return _clients(resume, lookup, first)
    listed = _LIST_Q.search(message) if m is None else None
    if listed is not None:
        noun = (listed.group("noun") or listed.group("noun2") or "employers").casefold()
        rest = listed.group("rest") or listed.group("rest2") or listed.group("rest3") or ""
    elif m is not None:
        noun, rest = m.group("noun").casefold(), m.group("rest")
    else:
        return []
    if not _HELD.search(rest):
        return []
    entries = [(i, w) for i, w in enumerate(resume.work) if w.name or w.position]
    if noun == "internships" or _INTERN.search(rest):
        entries = [(i, w) for i, w in entries if _INTERN.search(w.position or "")]
    asked = set(analyze(rest))
    at = [(i, w) for i, w in entries if w.name and set(analyze(w.name)) & asked]
    scoped = bool(at) and len({w.name for _, w in at}) == 1
    if scoped:  # "how many roles has he had at Frachtwerk?"
        entries = at
    if not entries:
        return []
    by_employer: dict[str, list[tuple[int, Work]]] = {}
    for i, w in entries:
        by_employer.setdefault((w.name or w.position or "").strip(), []).append((i, w))
    per_role = noun in _ROLES or scoped
    count = len(entries) if per_role else len(by_employer)
    kind = (
        "internship"
        if noun == "internships" or _INTERN.search(rest)
        else ("role" if per_role else "employer")
    )
    where = f" at {entries[0][1].name}" if scoped else ""
    lead = f"{first}'s résumé lists {count} {kind}{'s' if count != 1 else ''}{where}:"
    out: list[Said] = []
    for name, jobs in by_employer.items():
        chunk = lookup(f"profile#work/{jobs[0][0]}")
        if chunk is None:
            continue
        roles = "; ".join(_role(w) for _, w in jobs)
        out.append(Said(f"{name}: {roles}." if not scoped else f"{roles}.", chunk))
    if not out:
        return []
    out[0] = Said(f"{lead} {out[0].text}", out[0].chunk)
    return out


def _clients(resume: Resume, lookup: Callable[[str], Chunk | None], first: str) -> list[Said]:
    """A consultant's client engagements (the work entries titled and written as client work, her own
    firm's umbrella out), each with its role and dates; [] when no entry is client work."""
    out = [
        Said(f"{w.name or w.position}: {_role(w)}.", chunk)
        for i, w in enumerate(resume.work)
        if (chunk := lookup(f"profile#work/{i}")) is not None
        and is_engagement(chunk)
        and titled_for_clients(w.position or "")
    ]
    if not out:
        return []
    n = len(out)
    lead = f"{first}'s résumé lists {n} client engagement{'s' if n != 1 else ''}:"
    out[0] = Said(f"{lead} {out[0].text}", out[0].chunk)
    return out
