"""Whom the owner manages: the résumé's own statements about people, read across the entries.

Why: "does she manage people?" or "does anyone report to her?" is answered by a handful of
sentences spread over the résumé - the current role's ("no direct reports", "I lead six engineers
as a hands-on tech lead"), the summary's ("managed a team of seven") and a past role's ("Line
manager of the data team", "Led a team of 14 receptionists") - none of which shares many words
with the question, so search ranks references and skills first and the reply misses the answer. A
recruiter wants all of them, the current role first: whether the owner manages people now, whether
they did before, and the lighter forms (mentoring, pairing with juniors) that say how far it went.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from heyfolio.chat.named_entries import entry_org, names_in
from heyfolio.chat.sources import Said
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["asks_hands_on", "asks_people", "closest_to_managing", "hands_on_reply", "people_reply"]

# A question about the owner managing people, as a fact of the career ("does she manage people?",
# "has he ever had direct reports?", "does anyone report to her?", "is she a people manager?").
_ASKS = re.compile(
    r"\bmanag(?:e|es|ed|ing)\s+(?:any\s+)?(?:people|staff|anyone|anybody|others|humans|a team|teams|"
    r"engineers|developers|reports)\b|\bpeople[- ]manag\w*|\bline[- ]manag\w*|\bdirect reports?\b|"
    r"\breport(?:s|ed|ing)? (?:in)?to (?:her|him|them)\b|"
    r"\bhow many (?:people|engineers|developers|staff|reports)\b(?: \w+){0,3} manag(?:e|ed|es)\b",
    re.IGNORECASE,
)
# ... but not what the owner would do or wants (the FAQ's preferences answer it), nor how long or
# when (the roles' dates answer it).
_NOT = re.compile(
    r"\b(?:would|could|will|might|should|want|wants|looking for|rather|prefer\w*|open to|interested|"
    r"how long|how many years|since when|when did|balance)\b",
    re.IGNORECASE,
)
_N = (
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"twenty|several|a few)"
)
# How a résumé states managing people, strongest first: a manager's duties and reports, leading a
# team, then the lighter forms (mentoring, coaching, pairing with juniors).
_SAID: tuple[tuple[float, re.Pattern[str]], ...] = (
    (
        3.0,
        re.compile(
            r"\b(?:direct reports?|formal reports|reports? to me|line[- ]manag\w*|people[- ]manag\w*|"
            r"one[- ]to[- ]ones?|1:1s|performance reviews|individual[- ]contributor|one-person|sole trader|"
            # the people managed, not a thing managed for them ("the release checklist for the people team")
            rf"manag(?:e|ed|es|ing) (?:a |the |an |my |our |both |{_N} )?(?:(?!(?:for|of|in|at|with|on|to|by)\b)[\w-]+ ){{0,5}}?"
            # ("Managed 6 seasonal workers at harvest": the hands of a farm or a site are people too)
            r"(?:teams?|group|department|people|engineers|developers|staff|reports|workers|employees|labourers))\b",
            re.IGNORECASE,
        ),
    ),
    (
        2.0,
        re.compile(
            # ("Led a deck crew of 9", "supervised 12 technicians": a crew or a shift is people led too;
            # "Supervised a front desk of 8 receptionists": a desk or a shift of people, however they are called)
            rf"\b(?:lead|leads|led|leading|ran|run|runs|running|head(?:ed|s)?|grew|built|supervis(?:e|ed|es|ing))"
            rf" (?:a |the |an |my |our |{_N} )?(?:[\w-]+ ){{0,3}}?(?:team|group|department|squad|crews?|engineers|"
            rf"developers|people|staff|technicians|operators|workers|employees|(?:desk|shift) of {_N})\b|"
            rf"\btech(?:nical)? lead\b|\bhired {_N}\b",
            re.IGNORECASE,
        ),
    ),
    (
        1.0,
        re.compile(
            rf"\b(?:mentor(?:s|ed|ing)?|coach(?:es|ed|ing)?|trained|paired (?:\w+ )?with) (?:{_N} )?"
            r"(?:[\w-]+ ){0,2}?(?:engineers|developers|juniors?|SREs|people|analysts|staff|hires|interns|apprentices|"
            r"graduates|students)\b",
            re.IGNORECASE,
        ),
    ),
)
_KINDS = ("work", "basics", "volunteer")
_NUMBER = re.compile(rf"\b{_N}\b", re.IGNORECASE)
_MAX_ENTRIES = 4
_PER_ENTRY = 2
_COUNTED = re.compile(r"\bhow (?:many|big|large)\b|\bsize\b", re.IGNORECASE)  # a number asked: more lines
_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z])")


# A question whether the owner still does technical work ("is he still technical at all or just a people
# manager?", "does she still code?", "is he still hands-on?", "a hands-on lead?"): a manager's or lead's
# own sentence of the technical work kept answers it, not the sentences about the people managed.
# "hands-on AWS experience" asks about a skill, not this.
_ASKS_HANDS_ON = re.compile(
    r"\bstill (?:\w+ )?(?:technical|hands[- ]on|cod(?:e|es|ing)|program(?:s|ming)?|writ(?:e|es|ing) code|"
    r"ships? code|an? (?:ic|individual contributor|engineer|developer))\b|"
    r"\bstay(?:s|ing|ed)? (?:technical|hands[- ]on)\b|"
    r"\bhands[- ]on(?: technically| (?:tech(?:nical)? )?lead| ic| individual contributor| engineer| manager)?\s*(?:[?.!]|$)|"
    r"\bhands[- ]on (?:tech(?:nical)? lead|lead|ic|individual contributor|manager)\b",
    re.IGNORECASE,
)
# A sentence stating technical work the owner keeps doing: "a hands-on tech lead", "I still review
# designs and pair on incidents", "Stayed hands-on for a fifth of my time", "still write code".
_HANDS_ON_SAID = re.compile(
    r"\bhands[- ]on\b(?! (?:experience|labs?|workshops?|training|sessions?|courses?)\b)|"
    r"\bstill (?:\w+ ){0,2}?(?:review|writ|write|cod|pair|design|build|ship|program|commit|debug|own|"
    r"contribut|prototyp|architect)\w*",
    re.IGNORECASE,
)


def asks_hands_on(question: str) -> bool:
    """Whether ``question`` asks whether the owner still does technical work (a manager or a lead)."""
    return bool(_ASKS_HANDS_ON.search(question))


def hands_on_reply(question: str, chunks: Sequence[Chunk], first: str = "the owner") -> list[Said] | None:
    """The current roles' and the summary's own sentences stating the technical work the owner keeps
    doing ("I still review designs and pair on incidents", "a hands-on tech lead"), each with its
    passage; None when the question does not ask it or nothing current states it (the people
    managed, or search, answer then)."""
    if not asks_hands_on(question):
        return None
    entries = sorted(
        (c for c in chunks if (c.kind == "work" and "present)" in c.title) or c.id.endswith("#basics")),
        key=_order,
    )
    out: list[Said] = []
    for chunk in entries:
        kept = [s for s in _sentences(chunk) if _HANDS_ON_SAID.search(s)][:_PER_ENTRY]
        if kept:
            out.append(Said(_framed(chunk, " ".join(kept), first), chunk))
    return out[:_MAX_ENTRIES] or None


def asks_people(question: str) -> bool:
    """Whether ``question`` asks whether the owner manages (or managed) people."""
    return bool(_ASKS.search(question)) and not _NOT.search(question)


def _strength(sentence: str) -> float:
    return next((w for w, pattern in _SAID if pattern.search(sentence)), 0.0)


def _sentences(chunk: Chunk) -> list[str]:
    """The passage's sentences after its heading line (the employer's line included: "My
    one-person consultancy" says there is no one to manage)."""
    lines = [ln.strip().lstrip("-• ").strip() for ln in chunk.text.splitlines()[1:] if ln.strip()]
    if chunk.kind == "work" and lines:  # the employer's line: "Acme: Freight marketplace ..."
        lines[0] = re.sub(r"^[^:]{2,80}: (?=\S)", "", lines[0])
    lines = [
        ln for ln in lines if not ln.endswith(":") and not ln.startswith(("Location:", "Email:", "Website:"))
    ]
    return [s.strip() for ln in lines for s in _SPLIT.split(ln) if s.strip()]


def _order(chunk: Chunk) -> int:
    """Current roles first, then the owner's summary, then past roles, then volunteering."""
    if chunk.kind == "work":
        return 0 if "present)" in chunk.title else 2
    return 1 if chunk.kind == "basics" else 3


def _framed(chunk: Chunk, sentence: str, first: str) -> str:
    said = sentence.rstrip(" .;") + "."
    if chunk.kind == "basics":
        return f"In {first}'s own words: “{said}”"
    if chunk.kind == "volunteer":
        return f"Volunteering as {chunk.title}: {said}"
    when = "Now, as" if "present)" in chunk.title else "As"
    return f"{when} {chunk.title}: {said}"


# The words of a question about managing people that only ask it ("has she ever had direct reports
# in her current job?"): any other word names something more specific the reply must not pass over.
_ASKING = frozenset(
    analyze(
        "manage manages managed managing manager managers management people person staff team teams anyone "
        "anybody others humans engineers developers reports report reported reporting direct line formal "
        "ever now currently current still today any job role position company employer many much number "
        "how does did has have had is was were be been being doing do she he they her him his their them "
        "who which what whether or and also only just really actually herself himself themselves time "
        "lead leads led leading technically technical hands-on individual contributor ic 1:1s one-to-ones "
        "reviews hiring hire past previous previously before"
    )
)


def people_reply(
    question: str,
    chunks: Sequence[Chunk],
    first: str = "the owner",
    *,
    known: Callable[[str], bool] | None = None,
    owner: Sequence[str] = (),
    scope: Chunk | None = None,
) -> list[Said] | None:
    """The owner's own statements about managing people, each with its passage (current role, the
    summary, past roles, volunteering; the strongest statements of each), or None when the question
    is not about it, asks something more specific the portfolio never names (``known``: whether a
    word is in the portfolio; ``owner``: the owner's names), asks for a number none states, or when
    no job or the summary states leading or managing people - mentoring or working beside a team is
    not that, and :func:`closest_to_managing` answers. ``scope``: the one entry the question names
    ("at Acme"), whose own words alone answer."""
    read = _statements(question, chunks, known=known, owner=owner, scope=scope)
    if read is None:
        return None
    found, best = read
    if not found or best < _SAID[1][0]:
        return None  # mentoring or pairing alone, or a club's volunteering, is not managing anyone
    if _COUNTED.search(question) and not any(_NUMBER.search(s) for *_, kept in found for s in kept):
        return None  # "how many people did she manage?" with no number stated: not answered by a yes
    strong = [item for item in found if item[0] < 3]
    chosen = (strong if len(strong) >= 2 else found)[:_MAX_ENTRIES]
    return [Said(_framed(chunk, " ".join(said), first), chunk) for _, _, chunk, said in chosen]


def closest_to_managing(
    question: str,
    chunks: Sequence[Chunk],
    first: str = "the owner",
    *,
    known: Callable[[str], bool] | None = None,
    owner: Sequence[str] = (),
) -> list[Said] | None:
    """Asked whether the owner manages people, of a portfolio whose jobs and summary never say they
    led or managed anyone: the lighter forms they do state (mentoring, coaching, pairing with
    juniors), the closest it has; ``[]`` when none is stated either. None when the question is not
    about managing people, names something more specific, or :func:`people_reply` answers it -
    a junior's internships, the nearest passages in words, are no answer to it."""
    read = _statements(question, chunks, known=known, owner=owner, scope=None)
    if read is None:
        return None
    found, best = read
    if found and best >= _SAID[1][0]:
        return None
    return [Said(_framed(chunk, " ".join(said), first), chunk) for _, _, chunk, said in found[:_MAX_ENTRIES]]


def _statements(
    question: str,
    chunks: Sequence[Chunk],
    *,
    known: Callable[[str], bool] | None,
    owner: Sequence[str],
    scope: Chunk | None,
) -> tuple[list[tuple[int, int, Chunk, list[str]]], float] | None:
    """The entries stating anything of managing people (order, position, passage, its sentences) and
    the strongest statement's weight outside volunteering; None when the question is not about
    managing people or names a word the portfolio never uses."""
    if not asks_people(question):
        return None
    names = frozenset(analyze(" ".join(owner)))
    if known is not None and any(
        t not in _ASKING and t not in names and not known(t) for t in analyze(question)
    ):
        return None  # "has she managed a team in Japan?": the reply would pass over what the portfolio lacks
    found: list[tuple[int, int, Chunk, list[str]]] = []
    said: list[frozenset[str]] = []  # what is already shown: the summary often repeats a role's line
    best = 0.0
    per_entry = _PER_ENTRY + 1 if _COUNTED.search(question) else _PER_ENTRY
    entries = sorted(
        (c for c in chunks if c.kind in _KINDS and (c.kind != "basics" or c.id.endswith("#basics"))),
        key=_order,
    )
    org = re.sub(r"\s*\(.*?\)", "", entry_org(scope)).strip() if scope is not None else ""
    if scope is not None:  # "did she manage anyone at Acme?": that job's own words, or nothing
        # ... and the summary's sentences naming the employer ("at Acme, where I lead four engineers")
        entries = [c for c in entries if c.id == scope.id or (org and c.id.endswith("#basics"))]
    for i, chunk in enumerate(entries):
        sentences = _sentences(chunk)
        if scope is not None and chunk.id != scope.id:
            sentences = [s for s in sentences if names_in(org, s)]
        scored = [(s, _strength(s)) for s in sentences]
        kept: list[str] = []
        for sentence, _ in sorted((item for item in scored if item[1] > 0), key=lambda item: -item[1]):
            words = frozenset(analyze(sentence))
            if len(kept) < per_entry and not any(_repeats(words, other) for other in said):
                kept.append(sentence)
                said.append(words)
        if kept and chunk.kind != "volunteer":
            best = max(best, *(_strength(s) for s in kept))
        if kept:
            position = {s: n for n, (s, _) in enumerate(scored)}
            found.append((_order(chunk), i, chunk, sorted(kept, key=position.__getitem__)))
    return found, best


def _repeats(words: frozenset[str], other: frozenset[str]) -> bool:
    """Whether a sentence says little beyond one already shown (most of its words are there)."""
    return bool(words) and len(words & other) >= _REPEAT_SHARE * len(words)


_REPEAT_SHARE = 0.75
