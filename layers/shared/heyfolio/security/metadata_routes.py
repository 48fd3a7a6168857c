"""Public discovery documents: RFC 9728 protected-resource metadata and the local issuer's JWKS.

``/.well-known/oauth-protected-resource`` describes the site (owner API) and
``/.well-known/oauth-protected-resource/mcp`` the MCP endpoint; both name the authorization
server and the owner scope. ``/.well-known/jwks.json`` publishes the local issuer's public key
(what ``heyfolio token`` signs with); where the issuer is another server (Cognito on AWS) it
answers 404 with a pointer to that issuer's own key set.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

from heyfolio.config import get_settings
from heyfolio.security.jwks import LocalJwks
from heyfolio.security.oauth import protected_resource_metadata
from heyfolio.security.tokens import expected_issuer, issuer

PUBLIC_CACHE = {"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"}

resolver = APIGatewayRestResolver()


def _json(body: dict[str, Any], status: int = 200) -> Response:
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=body, headers=PUBLIC_CACHE
    )


@resolver.get("/.well-known/oauth-protected-resource")
def site_metadata() -> Response:
    """RFC 9728 metadata of the site (owner routes)."""

    return _json(protected_resource_metadata(""))


@resolver.get("/.well-known/oauth-protected-resource/mcp")
def mcp_metadata() -> Response:
    """RFC 9728 metadata of the MCP endpoint (``<public_url>/mcp``)."""

    return _json(protected_resource_metadata("/mcp"))


@resolver.get("/.well-known/jwks.json")
def jwks() -> Response:
    """The local issuer's public keys; 404 (with the issuer's own JWKS URL) when the issuer is elsewhere."""

    settings = get_settings()
    if settings.oauth_jwks_url or expected_issuer() != issuer(settings.public_url):
        where = settings.oauth_jwks_url or expected_issuer() + "/.well-known/jwks.json"
        return _json({"message": f"Tokens are issued by {expected_issuer()}; its keys are at {where}."}, 404)
    return _json(LocalJwks(settings.data_dir).document())
