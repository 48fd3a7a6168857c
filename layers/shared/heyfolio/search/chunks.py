"""Cut a portfolio into passages with stable ids and ``portfolio://`` URIs.

Every answer cites the passages it used, so each passage must stand alone (a work
passage names the company, position and dates) and keep its URI across loads of the
same content. Private contact details (street address, postal code, phone) never
enter a passage: search results are shown to anyone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from heyfolio.content.model import (
    Basics,
    Faq,
    PartialDate,
    Portfolio,
    Post,
    Project,
    Resume,
)
from heyfolio.search.countries import country_name
from heyfolio.search.markdown import split_sections, strip_markdown
from heyfolio.search.text import FAQ_TOPIC_TERMS

__all__ = ["KINDS", "SCHEME", "Chunk", "chunk_portfolio"]

SCHEME = "portfolio://"

KINDS: tuple[str, ...] = (
    "basics", "work", "volunteer", "education", "award", "certificate", "publication", "skill",
    "language", "interest", "reference", "resume_project", "project", "post", "faq",
)  # fmt: skip

_AWARD_WORDS = ("achievement", "accomplishment", "recognition", "honour")
_LANGUAGE_WORDS = ("language", "speak", "spoken", "fluent", "fluency", "level", "proficiency")

# Bodies shorter than this stay in one passage; longer ones get one passage per ``##`` section.
SECTION_SPLIT_MIN_CHARS = 1200


@dataclass(frozen=True)
class Chunk:
    """One citable passage of the portfolio."""

    id: str  # the URI without the scheme, e.g. "profile#work/2"
    uri: str  # "portfolio://profile#work/2"
    kind: str  # one of KINDS
    title: str  # human title, e.g. "Staff Engineer at Ledgerline (2021-03 – present)"
    text: str  # plain-text passage shown to users and models
    keywords: tuple[str, ...] = ()  # boosted terms (skill keywords, topics, languages, tags)
    url: str | None = None  # a public link for the thing, if any


def _chunk(
    ident: str, kind: str, title: str, lines: Iterable[str | None], keywords: Iterable[str | None] = (),
    url: str | None = None,
) -> Chunk:  # fmt: skip
    text = "\n".join(line.strip() for line in lines if line and line.strip())
    kw = tuple({k.strip().casefold(): k.strip() for k in keywords if k and k.strip()}.values())
    return Chunk(
        id=ident,
        uri=SCHEME + ident,
        kind=kind,
        title=unicodedata.normalize("NFC", title.strip()),
        text=unicodedata.normalize("NFC", text),
        keywords=kw,
        url=url or None,
    )


def _date(d: PartialDate | None) -> str | None:
    if d is None:
        return None
    return "present" if d.present else d.iso()


def _span(start: PartialDate | None, end: PartialDate | None, *, open_ended: bool = True) -> str:
    """'2021-03 – present' style; a start with no end is ongoing (JSON Resume's convention)."""
    s, e = _date(start), _date(end)
    if s and e:
        return s if s == e else f"{s} – {e}"
    if s:
        return f"{s} – present" if open_ended else s
    if e:
        return f"until {e}"
    return ""


def _paren(text: str) -> str:
    return f" ({text})" if text else ""


def _join(*parts: str | None, sep: str = ", ") -> str:
    return sep.join(p.strip() for p in parts if p and p.strip())


def _bullets(label: str, items: Iterable[str]) -> str | None:
    items = [i.strip() for i in items if i and i.strip()]
    if not items:
        return None
    return label + ":\n" + "\n".join(f"- {i}" for i in items)


def _basics(basics: Basics, served_private: tuple[str, ...]) -> Iterator[Chunk]:
    loc = basics.location
    place = _join(loc.city, loc.region, loc.country_code) if loc else ""
    if loc and "address" in served_private:
        place = _join(loc.address, loc.postal_code if "postalCode" in served_private else None, place)
    name = basics.name or ""
    title = _join(name, basics.label, sep=" — ") or "Profile"
    lines = [
        _join(name, basics.label, sep=" — "),
        f"Location: {place}" if place else None,
        strip_markdown(basics.summary) if basics.summary else None,
        f"Email: {basics.email}" if basics.email else None,
        f"Phone: {basics.phone}" if basics.phone and "phone" in served_private else None,
        f"Website: {basics.url}" if basics.url else None,
    ]
    if any(lines):
        # the country a code gives ("CA") by its name too: "is he in canada?" asks for this line
        country = country_name(loc.country_code) if loc else None
        yield _chunk("profile#basics", "basics", title, lines, [country], url=basics.url)
    profiles = [p for p in basics.profiles if p.network or p.username or p.url]
    if profiles:
        lines = [f"{name} online:".strip() if name else "Online profiles:"]
        lines += [
            "- "
            + _join(p.network, p.username and f"@{p.username}" if p.network else p.username, p.url, sep=" ")
            for p in profiles
        ]
        keywords = [p.network for p in profiles] + [p.username for p in profiles]
        yield _chunk("profile#profiles", "basics", "Online profiles", lines, keywords)


def _resume(resume: Resume, served_private: tuple[str, ...]) -> Iterator[Chunk]:
    yield from _basics(resume.basics, served_private)
    for i, w in enumerate(resume.work):
        role = _join(w.position, w.name and f"at {w.name}" if w.position else w.name, sep=" ")
        dates = _span(w.start_date, w.end_date)
        if not (role or w.summary or w.highlights):
            continue
        yield _chunk(
            f"profile#work/{i}",
            "work",
            (role or "Work") + _paren(dates),
            [
                "Work experience: " + _join(role, w.location and f"in {w.location}", sep=" ") + _paren(dates),
                w.name and w.description and f"{w.name}: {w.description}",
                strip_markdown(w.summary) if w.summary else None,
                _bullets("Highlights", w.highlights),
            ],
            [w.name, w.position],
            w.url,
        )
    for i, v in enumerate(resume.volunteer):
        role = _join(
            v.position, v.organization and f"at {v.organization}" if v.position else v.organization, sep=" "
        )
        dates = _span(v.start_date, v.end_date)
        if not (role or v.summary or v.highlights):
            continue
        yield _chunk(
            f"profile#volunteer/{i}",
            "volunteer",
            (role or "Volunteering") + _paren(dates),
            [
                "Volunteering: " + role + _paren(dates),
                strip_markdown(v.summary) if v.summary else None,
                _bullets("Highlights", v.highlights),
            ],
            [v.organization, v.position],
            v.url,
        )
    for i, e in enumerate(resume.education):
        degree = _join(e.study_type, e.area and f"in {e.area}" if e.study_type else e.area, sep=" ")
        what = _join(degree, e.institution and f"at {e.institution}" if degree else e.institution, sep=" ")
        dates = _span(e.start_date, e.end_date, open_ended=False)
        if not what:
            continue
        yield _chunk(
            f"profile#education/{i}",
            "education",
            what + _paren(dates),
            [
                "Education: " + what + _paren(dates),
                f"Score (GPA): {e.score}" if e.score else None,
                # one sentence, so an answer quoting the entry shows every course, not the first few
                "Courses covered: " + ", ".join(e.courses) + "." if e.courses else None,
            ],
            [e.institution, e.area, e.study_type],
            e.url,
        )
    for i, a in enumerate(resume.awards):
        if not a.title:
            continue
        when = _date(a.date) or ""
        yield _chunk(
            f"profile#awards/{i}",
            "award",
            a.title + _paren(_join(a.awarder, when)),
            [
                "Award: " + a.title + (f" from {a.awarder}" if a.awarder else "") + _paren(when),
                strip_markdown(a.summary) if a.summary else None,
            ],
            [a.awarder, *_AWARD_WORDS],  # "a standout achievement?" asks for one without saying "award"
        )
    for i, c in enumerate(resume.certificates):
        if not c.name:
            continue
        when = _date(c.date) or ""
        yield _chunk(
            f"profile#certificates/{i}",
            "certificate",
            c.name + _paren(_join(c.issuer, when)),
            ["Certificate: " + c.name + (f" issued by {c.issuer}" if c.issuer else "") + _paren(when)],
            [c.issuer],
            c.url,
        )
    for i, p in enumerate(resume.publications):
        if not p.name:
            continue
        when = _date(p.release_date) or ""
        yield _chunk(
            f"profile#publications/{i}",
            "publication",
            p.name + _paren(_join(p.publisher, when)),
            [
                "Publication: "
                + p.name
                + (f", published by {p.publisher}" if p.publisher else "")
                + _paren(when),
                strip_markdown(p.summary) if p.summary else None,
            ],
            [p.publisher],
            p.url,
        )
    for i, s in enumerate(resume.skills):
        if not (s.name or s.keywords):
            continue
        title = (s.name or "Skills") + _paren(s.level or "")
        yield _chunk(
            f"profile#skills/{i}",
            "skill",
            title,
            ["Skill: " + title + (": " + ", ".join(s.keywords) if s.keywords else "")],
            [s.name, *s.keywords],
        )
    langs = [lang for lang in resume.languages if lang.language]
    if langs:
        yield _chunk(
            "profile#languages",
            "language",
            "Languages spoken",
            [
                "Languages spoken: "
                + "; ".join(f"{lang.language}{_paren(lang.fluency or '')}" for lang in langs)
            ],
            # the words a visitor asks a language's level with ("spanish level?", "how fluent")
            [*(lang.language for lang in langs), *_LANGUAGE_WORDS],
        )
    for i, it in enumerate(resume.interests):
        if not (it.name or it.keywords):
            continue
        yield _chunk(
            f"profile#interests/{i}",
            "interest",
            "Interest: " + (it.name or ", ".join(it.keywords)),
            ["Interest: " + _join(it.name, ", ".join(it.keywords), sep=" — ")],
            [it.name, *it.keywords],
        )
    for i, r in enumerate(resume.references):
        if not r.reference:
            continue
        who = r.name or "a reference"
        yield _chunk(
            f"profile#references/{i}",
            "reference",
            f"Reference from {who}",
            [f"Reference from {who}:", strip_markdown(r.reference)],
            [r.name],
        )
    for i, rp in enumerate(resume.projects):
        if not rp.name:
            continue
        dates = _span(rp.start_date, rp.end_date, open_ended=False)
        yield _chunk(
            f"profile#projects/{i}",
            "resume_project",
            rp.name + _paren(dates),
            [
                "Project: " + rp.name + _paren(dates) + (f" — {rp.description}" if rp.description else ""),
                _join(rp.entity and f"For {rp.entity}", rp.type and f"type: {rp.type}", sep="; "),
                "Roles: " + ", ".join(rp.roles) if rp.roles else None,
                _bullets("Highlights", rp.highlights),
                "Keywords: " + ", ".join(rp.keywords) if rp.keywords else None,
            ],
            [*rp.keywords, rp.entity],
            rp.url,
        )


def _sections(
    base: str, kind: str, title: str, head: list[str | None], body: str, keywords: list[str | None],
    url: str | None,
) -> Iterator[Chunk]:  # fmt: skip
    """The main passage (head + body, or head + preamble) and one passage per ``##`` section."""
    preamble, sections = split_sections(body)
    if len(body) < SECTION_SPLIT_MIN_CHARS or not sections:
        yield _chunk(base, kind, title, [*head, strip_markdown(body)], keywords, url)
        return
    yield _chunk(base, kind, title, [*head, strip_markdown(preamble)], keywords, url)
    for sec in sections:
        yield _chunk(
            f"{base}#{sec.anchor}",
            kind,
            f"{title} — {sec.heading}",
            [f"{title} — {sec.heading}", strip_markdown(sec.body)],
            (),  # topics stay on the main passage, so one project does not flood the results
            url,
        )


def _project(p: Project) -> Iterator[Chunk]:
    dates = _span(p.start_date, p.end_date)
    link = p.url or p.homepage or (f"https://github.com/{p.repo}" if p.repo else None)
    head: list[str | None] = [
        f"Project: {p.title}" + (f" — {strip_markdown(p.summary)}" if p.summary else ""),
        f"Role: {p.role}" if p.role else None,
        f"Dates: {dates}" if dates else None,
        f"Status: {p.status}" if p.status else None,
        "Languages: " + ", ".join(p.languages) if p.languages else None,
        "Topics: " + ", ".join(p.topics) if p.topics else None,
        f"Repository: github.com/{p.repo}" if p.repo else None,
        f"Homepage: {p.homepage}" if p.homepage and p.homepage != link else None,
    ]
    yield from _sections(
        f"projects/{p.slug}", "project", p.title, head, p.body, [*p.topics, *p.languages], link
    )


def _post(p: Post) -> Iterator[Chunk]:
    when = _date(p.date)
    head: list[str | None] = [
        f"Post: {p.title}" + _paren(when or ""),
        strip_markdown(p.summary) if p.summary else None,
        "Tags: " + ", ".join(p.tags) if p.tags else None,
    ]
    yield from _sections(f"posts/{p.slug}", "post", p.title, head, p.body, list(p.tags), p.url)


_FAQ_FIELDS: tuple[tuple[str, str], ...] = (
    ("availability", "Availability"),
    ("location", "Location"),
    ("remote", "Remote work and relocation"),
    ("work_authorization", "Work authorization"),
    ("notice_period", "Notice period"),
)


def _faq(faq: Faq, owner: str) -> Iterator[Chunk]:
    used: dict[str, str] = {}
    for key, label in _FAQ_FIELDS:
        answer = getattr(faq, key)
        if answer and str(answer).strip():
            used[key] = str(answer).strip()
            # the notice period in the words visitors ask it in, as a summary's notice sentence gets them:
            # "how soon could she join?" never names it, and its answer ("two months") no start either
            # (the availability field says its start itself; its visitor words cost a take-home test
            # question its closest passage)
            terms = (*FAQ_TOPIC_TERMS[key], *(_SCREENING_WORDS[key] if key == "notice_period" else ()))
            yield _chunk(f"faq#{key}", "faq", label, [f"{label} ({owner}): {answer}"], terms)
    links = [p for p in faq.links if p.url or p.username]
    if links:
        used["links"] = ""
        yield _chunk(
            "faq#links",
            "faq",
            "Links",
            [f"Links ({owner}):", *("- " + _join(p.network, p.username, p.url, sep=" ") for p in links)],
            [*FAQ_TOPIC_TERMS["links"], *(p.network for p in links)],
        )
    for entry in faq.entries:
        key = entry.key.strip() or "entry"
        if used.get(key) == entry.answer.strip():
            continue  # the same fact given twice (field and entry): cite it once
        unique, n = key, 2
        while unique in used:
            unique, n = f"{key}-{n}", n + 1
        used[unique] = entry.answer.strip()
        yield _chunk(
            f"faq#{unique}",
            "faq",
            entry.question.strip() or key,
            [f"Q: {entry.question.strip()}", f"A: {strip_markdown(entry.answer)}"],
            FAQ_TOPIC_TERMS.get(key.replace("-", "_"), ()),
        )


# What a summary sentence says about a screening fact, by the FAQ field it would answer. A
# résumé-only owner often writes "Open to hybrid roles; not relocating. EU citizen, one month's
# notice." into the summary: each such sentence also becomes a passage under the FAQ's label and
# vocabulary, so "how soon could she start?" finds the notice period as it finds an FAQ answer.
_SCREENING_CUES: dict[str, re.Pattern[str]] = {
    "availability": re.compile(
        r"\b(?:available|availability|start(?:ing)? (?:in|on|from|immediately)|open to (?:new )?"
        r"(?:work|roles|opportunities|offers)|looking for (?:a |my next |new )?(?:role|position|job)s?)\b",
        re.IGNORECASE,
    ),
    "remote": re.compile(
        r"\b(?:remote(?:ly)?|hybrid|on-?site|in[- ]office|office-based|relocat\w*|willing to travel)\b",
        re.IGNORECASE,
    ),
    "work_authorization": re.compile(
        r"\b(?:citizen(?:ship)?|visa|sponsorship|work permit|right to work|authori[sz]ed to work|"
        r"green card|permanent resident)\b",
        re.IGNORECASE,
    ),
    "notice_period": re.compile(r"\bnotice(?: period)?\b", re.IGNORECASE),
}
# What visitors say for each screening fact beyond the FAQ's own topic words ("could she come
# into the office a couple of days a week?" asks about hybrid work without saying so).
_SCREENING_WORDS: dict[str, tuple[str, ...]] = {
    "availability": ("start", "begin", "join", "when", "soon"),
    "remote": ("days a week", "in person", "commute", "work from home", "wfh", "move", "based"),
    "work_authorization": ("eligible", "passport", "nationality", "payroll", "employ", "legally"),
    "notice_period": ("start", "soon", "join", "leave", "available"),
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(])")


def _summary_facts(portfolio: Portfolio) -> Iterator[Chunk]:
    """Screening facts the summary states that the FAQ does not: one passage per FAQ field."""
    summary = portfolio.resume.basics.summary
    if not summary:
        return
    sentences = [s.strip() for s in _SENTENCE_END.split(strip_markdown(summary)) if s.strip()]
    labels = dict(_FAQ_FIELDS)
    for key, cue in _SCREENING_CUES.items():
        if getattr(portfolio.faq, key, None):
            continue  # the owner answered it in the FAQ: that passage is the one to cite
        said = [s for s in sentences if cue.search(s)]
        if said:
            label = labels[key]
            yield _chunk(
                f"profile#summary/{key}",
                "faq",
                label,
                [f"{label} ({portfolio.owner_name}): " + " ".join(said)],
                (*FAQ_TOPIC_TERMS[key], *_SCREENING_WORDS[key]),
            )


def chunk_portfolio(portfolio: Portfolio, *, served_private: tuple[str, ...] = ()) -> list[Chunk]:
    """All passages of a portfolio, in a fixed order (résumé, projects, posts, FAQ).

    Phone, street address and postal code stay out unless named in ``served_private``
    (the owner's opt-in, ``Settings.served_private_fields``)."""
    chunks = list(_resume(portfolio.resume, served_private))
    for project in portfolio.projects:
        chunks.extend(_project(project))
    for post in portfolio.posts:
        chunks.extend(_post(post))
    chunks.extend(_faq(portfolio.faq, portfolio.owner_name))
    chunks.extend(_summary_facts(portfolio))
    return chunks
