"""JSON views of the portfolio shared by tools and resources, so both say the same thing."""

from __future__ import annotations

from typing import Any

from heyfolio.content.model import Faq, PartialDate, Portfolio, Post, Project

PROFILE_SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
)
"""The JSON Resume sections ``get_profile(section)`` can return, in the schema's order."""


def _date(value: PartialDate | None) -> str | None:
    if value is None:
        return None
    return "present" if value.present else value.iso()


def project_uri(slug: str) -> str:
    return f"portfolio://projects/{slug}"


def post_uri(slug: str) -> str:
    return f"portfolio://posts/{slug}"


def project_summary(project: Project) -> dict[str, Any]:
    """A project's facts and links, without its body."""
    return {
        "slug": project.slug,
        "title": project.title,
        "summary": project.summary,
        "topics": list(project.topics),
        "languages": list(project.languages),
        "role": project.role,
        "status": project.status,
        "featured": project.featured,
        "start": _date(project.start_date),
        "end": _date(project.end_date),
        "repo": project.repo,
        "url": project.url,
        "homepage": project.homepage,
        "uri": project_uri(project.slug),
    }


def project_detail(project: Project) -> dict[str, Any]:
    return {**project_summary(project), "body": project.body}


def post_detail(post: Post) -> dict[str, Any]:
    return {
        "slug": post.slug,
        "title": post.title,
        "summary": post.summary,
        "date": _date(post.date),
        "tags": list(post.tags),
        "url": post.url,
        "uri": post_uri(post.slug),
        "body": post.body,
    }


def faq_view(faq: Faq) -> dict[str, Any]:
    return {
        "availability": faq.availability,
        "location": faq.location,
        "remote": faq.remote,
        "workAuthorization": faq.work_authorization,
        "noticePeriod": faq.notice_period,
        "links": [{"network": p.network, "username": p.username, "url": p.url} for p in faq.links],
        "entries": [{"key": e.key, "question": e.question, "answer": e.answer} for e in faq.entries],
    }


def resume_markdown(portfolio: Portfolio) -> str:
    """The résumé as readable Markdown (``portfolio://resume.md``)."""
    resume = portfolio.resume
    b = resume.basics
    lines = [f"# {b.name or 'Résumé'}"]
    if b.label:
        lines.append(f"**{b.label}**")
    contact = [x for x in (b.email, b.url, b.location.city if b.location else None) if x]
    if contact:
        lines.append(" · ".join(contact))
    if b.summary:
        lines += ["", b.summary]
    if resume.work:
        lines += ["", "## Experience"]
        for w in resume.work:
            span = " – ".join(x for x in (_date(w.start_date), _date(w.end_date)) if x)
            lines += ["", f"### {w.position or ''} — {w.name or ''}".strip(), f"*{span}*" if span else ""]
            if w.summary:
                lines.append(w.summary)
            lines += [f"- {h}" for h in w.highlights]
    if resume.skills:
        lines += ["", "## Skills"]
        for s in resume.skills:
            kw = f": {', '.join(s.keywords)}" if s.keywords else ""
            lines.append(f"- **{s.name}**{f' ({s.level})' if s.level else ''}{kw}")
    if resume.education:
        lines += ["", "## Education"]
        for e in resume.education:
            what = " ".join(x for x in (e.study_type, e.area) if x)
            lines.append(f"- {what}{', ' if what else ''}{e.institution or ''} ({_date(e.end_date) or ''})")
    if portfolio.projects:
        lines += ["", "## Projects"]
        lines += [f"- **{p.title}** — {p.summary} ({project_uri(p.slug)})" for p in portfolio.projects]
    if resume.languages:
        lines += ["", "## Languages"]
        lines += [
            f"- {lang.language}{f' ({lang.fluency})' if lang.fluency else ''}" for lang in resume.languages
        ]
    return "\n".join(line for line in lines if line is not None).strip() + "\n"
