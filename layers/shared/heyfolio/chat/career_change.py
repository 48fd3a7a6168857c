"""What an owner did before changing careers, read from the order of the résumé's jobs.

Why a field reader: "what did she do before she became a developer?" and "how long was she a teacher
before moving into software?" are answered by the job entries dated before the first job of the new
field - a "Physics and Chemistry Teacher" entry shares no word with the question - and by the
summary's sentence telling the change ("spent six years running hotel front desks before moving into
infrastructure"). The first job of the field is the earliest whose position names the field the
question names ("before he moved into backend"), else the earliest technical position.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from heyfolio.chat.sources import Said
from heyfolio.content.model import PartialDate, Resume, Work
from heyfolio.content.spans import months_spanned, span_words
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze, expand

__all__ = ["FIELD_TIME_Q", "career_change_reply", "earlier_career", "field_start"]

# "before she became a developer", "before he got into tech", "before moving into software",
# "what was her previous career?": the field the owner moved into follows the verb.
_BEFORE_FIELD_Q = re.compile(
    r"\bbefore (?:(?:she|he|they|[A-Z]\w+) )?(?:(?:first )?(?:became|become|becoming|got into|getting into|"
    r"go into|went into|going into|moved into|moving into|move into|moved to|moving to|switched to|"
    r"switching to|switch to|changed to|changing to|turned to|transitioned (?:in)?to|transitioning (?:in)?to|"
    r"entered|entering|started (?:in|coding|programming)|learned to (?:code|program)|joined)) (?P<field>[\w -]+)|"
    r"\bbefore (?:(?:working|work|a career|life|being) in |(?:(?:she|he|they|[A-Z]\w+) )?(?:worked|was|were) in )?"
    r"(?P<generic>tech|software|it|coding|programming|engineering|the tech industry)\b|"
    r"\b(?:previous|former|earlier|first|old|original) (?:career|profession|occupation|line of work)\b|"
    r"\bcareer (?:change|changer|switch)\b|"
    # "when did she move from journalism into software?": the former career named (a word, not a
    # place's name: "from Oslo to Bergen" is a move of home), then the new field
    r"\b(?:move|moved|moving|switch|switched|switching|go|went|going|transition|transitioned|pivot|pivoted|"
    r"jump|jumped) (?:over )?from (?P<former>(?-i:[a-z])(?:[\w-]+ ){0,2}?[\w-]+) (?:in)?to (?P<into>[\w -]+)|"
    # "how'd she end up in tech?", "how did he get into software?": the career before the change tells it
    r"\bhow(?: did|'d|’d) (?:she|he|they|[A-Z]\w+) (?:get|break|move|come|go|transition|switch|end up|wind up) "
    r"(?:in(?:to)?|to) (?:tech|software|it|coding|programming|engineering|development|computing|"
    r"the (?:tech|software|it) (?:industry|world))\b",
    re.IGNORECASE,
)
# A position in technology: the first of these after a career in something else marks the change.
_TECH_POSITION = re.compile(
    r"\b(?:engineer\w*|developer|programmer|administrator|sysadmin|devops|sre|architect|software|"
    r"data scientist|coder|frontend|backend|full[- ]?stack|web|mobile|it|embedded|firmware)\b",
    re.IGNORECASE,
)
# The summary's sentence telling the change ("Former teacher who switched to software in 2017").
_CHANGE_SAID = re.compile(
    r"\b(?:former|formerly|before (?:moving|switching|changing|becoming|going|getting)|switched|career change|"
    r"changed careers?|moved (?:into|to) (?:tech|software|infrastructure|engineering|backend|frontend|data|"
    r"development|programming))\b",
    re.IGNORECASE,
)
# The change asked as a time ("when did she move into software?", "what year did he switch?").
_WHEN_Q = re.compile(r"\bwhen\b|\bwhat year\b|\bwhich year\b", re.IGNORECASE)
_FIELD_STOP = frozenset(analyze("a an the tech software industry field career role job world profession"))


def _month(date: PartialDate | None) -> int | None:
    if date is None or date.year is None:
        return None
    return date.year * 12 + (date.month or 1) - 1


def _names_field(work: Work, field: frozenset[str]) -> bool:
    return bool(field & frozenset(analyze(work.position or "")))


def earlier_career(resume: Resume, field: frozenset[str] = frozenset()) -> list[int]:
    """The jobs (indexes into ``Resume.work``, earliest first) before the first job of the new field:
    the earliest whose position names ``field`` (analysed words), else the earliest technical
    position; ``[]`` when no job came before it or all that did were technical (no change of career)."""
    return _change(resume, field)[0]


def _change(resume: Resume, field: frozenset[str]) -> tuple[list[int], int | None]:
    """The jobs before the change of career (as :func:`earlier_career`) and the first job of the new
    field (an index into ``Resume.work``; None when there is none)."""
    dated = sorted(
        ((m, i) for i, w in enumerate(resume.work) if (m := _month(w.start_date)) is not None),
    )

    def tech(i: int) -> bool:
        return bool(_TECH_POSITION.search(resume.work[i].position or ""))

    def named(i: int) -> bool:
        return _names_field(resume.work[i], field)

    def says(w: Work) -> bool:
        return bool(field & frozenset(analyze(f"{w.position or ''} {w.name or ''} {w.summary or ''}")))

    # "before she moved into automotive": a line of the employer's says it (of any role held there)
    domain = {w.name for w in resume.work if w.name and field and says(w)}

    def described(i: int) -> bool:
        return resume.work[i].name in domain or says(resume.work[i])

    if field and any(named(i) for _, i in dated):
        marks = named
    elif field and any(described(i) for _, i in dated):
        marks = described
    else:
        marks = tech
    pivot, first = next(((m, i) for m, i in dated if marks(i)), (None, None))
    if pivot is None:
        return [], None

    def ended(
        i: int,
    ) -> int:  # a job running on alongside the new field (part-time teaching) is not left behind
        end = resume.work[i].end_date
        return 10**9 if end is None or end.present else (_month(end) or 10**9)

    before = [i for m, i in dated if m < pivot and ended(i) <= pivot and not marks(i)]
    # a change of career leaves a job outside technology behind; "before becoming a manager" after
    # years as an engineer is a step within one, which the entries' own words answer - but a move
    # into a domain only the employers' lines name ("into automotive") is answered by the job just
    # before the first of them
    if any(not tech(i) for i in before):
        return before, first
    return (before[-1:], first) if marks is described else ([], first)


def _span(work: Work) -> str:
    start = work.start_date.raw if work.start_date else ""
    end = "present" if work.end_date is None or work.end_date.present else work.end_date.raw
    if _month(work.end_date) is None:
        return f"{start} – {end}"
    months = months_spanned(work.start_date, work.end_date, dt.date.today())
    if months is None:
        return f"{start} – {end}"
    return f"{start} – {end}, {span_words(months)}"


def _names_other(asked: str, earlier: str, owner: str = "") -> bool:
    """Whether the question names a former occupation other than the one the résumé shows ("how long
    was she a nurse before...", asked of a former teacher): a word of it, not phrasing, that the
    earlier career's text neither says, nor relates to, nor is contained in ("schoolteacher" holds
    "teacher"). The owner's own name (``owner``) names no occupation."""
    said = frozenset(analyze(earlier))
    for word in frozenset(analyze(asked)) - _PHRASING - frozenset(analyze(owner)):
        if len(word) < 3 or word in said or any(t in said for t, _ in expand(word)):
            continue
        if len(word) >= 5 and any(t.startswith(word) for t in said):
            continue  # the field names the occupation's own word: "journalism" of a "journalist"
        if not any(t in word for t in said if len(t) >= 4):
            return True
    return False


_PHRASING = frozenset(
    analyze(
        "living long years many much work worked working job jobs do did done spend spent time career earlier"
    )
)


_AT = re.compile(r"\b(?:at|with|for)\s+(?P<org>.+)$", re.IGNORECASE)


def _at_employer(head: str, resume: Resume, before: list[int]) -> list[int]:
    """``before`` narrowed to the jobs at the employer the question names ahead of the change ("what
    did she do at Loadstar before she became a manager?" asks her role there, not her first career);
    ``[]`` when it names one and no earlier job was there, ``before`` when it names none."""
    m = _AT.search(head.strip())
    if m is None:
        return before
    asked = frozenset(analyze(m.group("org"))) - _PHRASING
    there = {i for i, w in enumerate(resume.work) if asked & frozenset(analyze(w.name or ""))}
    return [i for i in before if i in there] if there else before


def career_change_reply(
    message: str,
    resume: Resume,
    lookup: Callable[[str], Chunk | None],
    first: str,
) -> list[Said] | None:
    """ "What did she do before she became a developer?": the summary's sentence telling the change
    and the jobs dated before the first job of the new field, each with its dates and length, cited;
    None unless the question asks about the career before a change the résumé shows (and names no
    other former occupation)."""
    asked = _BEFORE_FIELD_Q.search(message)
    if asked is None:
        return None
    into = (asked.group("field") or asked.group("into") or "").strip()
    words = frozenset(analyze(into)) - _FIELD_STOP
    former, pivot = _change(resume, words)
    before = _at_employer(message[: asked.start()], resume, former)
    if not before:
        return None
    summary = resume.basics.summary or ""
    told = next((s for s in re.split(r"(?<=[.!?])\s+", summary) if _CHANGE_SAID.search(s)), None)
    earlier = " ".join(
        [
            told or "",
            *(
                f"{w.position} {w.name} {w.summary or ''} {' '.join(w.highlights)}"
                for w in (resume.work[i] for i in before)
            ),
        ]
    )
    if _names_other(f"{message[: asked.start()]} {asked.group('former') or ''}", earlier, first):
        return None
    said: list[Said] = []
    moved = lookup(f"profile#work/{pivot}") if pivot is not None and _WHEN_Q.search(message) else None
    if moved is not None and pivot is not None and not told:
        # "when did she move from shipping into software?": when the first job of the new field began
        # (the summary's sentence telling the change says it in the owner's words, when there is one)
        w = resume.work[pivot]
        start = w.start_date.raw if w.start_date else ""
        said.append(
            Said(
                f"{first} moved into {into or 'the new field'} in {start}, as {w.position} at {w.name}.",
                moved,
            )
        )
    basics = lookup("profile#basics")
    if basics is not None and told:
        said.append(Said(f"In {first}'s own words: “{told.strip()}”", basics))
    framed = False  # the frame once, then each later job of the former career ("Then ...")
    for i in before:
        chunk = lookup(f"profile#work/{i}")
        w = resume.work[i]
        if chunk is None:
            continue
        what = (w.summary or "").strip()
        frame = f"Then {first} was" if framed else f"Before the change, {first} was"
        framed = True
        said.append(
            Said(f"{frame} {w.position} at {w.name} ({_span(w)})" + (f": {what}" if what else "."), chunk)
        )
    return said or None


# "how long has she worked in industry?": outside academia; "... in tech?", "... been a developer?":
# in technology, the field a career changer moved into.
_INDUSTRY_Q = re.compile(r"\b(?:in|into) (?:the )?industry\b(?! (?:of|for))", re.IGNORECASE)
_TECH_Q = re.compile(
    r"\b(?:tech|software|it|engineering|coding|programming|infrastructure|devops|ops|cloud|"
    r"an? (?:engineer|developer|programmer)s?)\b",
    re.IGNORECASE,
)
# "since when has she worked in infrastructure?", "how long has he been in tech?": the time in a field.
_FIELD = r"(?:the\s+)?(?:tech|software|it|infrastructure|engineering|industry|devops|ops|cloud|programming|coding)\b"
FIELD_TIME_Q = re.compile(
    r"\b(?:since when|how long|how many years)\b"
    rf"[^?]*?\b(?:work(?:ed|ing)?|been|moved?|switch(?:ed)?|get|got|start(?:ed)?) (?:in|into|to)\s+{_FIELD}|"
    # "when did she get into tech?", "when did he start working in software?"
    rf"\bwhen did (?:she|he|they|\w+) (?:start|begin|move|switch|get|go)(?: \w+ing)? (?:in|into|to)\s+{_FIELD}",
    re.IGNORECASE,
)
# A title in technology, research and data work included (a doctoral researcher's job is in the field).
_TECH_WORK = re.compile(
    rf"{_TECH_POSITION.pattern}|\b(?:scientist|research\w*|analyst|data|security|penetration|firmware|"
    r"embedded|technical|tech|cto)\b",
    re.IGNORECASE,
)
_ACADEMIC = re.compile(
    r"\b(?:univ\w*|universit\w*|college|institut\w*|hochschule|laborator\w*|polytechni\w*)\b", re.IGNORECASE
)
_SIDE_JOB = re.compile(r"\b(?:intern|internship|trainee|part[- ]time|teaching assistant)\b", re.IGNORECASE)


def field_start(message: str, resume: Resume) -> tuple[int, str] | None:
    """ "How long has she worked in tech?" of a former teacher, "... in industry?" of a former
    academic: the first job of the field asked (an index into ``Resume.work``) and the field's name;
    None when the question names no such field or every job is in it (the whole career answers)."""
    dated = sorted((m, i) for i, w in enumerate(resume.work) if (m := _month(w.start_date)) is not None)
    if _INDUSTRY_Q.search(message):
        field, inside = (
            "industry",
            (lambda w: not _ACADEMIC.search(w.name or "") and not _SIDE_JOB.search(w.position or "")),
        )
    elif _TECH_Q.search(message):
        field, inside = "technology", (lambda w: bool(_TECH_WORK.search(w.position or "")))
    else:
        return None
    start = next((i for _, i in dated if inside(resume.work[i])), None)
    if start is None or start == dated[0][1]:
        return None
    return start, field
