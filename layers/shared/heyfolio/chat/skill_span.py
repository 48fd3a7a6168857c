"""How long the owner has worked with one skill, read from every job whose entry names it.

Why a field reader: "how many years has she run Kubernetes in production?" or "how long has he
written Go?" ask for the time spent with a technology, which a résumé spreads over several jobs and
often names in other words there (the skill "Kubernetes" lists "Amazon EKS"; a job says "moved 140
services to Amazon EKS"). Search ranks one of those jobs first and a reply built on it states that
one job's span, or the span of a job that only mentions the word in passing. The jobs whose entries
name the skill (or a keyword the skills section files under it), each with its dates and the
sentence naming it, the stretch they cover together, and the summary's own sentence of that time
answer it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from heyfolio.chat.occupation_span import (
    DURATION_Q,
    TIME_SAID,
    covered_months,
    head_noun,
    job_dates,
    length_text,
    month_year,
    title_acronyms,
)
from heyfolio.chat.sources import Said
from heyfolio.content.model import Resume, Work
from heyfolio.content.spans import month_bounds
from heyfolio.search.chunks import Chunk
from heyfolio.search.text import analyze

__all__ = ["skill_span_reply"]

_MAX_JOBS = 6
_SENTENCE = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9])")


def _terms(text: str) -> frozenset[str]:
    return frozenset(analyze(text))


def _named(name: str, words: frozenset[str]) -> bool:
    """Whether ``words`` (index terms) name all of ``name``'s terms."""
    terms = _terms(name)
    return bool(terms) and terms <= words


def _asked_skill(message: str, resume: Resume) -> tuple[str, list[str]] | None:
    """The skill the question names and the words that stand for it in a job's entry: a skill
    entry's name with its keywords ("Kubernetes": Amazon EKS, Helm), or one keyword on its own."""
    asked = _terms(message)
    for skill in resume.skills:
        if skill.name and _named(skill.name, asked):
            return skill.name, [skill.name, *skill.keywords]
    for skill in resume.skills:
        for keyword in skill.keywords:
            if _named(keyword, asked):
                return keyword, [keyword]
    return None


# Words of a duration question that say how it asks, not what with.
_ASKING = _terms(
    "how long many much years year months month time since when spend spent work worked working been do did "
    "does done use used using run ran running write wrote written writing code coded coding build built "
    "building hands-on professional professionally production commercial commercially total overall "
    "altogether experience she he they her his their"
)
_WHEN = re.compile(rf"\b(?:19|20)\d\d\b|{TIME_SAID.pattern}", re.IGNORECASE)
_WORD = re.compile(r"[\w+#.-]+")


def _asked_term(message: str, resume: Resume) -> tuple[str, list[str]] | None:
    """A technology the skills section does not list but a job's entry names, asked on its own
    ("how long has she done CDC?"): the question's one remaining word, as written."""
    words = [w.strip(".-") for w in _WORD.findall(message)]
    rest = [w for w in words if (t := _terms(w)) and not t <= _ASKING]
    if len(rest) != 1:
        return None
    word = rest[0]
    if not any(_naming_text(s, [word]) for work in resume.work for s in _sentences(work)):
        return None
    return word, [word]


def _sentences(work: Work) -> list[str]:
    parts = [work.description or "", work.summary or "", *work.highlights]
    return [s.strip() for p in parts for s in _SENTENCE.split(p) if s.strip()]


def _naming(work: Work, words: Sequence[str], asked: frozenset[str]) -> str | None:
    """The sentence of ``work`` naming one of ``words`` that shares most with the question
    (``asked``: "run Kubernetes in production" is told by "ran our services on Kubernetes in
    production from 2018" more than by "Go services on Kubernetes"), else None."""
    naming = [s for s in _sentences(work) if _naming_text(s, words)]
    # a sentence stating when or how long ("from 2018") speaks to the time asked
    return max(naming, key=lambda s: (len(_terms(s) & asked), bool(_WHEN.search(s)))) if naming else None


def skill_span_reply(
    message: str,
    resume: Resume,
    lookup: Callable[[str], Chunk | None],
    first: str,
    today: dt.date | None = None,
) -> list[Said]:
    """ "How long has she worked with Kubernetes?": the summary's sentence stating that time, then
    each job whose entry names the skill (or a keyword filed under it), with its dates and the
    sentence naming it, and the time they cover together; [] when the question asks no duration,
    names no skill of the résumé, names a job title or an employer (the time in a role or at a
    company is read from those), or no dated job names the skill."""
    if not DURATION_Q.search(message):
        return []
    skill = _asked_skill(message, resume) or _asked_term(message, resume)
    if skill is None:
        return []
    name, words = skill
    asked = _terms(message)
    for work in resume.work:
        if (work.name and _named(work.name, asked)) or _terms(work.position or "") & _terms(name):
            return []
        if name.casefold() in title_acronyms(work.position or ""):  # "SRE": a job title's initials
            return []
    today = today or dt.date.today()
    jobs: list[tuple[int, Work, tuple[float, float], str]] = []
    for i, work in enumerate(resume.work):
        sentence = _naming(work, words, asked)
        span = month_bounds(work.start_date, work.end_date, today)
        if sentence is not None and span is not None:
            jobs.append((i, work, span, sentence))
    # "how long has she worked in automotive?": a sentence naming what the employer is holds for each
    # of the owner's roles there ("Tier-1 automotive supplier ..." stated on the latest role only)
    named_employers = {
        w.name: sentence for _, w, _, sentence in jobs if w.name and _about_employer(w, sentence)
    }
    for i, work in enumerate(resume.work):
        said = named_employers.get(work.name or "")
        span = month_bounds(work.start_date, work.end_date, today)
        if said and span is not None and all(i != j for j, _, _, _ in jobs):
            jobs.append((i, work, span, said))
    employed = _employed_as(jobs, name) if skill == _asked_term(message, resume) else []
    jobs = employed or jobs
    if not jobs:
        return []
    out: list[Said] = []
    basics = lookup("profile#basics")
    summary = _SENTENCE.split(resume.basics.summary or "")
    told = next((s.strip() for s in summary if TIME_SAID.search(s) and _naming_text(s, words)), "")
    if told and basics is not None:
        out.append(Said(f"In {first}'s own words: “{told}”", basics))
    listed: list[Said] = []
    for i, work, span, sentence in sorted(jobs, key=lambda j: j[2])[:_MAX_JOBS]:
        chunk = lookup(f"profile#work/{i}")
        if chunk is None:
            continue
        at = f" at {work.name}" if work.name else ""
        length = length_text(span[1] - span[0])
        listed.append(
            Said(f"{work.position or 'A job'}{at} ({job_dates(work)}, {length}): {sentence}", chunk)
        )
    if not listed:
        return out
    covered = length_text(covered_months([span for _, _, span, _ in jobs]))
    since = month_year(min(jobs, key=lambda j: j[2])[1])
    many = len(jobs) > 1
    head = (
        f"By the dates in the portfolio, {first}'s {'jobs' if many else 'job'} {'at' if employed else 'naming'} {name} "
        f"{'cover' if many else 'covers'} about {covered}{' in all' if many else ''}"
        f"{f', starting in {since}' if since else ''}:"
    )
    listed[0] = Said(f"{head} {listed[0].text}", listed[0].chunk)
    return out + listed


def _employed_as(
    jobs: list[tuple[int, Work, tuple[float, float], str]], word: str
) -> list[tuple[int, Work, tuple[float, float], str]]:
    """ "How long did he work in hotels?": the jobs whose description says the employer is one (its head
    noun) - a booking platform "for independent hotels", or a "hotel-booking" one, serves hotels and is
    not one; [] when no description names the word as what the employer is."""
    asked = _terms(word)
    return [job for job in jobs if asked & _terms(head_noun(job[1].description or ""))]


def _naming_text(text: str, words: Sequence[str]) -> bool:
    said = _terms(text)
    return any(_named(w, said) for w in words)


# A sentence saying what an employer is: "Tier-1 automotive supplier of ...", "Medical-device maker".
_EMPLOYER_NOUN = re.compile(
    r"\b(?:suppliers?|makers?|manufacturers?|compan(?:y|ies)|start-?ups?|firms?|providers?|agenc(?:y|ies)|"
    r"marketplaces?|banks?|operators?|vendors?|retailers?|consultanc(?:y|ies)|insurers?|lab|laboratory|"
    r"gateway|platform|saas|chain|group)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our)\b")


def _about_employer(work: Work, sentence: str) -> bool:
    """Whether ``sentence`` says what ``work``'s employer is: its description, or the summary's
    opening sentence naming a kind of organisation and no one's doing."""
    if work.description and sentence in _SENTENCE.split(work.description):
        return True
    opening = _SENTENCE.split(work.summary or "")[0].strip()
    return (
        sentence == opening and bool(_EMPLOYER_NOUN.search(sentence)) and not _FIRST_PERSON.search(sentence)
    )
