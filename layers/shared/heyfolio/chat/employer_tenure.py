"""Time at one employer across several roles: "how long was he at Acme?" asks the whole stay.

Why: a résumé lists a promotion as two entries under one employer ("Senior Engineer at Acme
2019 – 2022", "Manager at Acme 2022 – present"). A recruiter asking how long someone was *at* a
company means the whole stay, not the latest title's share of it; the answer states the total and
each role's dates. Asked of a role ("how long was he a manager there?"), the role's own span stands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from heyfolio.chat.side_roles import side_role
from heyfolio.content.dates import DateError, parse_partial_date
from heyfolio.content.spans import month_bounds, span_words
from heyfolio.search.chunks import Chunk
from heyfolio.search.promotion import employer_of
from heyfolio.search.text import analyze

__all__ = [
    "current_employer",
    "employer_asked",
    "employer_start",
    "employer_tenure",
    "employers_named",
    "ranked_stays",
]

# "at Acme", "with Acme", "for Acme": where someone worked, the way a stay is asked
_AT = re.compile(r"\b(?:at|with|for)\s+(.+)$", re.IGNORECASE)
_DATES = re.compile(r"\((\d{4}(?:-\d{2}){0,2}) – (present|\d{4}(?:-\d{2}){0,2})\)\s*$")


def _role(chunk: Chunk) -> tuple[str, str, float, float, str] | None:
    """(role, dates as written, start, end, employer as written) of a work passage, on the months
    axis."""
    m = _DATES.search(chunk.title)
    if m is None:
        return None
    head = chunk.title[: m.start()].strip()
    role, at, org = head.rpartition(" at ")
    try:
        bounds = month_bounds(parse_partial_date(m.group(1)), parse_partial_date(m.group(2)), dt.date.today())
    except DateError:
        return None
    if not at or bounds is None:
        return None
    return role.strip(), f"{m.group(1)} – {m.group(2)}", bounds[0], bounds[1], org.strip()


# The employer asked as the current one, unnamed: "the company she's at now", "her current employer".
_NOW_AT = re.compile(
    r"\b(?:(?:current|present) (?:company|employer|firm|workplace|job|role|position)|(?:she|he|they)(?:'s| is|'re| are) (?:at|with) now|"
    r"(?:she|he|they) (?:works? (?:at|for)|is working (?:at|for)) now)\b",
    re.IGNORECASE,
)


def current_employer(chunks: Sequence[Chunk], question: str) -> Chunk | None:
    """The ongoing main job when the question asks of the current one unnamed ("how many years has
    she been at her current employer?"), else None. Why: the words "current employer" name no
    entry, so search may rank an older job whose text says "employer" first; the job still running
    (not a part-time or teaching side role) is the one asked, the latest start first."""
    if not _NOW_AT.search(question):
        return None
    ongoing = [
        (r[2], c)
        for c in chunks
        if c.kind == "work"
        and (r := _role(c)) is not None
        and r[1].endswith("present")
        and not side_role(c)  # a side role running alongside is not "her current employer"
    ]
    return max(ongoing, key=lambda rc: rc[0])[1] if ongoing else None


# "how long has he been at Acme, and since when has he been a manager?": the stay's clause is the one
# asking how long; a role named only in the other clause is a second part, which the stay's lead
# (each role's dates) answers too
_SECOND_PART = re.compile(
    r"(?:,\s*|;\s*|\s+)(?:and|also|plus)\s+(?=(?:since|when|what|which|how|did|does|is|was|has|had)\b)"
    r"|[,;]\s*(?=(?:since when|when|what year)\b)",
    re.IGNORECASE,
)
_HOW_LONG_PART = re.compile(r"\b(?:how long|how many years|tenure)\b", re.IGNORECASE)


def _stay_clause(question: str) -> str:
    """The part of a two-part question that asks how long (the whole question otherwise)."""
    parts = _SECOND_PART.split(question)
    if len(parts) < 2:
        return question
    return next((p for p in parts if _HOW_LONG_PART.search(p)), question)


def employer_tenure(first: Chunk, chunks: Sequence[Chunk], question: str) -> str | None:
    """The lead for a stay at ``first``'s employer when the portfolio lists two or more roles there
    and the question names the employer but none of those roles; None otherwise (one role, another
    kind of entry, or a role asked). Overlapping or back-to-back roles count once; a gap is left out."""
    employer = employer_of(first)
    if employer is None:
        return None
    same = [c for c in chunks if c.kind == "work" and employer_of(c) == employer]
    roles = [r for r in (_role(c) for c in same) if r is not None]
    if len(roles) < 2:
        return None
    asked = set(analyze(question))
    employer_words = set(analyze(employer))
    if not asked & employer_words and not (_NOW_AT.search(question) and "– present" in first.title):
        return None
    in_stay = set(analyze(_stay_clause(question)))
    if any(in_stay & (set(analyze(r[0])) - employer_words) for r in roles):
        return None  # a role is named where the span is asked: its own span answers
    roles.sort(key=lambda r: r[2])
    total = _months_worked(roles)
    name = roles[-1][4]
    start = roles[0][1].split(" – ")[0]
    end = max(roles, key=lambda r: r[3])[1].split(" – ")[1]
    each = ", then ".join(f"{r[0]} ({r[1]})" for r in roles)
    return (
        f"At {name}: {span_words(int(total + 0.5))} in all ({start} – {end}), across {len(roles)} roles: "
        f"{each}. From the dates in the portfolio:"
    )


def _months_worked(roles: Sequence[tuple[str, str, float, float, str]]) -> float:
    """The months ``roles`` (sorted by start) cover: overlapping or back-to-back roles once, gaps left out."""
    total = 0.0
    cur_s, cur_e = roles[0][2], roles[0][3]
    for _, _, s, e, _ in roles[1:]:
        if s > cur_e:
            total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    return total + cur_e - cur_s


# A stay at a company asked for, not a role: "the longest he's stayed at a company", "shortest employer"
_STAY_RANKED = re.compile(
    r"\b(?:compan(?:y|ies)|employers?|firms?|organi[sz]ations?|stay(?:ed|s)?|stint)\b", re.IGNORECASE
)


def ranked_stays(
    chunks: Sequence[Chunk], question: str, order: str, first: str
) -> tuple[str, list[Chunk]] | None:
    """ "What's the longest he's stayed at a company?": (the lead naming the employers by the whole
    stay at each, longest or shortest first, their latest roles' passages in that order), else None
    (a role ranked, or no employer with two roles: one role's dates already rank the stays)."""
    if order not in ("longest", "shortest") or not _STAY_RANKED.search(question):
        return None
    by_employer: dict[str, list[tuple[tuple[str, str, float, float, str], Chunk]]] = {}
    for c in chunks:
        employer = employer_of(c)
        role = _role(c) if employer is not None else None
        if employer is not None and role is not None:
            by_employer.setdefault(employer, []).append((role, c))
    if not any(len(rs) >= 2 for rs in by_employer.values()):
        return None
    stays: list[tuple[float, str, str, Chunk]] = []
    for rs in by_employer.values():
        roles = sorted((r for r, _ in rs), key=lambda r: r[2])
        start = roles[0][1].split(" – ")[0]
        end = max(roles, key=lambda r: r[3])[1].split(" – ")[1]
        stays.append((_months_worked(roles), roles[-1][4], f"{start} – {end}", rs[0][1]))
    stays.sort(key=lambda st: st[0], reverse=order == "longest")
    said = "; ".join(
        f"{name}, {span_words(int(months + 0.5))} ({dates})" for months, name, dates, _ in stays[:3]
    )
    return (
        f"By the dates in the portfolio, {first}'s stays at one employer, the {order} first: {said}. From the portfolio:",
        [c for *_, c in stays],
    )


def employer_asked(chunks: Sequence[Chunk], question: str) -> Chunk | None:
    """The latest work passage of the one employer the question names after "at", "with" or "for"
    ("how long was she at Sentier?"), else None: a stay asked of an employer is the job there, not a
    project done for it that search may rank first."""
    m = _AT.search(question.rstrip("?!. "))
    if m is None:
        return None
    asked = set(analyze(m.group(1)))
    found: dict[str, Chunk] = {}
    for c in chunks:
        employer = employer_of(c)
        if employer is None:
            continue
        words = set(analyze(employer))
        if words and asked & words and employer not in found:
            found[employer] = c  # passages run newest first: the first is the latest role
    return next(iter(found.values())) if len(found) == 1 else None


# "when did she start at Acme?", "when did he join Acme?", "what year did she begin working for Acme?":
# the start of a stay asked of an employer (the employer's words follow)
_START_ASKED = re.compile(
    r"\b(?:when|what (?:year|month|date)|which (?:year|month))\b (?:did|does) \w+ (?:first )?"
    r"(?:start(?:ed)?|begin|join|get hired|start working|begin working)(?: (?:at|with|for|in|on))?\s+(.+)$",
    re.IGNORECASE,
)


# "when did he leave Velmar?", "what year did she quit Acme?"
_LEFT_ASKED = re.compile(
    r"\b(?:when|what (?:year|month|date)|which (?:year|month))\b (?:did|does) \w+ "
    r"(?:leave|quit|stop working (?:at|for)|finish (?:at|with))\s+(.+)$",
    re.IGNORECASE,
)


def employer_start(chunks: Sequence[Chunk], question: str, first: str) -> tuple[str, Chunk] | None:
    """ "When did he start at Acme?": (the lead saying when the stay began and in which role, the
    passage of that first role), else None. Why: the latest role at an employer is what search ranks
    first, and its dates are a promotion's, not the day the owner joined; one role's start stands as
    its own answer, said in a sentence rather than left to the dates of a title."""
    m = _START_ASKED.search(question.rstrip("?!. "))
    left = _LEFT_ASKED.search(question.rstrip("?!. ")) if m is None else None
    said = m or left
    if said is None:
        return None
    asked = set(analyze(said.group(1)))
    same: dict[str, list[Chunk]] = {}
    for c in chunks:
        employer = employer_of(c)
        if employer is not None and asked & set(analyze(employer)):
            same.setdefault(employer, []).append(c)
    if len(same) != 1:
        return None
    roles = [(r, c) for c in next(iter(same.values())) if (r := _role(c)) is not None]
    if not roles:
        return None
    roles.sort(key=lambda rc: rc[0][2])
    if left is not None:  # "when did he leave Velmar?": the end of the last role there
        (role, dates, _, _, name), chunk = max(roles, key=lambda rc: rc[0][3])
        end = dates.split(" – ")[1]
        if end == "present":
            return (
                f"{first} is still at {name}, as {role} since {_in_words(dates)}. From the portfolio:",
                chunk,
            )
        return f"{first} left {name} in {_in_words(end)}, as {role}. From the portfolio:", chunk
    (role, dates, _, _, name), chunk = roles[0]
    if len(roles) == 1:
        # one entry: its title is the last role held there, which need not be the one she joined in
        return f"{first} started at {name} in {_in_words(dates)}. From the portfolio:", chunk
    later = ", then ".join(f"{r[0]} from {_in_words(r[1])}" for r, _ in roles[1:])
    return (
        f"{first} started at {name} in {_in_words(dates)} as {role}, then {later}. From the portfolio:",
        chunk,
    )


def _in_words(dates: str) -> str:
    """The start of ``dates`` ("2019-07 – 2022-03", or one date) in words: "July 2019" (a bare year as
    it is)."""
    start = dates.split(" – ")[0]
    try:
        d = parse_partial_date(start)
    except DateError:
        return start
    if d.year is None:
        return start
    return f"{dt.date(d.year, d.month, 1):%B} {d.year}" if d.month else str(d.year)


# words of an employer's name that name no one employer ("Acme GmbH": "gmbh" is half of Germany)
_LEGAL = frozenset(
    analyze("gmbh ag ug ab oy sa srl sas bv nv ltd limited inc llc plc corp co company labs group")
)


def employers_named(chunks: Sequence[Chunk], question: str) -> list[Chunk]:
    """The latest work passage of each employer ``question`` names by a word of its name (legal forms
    aside), in the question's order: "longer at Kestrel or at Nordhafen?" names two stays, which search
    may find only weakly (the question has no other word of theirs)."""
    asked = analyze(question)
    order = {t: i for i, t in reversed(list(enumerate(asked)))}
    found: dict[str, tuple[int, Chunk]] = {}
    for c in chunks:
        employer = employer_of(c)
        if employer is None or employer in found:
            continue  # passages run newest first: the first is the latest role
        words = set(analyze(employer)) - _LEGAL
        at = [order[w] for w in words if w in order]
        if at:
            found[employer] = (min(at), c)
    return [c for _, c in sorted(found.values(), key=lambda item: item[0])]
