"""How long the owner has done one kind of work, read from every job whose title names it.

Why a field reader: "how many years did she work as a pentester?" or "how long has she been
freelancing?" ask for the time spent in an occupation, which a résumé spreads over several entries
("Penetration Tester" at a consultancy, then "Freelance Penetration Tester"). Search ranks one of
them first and a reply built on it states that one job's span. The jobs whose titles name the
occupation, each with its dates, the stretch they cover together, and the summary's own sentence
when it states the time ("the first five years breaking web applications") answer it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume, Work
from heyfolio.content.spans import month_bounds, span_words
from heyfolio.search.adjacent import ACADEMIA, ACADEMIC_ORG
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = [
    "DURATION_Q",
    "TIME_SAID",
    "compared_reply",
    "covered_months",
    "head_noun",
    "job_dates",
    "leads",
    "length_text",
    "month_year",
    "names_occupation",
    "occupation_reply",
    "title_acronyms",
]

# A question asking for time spent: "how long", "how many years", "since when", "for how long".
_DURATION_Q = re.compile(
    r"\b(?:how long|how many (?:years|months)|since when|for how long|how much time|(?:years|time) (?:spent )?as)\b",
    re.IGNORECASE,
)
# "when did she become a pentester?", "since when has he freelanced?": when the occupation began, which
# the earliest job so titled says (the same jobs answer it, the stretch starting at the first)
_BECAME_Q = re.compile(
    r"\bwhen did (?:she|he|they) (?:first )?(?:become|turn|start (?:out )?(?:as|working as)|begin (?:as|working as))\b",
    re.IGNORECASE,
)
# Words for one occupation that résumés and recruiters write differently: a title says "Penetration
# Tester" where a question says "pentester"; "freelancing" is done as a contractor or an independent
# consultant; a "Reporter" worked in journalism. Each family's words are read as one.
_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(t for w in words.split() for t in analyze(w))
    for words in (
        "pentest pentester pentesting penetration",
        "freelance freelancer freelancing independent self-employed contractor contract consultant consulting",
        "lecturer lecturing professor teacher teaching instructor",
        "engineer engineering developer development programmer programming coder dev",
        "mobile ios android",
        "intern interns internship internships trainee traineeship",
        "journalist journalists journalism reporter reporters reporting correspondent",
        # a title says "Sous Chef" or "Line Cook" where a question says "in kitchens" or "cooking"
        "chef chefs cook cooks cooking kitchen kitchens culinary",
        # a title says "Chief Officer" or "Second Officer" where a question says "at sea" or "on ships"
        "sea seafarer seafaring sailor ship ships shipboard officer deck navy",
    )
)
_GENERIC = _FAMILIES[3]  # engineer, developer, ...: every technical job's title
_OCCUPATIONS = frozenset().union(*(f for f in _FAMILIES if f is not _GENERIC))
_ACADEMIA = ACADEMIA  # academia is a sector, named by the employer (search.adjacent)
_ACADEMIC_ORG = ACADEMIC_ORG
# Words of the question that say how it asks, not what of (the duration, the owner, the verbs).
_ASKING = frozenset(
    analyze(
        "how long many much years year months month time since when spend spent work worked working "
        "been do did does done job jobs role roles career total overall altogether experience professional "
        "become became turn start started out begin began first "
        "she he they her his their as a an the in at for of"
    )
)
# A sentence of the summary stating time spent ("the first five", "for almost two years", "since 2017").
_TIME_SAID = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+? (?:years?|months?)\b|"
    r"\bthe (?:first|last) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bsince (?:\w+ )?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_HEAD = "By the dates in the portfolio, "
_MAX_JOBS = 6  # the jobs listed, earliest first (the stretch they cover counts them all)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def _terms(text: str) -> frozenset[str]:
    """``text``'s words, each with the family it belongs to."""
    out = set(analyze(text))
    for family in _FAMILIES:
        if out & family:
            out |= family
    return frozenset(out)


# "... before going into management", "... since she left Acme": a bound on the time, not the occupation.
_BOUND = re.compile(
    r"\b(?:before|after|until|till|since (?:she|he|they|\w+) (?:left|joined|moved))\b.*", re.IGNORECASE
)


def _asked(message: str, owner: Sequence[str]) -> list[frozenset[str]]:
    """The question's words that are not its asking (each with its family), up to a time bound."""
    names = {t for w in owner for t in analyze(w)}
    message = _BOUND.sub(" ", message)
    words = [
        t for t in dict.fromkeys(analyze(message)) if t not in _ASKING and t not in names and len(t) >= 3
    ]
    # "an EM", "a PM": a title's initials written in capitals, however short
    initials = [w.casefold() for w in _CAPITALS.findall(message) if w.casefold() not in words]
    return [_terms(w) for w in words] + [frozenset({w}) for w in initials]


_CAPITALS = re.compile(r"\b[A-Z]{2,4}\b")


def title_acronyms(position: str) -> frozenset[str]:
    """The initials of each run of two to four words of a job title ("Senior Site Reliability
    Engineer" -> "ssre", "ssr", "sre", "sr", ...): a question asks "how long was she an SRE?"."""
    words = [w for w in re.findall(r"[^\W\d_]+", position) if w[0].isupper()]
    return frozenset(
        "".join(w[0] for w in words[i : i + n]).casefold()
        for n in (2, 3, 4)
        for i in range(len(words) - n + 1)
    )


def _title_terms(position: str) -> frozenset[str]:
    """A job title's words (with their families) and its acronyms."""
    return _terms(position) | title_acronyms(position)


def _names_employer(message: str, resume: Resume, owner: Sequence[str]) -> bool:
    """Whether the question names an employer by a word of its name that names no occupation: "how
    long was she at Marés Mobility?" or "how long was the Tasca Ledger contract?" ask one job's time,
    not the time in every job titled "mobile" or "contract" ("how long has she freelanced?" of an
    employer entry named "Freelance" still asks the occupation)."""
    said = {t for w in _BOUND.sub(" ", message).split() for t in analyze(w)} - {
        t for w in owner for t in analyze(w)
    }
    occupations = frozenset().union(*_FAMILIES, _ACADEMIA)
    for work in resume.work:
        titled = set(analyze(work.position or ""))
        own = {t for t in analyze(work.name or "") if len(t) >= 3} - occupations - titled - _ASKING
        if own & said:
            return True
    return False


def _role(asked: Sequence[frozenset[str]], resume: Resume) -> list[frozenset[str]]:
    """The asked words some job title names: the occupation ("firmware engineer" is not every
    engineer's job; "freelance under her own company" asks of freelancing, not of a company)."""
    titled = [_title_terms(w.position or "") for w in resume.work]
    role = [a for a in asked if any(a & t for t in titled)]
    # "mobile development", "a pentesting engineer": the generic word for any technical job adds
    # nothing to an occupation of its own ("Mobile Tech Lead" is mobile development too)
    specific = [a for a in role if a & _OCCUPATIONS and not a & _GENERIC]
    return [a for a in role if not a & _GENERIC] if specific else role


def names_occupation(message: str, resume: Resume, owner: Sequence[str] = ()) -> bool:
    """Whether the question names a kind of work some job title names, other than the generic
    engineer or developer: "how long has she been working independently?" asks the time as a
    freelancer (titled "Independent Consultant", "Contract Engineer"), not the whole career."""
    role = _role(_asked(message, owner), resume)
    return any(a & _OCCUPATIONS and not a & _GENERIC for a in role)


def _names_all(text: str, role: Sequence[frozenset[str]]) -> bool:
    said = _terms(text)
    return bool(role) and all(a & said for a in role)


def _span(work: Work, today: dt.date) -> tuple[float, float] | None:
    return month_bounds(work.start_date, work.end_date, today)


def _dates(work: Work) -> str:
    start = work.start_date.raw if work.start_date else "?"
    end = "present" if work.end_date is None or work.end_date.present else work.end_date.raw
    return f"{start} – {end}"


def _length(months: float) -> str:
    return span_words(int(months + 0.5))


def _covered(spans: Sequence[tuple[float, float]]) -> float:
    """Months the spans cover together (overlaps counted once)."""
    total, reach = 0.0, float("-inf")
    for start, end in sorted(spans):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def occupation_reply(
    message: str,
    resume: Resume,
    lookup: Callable[[str], Chunk | None],
    first: str,
    owner: Sequence[str] = (),
    today: dt.date | None = None,
) -> list[Said]:
    """ "How long was she a pentester?": the summary's sentence stating that time, then each job
    whose title names the occupation asked, with its dates, and the time they cover together;
    [] when the question asks no duration, or fewer than two jobs (or one job and no sentence of
    the summary) speak to it - one job's span is told by the entry search finds."""
    if not _DURATION_Q.search(message) and not _BECAME_Q.search(message):
        return []
    asked = _asked(message, owner)
    if not asked or _names_employer(message, resume, owner):
        return []
    today = today or dt.date.today()
    role = _role(asked, resume)
    jobs = [
        (i, w, span)
        for i, w in enumerate(resume.work)
        if role
        and all(a & _title_terms(w.position or "") for a in role)
        and (span := _span(w, today)) is not None
    ]
    if not role and any(a & _ACADEMIA for a in asked):
        # "how long was she in academia?": the jobs at universities and research institutes, whatever
        # their titles say
        jobs = [
            (i, w, span)
            for i, w in enumerate(resume.work)
            if _ACADEMIC_ORG.search(w.name or "") and (span := _span(w, today)) is not None
        ]
        role = [_ACADEMIA]
    basics = lookup("profile#basics")
    summary = _SENTENCE.split(resume.basics.summary or "")
    told = next((x.strip() for x in summary if _TIME_SAID.search(x) and _names_all(x, role)), "")
    # one job at a university is the answer: no title names the sector; nor does any passage a title's
    # initials ("how long has he been an EM?"), so one job so titled is the answer too
    initials = any(not a & _terms(w.position or "") for _, w, _ in jobs for a in role)
    sector = role == [_ACADEMIA] or initials
    if len(jobs) < 2 and not (jobs and told and basics is not None) and not (jobs and sector):
        return []
    out: list[Said] = []
    if told and basics is not None:
        out.append(Said(f"In {first}'s own words: “{told}”", basics))
    listed: list[Said] = []
    for i, w, span in sorted(jobs, key=lambda j: j[2])[:_MAX_JOBS]:
        chunk = lookup(f"profile#work/{i}")
        if chunk is not None:
            at = f" at {w.name}" if w.name else ""
            # the entry's own sentence of time ("Line manager of the team for two years and eight months")
            own = next((x.strip() for x in _SENTENCE.split(w.summary or "") if _TIME_SAID.search(x)), "")
            length = f", {_length(span[1] - span[0])}"
            listed.append(Said(f"{w.position}{at} ({_dates(w)}{length}){f': {own}' if own else '.'}", chunk))
    if (len(jobs) >= 2 or sector) and listed:
        covered = _length(_covered([span for _, _, span in jobs]))
        since = _month_year(min(jobs, key=lambda j: j[2])[1])
        academic = role == [_ACADEMIA]
        many = len(jobs) > 1 or academic
        what = (
            "jobs at universities and research institutes"
            if academic
            else f"{'jobs' if many else 'job'} as {_kind(jobs)}"
        )
        head = (
            f"{_HEAD}{first}'s {what} {'cover' if many else 'covers'} about {covered}{' in all' if many else ''}"
            f"{f', starting in {since}' if since else ''}:"
        )
        listed[0] = Said(f"{head} {listed[0].text}", listed[0].chunk)
    return out + listed


def _month_year(work: Work) -> str:
    """When ``work`` began, in words ("September 2017"), else ""."""
    d = work.start_date
    if d is None or d.year is None:
        return ""
    return f"{dt.date(d.year, d.month, 1):%B} {d.year}" if d.month else str(d.year)


def _kind(jobs: Sequence[tuple[int, Work, tuple[float, float]]]) -> str:
    """The titles of ``jobs``, as one phrase ("Penetration Tester and Freelance Penetration Tester")."""
    titles = list(dict.fromkeys(w.position or "" for _, w, _ in jobs if w.position))
    return titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " and " + titles[-1]


def leads(said: Sequence[Said]) -> bool:
    """Whether an occupation reply says what no passage search finds does: the time several jobs
    cover together, one job's own sentence of its time ("for two years and eight months"), or the
    summary's sentence stating the time in the occupation beside the one job so titled ("six years as
    a brewer": search may rank a degree in brewing first, whose span is not the time asked)."""
    jobs = [s for s in said if s.chunk.kind == "work"]
    return (
        len(jobs) >= 2
        or bool(jobs and any(s.chunk.kind == "basics" for s in said))
        or any(s.text.startswith(_HEAD) for s in jobs)
        or any(_TIME_SAID.search(s.text.partition("): ")[2]) for s in jobs)
    )


# The same reading of dates and durations, for the time spent with one skill (``skill_span``).
DURATION_Q = _DURATION_Q
TIME_SAID = _TIME_SAID
covered_months = _covered
job_dates = _dates
length_text = _length
month_year = _month_year


# "did he spend longer in kitchens or at the start-up?", "was she longer a reporter or a developer?": two
# stretches of work compared, each side after the comparative and around its "or"
_COMPARED = re.compile(
    r"\b(?:longer|more time|more years|shorter|less time)\b(?P<a>[^?.;]{2,60}?)\bor\b(?P<b>[^?.;]{2,60})",
    re.IGNORECASE,
)
_SIDE_LEAD = re.compile(
    r"^(?:[,\s]*(?:was|were|did|spent|spend|working|worked|(?:his|her|their) time|the time))+\s*", re.I
)


# Where a description's head noun phrase ends: "Boutique hotel with 64 rooms", "Hotel-booking platform for
# independent hotels", "Maker of flight-planning software".
_HEAD_ENDS = re.compile(
    r"\s(?:with|for|of|in|at|on|to|that|which|where|who|serving|used|by|from|across)\b|[,;:(]", re.IGNORECASE
)


def head_noun(description: str) -> str:
    """The noun a job's description says the employer is ("hotel" of "Boutique hotel with 64 rooms",
    "platform" of "Hotel-booking platform for independent hotels": a platform serving hotels is not
    one), else ""."""
    words = re.findall(r"[^\W\d_]+", _HEAD_ENDS.split(description, maxsplit=1)[0])
    return words[-1] if words else ""


def _side_jobs(
    side: str, resume: Resume, owner: Sequence[str], today: dt.date
) -> tuple[str, list[tuple[int, Work, tuple[float, float]]]]:
    """The jobs one side of a comparison names - every job its occupation titles ("in kitchens": the
    chef jobs), else the one job whose employer's name or description it names ("the start-up") -
    or every job whose description says the employer is of the kind it names ("in hotels"), with the
    kind of side it is ("occupation", "employer kind" or "entry"); ``("", [])`` when it names none."""
    asked = _asked(side, owner)
    role = _role(asked, resume)
    if role:
        jobs = [
            (i, w, span)
            for i, w in enumerate(resume.work)
            if all(a & _title_terms(w.position or "") for a in role) and (span := _span(w, today)) is not None
        ]
        if jobs:
            return "occupation", jobs
    words = frozenset().union(*asked) if asked else frozenset()
    # "in hotels", "at banks": every job whose description says the employer is one (its head noun)
    kind = [
        (i, w, span)
        for i, w in enumerate(resume.work)
        if words & set(analyze(head_noun(w.description or ""))) and (span := _span(w, today)) is not None
    ]
    if len(kind) >= 2:
        return "employer kind", kind
    named = [
        (i, w, span)
        for i, w in enumerate(resume.work)
        if words & (set(analyze(f"{w.name or ''} {w.description or ''}")) - _ASKING)
        and (span := _span(w, today)) is not None
    ]
    return ("entry", named) if len(named) == 1 else ("", [])


def compared_reply(
    message: str,
    resume: Resume,
    lookup: Callable[[str], Chunk | None],
    first: str,
    owner: Sequence[str] = (),
    today: dt.date | None = None,
) -> list[Said]:
    """ "Did he spend longer in kitchens or at the start-up?": the time each side covers - an
    occupation over every job its titles name, or one job named by its employer or description -
    the longer said first, then each job with its dates; [] unless both sides name jobs, apart, and
    one of them is an occupation of several jobs (two single jobs are compared by their entries)."""
    m = _COMPARED.search(message)
    if m is None:
        return []
    today = today or dt.date.today()
    sides = []
    for key in ("a", "b"):
        phrase = _SIDE_LEAD.sub("", m.group(key).strip(" ,")).strip()
        kind, jobs = _side_jobs(phrase, resume, owner, today)
        if not jobs:
            return []
        sides.append((phrase, kind, jobs))
    (pa, ka, ja), (pb, kb, jb) = sides
    if {i for i, _, _ in ja} & {i for i, _, _ in jb} or not any(
        k in ("occupation", "employer kind") and len(j) >= 2 for _, k, j in sides
    ):
        return []
    shorter_asked = bool(re.search(r"\b(?:shorter|less time)\b", m.group(0), re.I))
    covered = [_covered([span for _, _, span in j]) for j in (ja, jb)]
    win = 0 if covered[0] >= covered[1] else 1
    if shorter_asked:
        win = 1 - win
    lose = 1 - win

    def said_as(phrase: str, kind: str) -> str:
        if re.match(r"(?:in|at|with|as|for|on)\b|\w+ing\b", phrase, re.I):
            return phrase  # "in kitchens", "teaching": said as asked
        return f"{'at' if kind == 'entry' else 'as'} {phrase}"

    def stretch(jobs: Sequence[tuple[int, Work, tuple[float, float]]], months: float) -> str:
        ordered = sorted(jobs, key=lambda j: j[2])
        start = ordered[0][1].start_date.raw if ordered[0][1].start_date else "?"
        last = max(jobs, key=lambda j: j[2][1])[1]
        end = "present" if last.end_date is None or last.end_date.present else last.end_date.raw
        what = f"{_kind(jobs)}" + (f" at {jobs[0][1].name}" if len(jobs) == 1 and jobs[0][1].name else "")
        return f"{_length(months)} as {what} ({start} – {end})"

    phrases, kinds, jobs_of = (pa, pb), (ka, kb), (ja, jb)
    head = (
        f"{_HEAD}{first} spent {'less' if shorter_asked else 'longer'} {said_as(phrases[win], kinds[win])}: "
        f"about {stretch(jobs_of[win], covered[win])}, against {stretch(jobs_of[lose], covered[lose])}."
    )
    out: list[Said] = []
    for i, w, span in sorted([*ja, *jb], key=lambda j: j[2])[:_MAX_JOBS]:
        chunk = lookup(f"profile#work/{i}")
        if chunk is not None:
            at = f" at {w.name}" if w.name else ""
            out.append(Said(f"{w.position}{at} ({_dates(w)}, {_length(span[1] - span[0])}).", chunk))
    if not out:
        return []
    out[0] = Said(f"{head} {out[0].text}", out[0].chunk)
    return out
