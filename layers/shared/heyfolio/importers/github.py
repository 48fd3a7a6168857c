"""Project stubs from a GitHub user's public repositories (GitHub REST, ``heyfolio.github.rest``).

One Markdown file per repository (``content/projects/<slug>.md``): front matter from the
repository (title, summary from its description, topics, languages by bytes, repo, url,
homepage, start from its creation, ``status: archived`` when archived) and a short body for the
owner to replace. Forks are left out unless asked for. A file that already exists is never
overwritten: the owner's write-up wins, and the report says it was kept.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from heyfolio.importers.errors import SourceError
from heyfolio.importers.progress import Progress

_USER = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")
MAX_PAGES = 10
"""100 repositories a page: 1,000 public repositories is more than any portfolio lists."""


@dataclass(frozen=True)
class Stub:
    slug: str
    repo: str
    text: str


def slug_for(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "project"


def _yaml_value(value: Any) -> str:
    # JSON is valid YAML for strings and lists of strings, and quotes whatever needs quoting.
    return json.dumps(value, ensure_ascii=False)


def render(repo: dict[str, Any], languages: list[str]) -> str:
    """The project file for one repository (front matter + a body to replace)."""
    meta: dict[str, Any] = {
        "title": repo["name"],
        "summary": (repo.get("description") or "").strip()
        or f"{repo['name']}, a public repository on GitHub (add a one-line summary).",
        "topics": list(repo.get("topics") or []),
        "languages": languages,
        "repo": repo["full_name"],
        "url": repo.get("html_url"),
        "homepage": repo.get("homepage") or None,
        "start": (repo.get("created_at") or "")[:7] or None,
        "status": "archived" if repo.get("archived") else None,
    }
    lines = ["---"]
    for key, value in meta.items():
        if value in (None, "", []):
            continue
        lines.append(f"{key}: {_yaml_value(value)}")
    lines += [
        "---",
        "",
        f"Imported from GitHub ({repo['full_name']}). Replace this paragraph with what the project does,",
        "why you built it, how it works and what came of it: the chat and the MCP tools cite this page.",
        "",
    ]
    return "\n".join(lines)


def fetch_stubs(user: str, api: Any, *, include_forks: bool = False, quiet: bool = True) -> list[Stub]:
    """A stub per public repository of ``user`` (``api`` is a ``heyfolio.github.rest.GitHubApi``)."""
    if not _USER.match(user):
        raise SourceError(f"{user!r} is not a GitHub user name (letters, digits and hyphens, at most 39)")
    repos: list[dict[str, Any]] = []
    for page in range(1, MAX_PAGES + 1):
        response = api.get(
            f"/users/{user}/repos", params={"type": "owner", "sort": "pushed", "per_page": 100, "page": page}
        )
        if response.status == 404:
            raise SourceError(f"GitHub has no user {user!r}")
        if response.rate_limited:
            raise SourceError("GitHub's rate limit is spent; set GITHUB_TOKEN or try again after the reset")
        if response.status != 200 or not isinstance(response.body, list):
            raise SourceError(f"GitHub answered HTTP {response.status} listing {user}'s repositories")
        repos += [r for r in response.body if isinstance(r, dict) and not r.get("private")]
        if len(response.body) < 100:
            break
    chosen = [r for r in repos if include_forks or not r.get("fork")]
    stubs = []
    with Progress("github", len(chosen), quiet=quiet) as bar:
        for repo in chosen:
            languages: list[str] = []
            answer = api.get(f"/repos/{repo['full_name']}/languages")
            if answer.status == 200 and isinstance(answer.body, dict):
                ranked = sorted(answer.body.items(), key=lambda kv: -int(kv[1]))
                languages = [name for name, _ in ranked[:4]]
            elif repo.get("language"):
                languages = [repo["language"]]
            stubs.append(Stub(slug_for(repo["name"]), repo["full_name"], render(repo, languages)))
            bar.advance(repo["name"])
    return stubs
