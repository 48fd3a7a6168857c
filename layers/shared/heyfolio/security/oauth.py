"""The OAuth 2.1 resource-server surface: RFC 9728 metadata and RFC 6750 challenges.

This server is a protected resource twice over: the site (owner API, ``<public_url>``) and
the MCP endpoint (``<public_url>/mcp``). RFC 9728 puts the metadata for a resource with a
path at ``/.well-known/oauth-protected-resource<path>``, and requires its ``resource`` to be
exactly that resource's URL, so each has its own document; both name the same authorization
server and the owner scope. A 401 points the client at the right document through
``WWW-Authenticate: Bearer resource_metadata="..."``.
"""

from __future__ import annotations

from typing import Any

from heyfolio.config import get_settings
from heyfolio.security.oauth_front import front
from heyfolio.security.tokens import expected_issuer

WELL_KNOWN = "/.well-known/oauth-protected-resource"
JWKS_PATH = "/.well-known/jwks.json"


def metadata_url(public_url: str, resource_path: str = "") -> str:
    """Where the metadata of the resource at ``resource_path`` ('' or '/mcp') is published."""
    return public_url.rstrip("/") + WELL_KNOWN + resource_path


def protected_resource_metadata(resource_path: str = "") -> dict[str, Any]:
    """The RFC 9728 document for ``<public_url><resource_path>``."""

    settings = get_settings()
    base = settings.public_url.rstrip("/")
    # On AWS MCP clients sign in through the stack's front for Cognito (PKCE, client metadata documents).
    server = base if front() is not None else expected_issuer(base)
    return {
        "resource": base + resource_path,
        "authorization_servers": [server],
        "scopes_supported": [settings.owner_scope],
        "bearer_methods_supported": ["header"],
        "resource_signing_alg_values_supported": ["RS256"],
        "resource_name": "heyfolio portfolio" + (" (MCP)" if resource_path else ""),
        "resource_documentation": base + "/docs",
    }


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def challenge(
    *,
    resource_metadata: str,
    error: str | None = None,
    description: str | None = None,
    scope: str | None = None,
) -> str:
    """A ``WWW-Authenticate: Bearer ...`` value (RFC 6750 section 3, RFC 9728 section 5.1)."""
    parts = []
    if error:
        parts.append(f'error="{_quote(error)}"')
    if description:
        parts.append(f'error_description="{_quote(description[:200])}"')
    if scope:
        parts.append(f'scope="{_quote(scope)}"')
    parts.append(f'resource_metadata="{_quote(resource_metadata)}"')
    return "Bearer " + ", ".join(parts)
