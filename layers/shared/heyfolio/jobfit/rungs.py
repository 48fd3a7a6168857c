"""A rung of the engineering ladder asked inside a requirement ("Staff-level technical leadership",
"experience at Principal level"): shown by a title held at that rung or above, not by years or scope.

Why: staff, principal and distinguished are titles a company grants, not lengths of service; a lead of
ten years who never held the title shows the work, not the rung (the experience-level field is checked
the same way). "Mentor senior engineers to staff level" names the rung of others and asks nothing of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "RUNGS",
    "junior_for_level",
    "lead_title_asked",
    "lead_title_held",
    "rung_held",
    "rung_not_held",
    "rung_only",
    "title_at_rung",
    "title_held",
    "title_word_not_held",
    "without_plus",
]

RUNGS = {"junior": 1, "senior": 3, "staff": 4, "principal": 5, "distinguished": 6, "fellow": 6}
_HIGH = "staff|principal|distinguished"
_ASKED = re.compile(
    r"(?<!\bto )(?<!\bto the )(?<!\bto a )\b("
    + _HIGH
    + r")(?:[- ]level\b|\s+(?:engineer(?:ing)?\s+)?level\b)"
    r"|\bat\s+(?:an?\s+|the\s+)?(" + _HIGH + r")(?:[- ]level|\s+level)?\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")
# "Staff+", "Senior+ engineers": the rung or any above it, which is what a rung asked means anyway.
_PLUS = re.compile(r"\b(junior|mid|senior|staff|principal|lead)\s*\+(?![\w+])", re.IGNORECASE)


def without_plus(text: str) -> str:
    """``text`` with a rung's "+" dropped ("Staff+ experience" -> "Staff experience"). Why: "Staff+" was read
    as a name of its own, never written in a portfolio, and held a staff engineer at missing."""
    return _PLUS.sub(r"\1", text)


def rung_not_held(text: str, titles: Sequence[str]) -> str | None:
    """The rung ``text`` asks ("staff") when no title in ``titles`` reaches it, else None."""
    m = _ASKED.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2)).casefold()
    held = max((RUNGS.get(w, 0) for t in titles for w in _WORD.findall(t.casefold())), default=0)
    return word if held < RUNGS[word] else None


# A title at a rung as the whole ask: "Staff Mobile Engineer experience", "Experience as a Principal
# Security Engineer", "Staff SRE". Not "Mentor staff engineers": there the rung is of others.
_TITLE_AT_RUNG = re.compile(
    r"^\s*(?:(?:prior|previous|proven|recent)\s+)?(?:experience\s+(?:as|at)\s+)?(?:an?\s+)?"
    r"(" + _HIGH + r")\s+((?:[A-Z][\w/&+-]*\s+){0,3}"
    r"(?:engineer|developer|sre|scientist|architect|researcher|analyst|designer)s?)"
    r"(?:\s+(?:experience|title|background|role))?(?:\s+or\s+equivalent)?\s*[.!]?\s*$",
    re.IGNORECASE,
)


def title_at_rung(text: str) -> tuple[str, str] | None:
    """(rung, the role without it) when ``text`` asks only a title at a high rung ("Staff Mobile
    Engineer experience" -> ("staff", "Mobile Engineer")): the role is checked as written, the rung by
    the titles held. None otherwise."""
    m = _TITLE_AT_RUNG.match(text)
    return (m.group(1).casefold(), m.group(2).strip()) if m else None


# A lead title as the whole ask: "Lead SRE", "Experience as a Lead Frontend Engineer". The role noun is
# singular: "Lead engineers through a migration" is the verb, a task, not a title.
_LEAD_TITLE = re.compile(
    r"^\s*(?:(?:prior|previous|proven|recent)\s+)?(?:experience\s+(?:as|at)\s+)?(?:an?\s+)?"
    r"lead\s+((?:[A-Z][\w/&+-]*\s+){0,3}"
    r"(?:engineer|developer|sre|scientist|architect|researcher|analyst|designer))"
    r"(?:\s+(?:experience|title|background|role))?(?:\s+or\s+equivalent)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
_ABOVE_LEAD = frozenset(
    ["lead", "head", "director", "vp", "chief", "staff", "principal", "distinguished", "fellow"]
)


def lead_title_asked(text: str) -> str | None:
    """The role without its rung when ``text`` asks only a lead title ("Experience as a Lead SRE" ->
    "SRE"): a title a company grants, so a senior who leads nothing by that title holds the adjacent
    level. None otherwise."""
    m = _LEAD_TITLE.match(text)
    return m.group(1).strip() if m else None


def lead_title_held(titles: Sequence[str]) -> bool:
    """Whether a title held is a lead one or above it ("Mobile Tech Lead", "Staff Engineer", "Head of
    Platform"); a lead is read at the senior rung for the high rungs, but a lead title asks this."""
    return any(_ABOVE_LEAD & set(_WORD.findall(t.casefold())) for t in titles)


def rung_held(titles: Sequence[str]) -> int:
    """The highest rung the titles reach (a lead is read at the senior rung)."""
    ranks = {**RUNGS, "lead": RUNGS["senior"]}
    return max((ranks.get(w, 0) for t in titles for w in _WORD.findall(t.casefold())), default=0)


# A line that asks a rung and nothing else ("Currently at Staff level or above", "Staff or Principal
# title"): only rung words and the words that frame them.
_FRAME = frozenset(
    [
        "currently",
        "now",
        "today",
        "at",
        "as",
        "a",
        "an",
        "the",
        "level",
        "or",
        "above",
        "higher",
        "title",
        "titles",
        "held",
        "experience",
        "role",
        "position",
        "engineer",
        "engineers",
        "previous",
        "prior",
        "proven",
        "and",
    ]
)
_RUNG_WORDS = re.compile(r"[a-z]+")


def rung_only(text: str) -> int | None:
    """The lowest rung a line asks when it asks a high rung and nothing else, read as a title
    ("Staff or Principal title" -> 4); None for any other line."""
    words = _RUNG_WORDS.findall(text.casefold().replace("-", " "))
    asked = [RUNGS[w] for w in words if w in RUNGS and RUNGS[w] >= RUNGS["staff"]]
    if not asked or any(w not in _FRAME and w not in RUNGS for w in words):
        return None
    if not {"level", "title", "titles", "currently", "above", "held"} & set(words):
        return None  # "Staff" alone is the experience level, read elsewhere
    return min(asked)


# A lower rung asked inside a requirement: "Senior-level backend engineering", "mid-level or above",
# "at a senior level". Not "mentor senior engineers": there the rung is of others.
_LOWER_ASKED = re.compile(
    r"(?<!\bto )(?<!\bmentor )(?<!\bmentoring )(?<!\bcoach )\b(mid|intermediate|senior)(?:[- ]level\b|\s+or\s+above\b)"
    r"|\bat\s+(?:an?\s+|the\s+)?(mid|intermediate|senior)(?:[- ]level|\s+level)\b",
    re.IGNORECASE,
)
_JUNIOR = re.compile(r"\b(?:junior|jr\.?|graduate|trainee|apprentice|entry[- ]level|intern)\b", re.IGNORECASE)


def junior_for_level(text: str, current: str | None) -> str | None:
    """The rung ``text`` asks ("senior") when the title held now (``current``) is a junior one: a
    recruiter reads the level from today's title, so the work shown is not at that level. None otherwise."""
    m = _LOWER_ASKED.search(text) or _ASKED.search(text)
    if m is None or current is None or not _JUNIOR.search(current):
        return None
    return next(g for g in m.groups() if g).casefold()


_TITLE_ASK = re.compile(r"\btitles?\b(?:\s+or\s+equivalent)?\s*[.!]?\s*$", re.IGNORECASE)
_TITLE_RUNG_WORDS = frozenset(
    [
        "junior",
        "senior",
        "lead",
        "staff",
        "principal",
        "distinguished",
        "head",
        "director",
        "manager",
        "vp",
        "chief",
    ]
)


def title_word_not_held(text: str, titles: Sequence[str]) -> str | None:
    """For an ask of a title ("Lead SRE or Staff SRE title"): the rung word asked when no alternative's
    rung words are all in a title held ("Senior Site Reliability Engineer" holds neither), else None. The
    work may be shown; the title asked is a fact of the titles alone."""
    m = _TITLE_ASK.search(text)
    if m is None:
        return None
    held = [set(_WORD.findall(t.casefold())) for t in titles]
    asked = []
    for alt in re.split(r"\s+or\s+|\s*/\s*|,\s*", text[: m.start()]):
        words = set(_WORD.findall(alt.casefold())) & _TITLE_RUNG_WORDS
        if not words:
            continue
        if any(words <= h for h in held):
            return None
        asked.append(sorted(words)[0])
    return asked[0] if asked else None


_FILLER = frozenset(["a", "an", "the", "current", "currently", "prior", "previous", "of", "held"])


def title_held(text: str, titles: Sequence[str]) -> int | None:
    """For an ask of a title ("Senior Software Engineer title"): the position in ``titles`` of one held
    with every word of an alternative asked, else None."""
    m = _TITLE_ASK.search(text)
    if m is None:
        return None
    held = [set(_WORD.findall(t.casefold())) for t in titles]
    for alt in re.split(r"\s+or\s+|\s*/\s*|,\s*", text[: m.start()]):
        words = set(_WORD.findall(alt.casefold())) - _FILLER
        for i, h in enumerate(held):
            if words and words <= h:
                return i
    return None
