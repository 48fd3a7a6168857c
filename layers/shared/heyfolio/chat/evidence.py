"""The strongest evidence a portfolio holds for a pitch: results, awards, ranked projects, and
the sentences on the topic a pitch question names.

Why: a pitch answered with the summary alone repeats what the owner claims; a recruiter asking
"why hire her?" or "one standout achievement?" wants the proof - the sentences that state a
result (a figure, a record, an award), the awards, the project that stands highest by what its
page reports. "Why is she a good fit for an accessibility-heavy team?" asks for the proof on one
topic: the sentences that name the question's own topic words (its words less the words every
pitch is asked with), whichever owner and wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from heyfolio.chat.ranking import ranked
from heyfolio.search.chunks import Chunk
from heyfolio.search.pitch_topic import topic_terms
from heyfolio.search.text import analyze, asked_in_other_words, expand

__all__ = [
    "FIGURE",
    "Evidence",
    "concept",
    "evidence_rank",
    "standout_evidence",
    "topic_credit",
    "topic_evidence",
    "topic_terms",
]

FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|hundred|thousand|million|billion|dozen|half)\b",
    re.IGNORECASE,
)
"""A sentence that states an amount (a digit or a number word)."""
_RESULT = re.compile(
    r"\b(?:won|wins?|record|award\w*|first|zero|cut|cutting|reduc\w*|rais\w*|grew|grow\w*|improv\w*|"
    r"promoted|adopted|acquired|saved?|dropped|fell|halved|doubled|tripled|lowered|shrank)\b",
    re.IGNORECASE,
)
# A change stated as its two figures ("from 9 hours to 14 hours"): a result, whatever its verb
_CHANGE = re.compile(
    r"\bfrom (?:about |around )?\S*\d[^.;]{0,30}? to (?:about |around )?\S*\d", re.IGNORECASE
)
_EVIDENCE_KINDS = frozenset(
    {
        "work",
        "volunteer",
        "project",
        "resume_project",
        "award",
        "publication",
        "faq",
        "education",
        "certificate",
    }
)
_ENTRY_KINDS = frozenset({"work", "volunteer"})
# A sentence that opens by answering its FAQ's question ("Yes, a few a year, mostly on storage durability"):
# quoted without the question it says nothing of its own
_REPLY_OPENING = re.compile(
    r"^(?:yes|no|yeah|sure|absolutely|definitely|not really|of course)\b", re.IGNORECASE
)

_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")
_HEADER = re.compile(r"^[\w &/-]{1,40}:\s*$")
_LABEL = re.compile(r"^(?:[A-Z][\w-]*(?: [\w-]+){0,2}):\s+(?=\S)")  # "Award: ", "A: ", "Work experience: "
_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b")


@dataclass(frozen=True)
class Evidence:
    """One sentence of the portfolio and the passage it is cited from."""

    chunk: Chunk
    sentence: str


def evidence_rank(sentence: str) -> int:
    """Sentences that state a result (a figure, a record, an award) first: the more, the earlier
    (``sorted`` keeps the written order otherwise)."""
    undated = _DATE.sub(" ", sentence)  # a date is when, not an amount
    return -(bool(FIGURE.search(undated)) + bool(_RESULT.search(undated)))


def _concreteness(sentence: str) -> int:
    """How much a sentence proves: each amount it states, and a result word (a record, an award)."""
    undated = _DATE.sub(" ", sentence)
    return len(FIGURE.findall(undated)) + bool(_RESULT.search(undated))


_COMMON_SHARE = 0.3  # a word whose rarity is under this share of an unseen word's is said by most passages


def _topic_concepts(
    question: str,
    names: Sequence[str],
    rarity: Callable[[str], float],
    chunks: Sequence[Chunk],
    headline: str,
) -> list[dict[str, float]]:
    """The concepts of a pitch ``question``'s topic, less the owner's own field when a rarer topic
    asked beside it is named in the portfolio's ``chunks``: a word of the ``headline`` (the owner's
    title and first line) that most passages say - a data engineer's "data", a mobile engineer's
    "app" - describes every line, so it cannot pick the lines on "a fintech data role" or "our metro
    app in tunnels with no reception"; asked alone, or beside words nothing names, it stays the topic."""
    # (a sector asked by its name, "a logistics scale-up", is named by what its companies do: "2,300
    # trucking companies", as search reads it)
    concepts = {
        t: {**dict(asked_in_other_words(t)), **concept(t)} for t in sorted(topic_terms(question, names))
    }
    unseen = rarity("")  # no passage says the empty term: the rarity of a word none says
    field = frozenset(analyze(headline))
    rare = {t: c for t, c in concepts.items() if t not in field or rarity(t) >= _COMMON_SHARE * unseen}
    if not rare or len(rare) == len(concepts):
        return list(concepts.values())
    said = frozenset(
        w for chunk in chunks if chunk.kind in _EVIDENCE_KINDS for s in _sentences(chunk) for w in analyze(s)
    )
    named = any(said & c.keys() for c in rare.values())
    return list((rare if named else concepts).values())


# A field line of an entry, a list of names and no evidence ("Topics: Kubernetes, autoscaling, operators")
_FIELD_LINE = re.compile(
    r"^(?:topics|keywords|tags|languages|role|roles|dates|status|repository|repo|type|links?|website|url):\s",
    re.IGNORECASE,
)


def _sentences(chunk: Chunk) -> list[str]:
    return _line_sentences(chunk.text.splitlines())


def _line_sentences(raw: Sequence[str]) -> list[str]:
    lines = [
        _LABEL.sub("", ln.strip().lstrip("-• ").strip())
        for ln in raw
        if not _FIELD_LINE.match(ln.strip().lstrip("-• ").strip())
    ]
    return [
        s.strip()
        for ln in lines
        if ln and not _HEADER.match(ln)
        for s in _SENTENCE.split(ln)
        if len(s.split()) >= 3
    ]


def _proves(sentence: str, employer: frozenset[str]) -> int:
    """How much ``sentence`` proves (``_concreteness``): nothing when it is the employer's line."""
    return 0 if sentence in employer else _concreteness(sentence)


def _employer_sentences(chunk: Chunk) -> frozenset[str]:
    """The sentences of a job's line on its employer ("Lindgrün Payments: Payment processing start-up
    of about 140 people"): they say who the employer is, so their figure is its size, not the owner's
    result."""
    if chunk.kind != "work":
        return frozenset()
    lines = [
        ln
        for ln in chunk.text.splitlines()
        if (name := ln.partition(": ")[0]) and f" at {name}" in chunk.title
    ]
    return frozenset(_line_sentences(lines))


def topic_evidence(
    question: str,
    chunks: Sequence[Chunk],
    rarity: Callable[[str], float],
    names: Sequence[str] = (),
    limit: int = 2,
    shown: Sequence[Chunk] = (),
    headline: str = "",
) -> list[Evidence]:
    """The sentences (one a passage, at most ``limit``, none from the passages already ``shown``)
    naming most of the question's topic terms - rarer terms weighing more, then the sentence that
    proves most (amounts, results), one that proves nothing followed by its passage's best proof on
    the topic; ``[]`` when the question names no topic (a plain "why hire her?") or nothing names it."""
    concepts = _topic_concepts(question, names, rarity, chunks, headline)
    if not concepts:
        return []
    found = []
    for order, chunk in enumerate(chunks):
        if chunk.kind not in _EVIDENCE_KINDS or any(c.id == chunk.id for c in shown):
            continue
        for sentence in _sentences(chunk):
            # (an FAQ on the role she wants does answer "would she fit to lead a data platform team?")
            if chunk.kind == "faq" and (_REPLY_OPENING.match(sentence) or sentence.endswith("?")):
                continue
            credit, weight = _credit(concepts, frozenset(analyze(sentence)), rarity)
            if credit:
                found.append((-credit, -weight, -_concreteness(sentence), order, chunk, sentence))
    found.sort(key=lambda item: item[:4])
    out: list[Evidence] = []
    for *_, chunk, sentence in found:
        if all(e.chunk.id != chunk.id for e in out):
            employer = _employer_sentences(chunk)
            if sentence in employer:
                # "a payments startup": the employer's line names the topic ("Payment processing start-up
                # of about 140 people"), and what the owner did there on it is said in its place ("First
                # dedicated security hire.") when a sentence of the job speaks to the topic too
                title = _sentences(chunk)[:1]  # the job's title line names it, like the employer's
                own = [p for *_, c, p in found if c.id == chunk.id and p not in employer and p not in title]
                # (said with the job's figure on the topic when it states none: "reviewed more than
                # 1,400 pull requests")
                figure = next((p for p in own[1:] if FIGURE.search(_DATE.sub(" ", p))), None)
                if own and figure is not None and not FIGURE.search(_DATE.sub(" ", own[0])):
                    sentence = f"{_stop(own[0])} {figure}"
                elif own:
                    sentence = own[0]

            # a sentence that only names the topic ("the staff engineer for the data platform") is
            # followed by its passage's best proof on the topic ("carries 22,000 payment events a second")
            proof = next((p for *_, c, p in found if c.id == chunk.id and _proves(p, employer)), None)
            if proof is None and chunk.kind in _ENTRY_KINDS and not _proves(sentence, employer):
                # "a medical device company": the employer's line names the topic ("Medical-device maker
                # of infusion pumps"), what she did there proves it ("firmware under IEC 62304 class C")
                proof = max(
                    (
                        p
                        for p in _sentences(chunk)
                        if p != sentence and p not in employer and (_RESULT.search(p) or FIGURE.search(p))
                    ),
                    key=_concreteness,
                    default=None,
                )
            heading = bool(_sentences(chunk)) and _sentences(chunk)[0] == sentence  # the entry's title line
            said = sentence if _proves(sentence, employer) or proof is None else f"{_stop(sentence)} {proof}"
            said = proof if heading and proof is not None else said
            # the passage's own result on the topic beside what it did on it ("firmware for an infusion
            # pump under IEC 62304", then "pump battery life from 9 hours to 14 hours"): a second
            # sentence of it naming a word asked that states a result (a result word or a change)
            result = next(
                (
                    p
                    for credit, *_, c, p in found
                    if c.id == chunk.id
                    and -credit >= 1.0
                    and p not in said
                    and p not in employer
                    and (_RESULT.search(p) or _CHANGE.search(p))
                    and FIGURE.search(_DATE.sub(" ", p))
                ),
                None,
            )
            said = f"{_stop(said)} {result}" if result is not None else said
            out.append(Evidence(chunk, said))
        if len(out) == limit:
            break
    return out


def topic_credit(
    question: str,
    rarity: Callable[[str], float],
    names: Sequence[str] = (),
    chunks: Sequence[Chunk] = (),
    headline: str = "",
) -> Callable[[str], float]:
    """How much a sentence speaks to a pitch ``question``'s topic (a fintech role: "carries 22,000
    payment events a second" does, "cut the cloud bill" does not): each topic concept once, for its
    best word (the owner's field left out as ``topic_evidence`` does); 0.0 for every sentence when
    the pitch names no topic."""
    concepts = _topic_concepts(question, names, rarity, chunks, headline)

    def credit(sentence: str) -> float:
        return _credit(concepts, frozenset(analyze(sentence)), rarity)[0] if concepts else 0.0

    return credit


def concept(term: str, *, bare: bool = True) -> dict[str, float]:
    """A term with its related words, each at its best weight ("fintech": fintech 1, payment 0.5,
    ledger 0.5): a word listed in its own group of related words ("cost" among "bill, budget, cost")
    stays the word asked, at 1, not a related one. A term with no words of its own (only a kind) is
    itself (``bare``), else nothing."""
    out: dict[str, float] = {}
    for t, w in expand(term):
        if not t.startswith("kind:"):
            out[t] = max(out.get(t, 0.0), w)
    return out or ({term: 1.0} if bare else {})


def _credit(
    concepts: Sequence[dict[str, float]], words: frozenset[str], rarity: Callable[[str], float]
) -> tuple[float, float]:
    """How much of the topic a sentence names - each concept once, for its best word (the word
    asked 1, a related word less: "payment events" speaks to a fintech role) - and the rarity of the
    words it names them with (a word every passage says proves less than a rare one)."""
    credit = weight = 0.0
    for concept in concepts:
        best = max(((w, t) for t, w in concept.items() if t in words), default=None)
        if best is not None:
            credit += best[0]
            weight += best[0] * rarity(best[1])
    return credit, weight


def _stop(sentence: str) -> str:
    return sentence if sentence.endswith((".", "!", "?")) else sentence.rstrip(";,:") + "."


def standout_evidence(chunks: Sequence[Chunk]) -> list[Evidence]:
    """The portfolio's standing proof beside any role: its first award (as listed) and the
    project that ranks highest by what its page reports (stars, downloads, adoption)."""
    out: list[Evidence] = []
    award = next((c for c in chunks if c.kind == "award"), None)
    if award is not None:
        said = [s.rstrip(".") + "." for s in _sentences(award)[:2]]
        if said:
            out.append(Evidence(award, " ".join(said)))
    top = ranked(chunks, "", "popular")
    if top and top[0].value:
        out.append(Evidence(top[0].chunk, f"{top[0].name}: {top[0].sentence}"))
    return out
