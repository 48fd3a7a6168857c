"""The official SDK client against the endpoint: both eras, in process (ASGI) and over HTTP (uvicorn)."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from mcp.shared.exceptions import MCPError

from mcp_handlers.catalog import TOOL_NAMES
from tests.mcp.conftest import SAMPLE_JOB, sdk_client

ERAS = ["auto", "legacy"]


def run(coro_fn: Any, *args: Any) -> Any:
    return anyio.run(coro_fn, *args)


@pytest.mark.parametrize("mode", ERAS)
def test_every_list_tool_resource_and_prompt_in_process(endpoint: Any, mode: str) -> None:
    async def scenario() -> None:
        async with sdk_client(endpoint.app, mode=mode) as client:
            assert client.protocol_version == ("2026-07-28" if mode == "auto" else "2025-11-25")
            tools = await client.list_tools()
            assert [t.name for t in tools.tools] == list(TOOL_NAMES)
            search = next(t for t in tools.tools if t.name == "search_portfolio")
            assert search.annotations is not None and search.annotations.read_only_hint is True
            assert search.output_schema is not None

            result = await client.call_tool("search_portfolio", {"query": "Rust append-only log", "limit": 3})
            assert not result.is_error
            hits = result.structured_content["results"]
            assert 1 <= len(hits) <= 3 and all(h["uri"].startswith("portfolio://") for h in hits)
            assert "ledgerline" in json.dumps(hits)

            profile = await client.call_tool("get_profile", {"section": "basics"})
            assert profile.structured_content["profile"]["basics"]["name"]
            whole = await client.call_tool("get_profile", {})
            assert "work" in whole.structured_content["profile"]

            listed = await client.call_tool("list_projects", {"language": "rust"})
            slugs = [p["slug"] for p in listed.structured_content["projects"]]
            assert "ledgerline" in slugs and "shoal" not in slugs
            by_name = await client.call_tool("list_projects", {"sort": "name"})
            titles = [p["title"].casefold() for p in by_name.structured_content["projects"]]
            assert titles == sorted(titles)

            project = await client.call_tool("get_project", {"slug": "shoal"})
            assert project.structured_content["project"]["slug"] == "shoal"
            assert (
                "OpenTelemetry" in project.structured_content["project"]["body"]
                or project.structured_content["project"]["topics"]
            )

            missing = await client.call_tool("get_project", {"slug": "no-such-project"})
            assert missing.is_error and "known projects" in missing.content[0].text

            bad = await client.call_tool("search_portfolio", {"query": "x", "limit": 99})
            assert bad.is_error and "at most 20" in bad.content[0].text

            resources = await client.list_resources()
            uris = [str(r.uri) for r in resources.resources]
            assert uris[:3] == ["portfolio://profile", "portfolio://resume.md", "portfolio://faq"]
            assert "portfolio://projects/shoal" in uris and any(
                u.startswith("portfolio://posts/") for u in uris
            )
            for uri in uris:
                read = await client.read_resource(uri)
                assert read.contents and read.contents[0].text
            profile_doc = json.loads((await client.read_resource("portfolio://profile")).contents[0].text)
            assert "basics" in profile_doc
            templates = await client.list_resource_templates()
            assert sorted(t.uri_template for t in templates.resource_templates) == [
                "analytics://insights/{period}",  # the owner's analytics (owner token to read)
                "analytics://projects/{slug}/interest",
                "portfolio://posts/{slug}",
                "portfolio://projects/{slug}",
                "schemas://analytics/{table}",
                "schemas://analytics/{table}/{column}",
            ]
            with pytest.raises(MCPError) as err:
                await client.read_resource("portfolio://projects/nope")
            assert err.value.error.code == -32602
            with pytest.raises(MCPError):
                await client.read_resource("https://example.com/elsewhere")

            prompts = await client.list_prompts()
            assert [p.name for p in prompts.prompts] == [
                "introduce_owner",
                "explain_project",
                "assess_fit",
                "interview_questions",
            ]
            intro = await client.get_prompt(
                "introduce_owner", {"audience": "recruiter", "role": "Staff Engineer"}
            )
            assert "recruiter" in intro.messages[-1].content.text
            explain = await client.get_prompt("explain_project", {"slug": "shoal", "depth": "deep"})
            assert explain.messages[0].content.type == "resource"
            fit = await client.get_prompt("assess_fit", {"job": "Go and Kubernetes"})
            assert "Go and Kubernetes" in fit.messages[-1].content.text
            questions = await client.get_prompt("interview_questions", {"focus": "system design"})
            assert "system design" in questions.messages[-1].content.text
            with pytest.raises(MCPError) as err:
                await client.get_prompt("explain_project", {"slug": "shoal", "depth": "galactic"})
            assert err.value.error.code == -32602
            with pytest.raises(MCPError):
                await client.get_prompt("no_such_prompt", {})

            from mcp_types import PromptReference, ResourceTemplateReference

            done = await client.complete(
                ResourceTemplateReference(uri="portfolio://projects/{slug}"), {"name": "slug", "value": "sh"}
            )
            assert done.completion.values == ["shoal"]
            posts = await client.complete(
                ResourceTemplateReference(uri="portfolio://posts/{slug}"), {"name": "slug", "value": ""}
            )
            assert len(posts.completion.values) >= 1
            depth = await client.complete(
                PromptReference(name="explain_project"), {"name": "depth", "value": "d"}
            )
            assert depth.completion.values[0] == "deep"  # prefix matches first, then substrings
            audience = await client.complete(
                PromptReference(name="introduce_owner"), {"name": "audience", "value": "rec"}
            )
            assert audience.completion.values == ["recruiter"]

    run(scenario)


@pytest.mark.parametrize("mode", ERAS)
def test_over_http_with_uvicorn(live_url: str, mode: str) -> None:
    async def scenario() -> None:
        async with sdk_client(None, mode=mode, url=live_url) as client:
            tools = await client.list_tools()
            assert len(tools.tools) == len(TOOL_NAMES)
            result = await client.call_tool("match_role", {"job": json.loads(SAMPLE_JOB.read_text())})
            assert not result.is_error
            report = result.structured_content
            assert report["summarySource"] == "deterministic"
            assert sum(report["counts"].values()) == len(report["requirements"]) > 0
            for item in report["requirements"]:
                assert (item["status"] == "missing") == (not item["evidence"])
            read = await client.read_resource("portfolio://resume.md")
            assert read.contents[0].text.startswith("# ")

    run(scenario)


def test_discover_reports_capabilities_and_cache_hints(endpoint: Any) -> None:
    async def scenario() -> None:
        async with sdk_client(endpoint.app, mode="auto") as client:
            discover = await client.session.discover()
            assert discover.supported_versions == ["2026-07-28"]
            caps = discover.capabilities
            assert caps.tools is not None and caps.prompts is not None and caps.completions is not None
            assert discover.cache_scope == "public" and discover.ttl_ms > 0

    run(scenario)


@pytest.mark.parametrize("mode", ERAS)
def test_owner_tools_need_an_owner_token(endpoint: Any, owner_token: str, mode: str) -> None:
    from heyfolio.security.tokens import mint_token
    from heyfolio.storage import leads

    leads.create_once("seeded", name="Ada", email="ada@example.com", message="Hello", consent=True)

    async def scenario() -> None:
        from mcp.shared.exceptions import MCPError

        # Owner tools are refused at the HTTP layer (401 anonymous, 403 insufficient_scope; see
        # tests/security for the statuses and challenges); the SDK raises the JSON-RPC error.
        async with sdk_client(endpoint.app, mode=mode) as anonymous:
            with pytest.raises(MCPError, match="owner"):
                await anonymous.call_tool("list_leads", {})
            with pytest.raises(MCPError, match="owner"):
                await anonymous.call_tool("visitor_questions", {})
        async with sdk_client(endpoint.app, mode=mode, token=mint_token("visitor")) as visitor:
            with pytest.raises(MCPError, match="scope"):
                await visitor.call_tool("list_leads", {})
        async with sdk_client(endpoint.app, mode=mode, token=owner_token) as owner:
            listed = await owner.call_tool("list_leads", {"status": "new"})
            assert not listed.is_error
            assert [lead["name"] for lead in listed.structured_content["leads"]] == ["Ada"]
            await owner.call_tool("search_portfolio", {"query": "quantum basket weaving underwater"})
            asked = await owner.call_tool("visitor_questions", {"unanswered_only": True})
            assert not asked.is_error
            assert any("basket weaving" in q["question"] for q in asked.structured_content["questions"])
            bad_since = await owner.call_tool("visitor_questions", {"since": "last tuesday"})
            assert bad_since.is_error and "ISO date" in bad_since.content[0].text

    run(scenario)


def test_invalid_token_is_refused_with_a_challenge(endpoint: Any) -> None:
    from heyfolio.security.tokens import mint_token

    foreign = mint_token("owner", public_url="https://someone-else.example")
    response = endpoint.server.handle(
        "POST",
        [
            ("host", "127.0.0.1:8000"),
            ("content-type", "application/json"),
            ("accept", "application/json"),
            ("authorization", f"Bearer {foreign}"),
        ],
        json.dumps({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}).encode(),
    )
    assert response.status == 401
    assert dict(response.headers)["www-authenticate"].startswith('Bearer error="invalid_token"')
