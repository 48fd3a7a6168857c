"""Screening questions answered from the résumé's own fields when the portfolio has no FAQ for them.

Why: a recruiter asks the same few things - when can she start, remote or office, would she
relocate, can she work here, what languages - and a portfolio with an FAQ answers them there. A
portfolio that is only a JSON Resume says them in the summary ("Open to hybrid roles in Lisbon;
not relocating. EU citizen, one month's notice.") and in its languages entry, which search,
weighing the words of "how soon could she start?", ranks below the job entries that say "started".
So the question's topic picks the field: the summary's sentence on that topic, the languages entry
for a language it lists. Judged by the topic, not by the words (a question naming Lisbon's office
is about where she works, whichever city).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.search.chunks import Chunk

__all__ = ["ScreeningAnswer", "screening_answer", "skill_levels"]


@dataclass(frozen=True)
class ScreeningAnswer:
    """The passage that answers and the words of it that do."""

    chunk: Chunk
    said: str


# topic: (how a question asks it, how a sentence of the summary answers it)
_TOPICS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "notice": (
        re.compile(
            r"\b(?:notice(?: period)?|how soon|when could (?:she|he|they) start|start date|earliest start|"
            r"(?:start|join)(?:ing)? (?:date|soon|immediately|right away|next month)|available to start|availability)\b",
            re.I,
        ),
        re.compile(r"\b(?:notice|available from|availab\w+|start(?:ing)? (?:in|from|on))\b", re.I),
    ),
    "place": (
        re.compile(
            r"\b(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|office|in person|commut\w*|days? a week|wfh|"
            r"work from home)\b",
            re.I,
        ),
        re.compile(r"\b(?:remote|hybrid|on-?site|office|in person)\b", re.I),
    ),
    "relocation": (
        re.compile(r"\b(?:relocat\w*|move to|moving to|willing to move|open to moving)\b", re.I),
        re.compile(r"\brelocat\w*\b", re.I),
    ),
    "authorization": (
        re.compile(
            r"\b(?:visa|sponsor\w*|work (?:permit|authori[sz]ation)|right to work|citizen\w*|"
            r"authori[sz]ed to work|eligible to work|passport)\b",
            re.I,
        ),
        re.compile(r"\b(?:citizen\w*|visa|sponsor\w*|work permit|right to work|authori[sz]\w*)\b", re.I),
    ),
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_LANGUAGE_Q = re.compile(r"\b(?:speak|spoken|fluent|fluency|level|proficien\w*|native|language)\b", re.I)


def _summary_sentence(basics: Chunk, answers: re.Pattern[str]) -> str | None:
    lines = [ln for ln in basics.text.splitlines()[1:] if ln and not ln.startswith(("Location:", "Email:"))]
    for line in lines:
        for sentence in _SENTENCE.split(line):
            if answers.search(sentence):
                return sentence.strip()
    return None


def screening_answer(question: str, chunks: Sequence[Chunk]) -> ScreeningAnswer | None:
    """The résumé field that answers a screening ``question`` when no FAQ entry does, else None:
    the summary's sentence on the topic asked ("one month's notice"), or the languages entry when
    the question names a language it lists ("Spanish level?")."""
    if any(c.kind == "faq" for c in chunks):
        return None  # the FAQ is where this portfolio answers screening questions; search finds it
    languages = next((c for c in chunks if c.kind == "language"), None)
    if languages is not None:
        # the languages themselves, not the words the passage carries for how people ask ("speak")
        listed = [k for k in languages.keywords if not _LANGUAGE_Q.fullmatch(k)]
        named = [k for k in listed if re.search(rf"\b{re.escape(k)}\b", question, re.I)]
        if named and (_LANGUAGE_Q.search(question) or len(question.split()) <= 4):
            return ScreeningAnswer(languages, languages.text.split(": ", 1)[-1])
    basics = next((c for c in chunks if c.kind == "basics" and c.id.endswith("#basics")), None)
    if basics is None:
        return None
    for asks, answers in _TOPICS.values():
        if asks.search(question):
            said = _summary_sentence(basics, answers)
            if said:
                return ScreeningAnswer(basics, said)
    return None


_LEVELS = (
    "master",
    "expert",
    "advanced",
    "proficient",
    "intermediate",
    "competent",
    "basic",
    "beginner",
    "novice",
)
_LEVEL = re.compile(r"\((" + "|".join(_LEVELS) + r")\)\s*$", re.I)
_WEAKEST_Q = re.compile(
    r"\b(?:weakest|least (?:strong|experienced|proficient|skilled)|lowest|newest to|least)\b.*\bskills?\b|"
    r"\bskills?\b.*\b(?:weakest|lowest|least)\b",
    re.I,
)
_STRONGEST_Q = re.compile(
    r"\b(?:strongest|best|top|highest|most (?:proficient|experienced|skilled))\b.*\bskills?\b|"
    r"\bskills?\b.*\b(?:strongest|highest)\b",
    re.I,
)


def skill_levels(question: str, chunks: Sequence[Chunk]) -> list[Chunk]:
    """ "What's her weakest skill?" / "strongest skill?": the skill entries ordered by the level
    each states ("Frontend Engineering (Master)" before "Android Native (Beginner)"), the weakest
    first when asked for; ``[]`` when the question ranks no skills or no entry states a level."""
    weakest = bool(_WEAKEST_Q.search(question))
    if not weakest and not _STRONGEST_Q.search(question):
        return []
    rated = []
    for i, chunk in enumerate(chunks):
        m = _LEVEL.search(chunk.title) if chunk.kind == "skill" else None
        if m:
            rated.append((_LEVELS.index(m.group(1).casefold()), i, chunk))
    if len(rated) < 2:
        return []
    rated.sort(key=lambda item: (-item[0], item[1]) if weakest else (item[0], item[1]))
    top = rated[0][0]
    return [c for level, _, c in rated if level == top]
