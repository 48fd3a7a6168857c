"""Answer questions the résumé's structure answers better than any passage's wording.

A JSON Resume states some facts as fields rather than prose: the fluency of each spoken
language, the level of each skill. "spanish level?" names one language and asks for its
field; "what's her weakest skill?" compares the skills' levels, which no single passage does.
Search finds the passages; this module reads the fields, orders them and cites the passages
they came from, so the answer holds for any résumé that fills those fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from heyfolio.content.model import Resume
from heyfolio.search.chunks import Chunk

__all__ = ["Said", "level_rank", "resume_reply"]


@dataclass(frozen=True)
class Said:
    """One sentence of a reply and the passage it cites."""

    text: str
    chunk: Chunk


# Words people grade a skill or a language with, weakest first: the rank is what compares them.
_LEVELS: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("beginner", "novice", "basic", "elementary", "learning", "familiar", "exposure", "junior", "a1", "a2")),
    (2, ("intermediate", "competent", "working", "conversational", "moderate", "good", "b1", "b2")),
    (3, ("advanced", "proficient", "strong", "experienced", "fluent", "professional", "c1")),
    (4, ("expert", "master", "mastery", "native", "bilingual", "senior", "c2", "excellent")),
)  # fmt: skip
_LEVEL_WORDS: dict[str, int] = {w: rank for rank, words in _LEVELS for w in words}
_FRACTION = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:/|out of)\s*(\d+)\b")
_WORD = re.compile(r"[a-z0-9]+")


def level_rank(level: str | None) -> float | None:
    """A skill's stated level on a 1-4 scale ("Beginner" 1, "Master" 4, "3/5" 2.4), or None
    when the text grades nothing (a level of "React" or "" cannot be compared)."""
    if not level:
        return None
    text = level.casefold()
    fraction = _FRACTION.search(text)
    if fraction and float(fraction.group(2)) > 0:
        return 4.0 * min(1.0, float(fraction.group(1)) / float(fraction.group(2)))
    ranks = [_LEVEL_WORDS[w] for w in _WORD.findall(text) if w in _LEVEL_WORDS]
    return float(max(ranks)) if ranks else None


# -- spoken languages ---------------------------------------------------------------------------

_LANGUAGE_CUE = re.compile(
    r"\b(?:level|fluen\w*|speak\w*|spoken|proficien\w*|natives?|natively|bilingual|cefr|"
    r"mother tongue|conversational|how good|how well|languages?)\b"
)
# "which languages?" alone may mean programming ones: the spoken ones are asked for with a verb of speech
_ALL_LANGUAGES = re.compile(
    r"\blanguages?\b.*\b(?:speak|speaks|spoken|fluent|fluently)\b|\b(?:speak|speaks|fluent)\b.*\blanguages\b|"
    r"\b(?:bilingual|multilingual|polyglot)\b|\b(?:spoken|foreign|human) languages\b"
)
_EXCEPT = r"\b(?:besides|other than|apart from|aside from|except(?: for)?|in addition to|beyond|as well as)"
_CODE_CUE = re.compile(r"\b(?:programming|coding|code|codes|scripting|tech|framework|frameworks|stack)\b")


def _listed(langs: Sequence[tuple[str, str | None]]) -> str:
    return "; ".join(f"{name} ({fluency})" if fluency else name for name, fluency in langs)


def _languages(message: str, resume: Resume, lookup: Callable[[str], Chunk | None]) -> list[Said] | None:
    langs = [(lang.language, lang.fluency) for lang in resume.languages if lang.language]
    chunk = lookup("profile#languages")
    if not langs or chunk is None or _CODE_CUE.search(message):
        return None
    named = [(n, f) for n, f in langs if re.search(rf"\b{re.escape(n.casefold())}\b", message)]
    short = len(_WORD.findall(message)) <= 3  # "spanish?", "spanish level?"
    besides = [(n, f) for n, f in named if re.search(rf"{_EXCEPT} {re.escape(n.casefold())}\b", message)]
    if besides:  # "which languages besides english?": the others
        others = [lang for lang in langs if lang not in besides]
        names = ", ".join(n for n, _ in besides)
        if not others:
            return [Said(f"Languages spoken: only {names}.", chunk)]
        return [Said(f"Besides {names}: {_listed(others)}.", chunk)]
    if named and (short or _LANGUAGE_CUE.search(message)):
        return [Said(f"{n}: {f or 'listed, no level given'}.", chunk) for n, f in named]
    if not named and _ALL_LANGUAGES.search(message):
        return [Said(f"Languages spoken: {_listed(langs)}.", chunk)]
    return None


# -- skill levels -------------------------------------------------------------------------------

_WEAKEST = re.compile(
    r"\b(?:weakest|weakness\w*|least (?:strong|experienced|proficient|advanced|developed|confident)|"
    r"lowest|most basic|still learning|beginner level)\b"
)
_STRONGEST = re.compile(
    r"\b(?:strongest|strengths?|most (?:advanced|experienced|proficient)|highest|top|best)\b"
)
_SKILL_WORD = re.compile(
    r"\b(?:skills?|skillsets?|levels?|strengths?|weakness\w*|expertise)\b|\b(?:best|strongest|weakest|worst) at\b"
)


def _skill_levels(message: str, resume: Resume, lookup: Callable[[str], Chunk | None]) -> list[Said] | None:
    weakest, strongest = bool(_WEAKEST.search(message)), bool(_STRONGEST.search(message))
    if weakest == strongest or not _SKILL_WORD.search(message):
        return None
    graded = [
        (rank, i, s)
        for i, s in enumerate(resume.skills)
        if (rank := level_rank(s.level)) is not None and (s.name or s.keywords)
    ]
    if len({rank for rank, _, _ in graded}) < 2:
        return None  # one level for every skill (or none): nothing to compare
    extreme = min(r for r, _, _ in graded) if weakest else max(r for r, _, _ in graded)
    said = []
    for rank, i, s in graded:
        chunk = lookup(f"profile#skills/{i}")
        if rank != extreme or chunk is None:
            continue
        what = s.name or ", ".join(s.keywords)
        detail = f" ({', '.join(s.keywords)})" if s.name and s.keywords else ""
        said.append(Said(f"{what}{detail}, listed as {s.level}.", chunk))
    if not said:
        return None
    lead = "The lowest-rated" if weakest else "The highest-rated"
    noun = "skill" if len(said) == 1 else "skills"
    return [Said(f"{lead} {noun} on the résumé: {said[0].text}", said[0].chunk), *said[1:]]


def resume_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None]
) -> Sequence[Said] | None:
    """The reply the résumé's fields give ``message`` (``lookup``: a passage by id), or None
    when the question is not one of the kinds read from fields."""
    text = message.casefold()
    return _languages(text, resume, lookup) or _skill_levels(text, resume, lookup)
