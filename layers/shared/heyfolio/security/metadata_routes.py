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


def _authorization_server() -> Response:
    """RFC 8414 metadata of the local issuer, so every URL a 401 leads a client to answers.

    The local issuer has no sign-in: its tokens come from ``heyfolio token``, so it lists no
    grant, only its keys and scope, and says where tokens come from. Where the issuer is
    another server (Cognito on AWS) this answers 404 naming that issuer's own metadata.
    """
    from heyfolio.config import get_settings
    from heyfolio.security.oauth_front import front, metadata
    from heyfolio.security.tokens import expected_issuer, issuer

    settings = get_settings()
    configured = front()
    if configured is not None:  # AWS: the stack's front for Cognito (PKCE, client metadata documents)
        return _json(metadata(configured))
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


# -- the authorization front for MCP clients on AWS (heyfolio.security.oauth_front) ---------------

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _front_or_404() -> Any:
    from heyfolio.security.oauth_front import front

    configured = front()
    if configured is None:
        return None
    return configured


def _oauth_error(error: Any) -> Response:
    return Response(
        status_code=error.status,
        content_type=content_types.APPLICATION_JSON,
        body=error.to_dict(),
        headers=NO_STORE,
    )


def _not_here() -> Response:
    return Response(
        status_code=404,
        content_type=content_types.APPLICATION_JSON,
        body={
            "message": "No sign-in here: the local issuer mints owner tokens with 'heyfolio token --role owner'."
        },
        headers=NO_STORE,
    )


def _redirect(url: str) -> Response:
    return Response(
        status_code=302, content_type=content_types.TEXT_PLAIN, body="", headers={**NO_STORE, "Location": url}
    )


@resolver.get("/oauth/authorize")
def oauth_authorize() -> Response:
    """PKCE required, client id = its metadata document's URL; then Cognito's sign-in."""
    from heyfolio.security.oauth_front import OAuthError, authorize

    configured = _front_or_404()
    if configured is None:
        return _not_here()
    params = dict(resolver.current_event.query_string_parameters or {})
    try:
        return _redirect(authorize(configured, params))
    except OAuthError as error:
        return _oauth_error(error)


@resolver.get("/oauth/callback")
def oauth_callback() -> Response:
    from heyfolio.security.oauth_front import OAuthError, callback

    configured = _front_or_404()
    if configured is None:
        return _not_here()
    try:
        return _redirect(callback(configured, dict(resolver.current_event.query_string_parameters or {})))
    except OAuthError as error:
        return _oauth_error(error)


@resolver.post("/oauth/token")
def oauth_token() -> Response:
    from urllib.parse import parse_qsl

    from heyfolio.security.oauth_front import OAuthError, token

    configured = _front_or_404()
    if configured is None:
        return _not_here()
    body = resolver.current_event.decoded_body or ""
    if len(body) > 8 * 1024:
        return _oauth_error(OAuthError("invalid_request", "the token request is too large"))
    form = dict(parse_qsl(body, keep_blank_values=True))
    try:
        answer = token(configured, form)
    except OAuthError as error:
        return _oauth_error(error)
    return Response(
        status_code=200, content_type=content_types.APPLICATION_JSON, body=answer, headers=NO_STORE
    )
