"""Screening questions answered from the résumé's summary when the portfolio has no FAQ for them.

Why: a recruiter asks the same few things - when can she start, remote or office, would she
relocate, can she work here - and a portfolio with an FAQ answers them there. A portfolio that
is only a JSON Resume says them in the summary ("Open to hybrid roles in Lisbon; not relocating.
EU citizen, one month's notice."), which search, weighing the words of "how soon could she
start?", ranks below the job entries that say "started". So the question's topic picks the
summary's sentence on that topic. Judged by the topic, not by the words (a question naming
Lisbon's office is about where she works, whichever city). Spoken languages are read from their
own field (``heyfolio.chat.spoken_languages``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.chat.places import PERMIT_ASKED
from heyfolio.search.attributes import PAY_AMOUNT
from heyfolio.search.chunks import Chunk
from heyfolio.search.owner_only import CAN_START as _CAN_START
from heyfolio.search.owner_only import NOTICE_ASKED, OWNER_AVAILABILITY, unstated_owner_topic
from heyfolio.search.text import analyze

__all__ = [
    "ScreeningAnswer",
    "asked_topic",
    "screening_answer",
    "states_logistics",
    "summary_sentence",
    "unstated_topic",
]


@dataclass(frozen=True)
class ScreeningAnswer:
    """The passage that answers and the words of it that do."""

    chunk: Chunk
    said: str


# pay named, or stated as a sum per period ("I am looking for EUR 70,000 to 80,000 a year")
_SALARY = re.compile(r"\b(?:salary|compensation|day rate|hourly rate|rate of)\b|" + PAY_AMOUNT, re.I)
_PAY_EXPECTED = re.compile(
    r"^(?!.*\b(?:current(?:ly)?|now|today|last|previous(?:ly)?|before|bonus\w*|equity|stock|earn\w*|made|paid|"
    r"take-home|history)\b).*\b(?:salar(?:y|ies)|compensation|remuneration|pay (?:range|band|expectations?)|"
    r"(?:day|daily|hourly) rates?)\b",
    re.I,
)
# topic: (how a question asks it, how a sentence of the summary answers it)
_TOPICS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # a question naming sponsorship or a move is about that; the office it names is context ("take a
    # job in our New York office without us sponsoring her?"), so these are read first
    "authorization": (
        PERMIT_ASKED,
        re.compile(r"\b(?:citizen\w*|visa|sponsor\w*|work permit|right to work|authori[sz]\w*)\b", re.I),
    ),
    "relocation": (
        re.compile(
            r"\b(?:relocat\w*|move to|moving to|willing to move|open to moving|move (?:here|there|countries))\b",
            re.I,
        ),
        re.compile(r"\brelocat\w*\b", re.I),
    ),
    "notice": (
        NOTICE_ASKED,
        re.compile(
            r"\b(?:notice|available from|availab\w+|start(?:ing)? (?:in|from|on|within))\b|" + _CAN_START,
            re.I,
        ),
    ),
    # "salary expectations?" of a summary that says "I am looking for EUR 70,000 to 80,000 a year"
    # without the word: the sentence stating pay, as a sum per period or by name
    # expectations or a rate asked, not what the owner earns now or earned before, nor a bonus
    "salary": (_PAY_EXPECTED, _SALARY),
    "place": (
        re.compile(
            # "hybrid cloud", "a hybrid app": a kind of system, not of work arrangement
            r"\b(?:remote(?:ly)?|hybrid(?! (?:cloud|apps?|mobile|models?|search|networks?|infrastructure|"
            r"architectures?|workloads?|environments?|vehicles?|engines?))|on-?site|in[- ]office|office|in person|"
            r"commut\w*|days? a week|wfh|"
            # "what kind of work setup does she want?": where she works, asked by the word for it
            r"work from home|work(?:ing)? (?:set-?up|arrangements?|model|mode))\b",
            re.I,
        ),
        re.compile(r"\b(?:remote|hybrid|on-?site|office|in person)\b", re.I),
    ),
}
# The passages the chunker derives from the summary's screening sentences ("profile#summary/remote"):
# not an FAQ the owner wrote, and search may rank them below its floor for a casual phrasing ("is
# she ok with fully remote"), so the summary's own sentence still answers.
_FROM_SUMMARY = "profile#summary/"
# A question on what happened ("did she ever work from an office in Barcelona?", "has he worked
# remotely before?") asks about the past, which a preference for the next job does not answer.
_PAST = re.compile(
    r"\b(?:did|has|have) (?:she|he|they)(?: ever| already| previously)? (?:work(?:ed)?|live[d]?|been|move[d]?)\b|"
    r"\b(?:she|he|they) (?:ever|previously) (?:worked|lived|moved)\b",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


# Where or how the owner wants to work, said of the next job rather than of work done ("I work fully
# remote from Lisbon", "Based in Kraków; looking for hybrid roles").
_PREFERENCE = re.compile(
    r"\b(?:I work|I am based|based in|looking for|open to|prefer\w*|happy to|willing to|available|"
    r"not relocating|I live)\b",
    re.I,
)


def states_logistics(sentence: str) -> bool:
    """Whether a summary sentence states hiring logistics (work authorisation, relocation, notice,
    salary, where and how the owner wants to work) rather than the case for the owner: a reply to
    "why should we hire her?" quotes the case, and the logistics answer their own questions."""
    if _SALARY.search(sentence):
        return True
    if any(_TOPICS[t][1].search(sentence) for t in ("authorization", "relocation", "notice")):
        return True
    return bool(_TOPICS["place"][1].search(sentence) and _PREFERENCE.search(sentence))


def summary_sentence(basics: Chunk, answers: re.Pattern[str], question: str = "") -> str | None:
    """The sentence of the summary passage ``basics`` that ``answers`` matches, else None: the first,
    or the one sharing most words with ``question`` ("need visa sponsorship?" is told by "...
    relocation with visa sponsorship", not by "South Korean citizen; I completed military service")."""
    lines = [ln for ln in basics.text.splitlines()[1:] if ln and not ln.startswith(("Location:", "Email:"))]
    said = [s.strip() for line in lines for s in _SENTENCE.split(line) if answers.search(s)]
    if not said:
        return None
    asked = set(analyze(question))
    return max(said, key=lambda s: len(asked & set(analyze(s))))  # max keeps the first of equals


def screening_answer(
    question: str, chunks: Sequence[Chunk], *, unfound: bool = False
) -> ScreeningAnswer | None:
    """The summary's sentence on the screening topic ``question`` asks ("one month's notice")
    when no FAQ entry answers it, else None. The passages derived from the summary answer in
    its stead while search finds them; ``unfound``: search found nothing for the question."""
    if any(c.kind == "faq" and not c.id.startswith(_FROM_SUMMARY) for c in chunks):
        # the FAQ is where this portfolio answers screening questions, and search finds it; a
        # phrasing search misses ("without us sponsoring her?") is answered by the FAQ's entry on
        # the topic
        return _faq_answer(question, chunks) if unfound else None
    derived = {c.id.removeprefix(_FROM_SUMMARY) for c in chunks if c.id.startswith(_FROM_SUMMARY)}
    if not unfound and derived and _derived_topic(question, derived):
        return None  # search ranks the derived passages; only a phrasing it misses comes here
    basics = next((c for c in chunks if c.kind == "basics" and c.id.endswith("#basics")), None)
    if basics is None:
        return None
    past = bool(_PAST.search(question))
    for topic, (asks, answers) in _TOPICS.items():
        if past and topic in ("place", "relocation"):
            continue  # where she worked or lived is her history, not where she would work next
        if asks.search(question):
            said = summary_sentence(basics, answers, question)
            if said:
                return ScreeningAnswer(basics, said)
    return None


def asked_topic(question: str) -> str | None:
    """The screening topic ``question`` asks ("notice", "authorization", "relocation", "place"),
    else None."""
    past = bool(_PAST.search(question))
    for topic, (asks, _) in _TOPICS.items():
        if not (past and topic in ("place", "relocation")) and asks.search(question):
            return topic
    return None


def _derived_topic(question: str, derived: set[str]) -> bool:
    """Whether the screening topic ``question`` asks has a passage derived from the summary (search
    ranks it): a topic the chunker did not recognise in the summary ("new engagements can usually
    start within three weeks") is still answered by the summary's sentence on it, not by search."""
    past = bool(_PAST.search(question))
    for topic, (asks, _) in _TOPICS.items():
        if (past and topic in ("place", "relocation")) or not asks.search(question):
            continue
        return bool(derived & set(_FAQ_KEYS[topic]))
    return True


# The FAQ fields that answer each topic, the first holding the topic's words answering
_FAQ_KEYS: dict[str, tuple[str, ...]] = {
    "authorization": ("work_authorization",),
    "relocation": ("relocation", "remote", "location"),
    "notice": ("notice_period", "availability"),
    "salary": (),
    "place": ("remote", "location"),
}


def _faq_answer(question: str, chunks: Sequence[Chunk]) -> ScreeningAnswer | None:
    """The FAQ's answer on the screening topic ``question`` asks (its field for the topic, which
    says the topic's words: a relocation asked is answered where the owner says "relocate"), else None."""
    past = bool(_PAST.search(question))
    faq = {c.id.split("#", 1)[1]: c for c in chunks if c.kind == "faq" and c.id.startswith("faq#")}
    for topic, (asks, answers) in _TOPICS.items():
        if (past and topic in ("place", "relocation")) or not asks.search(question):
            continue
        for key in _FAQ_KEYS[topic]:
            chunk = faq.get(key)
            said = chunk.text.split("): ", 1)[-1].strip() if chunk is not None else ""
            if chunk is not None and said and (key == _FAQ_KEYS[topic][0] or answers.search(said)):
                return ScreeningAnswer(chunk, said)
        return None  # the topic asked is not answered in the FAQ: not another topic's answer
    return None


def unstated_topic(question: str, chunks: Sequence[Chunk]) -> str | None:
    """What the question asks that only the owner can say and no passage states (``owner_only``)."""
    return unstated_owner_topic(question, chunks)


# "when could she start?", "how soon is she available?": a start asked, which the notice alone does not date
_START_Q = re.compile(
    r"\b(?:when (?:could|can|would|will|might) (?:she|he|they|(?-i:[A-Z])\w+)(?: \w+ly)?(?: be able to)? "
    r"(?:start|join|begin)|start(?:ing)? date|how soon|available (?:to start|from)|"
    + OWNER_AVAILABILITY
    + r"|earliest start)\b",
    re.I,
)


def start_answer(question: str, shown: ScreeningAnswer, chunks: Sequence[Chunk]) -> ScreeningAnswer | None:
    """ "Notice period, and when could she start?": the FAQ's availability (the date she can start
    from) beside the notice ``shown``, when the question asks a start and the FAQ states both."""
    if not _START_Q.search(question):
        return None
    chunk = next((c for c in chunks if c.id == "faq#availability"), None)
    if chunk is None or chunk.id == shown.chunk.id:
        return None
    said = chunk.text.split("): ", 1)[-1].strip()
    return ScreeningAnswer(chunk, said) if said else None
