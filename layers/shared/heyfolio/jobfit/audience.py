"""Who is taught: teaching school pupils is not teaching undergraduates, nor the other way round.

Why: "Lecture first-year undergraduates" and a teacher of teenagers share every word that matters
("teach"), yet the owner has taught at another level; so do "teach university courses" and a bootcamp's
cohorts of career changers. The level a requirement names (school, university)
must be among the levels the owner's teaching shows; when her teaching names only the other one, it is
related evidence, not the thing. Teaching colleagues at work is not a level told apart here: whether a
club teacher can coach developers is the reader's judgment, and labelled sets read it both ways.
"""

from __future__ import annotations

import re

from heyfolio.jobfit.evidence import Corpus

__all__ = ["audience_not_shown"]

# A requirement asks for teaching when it says so with a verb of teaching (not "train a model").
_TEACH_ASKED = re.compile(
    r"\b(?:teach\w*|taught|tutor\w*|lectur\w*|instruct\w*|mentor\w*|coach\w*|"
    r"(?:run|give|deliver|hold)\w*\s+(?:\w+\s+){0,2}?(?:courses?|classes|workshops?|lessons?|seminars?))\b",
    re.IGNORECASE,
)
# A passage is teaching when it says so with a word of teaching or of its setting.
_TEACH_SHOWN = re.compile(
    r"\b(?:teach\w*|taught|tutor\w*|lectur\w*|instruct\w*|mentor\w*|coach\w*|courses?|curricul\w*|"
    r"workshops?|classes|lessons?|students?|pupils?)\b",
    re.IGNORECASE,
)
# The kinds of learners, each by the words that name them or the place they are taught in.
_LEARNERS: dict[str, re.Pattern[str]] = {
    "school": re.compile(
        r"\b(?:child(?:ren)?|kids?|young people|youth|pupils?|teen(?:s|agers?)?|schoolchildren|"
        r"(?:primary|secondary|high|middle|elementary|grammar)[- ]schools?|aged \d{1,2}\b|"
        r"year groups?|k-12|gcse|a-levels?)\b",
        re.IGNORECASE,
    ),
    "university": re.compile(
        r"\b(?:universit(?:y|ies)|college students?|undergrad\w*|postgrad\w*|graduate students?|"
        r"(?:bachelor|master|phd|doctoral)(?:'s)? students?|semesters?|lecturers?|faculty|academic)\b",
        re.IGNORECASE,
    ),
    # adults retraining outside a university: a bootcamp's cohorts, a code school's evening course
    "bootcamp": re.compile(
        r"\b(?:boot ?camps?|cohorts?|code schools?|coding schools?|career[- ]changers?|changing careers|"
        r"adult learners?|evening (?:course|classes)|night school)\b",
        re.IGNORECASE,
    ),
}


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _LEARNERS.items() if pattern.search(text)}


def _asked(text: str) -> set[str]:
    """The learners a requirement asks to teach: the kinds named after its verb of teaching."""
    verb = _TEACH_ASKED.search(text)
    if verb is None:
        return set()
    return _kinds(text[verb.start() :])


def _taught(corpus: Corpus) -> set[str]:
    """The learners the owner's teaching names, over each entry (a job, a volunteer role) that teaches:
    "Teacher at a coding club" with "free clubs for young people" in its summary teaches children."""
    by_entry: dict[str, list[str]] = {}
    for s in corpus.sentences:
        if s.kind in ("reference", "education"):
            continue  # a referee's words, or a degree (where she was taught), are not her teaching
        by_entry.setdefault(s.uri, [s.title]).append(s.text)
    shown: set[str] = set()
    for texts in by_entry.values():
        if any(_TEACH_SHOWN.search(t) for t in texts):
            shown |= _kinds(" ".join(texts))
    return shown


def audience_not_shown(text: str, corpus: Corpus) -> str | None:
    """The learners asked that no teaching of the owner names, when it names others (so the teaching is
    at another level); None when nothing is asked of the learners or the owner's teaching names none."""
    asked = _asked(text)
    if not asked:
        return None
    shown = _taught(corpus)
    if not shown or asked & shown:
        return None
    return " or ".join(sorted(asked))
