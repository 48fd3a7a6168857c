"""A project whose repository went private (or was deleted) leaves every public surface:
REST, MCP tools, MCP resources and search - and comes back when it is public again."""

from __future__ import annotations

import json

import pytest

from heyfolio.stack.local_invoke import invoke_local
from mcp_handlers.catalog import call_tool
from mcp_handlers.tools.base import Caller

SLUG = "ledgerline"
REPO = "mira-okafor/ledgerline"


def set_private(private: bool) -> None:
    from heyfolio.storage import projects

    projects.bind_name(REPO, 4242, SLUG)
    projects.update_live(4242, full_name=REPO, slug=SLUG, fields={"private": private, "stars": 812})


def rest(path: str, **query: str) -> tuple[int, dict]:
    event = {
        "resource": path, "path": path, "httpMethod": "GET", "headers": {"Host": "127.0.0.1:8000"},
        "multiValueHeaders": {"Host": ["127.0.0.1:8000"]}, "queryStringParameters": query or None,
        "multiValueQueryStringParameters": {k: [v] for k, v in query.items()} or None,
        "pathParameters": None, "requestContext": {"requestId": "r", "stage": "local",
        "identity": {"sourceIp": "127.0.0.1"}, "resourcePath": path, "httpMethod": "GET"},
        "body": None, "isBase64Encoded": False,
    }  # fmt: skip
    result = invoke_local("portfolio_api", event)
    return result["statusCode"], json.loads(result["body"])


def surfaces() -> dict[str, bool]:
    """Whether the project shows up on each public surface."""
    listed = call_tool("list_projects", {}, Caller()).structured or {}
    one = call_tool("get_project", {"slug": SLUG}, Caller())
    found = call_tool(
        "search_portfolio", {"query": "append-only log in Rust", "limit": 5}, Caller()
    ).structured
    from heyfolio.chat.prompt import system_blocks
    from heyfolio.published import get_published
    from mcp_handlers.completion import complete
    from mcp_handlers.prompts import get_prompt
    from mcp_handlers.resources import list_resources, read
    from mcp_handlers.wire import McpError

    def completes(ref: dict[str, str], argument: str) -> bool:
        found = complete(ref, {"name": argument, "value": SLUG[:3]}, {})["completion"]
        return SLUG in found["values"]

    def prompt_explains() -> bool:
        try:
            get_prompt("explain_project", {"slug": SLUG, "depth": "brief"})
        except McpError:
            return False
        return True

    def prompt_names_it() -> bool:
        try:
            get_prompt("explain_project", {"slug": "no-such-project", "depth": "brief"})
        except McpError as error:
            return SLUG in error.message
        raise AssertionError("an unknown project must be refused")

    portfolio = get_published().portfolio
    title = next(p.title for p in portfolio.projects if p.slug == SLUG)
    status, body = rest("/api/projects")
    search_status, search_body = rest("/api/search", q="append-only log in Rust")
    return {
        "mcp list_projects": any(p["slug"] == SLUG for p in listed.get("projects", [])),
        "mcp get_project": not one.is_error,
        "mcp search": any(f"projects/{SLUG}" in r["uri"] for r in (found or {}).get("results", [])),
        "mcp resources/list": any(r["uri"] == f"portfolio://projects/{SLUG}" for r in list_resources()),
        "rest /api/projects": status == 200 and any(p["slug"] == SLUG for p in body["projects"]),
        "rest /api/projects/{slug}": rest(f"/api/projects/{SLUG}")[0] == 200,
        "mcp completion (template)": completes(
            {"type": "ref/resource", "uri": "portfolio://projects/{slug}"}, "slug"
        ),
        "mcp completion (prompt)": completes({"type": "ref/prompt", "name": "explain_project"}, "slug"),
        "mcp prompts/get explain_project": prompt_explains(),
        "mcp prompts/get known projects": prompt_names_it(),
        "mcp resume.md": f"portfolio://projects/{SLUG})"
        in read("portfolio://resume.md")["contents"][0]["text"],
        # the tools path's summary lists it; the cached prefix carries its page's first passage
        "chat system prompt": any(
            mark in system_blocks(portfolio)[0]["text"] for mark in (f"- {title}:", f"Project: {title} — ")
        ),
        "rest /api/search": search_status == 200
        and any(f"projects/{SLUG}" in h["uri"] for h in search_body["hits"]),
    }


@pytest.mark.usefixtures("local_stack")
def test_private_repository_hides_the_project_everywhere_and_public_brings_it_back() -> None:
    from mcp_handlers.resources import read
    from mcp_handlers.wire import McpError

    assert all(surfaces().values()), surfaces()

    set_private(True)
    shown = surfaces()
    assert not any(shown.values()), shown
    with pytest.raises(McpError):
        read(f"portfolio://projects/{SLUG}")

    set_private(False)
    assert all(surfaces().values())
    detail = call_tool("get_project", {"slug": SLUG}, Caller()).structured or {}
    assert detail["project"]["live"]["stars"] == 812


@pytest.mark.usefixtures("local_stack")
def test_profile_resource_withholds_private_contact_fields() -> None:
    from mcp_handlers.resources import read

    text = read("portfolio://profile")["contents"][0]["text"]
    basics = json.loads(text)["basics"]
    assert "phone" not in basics
    assert "address" not in basics["location"] and "postalCode" not in basics["location"]
    assert basics["email"]
