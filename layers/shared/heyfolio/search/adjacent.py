"""What came just before or after a stretch of the career the question describes rather than names.

Why: "what did she do after her PhD?", "before consulting?", "after the bootcamp?", "before he became
a manager?" ask for the dated entry next to another one, but name it by what it was (a degree, a
kind of work, a title word), not by its organisation, so a bag of words finds the described entry
(the PhD) and never the one asked for (the job that followed it). The described entry is the dated
entry whose title holds the words after the cue (or, for "university", "degree", "graduating", the
education); the answer is the entry of the asked kind that starts just after it ends (after) or ends
just before it starts (before), found from the entries' date ranges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["ACADEMIA", "ACADEMIC_ORG", "BOTH_SIDES", "DatedEntries", "adjacent_entries"]

# "right after", "just before", "prior to", "following": the cue and the words that describe the anchor
_CUE = re.compile(r"\b(before|prior to|after|following|since leaving|since)\s+(.+)$", re.IGNORECASE)
# "since the bootcamp" asks what followed it, as "after" does ("since 2019" describes no entry)
_AFTER_CUES = frozenset({"after", "following", "since leaving", "since"})
# the anchor phrase ends at a clause boundary ("after the bootcamp, and where?")
_CLAUSE_END = re.compile(r"[?.!,;:]|\b(?:and|or|but|where|which|what|when|did|was)\b", re.IGNORECASE)
_ANCHOR_WORDS = 5  # words after the cue read as the anchor's description
# general words for studying: the anchor is the education, whatever its title says
_STUDY = frozenset(
    analyze(
        "university universities college degree degrees graduating graduation graduated graduate school "
        "studies studying uni"
    )
)
# how a question moves through time, not what it is about ("after finishing", "before she became")
_TRANSITION = frozenset(
    analyze(
        "finishing finished finish leaving left leave joining joined join starting started start becoming "
        "became become getting got moving moved move going went quitting quit ending ended end completing "
        "completed complete doing did done switching switched taking took right just straight directly "
        "immediately time years year period stint spell days whole role position job gig"
    )
)
# "after work", "after hours", "before that" describe no entry
_NO_ANCHOR = frozenset(analyze("work hours hour that this then it lunch school's weekend weekends"))
_ANCHOR_KINDS = frozenset({"work", "education", "volunteer"})
# Academia is a sector, named by the employer ("Université de Maisonneuve", "Rheinau Institute for
# Computational Biology", "Hochschule Isartal"), not by a title: "after leaving academia" is after the
# last university or institute entry (or degree) that ended
ACADEMIA = frozenset(analyze("academia academic academics"))
ACADEMIC_ORG = re.compile(
    r"\b(?:univ\w*|universit\w*|college|institut\w*|hochschule|laborator\w*|polytechni\w*|école normale)\b",
    re.IGNORECASE,
)
_WORK = frozenset({"work"})
_DOINGS = frozenset({"work", "education", "volunteer"})
_ASKS_JOB = re.compile(
    r"\b(?:work|worked|working|jobs?|employers?|compan(?:y|ies)|roles?|positions?|hired|employed|"
    r"internships?)\b",
    re.IGNORECASE,
)
_OTHER_DOINGS = frozenset({"volunteer", "education"})
_PREFIX_MIN = 5  # a shorter stem is too short to stand for a longer title word ("postdoc" ~ "postdoctoral")
_WOUND_DOWN = 1.0  # an entry ending within this many years of the next one's start led into it
_SLACK = 0.25  # a quarter of a year: year-only dates ("2018 – 2019") and a month's gap still adjoin
_TARGET = (
    (re.compile(r"\b(?:projects?|repos?|librar(?:y|ies)|tools?|apps?|side projects?)\b", re.IGNORECASE),
     frozenset({"project", "resume_project"})),
    (re.compile(r"\b(?:study|studied|degrees?|course|master'?s|phd)\b", re.IGNORECASE), frozenset({"education"})),
)  # fmt: skip


# "before and after", "before vs after", "before/after": a figure's change is asked, not a neighbour
BOTH_SIDES = re.compile(
    r"\b(?:before|after)\s*(?:and|vs\.?|versus|/|&|then)\s*(?:before|after)\b", re.IGNORECASE
)


def _anchor_terms(question: str) -> tuple[bool, frozenset[str]] | None:
    """``(after, terms)``: whether the question asks what followed, and the index terms describing the
    anchor; None without a cue or without descriptive words after it."""
    m = _CUE.search(question)
    if not m or BOTH_SIDES.search(question):
        return None
    tail = _CLAUSE_END.split(m.group(2), maxsplit=1)[0]
    words = tail.split()[:_ANCHOR_WORDS]
    terms = frozenset(analyze(" ".join(words))) - _TRANSITION
    if not terms or terms & _NO_ANCHOR:
        return None
    return m.group(1).casefold() in _AFTER_CUES, terms


class DatedEntries:
    """The dated entries of an index, read once: which carry each title word, and the entries of each
    kind. Why: a question placing one entry next to another ("before founding his company") then
    finds the described entry by its title words' lookups (a prefix by bisection in the sorted words)
    rather than by comparing every word with every dated title (~11 ms at 10k passages)."""

    def __init__(
        self,
        chunks: Sequence[Chunk],
        titles: Sequence[frozenset[str]],
        spans: Mapping[int, tuple[float, float]],
    ) -> None:
        self.chunks = chunks
        self.spans = spans
        self.dated = [i for i in spans if chunks[i].kind in _ANCHOR_KINDS]
        self.education = [i for i in self.dated if chunks[i].kind == "education"]
        carriers: dict[str, list[int]] = {}
        for i in self.dated:
            for word in titles[i]:
                carriers.setdefault(word, []).append(i)
        self._carriers = carriers
        self._long = sorted(w for w in carriers if len(w) >= _PREFIX_MIN)  # words a prefix may stand for
        # the entries a neighbour is looked for among (a project's own passages, "#", are not entries)
        self.of_kind: dict[str, list[int]] = {}
        for i in spans:
            c = chunks[i]
            if not (c.kind == "project" and "#" in c.id):
                self.of_kind.setdefault(c.kind, []).append(i)
        self._starting: dict[str, tuple[list[float], list[int]]] = {}

    def starting(self, kind: str) -> tuple[list[float], list[int]]:
        """The entries of ``kind`` (``of_kind``) by start, ties by position, and their starts, built on
        first use; an entry without a comparable start (NaN) is left out, as no comparison keeps it.
        Why: the entries starting before (after) one are a prefix (suffix) found by bisection, where a
        pass over every entry of the kind was ~1 ms a question on a 100k-passage index."""
        got = self._starting.get(kind)
        if got is None:
            spans = self.spans
            order = sorted(
                (i for i in self.of_kind.get(kind, ()) if spans[i][0] == spans[i][0]),
                key=lambda i: (spans[i][0], i),
            )
            got = self._starting[kind] = ([spans[i][0] for i in order], order)
        return got

    def matching(self, term: str) -> set[int]:
        """The dated entries whose title holds ``term``, or a word it is a prefix of or that is a
        prefix of it, both at least ``_PREFIX_MIN`` long ("postdoc" ~ "postdoctoral")."""
        found = set(self._carriers.get(term, ()))
        if len(term) < _PREFIX_MIN:
            return found
        at = bisect_left(self._long, term)
        while at < len(self._long) and self._long[at].startswith(term):
            found.update(self._carriers[self._long[at]])
            at += 1
        for end in range(_PREFIX_MIN, len(term)):
            found.update(self._carriers.get(term[:end], ()))
        return found


def _target_kinds(question: str, cue_at: int) -> frozenset[str]:
    """The kinds of entry asked for: projects, studies, jobs ("where did she work"), or, for what the
    owner did ("what did she do after teaching?"), a job or a course of study, whichever came."""
    head = question[:cue_at]
    for pattern, kinds in _TARGET:
        if pattern.search(head):
            return kinds
    return _WORK if _ASKS_JOB.search(head) else _DOINGS


def adjacent_entries(
    entries: DatedEntries,
    question: str,
    *,
    doings_only: bool = False,
) -> list[int] | None:
    """The entries just after (before) the one the question describes, nearest first, then the
    described entry; None when the question describes no dated entry or nothing adjoins it. With
    ``doings_only``, only for what the owner did (a job, a course, volunteering: not "where did she
    work"), which is asked of a named entry too ("what was she doing before the bootcamp?")."""
    read = _anchor_terms(question)
    if read is None:
        return None
    after, terms = read
    chunks, spans = entries.chunks, entries.spans
    if terms & _STUDY:
        anchors = entries.education
    elif terms & ACADEMIA:
        anchors = _academic(entries)
    else:
        scored = Counter(i for t in terms for i in entries.matching(t))
        best = max(scored.values(), default=0)
        if best == 0 or 2 * best < len(terms):
            return None  # the words describe no entry ("after Google"): nothing to place next to
        anchors = [i for i, s in scored.items() if s == best]
    if not anchors:
        return None
    m = _CUE.search(question)
    kinds = _target_kinds(question, m.start() if m else 0)
    if doings_only and kinds != _DOINGS:
        return None
    # an entry of the kind asked about describes the anchor best ("before her lead role": the job, not
    # a co-lead volunteering); "after consulting": when it ended (the last such entry), "before
    # consulting": when it began
    anchors = [i for i in anchors if chunks[i].kind in kinds] or anchors
    anchor = (
        max(anchors, key=lambda i: (spans[i][1], -i))
        if after
        else min(anchors, key=lambda i: (spans[i][0], i))
    )
    near = _neighbours(entries, anchor, kinds, after=after)
    if not near and "work" in kinds:
        # no job adjoins it ("before Pied Piper", his only job): what he did then was unpaid or study
        near = _neighbours(entries, anchor, _OTHER_DOINGS, after=after)
    if not near:
        return None
    return [*near[:2], anchor]


def _academic(entries: DatedEntries) -> list[int]:
    """The dated entries spent in academia (degrees, jobs at a university or institute), those that
    ended when there are any: a part-time lecturing job still running is not the one left."""
    chunks = entries.chunks
    found = [
        i
        for i in entries.dated
        if chunks[i].kind == "education"
        or (chunks[i].kind == "work" and ACADEMIC_ORG.search(chunks[i].title.rpartition(" at ")[2]))
    ]
    ended = [i for i in found if "present" not in chunks[i].title]
    return ended or found


def _neighbours(
    entries: DatedEntries,
    anchor: int,
    kinds: frozenset[str],
    *,
    after: bool,
) -> list[int]:
    """The entries of ``kinds`` starting just after ``anchor`` ends (ending just before it starts),
    nearest first."""
    spans = entries.spans
    start, end = spans[anchor]
    # only the entries starting after (before) the anchor's start can be kept below
    pool: list[int] = []
    for kind in kinds:
        starts, order = entries.starting(kind)
        pool += order[bisect_right(starts, start) :] if after else order[: bisect_left(starts, start)]
    if after:
        # the full-time job taken next first: a part-time one begun the same month runs beside it
        return _main_first(
            entries,
            sorted(
                (i for i in pool if spans[i][0] > start and spans[i][0] >= end - _SLACK),
                key=lambda i: (spans[i][0], i),
            ),
        )
    # before: ended by the time it began, or wound down in its first months (taught until the part-time
    # bootcamp was nearly over); the one running latest first
    near = sorted(
        (
            i
            for i in pool
            if spans[i][0] < start
            and (
                spans[i][1] <= start + _SLACK
                or (spans[i][1] <= end + _SLACK and spans[i][1] - start <= _WOUND_DOWN)
            )
        ),
        key=lambda i: (-min(spans[i][1], start), i),
    )
    return _main_first(entries, near)


# A side job's title says so ("Freelance Data Engineer (part-time)")
_SIDE = re.compile(r"\bpart[- ]time\b", re.IGNORECASE)


def _main_first(entries: DatedEntries, near: list[int]) -> list[int]:
    """``near`` with each part-time entry after the other entries its time overlaps: "her job right
    before she became a manager" is the full-time one she left, not the weekend contracts run beside
    it that happened to end a month later."""
    spans, chunks = entries.spans, entries.chunks

    def side(i: int) -> bool:
        return bool(_SIDE.search(chunks[i].title))

    def beside(i: int, j: int) -> bool:
        return spans[i][0] < spans[j][1] and spans[j][0] < spans[i][1]

    out = [i for i in near if not side(i)]
    for i in (i for i in near if side(i)):
        overlapped = [k for k, j in enumerate(out) if beside(i, j)]
        # after the last entry it ran beside, else where it stood among the others
        at = overlapped[-1] + 1 if overlapped else sum(near.index(j) < near.index(i) for j in out)
        out.insert(at, i)
    return out
