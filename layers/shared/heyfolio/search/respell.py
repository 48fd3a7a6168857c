"""A question as written in a hurry, read as the words it stands for: shorthand and short typos.

Why: recruiters write "yrs of exp?", "wher is she based", "wrkd", "mgmt role?". Those words match
nothing in the content, and the question's cues ("how many years", "where does she live") are
read from its words, so an unread short word loses the whole question. Word-level spelling
correction (``spelling.Speller``) leaves words under five letters alone because they sit one
edit from too many real words; here they are read by three general rules of written English,
in this order, and only when the word is lower case (not a name), unknown to the content, to the
analyzer's tables and (when the embedder has a vocabulary) to the language itself:

1. shorthand with a fixed meaning (``text.SHORTHAND``: "yrs" -> "years", "uni" -> "university"), two-word
   shorthand first (``text.SHORTHAND_PAIRS``: "comp sci" is computer science, though "comp" alone is pay);
2. a word written without its vowels ("wrk", "wrkd", "mny", "ppl") is the word whose consonant
   skeleton it is, the most common one first (function words, then the content's words);
3. a word of three or four letters one edit from a function word ("teh" -> "the"), or one
   dropped letter from a word of the content ("wher" -> "where"), keeping its first letter: a
   swap or a wrong letter in a short word could be many words ("rsut" stays as asked);
4. a longer word one edit from exactly one word of the content or the tables, keeping its first
   letter ("studdy" -> "study"), so the question's cues see it too; or, none being one edit away, the
   clipped start of exactly one such word ("postdoc" -> "postdoctoral").

A word the content uses, a real word ("gigs") and a name ("IC", "Elixir") are never rewritten; shorthand
written in capitals ("YOE", "EM") is still shorthand (``Respeller.capital``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping

from heyfolio.search.spelling import Speller, edit_distance
from heyfolio.search.swapped import swapped_back, unswapped
from heyfolio.search.text import (
    CAPITAL_CONCEPTS,
    SHORTHAND,
    SHORTHAND_PAIRS,
    STOP_WORDS,
    is_lexicon_term,
    normalize_token,
)

__all__ = ["Respeller", "skeleton"]

# a word in any script: an accented name ("Noémie") is read whole, never as "No" plus a short typo
_WORD_RE = re.compile(r"[^\W\d_][^\W_]*")
_VOWELS = frozenset("aeiou")
_SHORT_MAX = 4  # longer words are corrected word by word by the index's speller
_CLIP_MIN = 3  # letters a clipped word leaves off at least ("postdoc" of "postdoctoral"; not a plural's)


def skeleton(word: str) -> str:
    """``word`` without the vowels after its first letter ("worked" -> "wrkd")."""
    return word[:1] + "".join(ch for ch in word[1:] if ch not in _VOWELS)


_PAIR_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in SHORTHAND_PAIRS) + r")\b", re.IGNORECASE
)


class Respeller:
    """Rewrites a question's shorthand and short typos (see the module docstring)."""

    __slots__ = (
        "_capitals",
        "_freq",
        "_known",
        "_knows_word",
        "_prefixed",
        "_skeletons",
        "_speller",
        "_stop",
    )

    def __init__(
        self,
        words: Mapping[str, int],
        known: Callable[[str], bool],
        knows_word: Callable[[str], bool] | None = None,
        speller: Speller | None = None,
        capitals: Callable[[str], bool] | None = None,
    ) -> None:
        """``words``: the spellings a word may be read as (the content's and the lexicon's), each
        with how many passages use it; ``known(term)``: whether the content has an index term;
        ``knows_word(word)``: whether a word belongs to the language (the embedder's vocabulary); ``speller``: the index's speller
        over ``words`` (finds the words one edit away without scanning them all); ``capitals(word)``:
        whether the content writes ``word`` in capitals ("PT" in an address; by default: uses it at all)."""
        self._known = known
        self._capitals = capitals
        self._speller = speller
        self._stop = sorted(w for w in STOP_WORDS if w.isalpha() and len(w) >= 3)
        self._knows_word = knows_word
        # function words are the commonest words of English: ahead of any content word on a tie
        top = max(words.values(), default=0) + 1
        self._freq = {w: n for w, n in words.items() if w.isalpha()}
        for w in STOP_WORDS:
            if w.isalpha() and len(w) > 1:
                self._freq[w] = top
        self._skeletons: dict[str, list[str]] = {}
        self._prefixed: list[str] | None = None  # the words in order, for ``_clipped`` (built on first use)
        for w in sorted(self._freq):
            key = skeleton(w)
            if key != w:
                self._skeletons.setdefault(key, []).append(w)

    def _plain(self, word: str) -> bool:
        """Whether ``word`` reads as itself: a word of the content, the tables or the language."""
        if word in STOP_WORDS or word in self._freq:
            return True
        term = normalize_token(word)
        if self._known(term) or is_lexicon_term(term):
            return True
        return self._knows_word is not None and self._knows_word(word)

    def word(self, word: str) -> str | None:
        """What the lower-case ``word`` stands for, or None when it reads as itself."""
        full = SHORTHAND.get(word)
        if full is not None:
            # a word the content uses stays, unless it is one term with what it stands for ("a11y")
            term = normalize_token(word)
            return None if self._known(term) and term != normalize_token(full) else full
        if len(word) < 3 or not word.isalpha() or self._plain(word):
            return None
        if skeleton(word) == word:
            found = self._skeletons.get(word)
            if found:
                return min(found, key=lambda w: (-self._freq[w], w))
        if len(word) > _SHORT_MAX:
            # two neighbours swapped ("expreience"): the word of the language it swaps back into
            back = swapped_back(word, self._plain)
            if back is not None:
                return back
            # a longer word: rewritten only when one word of the content or the tables is a single
            # edit away ("studdy" -> "study"); several, or none, are left to the index's speller
            if self._speller is None:
                return None
            found = self._speller.suggest(word, 1, limit=2, accept=lambda w: w[:1] == word[:1])
            if found:
                return found[0] if len(found) == 1 else None
            return self._clipped(word)
        found = [w for w in self._stop if w[:1] == word[:1] and edit_distance(word, w, 1) <= 1]
        if self._speller is not None:
            found += self._speller.suggest(word, 1, limit=10, accept=lambda w: w[:1] == word[:1])
        # a content word only for a dropped letter: a swap or a wrong letter in a short word could
        # be many words ("rsut"), a function word is the likeliest of them
        stop = set(self._stop)
        found = [w for w in found if len(w) >= 3 and w in self._freq and (w in stop or len(w) > len(word))]
        if not found:
            return None
        # two letters swapped ("teh" -> "the") or a dropped one ("wher" -> "where", not "when")
        # first, then the commoner word
        return min(
            found,
            key=lambda w: (sorted(w) != sorted(word), len(w) <= len(word), -self._freq[w], w),
        )

    def _clipped(self, word: str) -> str | None:
        """The one word of the content or the tables that ``word`` is the clipped start of
        ("postdoc" -> "postdoctoral", "bioinfo" -> "bioinformatics"), or None (none, or words of
        several stems: "bio" of "biology" and "biography"). Why: a recruiter clips a long word the
        résumé writes whole, and a clip is no word of the language, so nothing else reads it."""
        if self._prefixed is None:
            self._prefixed = sorted(self._freq)
        words = self._prefixed
        at = bisect_left(words, word)
        stems: dict[str, str] = {}
        while at < len(words) and words[at].startswith(word) and len(stems) < 2:
            full = words[at]
            if len(full) >= len(word) + _CLIP_MIN:
                stems.setdefault(normalize_token(full), full)
            at += 1
        return next(iter(stems.values())) if len(stems) == 1 else None

    def capital(self, raw: str) -> str | None:
        """What ``raw``, written in capitals ("YOE", "EM"), stands for as shorthand, or None.

        Why: recruiters capitalise their shorthand as acronyms ("how many YOE?", "was she an EM?"); read
        as a name, it matches nothing and the question is lost. Only a fixed meaning
        (``text.SHORTHAND``) of a word the content does not write in capitals itself ("PT" in a
        Portuguese address stays; "em" in a Portuguese title is another word), and not one the analyzer
        reads as a concept in capitals ("IC", "TA")."""
        word = raw.casefold()
        if not raw.isupper() or not raw.isascii() or word in CAPITAL_CONCEPTS:
            return None
        full = SHORTHAND.get(word)
        if full is None:
            return None
        written = self._capitals(raw) if self._capitals is not None else self._known(normalize_token(word))
        return None if written else full

    def name(self, word: str) -> str | None:
        """The known name the lower-case, capitalised-as-written ``word`` is with two adjacent
        letters swapped ("pareclbird" -> "parcelbird", ``swapped``), or None."""
        if self._speller is None or self._plain(word):
            return None
        return unswapped(word, self._speller)

    def question(self, text: str) -> str:
        """``text`` with each lower-case shorthand or short typo replaced by the word it stands for."""

        def swap(m: re.Match[str]) -> str:
            raw = m.group()
            lead_cap = raw[:1].isupper()
            if any(ch.isupper() for ch in raw[1:]):
                # "RabbitMQ": a name; "YOE", "EM" in capitals: still the recruiter's shorthand
                return self.capital(raw) or raw
            if not raw.isascii():
                return raw  # "Noémie", "Größe": a name or a word of another language, not English shorthand
            if lead_cap:
                before = text[: m.start()].rstrip()
                if before and before[-1] not in ".?!:;\"'“(«-—":
                    # capitalised mid-sentence: a name, unless two of its letters are swapped
                    name = self.name(raw.casefold())
                    return raw if name is None else name[:1].upper() + name[1:]
            full = self.word(raw.casefold())
            if full is None:
                return raw
            return full[:1].upper() + full[1:] if lead_cap else full

        return _WORD_RE.sub(swap, _PAIR_RE.sub(lambda m: self._pair(m.group()), text))

    def _pair(self, raw: str) -> str:
        """The two-word shorthand ``raw`` ("comp sci") written out, unless the content writes it itself."""
        if all(self._known(normalize_token(w)) for w in raw.casefold().split()):
            return raw
        full = SHORTHAND_PAIRS[" ".join(raw.casefold().split())]
        return full[:1].upper() + full[1:] if raw[:1].isupper() else full
