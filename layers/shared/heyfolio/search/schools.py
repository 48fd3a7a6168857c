"""Whether the school a question names is one the owner studied at: "did he study at Seoul National University?".

Why: a school's name is made of words the portfolio has elsewhere - the city the owner lives in
("Seoul", "Munich"), the words of the school she did attend ("National University") - so the
education entries rank first and read as a yes, though none of them is the school asked about. A
school is named only when one education entry names every name-like word of it (or its initials:
"UCL" of University College London), or the owner's own profile writes the name as one phrase
("studied at Seoul National University"); otherwise the honest reply is that the portfolio does not
say. Read in search, so such a question's hits come back weak, and by the offline answerer, which
says which school the portfolio does not mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from heyfolio.search.chunks import Chunk
from heyfolio.search.credentials import DETERMINERS, GENERIC_WORDS
from heyfolio.search.text import STOP_WORDS, analyze, fold

__all__ = [
    "CASUAL_SLOT",
    "SCHOOLING",
    "SCHOOL_KINDS",
    "SCHOOL_SLOT",
    "WENT_SLOT",
    "slot_words",
    "unnamed_school",
]

# The slots that name a school: "study at X", "a degree from X", "an X grad". The words between
# the degree and "at" are one phrase: "her PhD or her time at Quai Neuf" joins two things, and the
# place after "or" / "than" / "and then" is the second one's (a job), not the degree's school.
SCHOOL_SLOT = re.compile(
    r"\b(?:stud(?:y|ied|ying)|degrees?|graduat\w*|attend\w*|enrolled|schooled|educated|"
    r"masters?|master's|bachelors?|bachelor's|phd|mba|diploma)\b"
    r"(?:\s+(?!(?:or|and|than|then|but|nor|vs|versus|plus|while)\b)[\w'-]+){0,4}?\s+(?:at|from)\s+"
    # "what is she studying at the moment?": a time, not a school
    r"(?!(?:the\s+)?(?:moment|minute|present|time|weekends?|nights?|evenings?|home)\b)"
    r"((?:the\s+)?[\w&'.-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w&'.-]*)*)"
    r"|\b((?-i:[A-Z])[\w&'.-]*)\s+(?:grad|graduate|alum|alumna|alumnus|alumni|degree|diploma)\b",
    re.IGNORECASE,
)
# "did she go to MIT?": a place one goes to - a school, an employer, an event; a school when the
# question is about studying (``SCHOOLING``).
WENT_SLOT = re.compile(
    r"\b(?:went|(?:did|has|have)\s+\w+\s+(?:ever\s+)?(?:go|gone)|going)\s+to\s+((?:the\s+)?[\w&'.-]+(?:\s+(?:of\s+)?(?-i:[A-Z])[\w&'.-]*)*)",
    re.I,
)
# "oxford grad?", "is he a harvard alum": a school typed in lower case, as casual messages are; read
# only in a message with no capital at all, and only a word that is not a kind of graduate ("a recent
# grad", "a bootcamp grad", "a cs grad") - a field the owner studied is named by the entry anyway.
CASUAL_SLOT = re.compile(r"\b([a-z][\w&'.-]*)\s+(?:grad|graduate|alum|alumna|alumnus|alumni)\b")
_GRADUATE_KINDS = frozenset(
    {
        "recent", "new", "fresh", "former", "past", "ex", "young", "first", "latest", "grad", "graduate", "high",
        "bootcamp", "boot", "camp", "cs", "stem", "ivy", "league", "state", "tech", "phd", "masters", "master's",
        "bachelors", "bachelor's", "mba", "doctoral", "postgrad", "undergrad", "undergraduate", "university", "uni",
        "college", "school", "degree", "a", "an", "the", "her", "his", "their", "she", "he", "they", "is", "was",
    }
)  # fmt: skip
SCHOOLING = re.compile(
    r"\b(?:school|college|uni|university|degrees?|stud(?:y|ied)|grad\w*|education|alum\w*)\b", re.I
)
SCHOOL_KINDS = ("education", "basics")

_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f][\w+#]*")
_LINKING = frozenset({"of", "in", "for", "and", "the", "&", "de", "der", "du", "des", "la"})
# a school's kind or a degree's, not which school: "Seoul National University" is named by "Seoul"
_SCHOOL_GENERIC = frozenset(
    {"national", "state", "technical", "institute", "polytechnic", "academy", "faculty", "campus", "s"}
)


def slot_words(phrase: str) -> list[str]:
    """The words of a slot that may name something: not stop words, determiners, generic words
    ("university", "school") or numbers."""
    words = [w for w in _WORD.findall(phrase) if fold(w) not in STOP_WORDS and fold(w) not in DETERMINERS]
    return [w for w in words if fold(w) not in GENERIC_WORDS and not w.isdigit()]


def _casual_slots(message: str) -> list[str]:
    """The school names a message typed all in lower case writes before "grad" or "alum"."""
    if message != message.casefold():
        return []
    return [m.group(1) for m in CASUAL_SLOT.finditer(message) if m.group(1) not in _GRADUATE_KINDS]


def _school_slots(message: str) -> list[str]:
    """The school names a question writes; "a CS degree" names a field, not a school."""
    slots = [
        next((g for g in m.groups() if g), "")
        for m in SCHOOL_SLOT.finditer(message)
        if m.group(1) or not re.search(r"(?:degree|diploma)$", m.group(0), re.IGNORECASE)
    ]
    if SCHOOLING.search(message):
        slots += [m.group(1) for m in WENT_SLOT.finditer(message)]
    return [s for s in slots if s]


def _initials(title: str) -> str:
    """The initials of the capitalised words of ``title``, linking words skipped ("University
    College London" -> "ucl")."""
    return "".join(
        w[0] for w in _WORD.findall(title) if w[:1].isupper() and fold(w) not in _LINKING
    ).casefold()


def _entry_names(chunk: Chunk, words: Sequence[str]) -> bool:
    """Whether one passage names every one of ``words`` (as written, by its stem, or as initials)."""
    text = f"{chunk.title}\n{chunk.text}"
    written = {fold(w) for w in _WORD.findall(text)}
    terms = set(analyze(text))
    initials = _initials(chunk.title.split(" (")[0])
    for word in words:
        folded = fold(word)
        if folded in written or (set(analyze(word)) and set(analyze(word)) <= terms):
            continue
        if word.isupper() and len(word) >= 2 and folded in initials:
            continue
        return False
    return True


def _phrase_in(chunk: Chunk, words: Sequence[str]) -> bool:
    """Whether ``chunk`` writes ``words`` one after another, as one name."""
    pattern = r"\b" + r"\W+(?:\w+\W+)?".join(re.escape(fold(w)) for w in words) + r"\b"
    return re.search(pattern, fold(f"{chunk.title}\n{chunk.text}")) is not None


def unnamed_school(
    message: str,
    chunks: Sequence[Chunk],
    owner_words: Iterable[str] = (),
    name_like: Callable[[str], bool] = lambda w: w != fold(w),
) -> str | None:
    """The school ``message`` asks about ("study at TU Munich", "a Seoul National University grad")
    when no one education entry names every name-like word of it and no profile passage writes it
    as one name, else None. ``name_like``: whether a word names something (by default: written with
    a capital)."""
    owner = {fold(w) for name in owner_words for w in _WORD.findall(name)}
    casual = _casual_slots(message)
    slots = _school_slots(message) + casual
    if not slots:
        return None
    education = [c for c in chunks if c.kind == "education"]
    profile = [c for c in chunks if c.kind == "basics"]
    for slot in slots:
        words = [w for w in slot_words(slot) if fold(w) not in owner and (slot in casual or name_like(w))]
        named = [w for w in words if fold(w) not in _SCHOOL_GENERIC]
        if not named:
            continue
        # the name as written, its kind words too ("University of Valencia" is not "in Valencia")
        whole = [w for w in _WORD.findall(slot) if fold(w) not in DETERMINERS and fold(w) not in _LINKING]
        if any(_entry_names(c, named) for c in education) or any(_phrase_in(c, whole) for c in profile):
            continue
        return " ".join(words)
    return None
