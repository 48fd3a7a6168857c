"""Whether a passage search only marked *weak* still answers the question, said in other words.

Why: search's relevance floor is tuned to keep questions the portfolio cannot answer out ("has she
used Snowflake?" finds the warehouse work), so a question asked in words of its own ("how did she get rid
of old cloud credentials?" of "removed 420 long-lived AWS access keys") finds its fact only among
the weak passages, and the answerer declined it. The two kinds differ in what the question names:
a near miss names a thing the portfolio never names (a technology, a language, a sport, a place, a
credential written with a capital), while a paraphrase names only things the portfolio has and asks
in ordinary words. A weak passage is taken as the answer only when (1) the question names nothing
absent from the whole portfolio, and every name it writes with a capital is in the passage; (2) one
sentence of the passage is close in meaning to the question and shares a word of it the portfolio
knows - for a yes-or-no question, very close and two of its words ("has she built X?" answered with
a passage that only comes close reads as a yes); (3) the sentence states the kind of thing asked
for (a number for "how many/how much", a year for "when", a currency for money, a time for speed).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from heyfolio.chat.support import missing_names, vocabulary
from heyfolio.jobfit.terms import TECH_WORDS
from heyfolio.search.chunks import Chunk
from heyfolio.search.index import Hit
from heyfolio.search.text import analyze, expand, is_family_member_term, normalize_token

__all__ = ["WeakRead", "weak_answer"]

# (not after "p.m." or "e.g.": the sentence goes on)
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\b[a-zA-Z]\.[a-zA-Z]\.)\s+|\n+")
_BULLET = re.compile(r"^[-•*]\s+")
_CLAUSE = re.compile(r"(?<=;)\s+")
# a name by its capitals: inside the sentence ("Strata"), or anywhere past its first letter ("watchOS")
_CAPITAL_WORD = re.compile(r"(?<=[\w,] )[A-Z][\w+#.-]*|\b\w+[A-Z][\w+#.-]*")
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|double|twice|tripled?|quadrupled?|dozen)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATES = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")  # a date is no amount
_QUANTITY_Q = re.compile(
    r"\bhow (?:much|many|fast|quick(?:ly)?|long|big|large|small|often|far|accurate|cheap(?:er)?|"
    r"slow|well)\b|\b(?:what|which) (?:was|is|were) the (?:size|number|amount|share|rate)\b",
    re.IGNORECASE,
)
# What a quantity is measured in, when the question says: money is said in a currency, speed in time.
_MONEY_Q = re.compile(
    r"\b(?:money|earn\w*|revenue|income|paid|pay|price\w*|costs?|spend\w*|spent|bills?|budget|salary|"
    r"profit\w*|cheaper|sav(?:e|ed|es|ing|ings))\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[€$£¥]|\b(?:EUR|USD|GBP|CHF|PLN|dollars?|euros?|pounds?|francs?)\b", re.IGNORECASE)
_SPEED_Q = re.compile(
    r"\b(?:fast(?:er)?|quick(?:er|ly)?|slow(?:er)?|speed\w*|sped|snappier|latency)\b", re.IGNORECASE
)
_TIME = re.compile(
    r"\b\d[\d.,]*\s*(?:ms|s|x)\b|\b(?:milliseconds?|seconds?|minutes?|hours?|days?|weeks?|times)\b|%",
    re.IGNORECASE,
)
# A question asking yes or no ("has she...?", "did he...?"), not for a fact a sentence states.
_YES_NO = re.compile(
    r"^\W*(?:(?:and|so|but|also|ok|okay)\W+)?(?:has|have|had|did|does|do|is|are|was|were|can|could|would|will)\b",
    re.IGNORECASE,
)
# "Did she do more pentests at Kestrel or as a freelancer?": two things weighed, not a yes or a no
_WEIGHED_CHOICE = re.compile(
    r"\b(?:more|less|fewer|longer|shorter|bigger|larger|smaller|better|worse|higher|lower)\b.*\bor\b",
    re.IGNORECASE,
)
_WHEN_Q = re.compile(r"\b(?:when|what year|which year|since when)\b", re.IGNORECASE)
_HINT_WEIGHT = 0.5  # an expansion this close counts as the word itself ("outage" for "incident")
_MIN_COSINE = 0.42  # how close in meaning the answering sentence is to the question
_YES_NO_COSINE = 0.5  # as close, for a yes-or-no question
_SHORT = 3  # content words below which a word the portfolio lacks is what the question is about
_CANDIDATES = 5  # the closest weak passages read
# A vendor named in full ("Amazon hosting costs") where the portfolio writes its cloud's initials ("AWS
# spend"): the passage names the vendor asked about.
_VENDOR_SHORT = {
    t: set(analyze(short))
    for vendor, short in (("Amazon", "AWS"), ("Google", "GCP"), ("Microsoft", "Azure"))
    for t in analyze(vendor)
}


@dataclass(frozen=True)
class WeakRead:
    """One weak passage that answers: its sentence closest in meaning to the question, and how close."""

    hit: Hit
    sentence: str
    closeness: float


def _terms(message: str, owner_words: Sequence[str]) -> list[str]:
    owner = {t for w in owner_words for t in analyze(w)}
    return [t for t in dict.fromkeys(analyze(message)) if t not in owner and not t.startswith("kind:")]


def _related(term: str) -> set[str]:
    return {term} | {e for e, w in expand(term) if w >= _HINT_WEIGHT and not e.startswith("kind:")}


def _names_absent(message: str, unknown: Sequence[str], chunks: Sequence[Chunk]) -> bool:
    """Whether the question names a thing the portfolio never names: a technology, a member of a
    family a résumé lists (a language, a sector, a sport), or a word written with a capital inside
    the sentence ("Strata", "FlexRay") - the near miss, not a paraphrase."""
    if missing_names(message, chunks):
        return True
    capitals = {t for w in _CAPITAL_WORD.findall(message) for t in analyze(w)}
    return any(
        is_family_member_term(t) or t in TECH_WORDS or normalize_token(t) in TECH_WORDS or t in capitals
        for t in unknown
    )


def _sentences(chunk: Chunk) -> list[tuple[str, str]]:
    """Each clause of the passage (split at semicolons too: the clause is what is close in meaning)
    with its whole sentence: "Built the slot API; it handles 1,800 requests per second" says in its
    second clause what the first names, so the words asked about are read in the sentence."""
    return [
        (clause.strip(), _BULLET.sub("", sentence.strip()))
        for sentence in _SENTENCE.split(chunk.text)
        for clause in _CLAUSE.split(sentence)
        if clause.strip()
    ]


def weak_answer(
    message: str,
    weak: Sequence[Hit],
    chunks: Sequence[Chunk],
    closeness: Callable[[Sequence[str]], list[float]] | None,
    owner_words: Sequence[str] = (),
) -> list[WeakRead]:
    """The weak passages (of ``weak``, the closest first) that answer ``message`` in other words, each
    with its answering sentence, the closest in meaning first; ``[]`` when the question is a near
    miss or no sentence says it. ``closeness`` gives the cosines of sentences to the question."""
    terms = _terms(message, owner_words)
    if not terms or not weak or closeness is None:
        return []
    vocab = vocabulary(chunks).terms
    known = [t for t in terms if _related(t) & vocab]
    unknown = [t for t in terms if t not in known]
    if not known or _names_absent(message, unknown, chunks):
        return []
    # "has she built X?" answered by a passage that only comes close reads as a yes: only a sentence
    # very close in meaning that says two of its known words answers it
    weighed = bool(_WEIGHED_CHOICE.search(message))
    yes_no = bool(_YES_NO.match(message)) and not weighed
    if len(terms) < 2 or (unknown and len(terms) < _SHORT):
        return []  # "ionic apps?", "a LinkedIn?": the one word asked about is the question
    quantity = bool(_QUANTITY_Q.search(message))
    when = bool(_WHEN_Q.search(message))
    money, speed = bool(_MONEY_Q.search(message)), bool(_SPEED_Q.search(message))
    named = [t for w in _CAPITAL_WORD.findall(message) for t in analyze(w) if t in terms]
    out: list[WeakRead] = []
    for hit in weak[:_CANDIDATES]:
        sentences = _sentences(hit.chunk)
        entry = set(analyze(f"{hit.chunk.title}\n{hit.chunk.text}"))
        unnamed = [t for t in named if not ((_related(t) | _VENDOR_SHORT.get(t, set())) & entry)]
        if not sentences or (unnamed and not (weighed and (len(named) == 1 or len(unnamed) < len(named)))):
            # "did she cut costs at Initech?": a passage not naming Initech is another entry (of two
            # weighed - "at Initech or at Hooli?", "at Initech or as a freelancer?" - it speaks to one)
            continue
        best: tuple[float, str] | None = None
        cosines = closeness([clause for clause, _ in sentences])
        for (clause, sentence), cosine in zip(sentences, cosines, strict=True):
            said = set(analyze(sentence))
            present = sum(1 for t in known if _related(t) & said)
            if (
                cosine < (_YES_NO_COSINE if yes_no else _MIN_COSINE)
                or present < (2 if yes_no else 1)
                or (quantity and not _NUMBER.search(_DATES.sub(" ", clause)))
                or (when and not _YEAR.search(f"{clause} {hit.chunk.title}"))
                or (money and not _MONEY.search(clause))
                or (speed and not _TIME.search(clause))
            ):
                continue
            if best is None or cosine > best[0]:
                best = (cosine, sentence)
        if best is not None:
            out.append(WeakRead(hit, best[1], best[0]))
    return sorted(out, key=lambda r: -r.closeness)
