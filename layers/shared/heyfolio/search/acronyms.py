"""An acronym the question writes that the content only spells out: read as the content's words.

Why: recruiters write "BCM", "WER", "MTTR", "RTOSes" where a résumé writes "body control module",
"word error rate", "median time-to-remediate", "real-time operating systems". The acronym matches
no word of the content, so the lexical stage sees nothing and the question is carried, weakly, by
the dense stage alone. No table can list every field's acronyms; the content itself says which
phrase an acronym stands for: the one run of its words whose initials spell it.

How, cheaply: the content's words are reduced once (on the first question that needs it) to one
string of their initials, a separator wherever a phrase cannot run on (punctuation, a number).
An acronym asked is looked up there with ``str.find``; each place it occurs is read back as the
words there. A run counts when it reads as the name of a thing (``_phrase``): a plain run of content
words ("word error rate") or whole hyphenated compounds ("over-the-air"); two different phrases for
one acronym: neither is used. Initials alone can spell an unrelated run ("CRM" -> "comfortable
running meetings"), so search lets the phrase rank passages but not make a question answered
(``SearchIndex._search_one``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence

from heyfolio.search.text import STOP_WORDS, normalize_token

__all__ = ["Acronyms", "as_written", "asked_acronyms", "capital_words", "passage_texts", "spelled_out"]

# a word, or a separator a phrase cannot cross; a hyphen joins the words of one compound
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|[^\s]")
# an acronym as asked: capitals, optionally pluralised ("RTOSes", "BCMs")
_ASKED_RE = re.compile(r"\b([A-Z]{3,6})(?:e?s)?\b")
# typed in lower case ("ota updates?"): a short word, read as an acronym only when it is no word
_LOWER_RE = re.compile(r"\b[a-z]{3,5}\b")
_SEP = "|"
_MIN, _MAX = 3, 6
_READ_MAX = 32  # places an acronym's initials are read back at most (one phrase among them is used)
_CACHE = 1024
# the initials of a text, in the order ``_words`` reads it: a hyphen between letters joins a compound
# (its parts are words), each word is its first letter, every other mark (a digit, a dash, a stop) a
# separator
_JOIN_RE = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
_FIRST_RE = re.compile(r"(?<=[^\W\d_])[^\W\d_]+")  # the letters after a word's first
_MARK_RE = re.compile(r"[^\w\s]|[\d_]")
_BLANK_RE = re.compile(r"\s+")
# a word joining the parts of a name, which the name's acronym leaves out ("Maritime and Fisheries")
_JOINER_RE = re.compile(r"(?<=[^\W\d_]) (?:and|of|for|the|&)(?= [A-Z])")


def _words(text: str) -> list[tuple[str, bool]]:
    """``text`` as (word, joined to the next by a hyphen) pairs, a separator as ("", False)."""
    out: list[tuple[str, bool]] = []
    for tok in _TOKEN_RE.findall(text):
        if not tok[0].isalpha():
            out.append(("", False))
            continue
        parts = tok.split("-")
        out.extend((p, i < len(parts) - 1) for i, p in enumerate(parts))
    return out


def asked_acronyms(question: str) -> list[str]:
    """The capitalised acronyms a question writes ("BCM", "RTOSes" -> "RTOS"), as written."""
    return [m.group(1) for m in _ASKED_RE.finditer(question)]


class Acronyms:
    """The content's phrases by their initials (see the module docstring)."""

    __slots__ = ("_found", "_initials", "_joined", "_starts", "_texts")

    def __init__(self, texts: Sequence[str]) -> None:
        """``texts``: every passage's text (titles included). Built with ``re`` alone (each word to
        its first letter, each other mark to a separator): ~0.1 s for 10,000 passages."""
        self._texts = texts
        starts: list[int] = []
        parts: list[str] = []
        at = 0
        for text in texts:
            initials = _BLANK_RE.sub("", _MARK_RE.sub(_SEP, _FIRST_RE.sub("", _JOIN_RE.sub(" ", text))))
            lower = initials.lower()  # one character each ("İ" lowers to two: then letter by letter)
            initials = lower if len(lower) == len(initials) else "".join(ch.lower()[0] for ch in initials)
            starts.append(at)
            parts.append(initials)
            at += len(initials) + 1
        self._initials = _SEP.join(parts)
        self._starts = starts
        self._found: dict[str, str | None] = {}
        self._joined: Acronyms | None = None  # the names without their joining words (``_name_phrase``)

    def phrase(self, acronym: str) -> str | None:
        """The one phrase of the content whose initials spell ``acronym``, or None (none, several)."""
        key = acronym.casefold()
        if key not in self._found:
            if len(self._found) >= _CACHE:
                self._found.clear()
            self._found[key] = self._read(key) if _MIN <= len(key) <= _MAX and key.isalpha() else None
        return self._found[key]

    def _read(self, key: str) -> str | None:
        """``phrase`` of a well-formed key: a run of the content's words, else a name's (``_name_phrase``)."""
        found = self._phrases(key)
        if not found:
            return self._name_phrase(key)
        return next(iter(found.values())) if len(found) == 1 else None

    def _name_phrase(self, key: str) -> str | None:
        """The one name of the content, capitals on every word, whose initials spell ``key`` once the
        words joining its parts are left out, as its acronym leaves them ("European Maritime and
        Fisheries Fund": EMFF; "Bureau of Labor Statistics": BLS), or None. Built on first use."""
        if self._joined is None:
            self._joined = Acronyms([_JOINER_RE.sub("", t) for t in self._texts])
        found = self._joined._phrases(key, names=True)
        return next(iter(found.values())) if len(found) == 1 else None

    def _phrases(self, key: str, *, names: bool = False) -> dict[tuple[str, ...], str]:
        """The phrases of the content whose initials spell ``key``, by their words' stems (at most two);
        with ``names``, only those written with capitals on every word."""
        found: dict[tuple[str, ...], str] = {}  # the phrase by its words' stems ("module", "modules")
        start, seen = self._initials.find(key), 0
        while start >= 0 and seen < _READ_MAX:
            seen += 1
            t = bisect_right(self._starts, start) - 1
            i = start - self._starts[t]
            words = _words(self._texts[t])
            phrase = _phrase(words[i : i + len(key)], i > 0 and words[i - 1][1], names=names)
            if phrase is not None:
                found.setdefault(tuple(normalize_token(w) for w in re.split(r"[ -]", phrase)), phrase)
                if len(found) > 1:
                    return found
            start = self._initials.find(key, start + 1)
        return found


def _phrase(run: Sequence[tuple[str, bool]], before: bool, *, names: bool = False) -> str | None:
    """``run`` as one phrase when it reads as one name of a thing (``before``: whether the word
    before it is hyphenated to its first): whole words and compounds, not the middle of one
    ("part-time fixed-term"); no function word outside a compound ("on two"); no adverb or past
    form standing alone ("already", "issued"): a name ends in a noun; capitals on every word, on the
    first or on none ("App Store releases" is a name and a word); no word that is itself an
    acronym ("ECUs"); a past form only opening a name (``_past_form``: "named entity recognition").
    With ``names``, capitals on every word only."""
    words = [w for w, _ in run]
    if before or run[-1][1] or any(not w or sum(ch.isupper() for ch in w) > 1 for w in words):
        return None
    caps = [w[0].isupper() for w in words]
    if (any(caps[1:]) or names) and not all(caps):
        return None
    for i, (word, joined) in enumerate(run):
        in_compound = joined or (i > 0 and run[i - 1][1])
        folded = word.casefold()
        if not in_compound and (folded in STOP_WORDS or folded.endswith("ly") or _past_form(word, i, caps)):
            return None
    return "".join(w + ("-" if joined else " ") for w, joined in run).strip().casefold()


def _past_form(word: str, at: int, caps: Sequence[bool]) -> bool:
    """Whether ``word`` (the ``at``-th of a run whose words' capitals are ``caps``) reads as a verb's
    past form ("issued", "Reduced document generation"), not as a participle naming a kind of thing
    ("named entity recognition", "Supervised Learning"): one is, when it opens a run written in lower
    case or in capitals on every word (a sentence opening with a capital starts with its verb)."""
    if not word.casefold().endswith("ed"):
        return False
    return at > 0 or len(caps) < 2 or (caps[0] and not all(caps))


def as_written(question: str, written: Callable[[str], bool]) -> str:
    """``question`` with the content's own acronyms asked in a plural the stemmer does not read
    ("RTOSes" -> "RTOS"; ``written(acronym)``: the content writes it)."""
    for a in dict.fromkeys(a for a in asked_acronyms(question) if written(a)):
        question = re.sub(rf"\b{a}es\b", a, question)
    return question


def spelled_out(
    question: str,
    acronyms: Callable[[], Acronyms],
    written: Callable[[str], bool],
    named: Callable[[str], bool],
    plain: Callable[[str], bool],
) -> str:
    """``question`` with each acronym the content does not write but spells out read as its phrase
    ("BCM boot time" -> "body control module boot time"). ``written(acronym)``: the content writes
    it (read as written); ``named(acronym)``: the tables name it ("MTTR"), so it is kept beside the
    content's phrase ("median time-to-remediate"), which may not be the one the tables know. Typed in
    lower case ("ota updates?") a word is an acronym only when ``plain(word)`` says it is no word of
    the content, the tables or the language."""
    asked = [a for a in asked_acronyms(question) if not written(a)]
    asked += [w for w in _LOWER_RE.findall(question) if not plain(w)]
    if not asked:
        return question
    table = acronyms()
    for a in dict.fromkeys(asked):
        phrase = table.phrase(a)
        if phrase is not None:
            said = f"{a} {phrase}" if named(a) else phrase
            question = re.sub(rf"\b{a}(?:e?s)?\b", said, question)
    return question


def passage_texts(chunks: Iterable[object]) -> list[str]:
    """The text search reads of each passage: its title and its text."""
    return [f"{getattr(c, 'title', '')} | {getattr(c, 'text', '')}" for c in chunks]


_CAPITAL_WORD_RE = re.compile(r"\b[A-Z][A-Z0-9]+\b")


def capital_words(texts: Iterable[str]) -> frozenset[str]:
    """The words ``texts`` write in capitals ("PT", "AWS"): what a question's capitals may be the
    content's own (``respell.Respeller.capital``). One ``re`` pass: ~0.05 s for 10,000 passages."""
    return frozenset(w for t in texts for w in _CAPITAL_WORD_RE.findall(t))
