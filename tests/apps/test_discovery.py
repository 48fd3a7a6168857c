"""Discovery: the Server Card served by the stack's route (through the dev server, as API Gateway
would) and the committed ``server.json`` are generated from the catalog, and agree with what
``/mcp`` itself answers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest

from mcp_handlers import discovery
from mcp_handlers.catalog import TOOL_NAMES
from tests.apps.test_apps_wire import UI_CAPS, modern

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def dev_app(local_stack: None) -> Iterator[Any]:
    from heyfolio.config import get_settings
    from heyfolio.dev.server import build_app

    yield build_app(get_settings())


def _get(app: Any, path: str) -> httpx2.Response:
    import anyio

    async def fetch() -> httpx2.Response:
        async with httpx2.AsyncClient(
            transport=httpx2.ASGITransport(app=app), base_url="http://127.0.0.1:8000"
        ) as client:
            return await client.get(path)

    return anyio.run(fetch)


def test_server_card_is_served_and_matches_the_live_endpoint(dev_app: Any, server: Any) -> None:
    from heyfolio.config import get_settings

    served = _get(dev_app, "/.well-known/mcp/server-card.json")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/json")
    card = served.json()
    assert _get(dev_app, "/.well-known/mcp/server-card").json() == card  # the SEP's own path too
    public = get_settings().public_url
    (remote,) = card["remotes"]
    assert remote["type"] == "streamable-http" and remote["url"] == f"{public}/mcp"
    assert "2026-07-28" in remote["supportedProtocolVersions"]
    assert "2025-11-25" in remote["supportedProtocolVersions"]
    assert remote["authentication"] == {"required": False, "schemes": ["bearer", "oauth2"]}
    # What /mcp answers a client that declares the UI extension, field for field.
    assert card["tools"] == modern(server, "tools/list", caps=UI_CAPS)["tools"]
    assert card["prompts"] == modern(server, "prompts/list")["prompts"]
    assert card["capabilities"] == modern(server, "server/discover")["capabilities"]
    listed = {r["uri"]: r for r in modern(server, "resources/list", caps=UI_CAPS)["resources"]}
    for resource in card["resources"]:
        assert listed[resource["uri"]] == resource
    assert (
        card["version"]
        == modern(server, "server/discover")["_meta"]["io.modelcontextprotocol/serverInfo"]["version"]
    )
    assert set(card["_meta"]["io.heyfolio/ownerOnlyTools"]) == {
        "list_leads",
        "visitor_questions",
        "review_lead",
        "visitor_insights",
        "ask_analytics",
    }


def _check_registry_shape(document: dict[str, Any]) -> None:
    """The constraints of the registry's server.schema.json (2025-12-11) that apply to a remote entry."""
    assert (
        document["$schema"] == "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json"
    )
    assert (
        re.fullmatch(r"[a-zA-Z0-9.-]+/[a-zA-Z0-9._-]+", document["name"])
        and 3 <= len(document["name"]) <= 200
    )
    assert 1 <= len(document["description"]) <= 100
    assert document["version"] and not re.search(r"[\^~><*x]|latest", document["version"])
    assert set(document) <= {
        "$schema",
        "name",
        "title",
        "description",
        "version",
        "websiteUrl",
        "remotes",
        "_meta",
    }
    for remote in document["remotes"]:
        assert remote["type"] == "streamable-http"
        assert remote["url"].startswith("https://") and remote["url"].endswith("/mcp")
        for variable in re.findall(r"\{(\w+)\}", remote["url"]):
            assert variable in remote.get("variables", {})
        for header in remote.get("headers", []):
            assert set(header) <= {
                "name",
                "description",
                "isRequired",
                "isSecret",
                "default",
                "choices",
                "value",
            }
    provided = document["_meta"]["io.modelcontextprotocol.registry/publisher-provided"]
    assert provided["tools"] == list(TOOL_NAMES)


def test_committed_server_json_is_what_the_generator_writes() -> None:
    committed = json.loads((ROOT / "server.json").read_text(encoding="utf-8"))
    assert committed == discovery.server_json(), (
        "server.json drifted from the catalog: regenerate it with "
        "`.venv/bin/python -m mcp_handlers.discovery server-json > server.json`"
    )
    _check_registry_shape(committed)


def test_server_json_for_a_deployment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(discovery.NAME_ENV, "io.github.mira-okafor/portfolio")
    assert discovery.main(["server-json", "--public-url", "https://mira.example.dev/"]) == 0
    document = json.loads(capsys.readouterr().out)
    _check_registry_shape(document)
    assert document["name"] == "io.github.mira-okafor/portfolio"
    assert document["remotes"][0]["url"] == "https://mira.example.dev/mcp"
    assert document["websiteUrl"] == "https://mira.example.dev/"
    monkeypatch.delenv(discovery.NAME_ENV)
    assert discovery.registry_name("https://mira.example.dev") == "dev.example.mira/heyfolio"
    with pytest.raises(SystemExit):
        discovery.main(["server-json", "--public-url", "mira.example.dev"])
    assert "must be an http(s) URL" in capsys.readouterr().err
