"""A résumé's timeline read from its dates: career gaps, stated breaks, and what the owner did in a year.

Why a field reader: "is there a gap in her résumé?" and "what was she doing in 2019?" are answered
by dates, which no passage's wording matches - a parental leave stated in the summary ("between
June 2022 and March 2023 I took a ten-month parental leave") or months between two jobs, and the
entries whose dates cover a year. The jobs are put in date order, the gaps between them worked out,
the sentences stating a break found in the summary and the entries, and each cited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from heyfolio.chat.sources import Said
from heyfolio.content.model import PartialDate, Resume, Work
from heyfolio.search.chunks import Chunk
from heyfolio.search.gaps import uncovered

__all__ = ["gap_reply", "move_reply", "period_reply", "stated_breaks", "states_break", "work_gaps"]

# A question about a gap or a break in the career ("any gaps in her CV?", "did she take time off?").
_GAP_Q = re.compile(
    r"\bgaps? (?:in|on|between|during) (?:(?:her|his|their|the|\w+'s) )?(?:cv|r[ée]sum[ée]|career|work|"
    r"employment|experience|jobs?|timeline)|\b(?:any|career|employment|r[ée]sum[ée]|cv|a|the|this|that) gaps?\b|"
    r"\bgaps? (?:in|around|during) (?:early |late |mid[- ])?(?:19|20)\d\d\b|"
    r"\bcareer break\b|\btime off\b|\bsabbatical\b|\bhiatus\b|\bleave of absence\b|"
    r"\b(?:parental|maternity|paternity|sick|medical|family|a|any|on) leave\b|\bbreaks? (?:in|from|between)\b|"
    r"\b(?:take|took|taken|taking) (?:a |an |any )?(?:\w+ )?(?:break|year off|months? off)\b|"
    r"\bbetween jobs\b|\bout of work\b|\bnot working\b|\bunemploy\w*",
    re.IGNORECASE,
)
# A sentence stating a break from work.
_BREAK = re.compile(
    r"\b(?:parental|maternity|paternity|sick|medical|family|carer'?s?|caregiving|unpaid|study) leave\b|"
    r"\bleave of absence\b|\bsabbatical\b|\bcareer break\b|\btime off\b|\bhiatus\b|\bgap year\b|"
    r"\btook (?:a |an )?(?:\w+[- ])?(?:break|year off|months? off|leave)\b|\bbreak from work\b",
    re.IGNORECASE,
)
# "What was she doing in 2019?", "where did she work in early 2023?": a year asked about.
_WHEN_Q = re.compile(
    r"\b(?:(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DOING_Q = re.compile(
    r"\bwhat (?:was|were|is) (?:she|he|they|\w+) (?:doing|up to|busy with|working on)\b|\bwhat did (?:she|he|they|\w+) do\b|"
    r"\bwhere (?:was|did|were) (?:she|he|they|\w+) (?:working|work|employed)\b|"
    r"\b(?:what|which) (?:was|were) (?:her|his|their|\w+'s) (?:job|role|position|title|employer|occupation)s?\b|"
    r"\b(?:which|what) (?:company|companies|employer|job|role|position)\b",
    re.IGNORECASE,
)
# "The company she left in 2021", "the job he started in 2019": a job named by the year it ended or
# began - the move, not the whole year, picks the entry (group "left": it ended that year).
_MOVE_Q = re.compile(
    r"\b(?:(?P<left>left|leave|leaving|quit|depart(?:ed)?|moved on from|finished (?:at|with))|"
    r"joined|join|started(?: at| with)?|start(?: at| with)|began(?: at| with)?|moved to)\b"
    r"(?:\s+(?!(?:19|20)\d\d\b)[\w'’-]+){0,3}?\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# What the owner did at the job so named: built, shipped, worked on ("what did she build at ...").
_DID_AT_Q = re.compile(
    r"\bwhat (?:did|has) (?:she|he|they|\w+) (?:do|done|build|built|make|ship|deliver|create|work on|worked on|achieve|"
    r"accomplish|lead|own)\b|\b(?:tell me|talk) about\b|\bwhat (?:was|were) (?:her|his|their|\w+'s) "
    r"(?:work|job|role|achievements?)\b",
    re.IGNORECASE,
)
# "What did she do after she left in 2021?", "between leaving the hotel in 2017 and her first job?": a
# time relative to the move (or a span it bounds) asks about another job, or the time between two.
_AROUND_MOVE = re.compile(r"\b(?:after|before|since|until|till|once|when|why|between)\b", re.IGNORECASE)
_MAX_DONE = 3  # highlights said of a job named by its move year: what the owner did there
# A stretch of years asked about: "between 2019 and 2021", "from 2014 to 2016", "2018-2020".
_RANGE_Q = re.compile(
    r"\b(?:between|betwen|from)\s+(?P<a>(?:19|20)\d\d)\s*(?:and|to|until|till|through|-|–)\s*(?P<b>(?:19|20)\d\d)\b|"
    r"\b(?P<c>(?:19|20)\d\d)\s*(?:-|–|to|until|till|through)\s*(?P<d>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    )
}
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")
_PRESENT = 10**9  # an entry with no end date runs to the present
_MIN_GAP_MONTHS = 3  # a move between jobs takes a month or two; longer is a gap worth stating


@dataclass(frozen=True)
class Break:
    """A sentence stating a break from work, the passage it is in, and the months it states
    (first, last; as year * 12 + month - 1), if any."""

    chunk: Chunk
    sentence: str
    span: tuple[int, int] | None
    account: str = ""  # the next sentence when it goes on about the break ("During the break I ...")


@dataclass(frozen=True)
class Gap:
    """Months between two jobs with no job listed: the job before, the job after (indexes into
    ``Resume.work``), and the months between them."""

    before: int
    after: int
    first: int
    last: int


def _month(date: PartialDate | None, end: bool = False) -> int | None:
    if date is None or date.year is None:
        return None
    return date.year * 12 + ((date.month or (12 if end else 1)) - 1)


def _stated_months(sentence: str) -> tuple[int, int] | None:
    """The months a sentence's dates span ("between June 2022 and March 2023"), else None."""
    found = []
    for m in _WHEN_Q.finditer(sentence):
        month = _MONTHS.get((m.group("month") or "")[:3].casefold())
        found.append((int(m.group("year")), month))
    if not found:
        return None
    (y1, m1), (y2, m2) = found[0], found[-1]
    return y1 * 12 + (m1 or 1) - 1, y2 * 12 + (m2 or 12) - 1


def states_break(text: str) -> bool:
    """Whether ``text`` states a break from work ("Career break", "Parental leave"): an entry so
    titled is not a job."""
    return bool(_BREAK.search(text))


def stated_breaks(resume: Resume, lookup: Callable[[str], Chunk | None]) -> list[Break]:
    """The sentences of the summary and of each job stating a break from work, each with its passage."""
    texts: list[tuple[str, str]] = [("profile#basics", resume.basics.summary or "")]
    for i, w in enumerate(resume.work):
        texts += [(f"profile#work/{i}", w.summary or ""), *((f"profile#work/{i}", h) for h in w.highlights)]
    out: list[Break] = []
    for ident, text in texts:
        chunk = lookup(ident)
        if chunk is None:
            continue
        sentences = _SENTENCE.split(text.strip())
        for j, sentence in enumerate(sentences):
            if _BREAK.search(sentence) and all(b.sentence != sentence for b in out):
                after = sentences[j + 1].strip() if j + 1 < len(sentences) else ""
                account = after if _GOES_ON.search(after) and not _BREAK.search(after) else ""
                out.append(Break(chunk, sentence.strip(), _stated_months(sentence), account))
    return out


# A sentence that goes on about the break the one before it states: what the owner did during it
# ("During the break I finished a course ...", "I used that time to ..."), which a recruiter asking
# about a gap wants as much as the break itself.
_GOES_ON = re.compile(
    r"^(?:during|while|in (?:that|this|the same) time|meanwhile|throughout|over (?:that|this|the))\b|"
    r"\b(?:the|that|this|my) (?:break|leave|time off|sabbatical|time away)\b",
    re.IGNORECASE,
)


def work_gaps(resume: Resume) -> list[Gap]:
    """The stretches of at least three months between one job's end and the next job's start,
    in date order (overlapping jobs leave no gap)."""
    dated = [(i, start) for i, w in enumerate(resume.work) if (start := _month(w.start_date)) is not None]
    spans = [(start, _end_month(resume.work[i])) for i, start in dated]
    return [
        Gap(dated[before][0], dated[after][0], spans[before][1] + 1, spans[after][0] - 1)
        for before, after in uncovered(spans, _MIN_GAP_MONTHS)
    ]


def _end_month(work: Work) -> int:
    """The last month a job covers; one still running (or with an end date nobody can read) runs to the
    present, so two jobs that start in the same month still sort."""
    if work.end_date is None or work.end_date.present:
        return _PRESENT
    end = _month(work.end_date, end=True)
    return _PRESENT if end is None else end


def _told(resume: Resume, chunk: Chunk) -> str:
    """ ": " and the first sentence of a job's own summary (what the work was: "IoT startup building
    LoRaWAN soil-moisture sensors"), else "." - asked what the owner did, the title alone says little."""
    if not chunk.id.startswith("profile#work/"):
        return "."
    i = int(chunk.id.rsplit("/", 1)[1])
    summary = (resume.work[i].summary or "").strip() if i < len(resume.work) else ""
    lead = _SENTENCE.split(summary)[0].strip() if summary else ""
    return f": {lead.rstrip('.')}." if lead else "."


def _ym(months: int) -> str:
    return f"{months // 12}-{months % 12 + 1:02d}"


def _job(resume: Resume, i: int) -> str:
    w = resume.work[i]
    return f"{w.position} at {w.name}" if w.position and w.name else (w.name or w.position or "a job")


def _gap_said(resume: Resume, gap: Gap, first: str, lookup: Callable[[str], Chunk | None]) -> Said | None:
    chunk = lookup(f"profile#work/{gap.after}")
    if chunk is None:
        return None
    months = gap.last - gap.first + 1
    return Said(
        f"By the dates, {first}'s work history has a gap of {months} months ({_ym(gap.first)} to "
        f"{_ym(gap.last)}) between {_job(resume, gap.before)} and {_job(resume, gap.after)}.",
        chunk,
    )


def _break_said(found: Break, first: str) -> Said:
    sentence = " ".join(s.rstrip(".") + "." for s in (found.sentence, found.account) if s)
    if found.chunk.kind == "basics":
        return Said(f"In {first}'s own words: “{sentence}”", found.chunk)
    return Said(f"From {first}'s time as {found.chunk.title}: {sentence}", found.chunk)


def gap_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "Is there a gap in her résumé?": the breaks the résumé states and the gaps its job dates
    leave, each cited; None unless the question asks about a gap or a break and there is one."""
    if not _GAP_Q.search(message):
        return None
    said = [_break_said(b, first) for b in stated_breaks(resume, lookup)]
    for gap in work_gaps(resume):
        found = _gap_said(resume, gap, first, lookup)
        if found is not None:
            said.append(found)
            # "what was she doing in between?": a gap between jobs is often filled by study or
            # volunteering (a bootcamp between a teaching job and a first developer job), which the
            # résumé dates in its other sections - the dates say it, though no job does
            said += [
                Said(f"During that gap, {first} was {what} ({dates}).", chunk)
                for what, dates, chunk in _entries_during(
                    resume, lookup, gap.first, gap.last, work=False, begun=_MIN_GAP_MONTHS
                )
            ]
    return said or None


def _entries_during(
    resume: Resume,
    lookup: Callable[[str], Chunk | None],
    lo: int,
    hi: int,
    *,
    work: bool = True,
    begun: int | None = None,
) -> list[tuple[str, str, Chunk]]:
    """The jobs (``work``), volunteering and studies whose dates overlap the months ``lo``..``hi``,
    each as what the owner was doing, its dates and its passage (``begun``: only those that began
    in the period or at most that many months before it - what filled a gap, not a club she has
    run on the side for years)."""
    entries = (
        [
            (f"profile#work/{i}", f"{_job(resume, i)}", w.start_date, w.end_date)
            for i, w in enumerate(resume.work)
        ]
        if work
        else []
    )
    entries += [
        (
            f"profile#volunteer/{i}",
            f"{v.position} at {v.organization} (volunteering)",
            v.start_date,
            v.end_date,
        )
        for i, v in enumerate(resume.volunteer)
    ]
    entries += [
        (
            f"profile#education/{i}",
            f"studying {' in '.join(p for p in (e.study_type, e.area) if p)} at {e.institution}",
            e.start_date,
            e.end_date,
        )
        for i, e in enumerate(resume.education)
    ]
    out: list[tuple[str, str, Chunk]] = []
    for ident, what, start, end in entries:
        begin = _month(start)
        finish = _PRESENT if end is None or end.present else _month(end, end=True)
        chunk = lookup(ident)
        if chunk is None or begin is None or finish is None or not (begin <= hi and finish >= lo):
            continue
        if begun is not None and begin < lo - begun:
            continue
        dates = (
            f"{start.raw if start else ''} – {'present' if finish == _PRESENT else end.raw if end else ''}"
        )
        out.append((what, dates, chunk))
    return out


def move_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "What did she build at the company she left in 2021?": the jobs that ended (or, "joined in",
    began) in that year, each with its summary's lead and its first highlights - every job the
    year merely overlaps would bury the one meant. None unless a job moved so that year."""
    moved = _MOVE_Q.search(message)
    if (
        moved is None
        or _AROUND_MOVE.search(message)
        or not (_DID_AT_Q.search(message) or _DOING_Q.search(message))
    ):
        return None
    year, left = int(moved.group("year")), moved.group("left") is not None
    said: list[Said] = []
    for i, w in enumerate(resume.work):
        date = w.end_date if left else w.start_date
        chunk = lookup(f"profile#work/{i}")
        if (
            chunk is None
            or date is None
            or date.present
            or date.year != year
            or states_break(_job(resume, i))
        ):
            continue
        end = "present" if w.end_date is None or w.end_date.present else w.end_date.raw
        dates = f"{w.start_date.raw if w.start_date else ''} – {end}"
        done = " ".join(h.rstrip(".") + "." for h in w.highlights[:_MAX_DONE])
        verb = "left" if left else "joined"
        said.append(
            Said(
                f"{first} {verb} {w.name or 'a job'} in {year}; as {w.position or 'its staff'} ({dates}){_told(resume, chunk)}"
                f"{' ' + done if done else ''}",
                chunk,
            )
        )
    return said or None


def period_reply(
    message: str, resume: Resume, lookup: Callable[[str], Chunk | None], first: str
) -> list[Said] | None:
    """ "What was she doing in 2019?": the stated breaks and the jobs, volunteering and studies whose
    dates cover that year (or month), each cited; None unless the question asks what the owner did
    at a time the résumé's dates cover."""
    moved = move_reply(message, resume, lookup, first)
    if moved is not None:
        return moved
    asked = _WHEN_Q.search(message)
    if asked is None or not _DOING_Q.search(message):
        return None
    year, month = int(asked.group("year")), _MONTHS.get((asked.group("month") or "")[:3].casefold())
    lo, hi = year * 12 + (month or 1) - 1, year * 12 + (month or 12) - 1
    when = f"In {asked.group(0)}"
    span = _RANGE_Q.search(message)
    if span is not None:  # "between 2019 and 2021": everything the years from one to the other cover
        a, b = sorted((int(span.group("a") or span.group("c")), int(span.group("b") or span.group("d"))))
        lo, hi, when = a * 12, b * 12 + 11, f"Between {a} and {b}"
    said: list[Said] = []
    for found in stated_breaks(resume, lookup):
        if found.span is not None and found.span[0] <= hi and found.span[1] >= lo:
            said.append(_break_said(found, first))
    for gap in work_gaps(resume):
        if gap.first <= hi and gap.last >= lo and (gap_said := _gap_said(resume, gap, first, lookup)):
            said.append(gap_said)
    for what, dates, chunk in _entries_during(resume, lookup, lo, hi):
        said.append(Said(f"{when}, {first} was {what} ({dates}){_told(resume, chunk)}", chunk))
    return said or None
