"""Resources: ``portfolio://profile``, ``portfolio://resume.md``, ``portfolio://faq`` and the
``portfolio://projects/{slug}`` / ``portfolio://posts/{slug}`` templates.

Listing happens in the endpoint; reading happens in the function that owns the URI
(``resources_profile``, ``resources_projects``, ``resources_posts``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from heyfolio.config import get_settings
from heyfolio.content.privacy import public_document
from heyfolio.public_view import public_project, public_projects
from heyfolio.published import get_published
from mcp_handlers import analytics_resources, apps, views
from mcp_handlers.wire import INVALID_PARAMS, McpError

PUBLIC_TTL_MS = 300_000
"""How long clients may cache portfolio content: it changes on deploys and webhooks, not per request."""


@dataclass(frozen=True)
class StaticResource:
    uri: str
    name: str
    title: str
    description: str
    mime_type: str
    function: str

    def to_mcp(self) -> dict[str, Any]:
        return {
            "uri": self.uri,
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "mimeType": self.mime_type,
        }


@dataclass(frozen=True)
class ResourceTemplate:
    prefix: str
    name: str
    title: str
    description: str
    mime_type: str
    function: str

    @property
    def uri_template(self) -> str:
        return f"{self.prefix}{{slug}}"

    def matches(self, uri: str) -> bool:
        return uri.startswith(self.prefix) and "/" not in uri[len(self.prefix) :] and uri != self.prefix

    def to_mcp(self) -> dict[str, Any]:
        return {
            "uriTemplate": self.uri_template,
            "name": self.name,
            "title": self.title,
            "description": self.description,
            "mimeType": self.mime_type,
        }


STATIC: tuple[StaticResource, ...] = (
    StaticResource(
        "portfolio://profile",
        "profile",
        "Résumé (JSON Resume)",
        "The owner's résumé as a JSON Resume v1 document.",
        "application/json",
        "resources_profile",
    ),
    StaticResource(
        "portfolio://resume.md",
        "resume.md",
        "Résumé (Markdown)",
        "The owner's résumé as readable Markdown.",
        "text/markdown",
        "resources_profile",
    ),
    StaticResource(
        "portfolio://faq",
        "faq",
        "Screening facts",
        "Availability, location, remote preference, work authorization, notice period and other answers.",
        "application/json",
        "resources_profile",
    ),
)

TEMPLATES: tuple[ResourceTemplate | analytics_resources.AnalyticsTemplate, ...] = (
    ResourceTemplate(
        "portfolio://projects/",
        "project",
        "Project",
        "One project: front-matter facts and the Markdown write-up. Complete `slug` for the list.",
        "text/markdown",
        "resources_projects",
    ),
    ResourceTemplate(
        "portfolio://posts/",
        "post",
        "Post",
        "One post the owner wrote, in Markdown. Complete `slug` for the list.",
        "text/markdown",
        "resources_posts",
    ),
    *analytics_resources.TEMPLATES,
)


def not_found(uri: str) -> McpError:
    """SEP-2164: an unknown resource is ``-32602`` with the URI in ``data``."""
    return McpError(INVALID_PARAMS, "Resource not found", {"uri": uri})


def owner_function(uri: str) -> str | None:
    """The function that reads ``uri``, or ``None`` when no resource family matches it."""
    uri = uri.partition("#")[0]  # a cited passage is read by the family of its page
    if apps.owns(uri):
        return apps.FUNCTION
    for static in STATIC:
        if static.uri == uri:
            return static.function
    if uri == analytics_resources.SCHEMA_URI:
        # Owner only, so not in the public resources/list; described in ask_analytics' description.
        return analytics_resources.FUNCTION
    for template in TEMPLATES:
        if template.matches(uri):
            return template.function
    return None


def list_resources(*, ui: bool = False) -> list[dict[str, Any]]:
    """Every concrete resource: the static ones, each project and post, then (``ui``) the MCP Apps view."""

    portfolio = get_published().portfolio
    out = [r.to_mcp() for r in STATIC]
    out += [
        {
            "uri": f"portfolio://projects/{p.slug}",
            "name": f"projects/{p.slug}",
            "title": p.title,
            "description": p.summary,
            "mimeType": "text/markdown",
        }
        for p, _ in public_projects(portfolio)
    ]
    out += [
        {
            "uri": f"portfolio://posts/{p.slug}",
            "name": f"posts/{p.slug}",
            "title": p.title,
            "description": p.summary,
            "mimeType": "text/markdown",
        }
        for p in portfolio.posts
    ]
    if ui:
        out += apps.listing()
    return out


def _front_matter(data: dict[str, Any]) -> str:
    lines = ["---"]
    for key, value in data.items():
        if value in (None, [], ""):
            continue
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "\n".join([*lines, "---", ""])


def read(uri: str) -> dict[str, Any]:
    """The ``ReadResourceResult`` for ``uri`` (without cache hints); ``McpError`` -32602 when unknown."""

    if apps.owns(uri):
        view = apps.read(uri)
        if view is None:
            raise not_found(uri)
        return view
    published = get_published()
    if "#" in uri:  # a passage search or chat cites: its page, when the passage exists
        if published.index.get(uri) is None:
            raise not_found(uri)
        result = read(uri.partition("#")[0])
        result["contents"][0]["uri"] = uri
        return result
    portfolio = published.portfolio
    text: str
    mime = "text/markdown"
    if uri == "portfolio://profile":
        document = public_document(portfolio.resume.document, get_settings().served_private_fields)
        text, mime = json.dumps(document, ensure_ascii=False, indent=2), "application/json"
    elif uri == "portfolio://resume.md":
        text = views.resume_markdown(portfolio)
    elif uri == "portfolio://faq":
        text, mime = (
            json.dumps(views.faq_view(portfolio.faq), ensure_ascii=False, indent=2),
            "application/json",
        )
    elif uri.startswith("portfolio://projects/"):
        found = public_project(portfolio, uri.removeprefix("portfolio://projects/"))
        if found is None:
            raise not_found(uri)
        project, live = found
        meta = {
            k: v
            for k, v in views.project_summary(project, live).items()
            if k not in ("uri", "summary", "title")
        }
        text = f"{_front_matter(meta)}# {project.title}\n\n{project.summary}\n\n{project.body.strip()}\n"
    elif uri.startswith("portfolio://posts/"):
        post = portfolio.post(uri.removeprefix("portfolio://posts/"))
        if post is None:
            raise not_found(uri)
        detail = views.post_detail(post)
        meta = {k: detail[k] for k in ("date", "tags", "url")}
        text = f"{_front_matter(meta)}# {post.title}\n\n{post.body.strip()}\n"
    else:
        raise not_found(uri)
    return {"contents": [{"uri": uri, "mimeType": mime, "text": text}]}
