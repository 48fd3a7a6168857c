"""Discovery documents generated from the catalog: the MCP Server Card and the registry's ``server.json``.

- **Server Card** (SEP-2127, draft; served at ``/.well-known/mcp/server-card.json`` and at the
  SEP's ``/.well-known/mcp/server-card``): name, version, the remote (URL, protocol versions,
  authentication), capabilities, tools, resources and prompts, so a client or a crawler knows
  what is here without connecting.
- **server.json** for the official MCP registry (schema ``2025-12-11``): a *remote* server
  (``remotes[].type = streamable-http``) whose optional ``Authorization`` header carries the
  owner's token; visitors need none. ``mcp-publisher publish`` reads it (see README).

Both read the same sources as the live endpoint (``catalog.tools()``, ``resources.STATIC``,
``prompts.list_prompts()``, ``McpServer.capabilities``), and tests compare them with what
``/mcp`` answers, so they cannot drift from the server.

``python -m mcp_handlers.discovery server-json [--public-url URL] [--name NAME]`` prints
``server.json``; without ``--public-url`` the URL is a template (``https://{host}/mcp``), which
is what the committed ``server.json`` holds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any
from urllib.parse import urlsplit

SERVER_CARD_SCHEMA = "https://static.modelcontextprotocol.io/schemas/v1/server-card.schema.json"
SERVER_JSON_SCHEMA = "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json"
TITLE = "heyfolio portfolio"
DESCRIPTION = "A personal portfolio: résumé, projects, role fit with cited evidence, contact the owner."
"""At most 100 characters (the registry's limit)."""
NAME_ENV = "HEYFOLIO_REGISTRY_NAME"
"""The registry name (reverse DNS, ``io.github.<user>/<name>`` or ``<reversed domain>/<name>``)."""


def registry_name(public_url: str) -> str:
    """``HEYFOLIO_REGISTRY_NAME``, else the public URL's host reversed (``mira.example.dev`` -> ``dev.example.mira/heyfolio``)."""
    configured = os.environ.get(NAME_ENV, "").strip()
    if configured:
        return configured
    host = urlsplit(public_url).hostname or "localhost"
    return ".".join(reversed(host.split("."))) + "/heyfolio"


def _server_facts() -> tuple[str, str, dict[str, Any]]:
    from mcp_handlers.dispatch import SERVER_VERSION
    from mcp_handlers.server import McpServer

    # capabilities() reads no instance state; a bare instance avoids building an invoker and a sealer.
    bare = object.__new__(McpServer)
    return TITLE, SERVER_VERSION, bare.capabilities(legacy=False)


def supported_versions() -> list[str]:
    from mcp_handlers import wire

    return [*wire.MODERN_VERSIONS, *reversed(wire.HANDSHAKE_VERSIONS)]


def server_card(public_url: str) -> dict[str, Any]:
    """The Server Card for the deployment at ``public_url``."""
    from mcp_handlers import apps
    from mcp_handlers.catalog import tools
    from mcp_handlers.prompts import list_prompts
    from mcp_handlers.resources import STATIC

    base = public_url.rstrip("/")
    title, version, capabilities = _server_facts()
    return {
        "$schema": SERVER_CARD_SCHEMA,
        "name": registry_name(base),
        "version": version,
        "title": title,
        "description": DESCRIPTION,
        "websiteUrl": base + "/",
        "remotes": [
            {
                "type": "streamable-http",
                "url": f"{base}/mcp",
                "supportedProtocolVersions": supported_versions(),
                # Visitor tools answer anonymous callers; owner tools need the owner's bearer token.
                "authentication": {"required": False, "schemes": ["bearer", "oauth2"]},
            }
        ],
        "capabilities": capabilities,
        "tools": [t.to_mcp(ui=True) for t in tools()],
        "resources": [r.to_mcp() for r in STATIC] + apps.listing(),
        "prompts": list_prompts(),
        "_meta": {
            "io.heyfolio/protectedResourceMetadata": f"{base}/.well-known/oauth-protected-resource/mcp",
            "io.heyfolio/ownerOnlyTools": [t.name for t in tools() if t.owner_only],
        },
    }


def server_json(public_url: str | None = None, name: str | None = None) -> dict[str, Any]:
    """The registry entry; ``public_url=None`` makes the URL a template with a ``host`` variable."""
    from mcp_handlers.catalog import tools

    title, version, _ = _server_facts()
    if public_url:
        base = public_url.rstrip("/")
        remote: dict[str, Any] = {"type": "streamable-http", "url": f"{base}/mcp"}
        website = base + "/"
    else:
        remote = {
            "type": "streamable-http",
            "url": "https://{host}/mcp",
            "variables": {
                "host": {"description": "Where your portfolio is deployed (its domain)", "isRequired": True}
            },
        }
        website = None
    remote["headers"] = [
        {
            "name": "Authorization",
            "description": "Bearer token of the portfolio owner, only for the owner tools; visitors send none.",
            "isRequired": False,
            "isSecret": True,
        }
    ]
    out: dict[str, Any] = {
        "$schema": SERVER_JSON_SCHEMA,
        "name": name or (registry_name(public_url) if public_url else "io.github.heyfolio/heyfolio"),
        "title": title,
        "description": DESCRIPTION,
        "version": version,
    }
    if website:
        out["websiteUrl"] = website
    out["remotes"] = [remote]
    out["_meta"] = {
        "io.modelcontextprotocol.registry/publisher-provided": {
            "tools": [t.name for t in tools()],
            "ownerOnlyTools": [t.name for t in tools() if t.owner_only],
            "extensions": ["io.modelcontextprotocol/ui", "io.modelcontextprotocol/tasks"],
            "serverCard": "/.well-known/mcp/server-card.json",
        }
    }
    return out


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mcp_handlers.discovery", description=__doc__.split("\n")[0]
    )
    parser.add_argument("document", choices=["server-json", "server-card"])
    parser.add_argument("--public-url", help="the deployment's public URL (https://...)")
    parser.add_argument("--name", help="registry name, e.g. io.github.<you>/heyfolio")
    args = parser.parse_args(argv)
    if args.public_url and not args.public_url.startswith(("https://", "http://")):
        parser.error(f"--public-url must be an http(s) URL, got {args.public_url!r}")
    if args.document == "server-card":
        if not args.public_url:
            parser.error("server-card needs --public-url")
        sys.stdout.write(dumps(server_card(args.public_url)))
    else:
        sys.stdout.write(dumps(server_json(args.public_url, args.name)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
