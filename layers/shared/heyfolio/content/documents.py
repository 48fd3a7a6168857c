"""Projects and posts: Markdown files with front matter, typed into ``Project`` and ``Post``.

The slug is the file name (``content/projects/<slug>.md``), because it becomes part of
the ``portfolio://projects/<slug>`` URI and must stay stable and URL-safe. Unknown
front-matter keys are reported (with the known ones listed) since a typo such as
``sumary:`` would otherwise silently drop a field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from heyfolio.content.checks import Checker
from heyfolio.content.frontmatter import read_front_matter_located
from heyfolio.content.model import Post, Problem, Project
from heyfolio.content.yamlfile import with_positions

PROJECT_KEYS = (
    "title",
    "summary",
    "topics",
    "languages",
    "repo",
    "url",
    "homepage",
    "role",
    "start",
    "end",
    "status",
    "featured",
    "demos",
)
POST_KEYS = ("title", "summary", "date", "tags", "url")

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_REPO = re.compile(r"^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/([A-Za-z0-9._-]{1,100})$")
_GITHUB_URL = re.compile(r"^(?:https?://)?(?:www\.)?github\.com/([^/\s]+/[^/\s]+?)(?:\.git)?/?$")


def check_slug(slug: str, file: str) -> list[Problem]:
    """A slug is lowercase letters, digits and single hyphens, so URIs and URLs need no escaping."""
    if _SLUG.match(slug):
        return []
    suggestion = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-") or "my-project"
    return [
        Problem(
            file,
            "(file name)",
            "a slug of lowercase letters, digits and hyphens",
            f'"{slug}"',
            f"rename the file to {suggestion}.md",
        )
    ]


def parse_repo(value: str) -> str | None:
    """``owner/name`` from ``owner/name`` or a github.com URL; ``None`` if it is neither."""
    value = value.strip()
    m = _GITHUB_URL.match(value)
    if m:
        value = m.group(1)
    return value if _REPO.match(value) else None


def parse_project(
    text: str, slug: str, file: str, source: Path | None = None
) -> tuple[Project | None, list[Problem]]:
    """Type one project file; ``(None, problems)`` when anything is wrong."""
    meta, body, problems, positions = read_front_matter_located(text, file)
    problems = check_slug(slug, file) + problems
    if meta is None:
        return None, problems
    chk = Checker(file, yaml=True)
    chk.unknown_keys(meta, "$", PROJECT_KEYS)
    title = chk.string(meta, "title", "$", required=True)
    summary = chk.string(meta, "summary", "$", required=True, hint="add `summary:` with one or two sentences")
    repo = _repo(meta, chk)
    project = Project(
        slug=slug,
        title=title or "",
        summary=summary or "",
        body=body,
        topics=chk.strings(meta, "topics", "$"),
        languages=chk.strings(meta, "languages", "$"),
        repo=repo,
        url=chk.string(meta, "url", "$", fmt="uri"),
        homepage=chk.string(meta, "homepage", "$", fmt="uri"),
        role=chk.string(meta, "role", "$"),
        start_date=chk.date(meta, "start", "$", native=True),
        end_date=chk.date(meta, "end", "$", native=True),
        status=chk.string(meta, "status", "$"),
        featured=bool(chk.boolean(meta, "featured", "$")),
        demos=_demos(meta, chk),
        source=source,
    )
    problems += with_positions(chk.problems, positions)
    return (None, problems) if problems else (project, [])


def parse_post(
    text: str, slug: str, file: str, source: Path | None = None
) -> tuple[Post | None, list[Problem]]:
    """Type one post file; ``(None, problems)`` when anything is wrong."""
    meta, body, problems, positions = read_front_matter_located(text, file)
    problems = check_slug(slug, file) + problems
    if meta is None:
        return None, problems
    chk = Checker(file, yaml=True)
    chk.unknown_keys(meta, "$", POST_KEYS)
    title = chk.string(meta, "title", "$", required=True)
    summary = chk.string(meta, "summary", "$", required=True, hint="add `summary:` with one or two sentences")
    post = Post(
        slug=slug,
        title=title or "",
        summary=summary or "",
        body=body,
        date=chk.date(meta, "date", "$", native=True),
        tags=chk.strings(meta, "tags", "$"),
        url=chk.string(meta, "url", "$", fmt="uri"),
        source=source,
    )
    problems += with_positions(chk.problems, positions)
    return (None, problems) if problems else (post, [])


def _demos(meta: dict[str, Any], chk: Checker) -> tuple[str, ...]:
    """``demos:``: live demo URLs (http or https) the demo checker watches (heyfolio.demos)."""
    urls = chk.strings(meta, "demos", "$")
    for i, url in enumerate(urls):
        if not re.match(r"^https?://[^\s/]+", url):
            chk.wrong(f"$.demos[{i}]", "an http(s) URL", url, "e.g. demos: [https://demo.example.org]")
    return tuple(u for u in urls if re.match(r"^https?://[^\s/]+", u))


def _repo(meta: dict[str, Any], chk: Checker) -> str | None:
    raw = chk.string(meta, "repo", "$")
    if raw is None:
        return None
    repo = parse_repo(raw)
    if repo is None:
        chk.wrong("$.repo", 'a GitHub repository as "owner/name"', raw, "e.g. repo: octocat/hello-world")
    return repo
