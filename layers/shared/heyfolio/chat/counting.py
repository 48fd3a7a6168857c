"""Whether passages state the number a "how many ...?" question asks for, and which sentence does.

Why: "how many employees did Pied Piper have?" finds the Pied Piper job and "how many customers
does Tiroir have?" the Tiroir page - close in meaning, yet neither states such a number, and
quoting another figure of them ("used in about 300 published apps") reads as an answer. A count
question is answered only by a sentence whose figure counts the thing asked for (``count_nouns``:
"45 regular students" for "how many kids come to her club?", "19 contributors" for "how many people
contribute to shoal?"), in a passage about the rest of the question. "How big is her team?" counts
the people on it. Durations ("how many years") are worked out from dates elsewhere, so they are
not judged here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from heyfolio.chat.code_numbers import without_codes
from heyfolio.chat.count_nouns import (
    accepted_nouns,
    attached_nouns,
    following_nouns,
    is_known,
    matches,
    noun_terms,
    team_nouns,
    verb_terms,
)
from heyfolio.search.chunks import Chunk
from heyfolio.search.figures import mentioned_names
from heyfolio.search.text import analyze, expand, fold

__all__ = [
    "CountQuestion",
    "Counted",
    "asked_year",
    "bridged_evidence",
    "changed_counts",
    "count_evidence",
    "dated_to",
    "naming_passages",
    "read_count",
    "states_count",
]

_HOW_MANY = re.compile(
    r"\bhow many\s+(?P<noun>(?:[\w'+#.-]+\s+){0,2}?[\w'+#.-]+?)"
    # ("how many engineers work at <X>?": the engineers, not "engineers work")
    r"(?=\s+(?:does|did|do|is|was|are|were|has|have|had|would|will|can|could|should|in|at|on|of|for|per)\b|"
    r"\s+(?:work|works|worked|working) (?:at|for|in) (?:the )?(?-i:[A-Z])|\s*[?.!]|\s*$)"
    r"(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_HOW_MANY_WORD = re.compile(r"\bhow many\s+(?P<noun>[\w'+#.-]+)(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
# The size of a team asked for: a count of the people on it.
_TEAM_SIZE = re.compile(
    r"\bhow (?:big|large|small)\b.*?\bteams?\b|\bteam(?:'s)? size\b|"
    # the group someone runs, by another name ("how big is the org he manages?")
    r"\bhow (?:big|large|small)\b.*?\b(?:orgs?|organi[sz]ations?|departments?|divisions?|groups?)\b"
    r"(?: (?:that |which )?(?:she|he|they|\w+) (?:\w+ )?(?:manages?|leads?|runs?|heads?|oversees?|managed|led|ran|headed|oversaw))|"
    r"\bsize of (?:her|his|their|the|\w+'s) (?:\w+ )?team\b",
    re.IGNORECASE,
)
# The size of a following asked for: a count of its members, users, subscribers or readers
# ("how large is the community she built?", "how big is her audience?").
_FOLLOWING_SIZE = re.compile(
    r"\bhow (?:big|large|active)\b.*?\b(?P<what>communit(?:y|ies)|audiences?|user ?base|following|"
    r"meetups?|newsletters?|channels?|forums?|discord|slack)\b|"
    r"\bsize of (?:her|his|their|the|\w+'s) (?:\w+ )?(?P<whose>communit(?:y|ies)|audiences?|user ?base|following)\b",
    re.IGNORECASE,
)
# The owner's part in what is asked about, closing the question: "(the meetup) she co-organises?"
_OWN_PART = re.compile(r"\b(?:that |which )?(?:she|he|they) (?:[\w-]+ ){0,2}?[\w-]+\W*$", re.IGNORECASE)
# Units of time: "how many years at Cobalt?" is a duration, answered from the dates.
_TIME_UNITS = frozenset(
    analyze("years yrs year months month weeks week days day hours hrs hour minutes decades")
)
# A figure: digits, or a number written out ("the six-person team", "the first eight engineers").
# A rate closing the counted noun ("downloads a month", "exomes per week"): the unit it is counted in.
_RATE = re.compile(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|second)$", re.IGNORECASE)
_FIGURE = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|hundred|thousand|million|billion|dozens?)\b",
    re.IGNORECASE,
)
# (a decade - "restoring 1980s synthesizers" - is a date too, no figure of anything counted)
_DATE = re.compile(r"\b(?:19|20)\d\d(?:-\d\d){0,2}\b|\b(?:19|20)\d0s\b")
# A figure that counts things: a number not of a share ("27%", "40 percent"), or one written out
_COUNTING_FIGURE = re.compile(
    r"\d[\d,.]*(?![\d,.]*\s*(?:%|per ?cent|percentage))|\b(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|dozens?)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
# An organisation's own size, which a sentence about her team may state too ("joined a 40-person start-up
# and built its data team"): "N-person", "N employees", "N staff"
_ORG_SIZE = re.compile(
    r"\b[\w,.]+[- ](?:person|people|employee|staff)\b(?! team)|\b\d[\d,.]*\+? (?:employees|staff|people)\b",
    re.IGNORECASE,
)
# A team said to be the owner's ("I lead ... a team of three", "my team of five", "in a team of four"): a
# part of the organisation, unlike "a five-person team" that is the whole of a young start-up
_OWN_TEAM = re.compile(
    r"\b(?:my|our)\b(?: [\w-]+){0,3} team\b|\bin a (?:[\w-]+ )?team of\b|"
    r"\b(?:I|she|he|they) (?:lead|led|leads|run|ran|runs|manage|managed|manages|head|headed|heads|joined|"
    r"built|hired)\b[^.;]*\bteam\b|\b(?:lead|led|leading|managing|managed|running|ran|heading) (?:a|the) "
    r"(?:[\w-]+ ){0,2}team\b",
    re.IGNORECASE,
)
# A sentence speaking of a team ("teams of four to eight engineers, in a company of 50 to 500 people")
_TEAM_SAID = re.compile(r"\bteams?\b", re.IGNORECASE)
_RELATED = 0.5  # a related word ("trace" of "spans") says what the rest of the question is about


@dataclass(frozen=True)
class CountQuestion:
    """The thing a count question counts, and the other ideas it asks about, as index terms
    with their related words."""

    counted: frozenset[str]
    about: tuple[frozenset[str], ...]
    nouns: frozenset[str] = frozenset()
    """The nouns whose figures answer (index terms); empty: any figure."""
    least: float = 0.5
    """The share of ``about`` a passage must speak to for its figures to answer."""
    loose: bool = False
    """Any figure answers in a sentence naming the thing counted, or in a passage naming it that
    speaks to the rest of the question (its synonyms are not known)."""
    managed: bool = False
    """People counted as reporting to the owner or managed by her: only a sentence saying she
    manages or leads them answers (not a product's "14,000 people a month")."""
    names: tuple[frozenset[str], ...] = ()
    """The names the question writes with a capital past what it counts ("... at <Employer>?"): a
    passage speaks to the question only when it has each (another employer's team is not that one)."""
    acted: str = ""
    """What the owner did to the people counted ("hire", "mentor", "teach"; ``_ACTED``): only a sentence
    saying she did it answers ("how many people did she hire at <X>?" is not <X>'s "60 analysts")."""
    year: str = ""
    """The year the count is asked for ("... in 2019?"): only a figure dated to it answers."""
    staff: bool = False
    """People counted as working at an organisation ("how many engineers work at <X>?"): the owner's
    team there ("a team of three search engineers") is part of them, not their number."""
    head: frozenset[str] = frozenset()
    """The head noun of a ``loose`` count ("pilots" of "trainee pilots") with its true aliases: a
    sentence whose figures count other nouns and never name it counts something else."""
    team: bool = False
    """The size of the owner's team asked for ("how big is her team at <X>?"): an organisation's own
    size ("a 120-person consultancy") is not her team's."""


@dataclass(frozen=True)
class Counted:
    """A sentence stating the count asked for, the passage it is in, and how much of the rest of
    the question that passage speaks to."""

    chunk: Chunk
    sentence: str
    covered: float


def _idea(term: str, least: float = _RELATED) -> frozenset[str]:
    return frozenset({term, *(t for t, w in expand(term) if w >= least and not t.startswith("kind:"))})


def read_count(
    question: str, ignore: Iterable[str] = (), known: Callable[[str], bool] = lambda _: True
) -> CountQuestion | None:
    """The count ``question`` asks for (``_read_count``), marked ``managed`` when it counts the people
    reporting to the owner or managed by her ("how many direct reports?", "how many people report to
    him?"), and ``acted`` when it counts the people she hired, mentored or taught."""
    count = _read_count(question, ignore, known)
    year = _ASKED_YEAR.search(question)
    if count is not None and year is not None:
        count = replace(count, year=year.group("year"))
    if count is not None and _STAFF_COUNT.search(question):
        count = replace(count, staff=True)
    if count is not None and _MANAGED_COUNT.search(question):
        return replace(count, managed=True)
    acted = _ACTED_COUNT.search(question)
    if count is not None and acted is not None:
        verb = acted.group("verb").casefold()
        return replace(count, acted=next(k for k, (asked, _) in _ACTED.items() if re.fullmatch(asked, verb)))
    return count


# The year a count is asked for: "how many downloads did it have in 2020?", "... during 2019?"
_ASKED_YEAR = re.compile(
    r"\b(?:in|during|for|by|of) (?:the year )?(?P<year>(?:19|20)\d\d)\b(?!-)", re.IGNORECASE
)
_TITLE_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dated(count: CountQuestion, chunk: Chunk, sentence: str) -> bool:
    """Whether ``sentence`` of ``chunk`` is dated to the year the count is asked for (``dated_to``; a
    count asked for no year is dated by any sentence)."""
    return not count.year or dated_to(count.year, chunk, sentence)


def asked_year(question: str) -> str | None:
    """The year ``question`` asks a figure for ("... in 2019?", "during 2020"), else None."""
    year = _ASKED_YEAR.search(question)
    return year.group("year") if year is not None else None


def dated_to(year: str, chunk: Chunk, sentence: str) -> bool:
    """Whether ``sentence`` of ``chunk`` is dated to ``year``: it writes that year, or the whole entry
    lies within it. "1.2 million downloads" of a job from 2019 to 2022 is no figure for 2020."""
    if year in sentence:
        return True
    years = set(_TITLE_YEAR.findall(chunk.title))
    return years == {year} and "present" not in chunk.title


# What the owner does to people that a count of them asks about: how the question writes the verb,
# and how a sentence may say she did it (read broadly: "led weekly labs for 180 students", "a team I trained")
_ACTED: dict[str, tuple[str, re.Pattern[str]]] = {
    "hire": (r"hire|hired|recruit|recruited", re.compile(r"\b(?:hir(?:e|ed|es|ing)|recruit\w*)\b", re.I)),
    "mentor": (
        r"mentor|mentored|coach|coached",
        re.compile(r"\b(?:mentor\w*|coach\w*|supervis\w*|tutor\w*)\b", re.I),
    ),
    "teach": (
        r"teach|taught|train|trained|tutor|tutored",
        re.compile(
            # ("trained as a physicist" is her own training; "workshops for 380 researchers" teach)
            r"\b(?:teach\w*|taught|train(?!ed as\b|ing as\b)\w*|tutor\w*|lectur\w*|instruct\w*|course|"
            r"class\w*|labs?|workshops?)\b",
            re.I,
        ),
    ),
}
# "how many engineers work at <X>?": an organisation's headcount
_STAFF_COUNT = re.compile(
    # an organisation by its name ("at Pellwick", "for the BBC"), not her team ("in her team", "for her")
    r"\bhow many\b[^?]*?\b(?:work|works|worked|working|employed) (?:at|for|in) (?:the )?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "how many people has she hired at <X>?", "how many engineers did he mentor?"
_ACTED_COUNT = re.compile(
    r"\bhow many\b.*?\b(?:does|did|do|has|have|had) (?:she|he|they|\w+) (?:\w+ )?"
    r"(?P<verb>hire|hired|recruit|recruited|mentor|mentored|coach|coached|teach|taught|train|trained|tutor|tutored)\b",
    re.IGNORECASE,
)


# A count of the people under the owner: "how many direct reports", "how many people report to her",
# "how many engineers does he manage"
_MANAGED_COUNT = re.compile(
    r"\bhow many\b.*?\b(?:direct reports?|reports? (?:in)?to (?:her|him|them)|reported (?:in)?to (?:her|him|them)|"
    r"(?:does|did|do|has|have|had) (?:she|he|they|\w+) (?:\w+ )?(?:manag(?:e|ed)|line[- ]manag(?:e|ed)|supervis(?:e|ed)))\b",
    re.IGNORECASE,
)
# How a sentence says the owner manages or leads people (a count in it is of those people)
_MANAGING = re.compile(
    r"\b(?:manag\w*|led|lead(?:s|ing)?|head(?:ed|s)? (?:of|up)|report(?:s|ed|ing)? (?:in)?to (?:me|her|him)|"
    r"direct reports?|supervis\w*|in charge of|line[- ]manag\w*|grew (?:the|my|a) (?:team|group))\b",
    re.IGNORECASE,
)


# A name written with a capital inside the question ("at Corvelo", "for the Navette app").
_CAPITAL = re.compile(r"(?<=[\w,] )[A-Z][\w'’.-]*")


def _names(rest: str, skip: set[str], known: Callable[[str], bool]) -> tuple[frozenset[str], ...]:
    """The names ``rest`` (the question past what it counts) writes with a capital, the owner's and
    words the portfolio never uses aside, each with its true aliases."""
    terms = {t for w in _CAPITAL.findall(rest) for t in analyze(w)} - skip
    return tuple(_idea(t, 1.0) for t in sorted(terms) if known(t))


def _read_count(
    question: str, ignore: Iterable[str] = (), known: Callable[[str], bool] = lambda _: True
) -> CountQuestion | None:
    """The count ``question`` asks for, else None (not a count, or a duration). ``ignore``: words
    that name the owner, which say nothing about what is counted; ``known``: whether the portfolio
    uses a term (a word it never uses - "come" - cannot tell which passage speaks to the question).

    The thing counted is matched by its own word and true aliases only: a looser relative names
    something else ("the child process" is not "kids")."""
    skip = {t for w in ignore for t in analyze(w)} | set(analyze("team teams"))
    team = _TEAM_SIZE.search(question)
    if team is not None:  # "how big is her team?": the people on it; the rest only ranks the teams
        ideas = (_idea(t) for t in dict.fromkeys(analyze(question[team.end() :])) if t not in skip)
        about = tuple(idea for idea in ideas if any(known(t) for t in idea))
        names = _names(question[team.end() :], skip, known)
        return CountQuestion(frozenset(), about, team_nouns(), least=0.01, names=names, team=True)
    following = _FOLLOWING_SIZE.search(question)
    if following is not None:  # "how big is her community?": its members (users, subscribers, readers)
        # the following named ("the meetup") is what the members are of; the owner's part in it ("...
        # he runs", "...she co-organises") says nothing of which one
        after = _OWN_PART.sub("", question[following.end() :])
        what = following.group("what") or following.group("whose") or ""
        ideas = (_idea(t) for t in dict.fromkeys(analyze(f"{what} {after}")) if t not in skip)
        about = tuple(idea for idea in ideas if any(known(t) for t in idea))
        return CountQuestion(frozenset(), about, following_nouns(), least=0.01)
    m = _HOW_MANY.search(question)
    if m is None:  # "how many kids come to her club?": the word after "how many" is what is counted
        m = _HOW_MANY_WORD.search(question)
    if m is None:
        return None
    # "how many downloads a month?" counts downloads (a rate), not months
    said = _RATE.sub("", m.group("noun"))
    noun = analyze(said)
    if not noun or any(t in _TIME_UNITS for t in noun):
        return None
    # the noun as counted: "publications" is not the "public" of "public agencies"
    whole = noun_terms(said)
    skip = set(noun) | {t for w in ignore for t in analyze(w)}
    rest = analyze(m.group("rest"))
    ideas = (_idea(t) for t in dict.fromkeys(rest) if t not in skip)
    about = tuple(idea for idea in ideas if any(known(t) for t in idea))
    counted = frozenset().union(*(_idea(t, 1.0) for t in noun))
    own = frozenset().union(*(_idea(t, 1.0) if t in noun else {t} for t in whole))
    # "how many kids does she have?" names nothing but the owner: her own kids, counted by that word
    # alone - the club's "45 students" are someone else's
    nouns = accepted_nouns(whole, verb_terms(m.group("rest")), m.group("rest")) | own if about else own
    names = _names(m.group("rest"), skip, known)
    if not is_known(whole) or "time" in noun:
        # a thing whose synonyms are not known ("how many DAGs?") or a ratio ("how many times
        # faster?"): a figure in a sentence naming it, or in a passage about it and the question
        # (a name before the noun - "Airflow pipelines" - says what is counted: "310 Airflow DAGs")
        named = any(w[:1].isupper() for w in said.split()[:-1])
        head = frozenset() if "time" in noun or named else _idea(noun[-1], 1.0)
        return CountQuestion(counted, about, frozenset(), loose=True, names=names, head=head)
    return CountQuestion(counted, about, nouns, names=names)


def _amount(sentence: str) -> bool:
    """Whether a sentence states an amount: a figure other than a date or a name's number ("IEC 62443")."""
    return bool(_FIGURE.search(without_codes(_DATE.sub(" ", sentence))))


def _states(count: CountQuestion, sentence: str) -> bool:
    if count.managed and not _MANAGING.search(sentence):
        return False
    if not count.nouns:
        return _amount(sentence)
    attached = attached_nouns(sentence)
    if count.staff and _OWN_TEAM.search(sentence) and not _ORG_SIZE.search(sentence):
        return False  # "in a team of three engineers": her team, not the organisation's headcount
    if count.team and _ORG_SIZE.search(sentence) and not _TEAM_SAID.search(sentence):
        return False  # "a 120-person consultancy": the organisation's headcount, not her team
    return any(matches(noun, count.nouns) for noun in attached)


def bridged_evidence(count: CountQuestion, found: Iterable[tuple[Chunk, list[str]]]) -> list[Counted]:
    """The sentences stating the count asked for where the thing the named entry names is written
    (``SearchIndex.names_elsewhere``): "how many stars does the tool she presented at <conference>
    have?" is answered by the tool's own line, not the talk's."""
    return [
        Counted(chunk, sentence.strip().lstrip("-• ").strip(), 1.0)
        for chunk, lines in found
        for line in lines
        for sentence in _SENTENCE.split(line)
        if _states(count, sentence)
    ]


def _names_all(count: CountQuestion, words: set[str]) -> bool:
    """Whether a passage's ``words`` have each name the question writes ("... at <Employer>?")."""
    return all(name & words for name in count.names)


# Passages each of one thing, whose title names it (a credential, an award), not the items of a list
_ONE_THING = frozenset({"certificate", "award", "publication"})
# Passages whose title names a role (a job's position, the owner's label), not the items of a list
_TITLED_BY_ROLE = frozenset({"work", "basics"})


def _lists(count: CountQuestion, chunk: Chunk) -> bool:
    """Whether the passage is the list of the things counted ("how many languages?": the
    languages entry, counted by the reader), of what the question names."""
    if count.names and not _names_all(count, set(analyze(f"{chunk.title}\n{chunk.text}"))):
        return False
    if count.acted:  # people she hired or mentored are never an entry's list ("... Security Engineer")
        return False
    if chunk.kind == "interest":
        # "how many board games does she own?": the interest "Board games" names a pastime, not a list
        return False
    if count.year and not dated_to(count.year, chunk, chunk.title):
        # "how many audiobooks did he narrate in 2013?": an entry of another year ("Audiobook of the
        # Year (2016-03)") lists nothing of the year asked
        return False
    if chunk.kind in _TITLED_BY_ROLE:
        # "how many flights did she handle?": a job titled "Flight Dispatcher", or the owner's label
        # "... flight operations software", is one role, no list of flights
        return False
    if count.head and chunk.kind in _ONE_THING:
        # "how many controllers did she supervise?": "Air Traffic Controller Licence" is one
        # credential, no list of controllers; only the kind itself is counted by its entries
        return bool(count.head & set(analyze(chunk.kind.replace("_", " "))))
    return bool(count.counted & set(analyze(f"{chunk.kind.replace('_', ' ')} {chunk.title}")))


def _counts_other(count: CountQuestion, sentence: str) -> bool:
    """Whether the figures of ``sentence`` count people of another name than the head of a loose
    count, which the sentence never names ("six engineers" for controllers; a modifier shared - "14
    trainee controllers" for trainee pilots - is not the head), or count nothing (a share: "27%"). A
    figure of other things may count it in other words ("310 pipelines" for DAGs)."""
    if not count.head:
        return False
    attached = attached_nouns(sentence)
    if count.head & (attached | set(analyze(sentence))):
        return False
    if not attached:  # ("cutting false tracks by 27%": a share, no number of anything)
        return not _COUNTING_FIGURE.search(_DATE.sub(" ", sentence))
    return bool(attached & team_nouns())


def count_evidence(count: CountQuestion, passages: Iterable[Chunk]) -> list[Counted]:
    """The sentences of ``passages`` whose figure counts the thing asked for, in passages that speak
    to at least half of what else the question asks about; those of the passages speaking to most of
    it first, then in the order given."""
    found: list[Counted] = []
    for chunk in passages:
        text = f"{chunk.title}\n{chunk.text}"
        words = set(analyze(text))
        covered = sum(1 for idea in count.about if idea & words) / len(count.about) if count.about else 1.0
        # "how many people does she manage at <Employer>?": another entry's team is not it
        speaks = covered >= count.least and _names_all(count, words)
        for sentence in _SENTENCE.split(chunk.text):
            if count.acted and not _ACTED[count.acted][1].search(sentence):
                continue  # "how many people did she hire there?": a sentence not saying she hired them
            if not _dated(count, chunk, sentence):
                continue  # "how many users did it have in 2020?": an undated figure is not that year's
            if count.loose:
                if count.managed and not _MANAGING.search(sentence):
                    continue
                if _counts_other(count, sentence):
                    continue  # "how many trainee pilots?": "14 trainee controllers" counts controllers
                if _amount(sentence) and (speaks or count.counted & set(analyze(sentence))):
                    found.append(Counted(chunk, sentence.strip().lstrip("-• ").strip(), covered))
            elif speaks and _states(count, sentence):
                found.append(Counted(chunk, sentence.strip().lstrip("-• ").strip(), covered))
    return sorted(found, key=lambda c: -c.covered)


# "how many pages a month were there before her clean-up vs after?": the figure before and the one
# after, asked together
_BEFORE_AFTER = re.compile(
    r"\bbefore\b[^?.;]{0,60}?(?:\b(?:vs|versus|and|compared (?:to|with))\.?|/|&)\s*(?:just\s+)?after\b",
    re.IGNORECASE,
)
# "from 46 to 12": a sentence stating a figure before and after a change
_FROM_TO = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|over\s+)?\d[\d.,]*\S*\s+(?:\w+\s+)?to\s+\d", re.IGNORECASE
)


def changed_counts(question: str, count: CountQuestion, passages: Iterable[Chunk]) -> list[Counted]:
    """The sentences of ``passages`` stating a change "from N to M" of the thing counted, when the
    question asks the count before and after something; else []. Such a question reads what is
    counted loosely ("on-call pages a month" names its noun after a modifier and a rate), so the
    sentence must name the thing counted and half of what else the question asks about."""
    if not _BEFORE_AFTER.search(question):
        return []
    found: list[Counted] = []
    for chunk in passages:
        for sentence in _SENTENCE.split(chunk.text):
            if not _FROM_TO.search(sentence):
                continue
            words = set(analyze(sentence))
            covered = (
                sum(1 for idea in count.about if idea & words) / len(count.about) if count.about else 1.0
            )
            if count.counted & words and covered >= _RELATED:
                found.append(Counted(chunk, sentence.strip().lstrip("-• ").strip(), covered))
    return sorted(found, key=lambda c: -c.covered)


def states_count(count: CountQuestion, passages: Iterable[Chunk]) -> bool:
    """Whether a sentence of ``passages`` states the count asked for (``count_evidence``), or a
    passage lists the things counted."""
    chunks = list(passages)
    return any(_lists(count, c) for c in chunks) or bool(count_evidence(count, chunks))


def naming_passages(question: str, passages: Iterable[Chunk], owner: Iterable[str] = ()) -> list[Chunk]:
    """Of ``passages``, those writing every name the question writes with capitals that titles an
    entry ("how many people use the Tiroir package?": the Tiroir entry, not another app's
    downloads): a figure of another entry counts another thing. ``owner``: the words of the owner's
    name, which name no entry. A name no title writes leaves the passages as they are."""
    chunks = list(passages)
    mine = {fold(w) for w in owner}
    texts = [fold(f"{c.title}\n{c.text}") for c in chunks]
    names = [fold(n) for n in mentioned_names(question, lambda w: w in mine)]
    # an entry's own name (a title), not a technology or a place many passages write
    written = [n for n in names if any(n in fold(c.title) for c in chunks)]
    if not written:
        return chunks
    return [c for c, t in zip(chunks, texts, strict=True) if all(n in t for n in written)]
