"""The parts of a two-question message that the reply to the whole message leaves unanswered.

Why: recruiters ask two unrelated things at once ("Is she open to remote, and does she speak
German?", "Does he know Spark? Also, what's his notice period?"). The two facts live in different
passages - a preference in the FAQ, a language in the résumé - and a reply built for the whole
message answers whichever part its reader or its search matched best. A part that asks on its own
(it starts as a question and leans on no other part: no "it", "there", "that job") and whose words
the reply never uses was not answered; it gets an answer of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.chat.screening import asked_topic
from heyfolio.search.clauses import question_clauses
from heyfolio.search.text import analyze

__all__ = ["leaning_parts", "resolved", "unanswered_parts"]

# A part that is a question of its own: it opens with a question word or an auxiliary, after a
# joining word ("and does she ...", "also, what's ...", "plus any ...").
_ASKS = re.compile(
    r"^(?:(?:and|also|plus|but|so|then|oh|ok|okay|lastly|finally)\b\W*)*"
    r"(?:what|what's|whats|which|when|where|who|whom|whose|how|why|is|are|was|were|does|do|did|can|"
    r"could|would|will|has|have|had|should|any)\b",
    re.IGNORECASE,
)
# Words that point back at another part of the message: read alone, the part is not the question.
_LEANS = re.compile(
    r"\b(?:it|its|there|then|that|those|these|this|the same|one of them|the former|the latter)\b",
    re.IGNORECASE,
)
# A lead-in before a colon ("Quick ones for Leonor:", "Two things:"): the question follows it.
_LEAD_IN = re.compile(r"^[^:?]{1,60}:\s+")
_COVERED_SHARE = 0.5  # a reply using half of a part's words speaks to it


_FRAGMENT_WORDS = 4  # "Notice period?", "Visa status?": a screening fact named in a few words


def _screening_fragment(part: str) -> bool:
    """Whether ``part`` names a screening fact in a few words without a question word ("Notice
    period? And would he relocate?"): recruiters' shorthand, a question of its own."""
    return len(part.split()) <= _FRAGMENT_WORDS and asked_topic(part) is not None


def _uncovered(message: str, reply: str, owner: Sequence[str], keep: Callable[[int, str], bool]) -> list[str]:
    """The parts of ``message`` (two or more questions) that ``keep`` (position, part) takes and whose
    words, the owner's name aside, ``reply`` uses less than half of, in the message's order."""
    parts = question_clauses(message)
    if len(parts) < 2:
        return []
    names = {t for word in owner for t in analyze(word)}
    said = set(analyze(reply))
    out: list[str] = []
    for i, part in enumerate(parts):
        if not _ASKS.match(part):
            # "Quick ones for Leonor: what's her notice period": the question after a lead-in
            part = _LEAD_IN.sub("", part)
        if not (_ASKS.match(part) or _screening_fragment(part)) or not keep(i, part):
            continue
        terms = [t for t in dict.fromkeys(analyze(part)) if t not in names]
        if terms and sum(t in said for t in terms) / len(terms) < _COVERED_SHARE:
            out.append(part)
    return out


def unanswered_parts(message: str, reply: str, owner: Sequence[str] = ()) -> list[str]:
    """The parts of ``message`` (two or more questions) that ask on their own and whose words
    ``reply`` does not use, in the message's order; [] for a single question."""
    return _uncovered(message, reply, owner, lambda _, part: not _LEANS.search(part))


# A thing the part leans on, said as a pronoun or as the kind of thing it is ("how fast is it?",
# "where did the idea come from?", "how many stars does the tool have?").
_THING = re.compile(
    r"\b(?:it|its|the (?:idea|project|tool|library|app|repo|package|plugin|operator|service))\b",
    re.IGNORECASE,
)


def leaning_parts(message: str, reply: str, owner: Sequence[str] = ()) -> list[str]:
    """The parts of ``message`` after the first that ask of the thing the first part is about
    ("..., and how fast is it?") and whose words ``reply`` does not use."""
    return _uncovered(message, reply, owner, lambda i, part: i > 0 and bool(_THING.search(part)))


def resolved(part: str, name: str) -> str:
    """``part`` asked of ``name``: "how fast is it" -> "how fast is ledgerline", "where did the idea
    come from" -> "where did the idea come from (ssrf-sieve)"."""
    if re.search(r"\bits?\b", part, re.IGNORECASE):
        return re.sub(
            r"\bit\b", name, re.sub(r"\bits\b", f"{name}'s", part, flags=re.IGNORECASE), flags=re.IGNORECASE
        )
    return f"{part} ({name})"
