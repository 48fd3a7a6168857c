"""Public discovery documents: RFC 9728 protected-resource metadata and the local issuer's JWKS.

``/.well-known/oauth-protected-resource`` describes the site (owner API) and
``/.well-known/oauth-protected-resource/mcp`` the MCP endpoint; both name the authorization
server and the owner scope. ``/.well-known/jwks.json`` publishes the local issuer's public key
(what ``heyfolio token`` signs with); where the issuer is another server (Cognito on AWS) it
answers 404 with a pointer to that issuer's own key set. ``/.well-known/oauth-authorization-server``
(and ``/.well-known/openid-configuration``) describe the local issuer the same way, so every URL a
401 leads a client to answers.
"""

from __future__ import annotations

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types

PUBLIC_CACHE = {"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"}

resolver = APIGatewayRestResolver()


def _json(body: dict[str, Any], status: int = 200) -> Response:
    return Response(
        status_code=status, content_type=content_types.APPLICATION_JSON, body=body, headers=PUBLIC_CACHE
    )


@resolver.get("/.well-known/oauth-protected-resource")
def site_metadata() -> Response:
    """RFC 9728 metadata of the site (owner routes)."""
    from heyfolio.security.oauth import protected_resource_metadata

    return _json(protected_resource_metadata(""))


@resolver.get("/.well-known/oauth-protected-resource/mcp")
def mcp_metadata() -> Response:
    """RFC 9728 metadata of the MCP endpoint (``<public_url>/mcp``)."""
    from heyfolio.security.oauth import protected_resource_metadata

    return _json(protected_resource_metadata("/mcp"))


@resolver.get("/.well-known/jwks.json")
def jwks() -> Response:
    """The local issuer's public keys; 404 (with the issuer's own JWKS URL) when the issuer is elsewhere."""
    from heyfolio.config import get_settings
    from heyfolio.security.jwks import LocalJwks
    from heyfolio.security.tokens import expected_issuer, issuer

    settings = get_settings()
    if settings.oauth_jwks_url or expected_issuer() != issuer(settings.public_url):
        where = settings.oauth_jwks_url or expected_issuer() + "/.well-known/jwks.json"
        return _json({"message": f"Tokens are issued by {expected_issuer()}; its keys are at {where}."}, 404)
    return _json(LocalJwks(settings.data_dir).document())


def _authorization_server() -> Response:
    """RFC 8414 metadata of the local issuer, so every URL a 401 leads a client to answers.

    The local issuer has no sign-in: its tokens come from ``heyfolio token``, so it lists no
    grant, only its keys and scope, and says where tokens come from. Where the issuer is
    another server (Cognito on AWS) this answers 404 naming that issuer's own metadata.
    """
    from heyfolio.config import get_settings
    from heyfolio.security.tokens import expected_issuer, issuer

    settings = get_settings()
    if settings.oauth_jwks_url or expected_issuer() != issuer(settings.public_url):
        where = expected_issuer() + "/.well-known/openid-configuration"
        return _json(
            {"message": f"Tokens are issued by {expected_issuer()}; its metadata is at {where}."}, 404
        )
    base = issuer(settings.public_url)
    return _json(
        {
            "issuer": base,
            "jwks_uri": base + "/.well-known/jwks.json",
            "scopes_supported": [settings.owner_scope],
            "response_types_supported": [],
            "grant_types_supported": [],
            "token_endpoint_auth_methods_supported": ["none"],
            "service_documentation": base + "/docs",
            "op_policy_uri": base + "/docs",
            "heyfolio_token_command": f"heyfolio token --role owner --url {base}",
            "description": (
                "The local development issuer: it has no sign-in. Mint an owner token with "
                f"'heyfolio token --role owner --url {base}' and send it as 'Authorization: Bearer <token>'."
            ),
        }
    )


@resolver.get("/.well-known/oauth-authorization-server")
def authorization_server_metadata() -> Response:
    return _authorization_server()


@resolver.get("/.well-known/openid-configuration")
def openid_configuration() -> Response:
    return _authorization_server()
