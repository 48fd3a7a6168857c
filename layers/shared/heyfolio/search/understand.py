"""Questions a bag of words cannot answer: superlatives, recency and comparisons, resolved from facts.

Why: "What's her most popular project?" shares no word with "about 2,300 GitHub stars", and
"most recent job" is not a word in any passage — it is the work entry with the latest start.
So the question is read for what it ranks (jobs, projects, awards, ...) and by what (newest,
oldest, stars/downloads/adoption), and the passages are ranked by the facts they state: dates
in their titles and "Dates:" lines, star and download counts in their text. The answer is the
passage holding the deciding fact, placed first; the rest of the ranking is left as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk

__all__ = ["Facts", "Superlative", "read_pitch", "read_superlative"]

# "Why should we hire her?" asks for the case for the owner: the summary, the current role's
# results and what references say. "Which state is he in?" asks where the owner lives.
_PITCH = re.compile(
    r"\b(?:why (?:should|would|do|must) (?:we|i|you|anyone|they)\b.*\b(?:hire|pick|choose|consider|interview|"
    r"employ|want)|why (?:hire|her|him|them)\b|(?:good|great|strong|right) (?:hire|fit|candidate|choice)|"
    r"stand out|sell me|pitch|in a nutshell|elevator|what makes (?:her|him|them) (?:special|different|great|"
    r"unique|good)|strengths?\b|best qualities|unique selling|why (?:is|are) (?:she|he|they) (?:good|great|a fit))",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"\b(?:where (?:does|do|is|are) (?:she|he|they|\w+) (?:live|living|based|located|from|stay|reside)|"
    r"where (?:is|are) (?:she|he|they|\w+)(?: based| located| now)?\s*\??$|which (?:city|country|state|town|"
    r"region|province|part of)|what (?:city|country|state|town|region|time ?zone)|(?:home|current) "
    r"(?:city|town|country|base|location)|located|based (?:in|out of|where)|lives? in|time ?zone)",
    re.IGNORECASE,
)


def read_pitch(question: str) -> str | None:
    """``"pitch"`` for why-hire questions, ``"where"`` for where the owner lives, else None."""
    if _PITCH.search(question):
        return "pitch"
    if _WHERE.search(question):
        return "where"
    return None


_TARGETS: tuple[tuple[str, frozenset[str]], ...] = (
    (r"jobs?|roles?|positions?|employers?|compan(?:y|ies)|gigs?|work|posts? she held|titles?", frozenset({"work"})),
    (r"projects?|repos?(?:itor(?:y|ies))?|libraries|library|tools?|open[- ]source|things? (?:she|he|they) (?:built|made)|apps?", frozenset({"project", "resume_project"})),
    (r"awards?|prizes?|recognitions?", frozenset({"award"})),
    (r"papers?|publications?|talks?", frozenset({"publication"})),
    (r"posts?|articles?|blog posts?|essays?|writing", frozenset({"post"})),
    (r"degrees?|studies|education|qualifications?", frozenset({"education"})),
    (r"certifications?|certificates?", frozenset({"certificate"})),
)  # fmt: skip
_NEWEST = r"most recent|latest|newest|current|present|last|recent|now|today|these days"
_OLDEST = r"first|earliest|oldest|original|initial|started (?:her|his|their) career"
_POPULAR = (
    r"most popular|popular|most starred|most stars|stars|best[- ]known|most used|most adopted|most successful|"
    r"biggest|strongest|most impressive|best|most impact(?:ful)?|flagship|famous|well[- ]known|most downloaded"
)
_STARS = re.compile(r"(\d[\d,]*)\s+(?:GitHub\s+)?stars", re.IGNORECASE)
_DOWNLOADS = re.compile(r"(\d[\d,]*)\s+downloads", re.IGNORECASE)
_ADOPTED = re.compile(r"\b(?:used in production|adopted by|in production at|used by)\b", re.IGNORECASE)
_DATE = re.compile(r"\b((?:19|20)\d\d)(?:-(\d\d))?")


@dataclass(frozen=True)
class Superlative:
    kinds: frozenset[str]
    order: str  # newest | oldest | popular


def read_superlative(question: str) -> Superlative | None:
    """What the question ranks and by what, or None when it ranks nothing."""
    q = question.casefold()
    for pattern, kinds in _TARGETS:
        target = re.search(rf"\b(?:{pattern})\b", q)
        if not target:
            continue
        for order, cue in (("popular", _POPULAR), ("newest", _NEWEST), ("oldest", _OLDEST)):
            if re.search(rf"\b(?:{cue})\b", q):
                if order == "popular" and "project" not in kinds:
                    continue  # "biggest team" is not about stars
                return Superlative(kinds, order)
        return None
    if re.search(r"\b(?:doing|working on|up to)\b.*\b(?:now|today|these days|currently)\b|\bcurrently\b", q):
        return Superlative(frozenset({"work"}), "newest")
    return None


def _base(uri: str) -> str:
    """``portfolio://projects/x#why`` -> ``portfolio://projects/x`` (a project's sections share it)."""
    head = uri.partition("#")[0]
    return head if head.startswith("portfolio://projects/") or head.startswith("portfolio://posts/") else uri


def _int(raw: str) -> int:
    return int(raw.replace(",", ""))


class Facts:
    """Dates and popularity figures per passage family, read once per index."""

    def __init__(self, chunks: Sequence[Chunk]) -> None:
        self.chunks = chunks
        self.date: dict[int, float] = {}
        self.popularity: dict[str, tuple[float, int]] = {}  # base uri -> (score, passage holding it)
        names: dict[str, str] = {}
        for i, c in enumerate(chunks):
            head = (
                c.title
                + "\n"
                + c.text.split("\n", 3)[0]
                + "\n"
                + "\n".join(
                    line for line in c.text.splitlines() if line.startswith(("Dates:", "Work experience:"))
                )
            )
            m = _DATE.search(head)
            if m:
                self.date[i] = int(m.group(1)) + (int(m.group(2) or 1) - 1) / 12
            if c.kind == "project" and "#" not in c.id:
                names[c.title.casefold()] = _base(c.uri)
        for i, c in enumerate(chunks):
            score = 0.0
            stars = [_int(m.group(1)) for m in _STARS.finditer(c.text)]
            downloads = [_int(m.group(1)) for m in _DOWNLOADS.finditer(c.text)]
            if stars:
                score += max(stars)
            if downloads:
                score += max(downloads) / 100.0
            if score <= 0.0:
                continue
            key = _base(c.uri)
            if c.kind not in ("project", "resume_project"):
                continue
            if score > self.popularity.get(key, (0.0, -1))[0]:
                self.popularity[key] = (score, i)
        # adoption without figures ("used in production at three companies") ranks below any stars
        for i, c in enumerate(chunks):
            if c.kind in ("project", "resume_project") and _ADOPTED.search(c.text):
                key = _base(c.uri)
                if key not in self.popularity:
                    self.popularity[key] = (0.5, i)

    def pitch(self, which: str) -> list[int]:
        """Passages for a why-hire question (summary, current role, a reference) or a where one."""
        ids = {c.id: i for i, c in enumerate(self.chunks)}
        if which == "where":
            order = ["profile#basics", "faq#location", "faq#remote"]
        else:
            order = ["profile#basics", "profile#work/0", "profile#references/0", "profile#projects/0"]
        return [ids[k] for k in order if k in ids]

    def answer(self, sup: Superlative, limit: int) -> list[int]:
        """Passage numbers that answer the superlative, the deciding one first."""
        if sup.order == "popular":
            ranked = sorted(self.popularity.values(), key=lambda item: (-item[0], item[1]))
            return [i for _, i in ranked[: max(1, limit - 2)]]
        pool = [
            i
            for i, c in enumerate(self.chunks)
            if c.kind in sup.kinds and i in self.date and not (c.kind in ("project", "post") and "#" in c.id)
        ]
        if not pool:
            return []
        newest = sup.order == "newest"
        pool.sort(key=lambda i: (-self.date[i] if newest else self.date[i], i))
        return pool[:2]
