"""The owner's first or latest job of the kind a question qualifies, read from the résumé's dates.

Why a field reader: "what was her first permanent job?", "his most recent internship?", "her first
job after the PhD?" or "his first dev job?" rank jobs by date, but only the jobs the qualifier
admits. Search ranks every job by date (an internship is the earliest job), so a reply built on it
names the internship as the first permanent job, the doctoral post as the first job after the PhD,
a teaching job as the first developer job. The jobs the qualifier admits, ranked by their dates,
answer it; what the qualifier left out is said in the lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from heyfolio.content.model import Education, PartialDate, Resume, Work
from heyfolio.search.understand import Superlative, read_superlative

__all__ = ["QualifiedJobs", "asks_full_time", "qualified_jobs", "side_job"]

# The qualifiers a question puts on "job": the kinds of job it admits.
_Q_INTERN = re.compile(r"\b(?:internships?|interns?|traineeships?|placements?)\b", re.IGNORECASE)
_Q_PERMANENT = re.compile(r"\b(?:permanent|salaried|proper|real|regular)\b", re.IGNORECASE)
_Q_FULL_TIME = re.compile(r"\bfull[- ]?time\b", re.IGNORECASE)
_Q_AFTER = re.compile(
    r"\b(?:after|since|following|out of|post)[- ](?:(?:finishing|completing|leaving|earning|getting) )?"
    r"(?:(?:her|his|their|the|my|a) )?(?P<what>ph\.?d\.?|doctorate|doctoral studies|master'?s?(?: degree)?|"
    r"bachelor'?s?(?: degree)?|degree|graduat\w*|uni|university|college|school|studies|bootcamp)",
    re.IGNORECASE,
)
_Q_TECH = re.compile(
    # ("her first data job?" of a farmer turned data engineer: data work is work in technology)
    r"\b(?:tech|dev|developer|engineering|software|programming|coding|it|data)\s+(?:jobs?|roles?|positions?)\b|"
    r"\b(?:jobs?|roles?|positions?|work)\s+(?:in|as an?)\s+(?:tech|software|it|engineering|developer|engineer|programmer|data)\b",
    re.IGNORECASE,
)
# A job of each kind, by its title.
_INTERN = re.compile(r"\b(?:intern|internship|trainee|apprentice|working student|placement)\b", re.IGNORECASE)
_PART_TIME = re.compile(r"\bpart[- ]time\b|\bteaching assistant\b", re.IGNORECASE)
_FIXED_TERM = re.compile(r"\b(?:contract\w*|fixed[- ]term|freelance\w*|temporary)\b", re.IGNORECASE)
# A title in technology (research and data work included: a doctoral researcher's job is not a
# career outside it).
_TECH = re.compile(
    r"\b(?:engineer\w*|developer|programmer|administrator|sysadmin|devops|sre|architect|software|"
    r"scientist|research\w*|analyst|data|coder|frontend|backend|full[- ]?stack|web|mobile|it|security|"
    r"penetration|firmware|embedded|technical|tech|cto)\b",
    re.IGNORECASE,
)
_DOCTORATE = re.compile(r"\b(?:ph\.?d|doctor\w*|dr\.)", re.IGNORECASE)
_MASTER = re.compile(r"\bmaster|\bm\.?sc\b|\bmba\b", re.IGNORECASE)
_BACHELOR = re.compile(r"\bbachelor|\bb\.?sc\b|\bb\.?eng\b|\blicenciatura\b|\bb\.?a\.?\b", re.IGNORECASE)
_BOOTCAMP = re.compile(r"\bbootcamp\b", re.IGNORECASE)
_UNFINISHED = re.compile(r"\b(?:in progress|discontinued|ongoing|not completed)\b", re.IGNORECASE)


def asks_full_time(message: str) -> bool:
    """Whether the question qualifies the work it asks about as full-time or permanent."""
    return bool(_Q_FULL_TIME.search(message) or _Q_PERMANENT.search(message))


def side_job(title: str) -> bool:
    """Whether a job's title says it was no full-time job: an internship, a part-time role, a teaching
    assistant's post (what "full-time experience" leaves out)."""
    return bool(_INTERN.search(title) or _PART_TIME.search(title))


@dataclass(frozen=True)
class QualifiedJobs:
    """The jobs a qualified "first"/"latest" question admits (indexes into ``Resume.work``, in the
    order asked) and the lead saying how they were picked."""

    jobs: list[int]
    lead: str


def _month(date: PartialDate | None) -> int | None:
    if date is None or date.year is None:
        return None
    return date.year * 12 + (date.month or 1) - 1


def _degree_end(what: str, education: Sequence[Education]) -> int | None:
    """When the schooling ``what`` names ended (the latest finished one of that kind), else None."""
    kind = what.casefold()
    if kind.startswith(("ph", "doctor")):
        pick = _DOCTORATE
    elif kind.startswith("master"):
        pick = _MASTER
    elif kind.startswith("bachelor"):
        pick = _BACHELOR
    elif kind.startswith("bootcamp"):
        pick = _BOOTCAMP
    else:  # "after uni", "after graduating": the last degree finished
        pick = re.compile(rf"{_DOCTORATE.pattern}|{_MASTER.pattern}|{_BACHELOR.pattern}", re.IGNORECASE)
    ends = [
        end
        for e in education
        if pick.search(e.study_type or "") and not _UNFINISHED.search(e.study_type or "")
        if (end := _month(e.end_date)) is not None
    ]
    return max(ends) if ends else None


def qualified_jobs(message: str, resume: Resume) -> QualifiedJobs | None:
    """ "Her first permanent job?": the jobs the question's qualifiers admit (each narrows the last:
    "her first full-time tech job"), in the date order it asks (first / latest / the one before),
    with the lead naming what was left out; None when the question ranks no jobs by date, puts no
    qualifier on them, or the qualifiers leave out no job (search's order is then the answer)."""
    intern = bool(_Q_INTERN.search(message))
    # "most recent internship" ranks jobs though it names none
    sup = read_superlative(_Q_INTERN.sub("job", message) if intern else message)
    if sup is None and _THE_JOB_AFTER.search(message):
        return _job_after(message, resume)  # "where did he go after Hotel Miramar?": the next job
    if sup is None and _THE_JOB_BEFORE.search(message):
        sup = Superlative(frozenset({"work"}), "previous")  # "the job before Quinta": the one just before
    if sup is None or "work" not in sup.kinds or sup.order not in ("newest", "oldest", "previous"):
        return None
    dated = [(m, i) for i, w in enumerate(resume.work) if (m := _month(w.start_date)) is not None]

    def title(i: int) -> str:
        return resume.work[i].position or ""

    keep = list(dated)
    what = "job"
    left: list[str] = []
    if intern:
        keep, what = [(m, i) for m, i in keep if _INTERN.search(title(i))], "internship"
    elif asks_full_time(message):
        keep = [(m, i) for m, i in keep if not side_job(title(i))]
        left = ["internships", "part-time roles"]
        what = "full-time job"
        if _Q_PERMANENT.search(message):
            keep = [(m, i) for m, i in keep if not _FIXED_TERM.search(title(i))]
            left, what = ["internships", "part-time", "fixed-term roles"], "permanent job"
    if _Q_TECH.search(message):
        keep = [(m, i) for m, i in keep if _TECH.search(title(i))]
        what = f"{what} in technology"
    after = _Q_AFTER.search(message)
    if after is not None:
        end = _degree_end(after.group("what"), resume.education)
        if end is not None:
            keep = [(m, i) for m, i in keep if m >= end - 1]
            what = f"{what} {after.group(0)}"
    before = _Q_BEFORE.search(message)
    joined = _employer_start(before.group("name"), resume) if before is not None else None
    if joined is not None and before is not None:  # "her last job before Quinta?"
        keep = [(m, i) for m, i in keep if m < joined]
        # a side job still running after the move (part-time freelancing) was not left for it
        keep = [(m, i) for m, i in keep if (_month(resume.work[i].end_date) or joined) <= joined] or keep
        what = f"{what} before {_employer_name(before.group('name'), resume)}"
    if not keep or len(keep) == len(dated):
        return None
    if sup.order == "previous":  # the latest that has ended
        keep = [(m, i) for m, i in keep if _ended(resume.work[i])] or keep
    keep.sort(reverse=sup.order != "oldest")
    word = "earliest" if sup.order == "oldest" else "most recent"
    aside = f" ({', '.join(left[:-1])} and {left[-1]} left out)" if left else ""
    lead = f"By the dates in the portfolio{aside}, the {word} {what} first:"
    if sup.order == "previous" and joined is not None:  # "what did she do before Nordvik?": say which job
        job = resume.work[keep[0][1]]
        role = " at ".join(part for part in (job.position, job.name) if part)
        lead = f"By the dates in the portfolio{aside}, the {what} was {role}:" if role else lead
    return QualifiedJobs([i for _, i in keep], lead)


# "the job before Quinta", "her role right before Acme", "what did she do before Quinta?", "where did he
# work before joining Acme?": the one job that came just before an employer.
_THE_JOB_BEFORE = re.compile(
    r"(?:\b(?:the|her|his|their) (?:\w+ )?(?:job|role|position|employer|company|gig)|"
    r"\b(?:what|where) did (?:she|he|they|(?-i:[A-Z])[\w'-]*) (?:do|work))"
    r" (?:right |just |directly |immediately )?before (?:joining |going to |moving to |starting at )?(?-i:[A-Z])",
    re.IGNORECASE,
)
# "before Quinta", "before joining Acme": an employer the jobs asked came before.
_Q_BEFORE = re.compile(
    r"\bbefore (?:joining |going to |moving to |starting at )?(?P<name>(?-i:[A-Z])[\w&'-]+)"
)


# "where did he go after Hotel Miramar?", "his job after Acme", "what did she do after leaving Acme?":
# the one job that came next after an employer (the employer named in capitals right after "after").
_THE_JOB_AFTER = re.compile(
    r"(?:\b(?:the|her|his|their) (?:\w+ )?(?:job|role|position|employer|company|gig)|"
    r"\b(?:what|where) did (?:she|he|they|(?-i:[A-Z])[\w'-]*) (?:do|work|go|move))"
    r" (?:right |just |directly |immediately )?after (?:leaving |quitting |finishing at )?(?P<name>(?-i:[A-Z])[^?,;]*)",
    re.IGNORECASE,
)


def _named_job(text: str, resume: Resume) -> int | None:
    """The job whose employer's name ``text`` begins with, the most words of it matched (of
    "Hotel Miramar Porto?", the hotel, not another employer named "Porto ..."), else None."""
    said = re.findall(r"[\w&'-]+", text.casefold())
    best: tuple[int, int] | None = None
    for i, w in enumerate(resume.work):
        words = (w.name or "").casefold().split()
        n = 0
        while n < min(len(words), len(said)) and words[n] == said[n]:
            n += 1
        if n and (best is None or n > best[0]):
            best = (n, i)
    return best[1] if best else None


def _job_after(message: str, resume: Resume) -> QualifiedJobs | None:
    """The job that came next after the employer ``message`` names: the earliest to start once that
    job had (nearly) ended - a side job begun during it was no move away - else the earliest to start
    after it began; None when no employer is named or no job follows."""
    m = _THE_JOB_AFTER.search(message)
    named = _named_job(m.group("name"), resume) if m is not None else None
    if named is None:
        return None
    job = resume.work[named]
    began, ended = _month(job.start_date), _month(job.end_date)
    if began is None:
        return None
    later = sorted(
        (start, i)
        for i, w in enumerate(resume.work)
        if i != named and w.name != job.name and (start := _month(w.start_date)) is not None and start > began
    )
    moved = [(start, i) for start, i in later if ended is not None and start >= ended - 2]
    order = moved or later
    if not order:
        return None
    nxt = resume.work[order[0][1]]
    role = " at ".join(part for part in (nxt.position, nxt.name) if part)
    lead = f"By the dates in the portfolio, the job after {job.name} was {role}:"
    return QualifiedJobs([i for _, i in order], lead)


def _employer_start(name: str, resume: Resume) -> int | None:
    """When the owner first started at the employer whose name begins with ``name``, else None."""
    starts = [
        m
        for w in resume.work
        if (w.name or "").casefold().split()[:1] == [name.casefold()]
        if (m := _month(w.start_date)) is not None
    ]
    return min(starts) if starts else None


def _employer_name(name: str, resume: Resume) -> str:
    """The employer's whole name as the résumé writes it ("Nordlys Kringkasting" for "Nordlys")."""
    return next(
        (w.name for w in resume.work if w.name and w.name.casefold().split()[:1] == [name.casefold()]), name
    )


def _ended(work: Work) -> bool:
    return work.end_date is not None and not work.end_date.present
