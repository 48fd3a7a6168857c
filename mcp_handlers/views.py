"""JSON views of the portfolio shared by tools and resources, so both say the same thing."""

from __future__ import annotations

from typing import Any

from heyfolio.content.model import Faq, Portfolio
from heyfolio.public_view import (
    date_text,
    post_detail,
    post_uri,
    project_detail,
    project_summary,
    project_uri,
    visible_projects,
)

__all__ = [
    "PROFILE_SECTIONS",
    "faq_view",
    "post_detail",
    "post_uri",
    "project_detail",
    "project_summary",
    "project_uri",
    "resume_markdown",
]

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


_date = date_text


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
    projects = visible_projects(portfolio)
    if projects:
        lines += ["", "## Projects"]
        lines += [f"- **{p.title}** — {p.summary} ({project_uri(p.slug)})" for p in projects]
    if resume.languages:
        lines += ["", "## Languages"]
        lines += [
            f"- {lang.language}{f' ({lang.fluency})' if lang.fluency else ''}" for lang in resume.languages
        ]
    return "\n".join(line for line in lines if line is not None).strip() + "\n"
