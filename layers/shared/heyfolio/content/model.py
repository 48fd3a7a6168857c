"""The owner's portfolio as typed values: a JSON Resume document, projects, posts and FAQ.

These are plain frozen dataclasses so that a function can hold the loaded
portfolio without importing a validation library. Parsing and validation live in
``heyfolio.content.resume`` / ``documents`` / ``faq``; ``loader`` assembles a
``Portfolio``. Field names follow JSON Resume v1; legacy names (``company``,
``website``, ``gpa``, ``picture``) are mapped on load, so nothing downstream
sees them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class PartialDate:
    """A résumé date as written (``2019``, ``2019-05``, ``2019-05-01`` or free text like
    ``"May 2019"``), with the parts we could read. ``present`` marks "Present"/"current"."""

    raw: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    present: bool = False

    def iso(self) -> str:
        """The most precise ISO form we know (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), else the raw text."""
        if self.year is None:
            return self.raw
        out = f"{self.year:04d}"
        if self.month:
            out += f"-{self.month:02d}"
            if self.day:
                out += f"-{self.day:02d}"
        return out


@dataclass(frozen=True)
class Location:
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country_code: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class Profile:
    network: str | None = None
    username: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Basics:
    name: str | None = None
    label: str | None = None
    image: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    summary: str | None = None
    location: Location | None = None
    profiles: tuple[Profile, ...] = ()


@dataclass(frozen=True)
class Work:
    name: str | None = None  # legacy: company
    location: str | None = None
    description: str | None = None
    position: str | None = None
    url: str | None = None  # legacy: website
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    summary: str | None = None
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Volunteer:
    organization: str | None = None
    position: str | None = None
    url: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    summary: str | None = None
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class Education:
    institution: str | None = None
    url: str | None = None
    area: str | None = None
    study_type: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    score: str | None = None  # legacy: gpa
    courses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Award:
    title: str | None = None
    date: PartialDate | None = None
    awarder: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Certificate:
    name: str | None = None
    date: PartialDate | None = None
    url: str | None = None
    issuer: str | None = None


@dataclass(frozen=True)
class Publication:
    name: str | None = None
    publisher: str | None = None
    release_date: PartialDate | None = None
    url: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Skill:
    name: str | None = None
    level: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Language:
    language: str | None = None
    fluency: str | None = None


@dataclass(frozen=True)
class Interest:
    name: str | None = None
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reference:
    name: str | None = None
    reference: str | None = None


@dataclass(frozen=True)
class ResumeProject:
    name: str | None = None
    description: str | None = None
    highlights: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    url: str | None = None
    roles: tuple[str, ...] = ()
    entity: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class Meta:
    canonical: str | None = None
    version: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Resume:
    """A validated JSON Resume document. ``document`` is the normalized JSON form
    (legacy names mapped to current ones), which is what resources serve."""

    basics: Basics = field(default_factory=Basics)
    work: tuple[Work, ...] = ()
    volunteer: tuple[Volunteer, ...] = ()
    education: tuple[Education, ...] = ()
    awards: tuple[Award, ...] = ()
    certificates: tuple[Certificate, ...] = ()
    publications: tuple[Publication, ...] = ()
    skills: tuple[Skill, ...] = ()
    languages: tuple[Language, ...] = ()
    interests: tuple[Interest, ...] = ()
    references: tuple[Reference, ...] = ()
    projects: tuple[ResumeProject, ...] = ()
    meta: Meta | None = None
    document: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Project:
    """A project page: ``content/projects/<slug>.md`` (front matter + Markdown body)."""

    slug: str
    title: str
    summary: str
    body: str
    topics: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    repo: str | None = None  # "owner/name" on GitHub, for live data
    url: str | None = None
    homepage: str | None = None
    role: str | None = None
    start_date: PartialDate | None = None
    end_date: PartialDate | None = None
    status: str | None = None  # e.g. active, maintained, archived
    featured: bool = False
    source: Path | None = None
    demos: tuple[str, ...] = ()  # live demo URLs, watched by heyfolio.demos


@dataclass(frozen=True)
class Post:
    """A piece of writing: ``content/posts/<slug>.md`` (front matter + Markdown body)."""

    slug: str
    title: str
    summary: str
    body: str
    date: PartialDate | None = None
    tags: tuple[str, ...] = ()
    url: str | None = None
    source: Path | None = None


@dataclass(frozen=True)
class FaqEntry:
    """One screening fact: a stable key (``availability``), the question a recruiter asks and the answer."""

    key: str
    question: str
    answer: str


@dataclass(frozen=True)
class Faq:
    """``faq.yaml``: the screening facts recruiters ask first, plus any extra Q&A."""

    availability: str | None = None
    location: str | None = None
    remote: str | None = None
    work_authorization: str | None = None
    notice_period: str | None = None
    links: tuple[Profile, ...] = ()
    entries: tuple[FaqEntry, ...] = ()


@dataclass(frozen=True)
class Portfolio:
    """Everything the owner published, loaded and validated."""

    resume: Resume
    projects: tuple[Project, ...] = ()
    posts: tuple[Post, ...] = ()
    faq: Faq = field(default_factory=Faq)
    source: Path | None = None

    @property
    def owner_name(self) -> str:
        return self.resume.basics.name or "the owner"

    def project(self, slug: str) -> Project | None:
        return next((p for p in self.projects if p.slug == slug), None)

    def post(self, slug: str) -> Post | None:
        return next((p for p in self.posts if p.slug == slug), None)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: where (file + JSON path), what was expected,
    what was found, and a hint for fixing it."""

    file: str
    path: str
    expected: str
    found: str
    hint: str = ""
    line: int | None = None  # 1-based, for syntax errors (JSON, YAML)
    column: int | None = None

    @property
    def where(self) -> str:
        """``file`` or ``file:line:column``, the form editors jump to."""
        if self.line is None:
            return self.file
        return f"{self.file}:{self.line}" + (f":{self.column}" if self.column is not None else "")

    def __str__(self) -> str:
        text = f"{self.where}: {self.path}: expected {self.expected}, found {self.found}"
        return f"{text} (hint: {self.hint})" if self.hint else text


class ContentError(Exception):
    """Raised by the loader with every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report())

    def report(self) -> str:
        lines = [f"{len(self.problems)} problem(s) in the content:"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)
