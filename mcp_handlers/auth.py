"""Authentication on ``/mcp``: the bearer token in, the caller's role and subject out, and the
``WWW-Authenticate`` challenge (RFC 6750, with the RFC 9728 resource metadata) when refused.

The token checks themselves (issuer, audience, revocation, rate of failures) are the core's
(``heyfolio.security.access.authenticate``); this module maps its refusals onto the MCP wire and
guards the owner tools.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from heyfolio.config import get_settings
from heyfolio.security import access
from heyfolio.security.access import AuthError
from heyfolio.security.oauth import challenge
from mcp_handlers import wire
from mcp_handlers.tools.base import Caller
from mcp_handlers.wire import McpError

Authenticator = Callable[[str | None, str | None], Any]
"""``(authorization, source_ip) -> Identity | None``, raising ``AuthError`` (heyfolio.security.access)."""


class AuthRequired(McpError):
    """A refusal at the HTTP layer (401/403/503) with its ``WWW-Authenticate`` challenge.

    Raised by authentication (a refused token) and by ``tools/call`` of an owner tool without
    the owner scope; ``transport.error_response`` puts ``status`` and ``challenge`` on the wire.
    """

    def __init__(self, status: int, message: str, challenge: str | None) -> None:
        super().__init__(wire.INVALID_REQUEST, message, {"httpStatus": status})
        self.status = status
        self.challenge = challenge


class Authentication:
    """Who is calling, and whether they may call an owner tool."""

    def __init__(self, authenticator: Authenticator, resource_metadata_url: str | None = None) -> None:
        self.authenticator = authenticator
        self.resource_metadata_url = resource_metadata_url

    def authenticate(self, authorization: str | None, source_ip: str | None = None) -> tuple[str, str | None]:
        """``(role, subject)``: ``("anonymous", None)`` without a token; ``AuthRequired`` if refused."""

        try:
            identity = self.authenticator(authorization, source_ip)
        except AuthError as exc:
            raise AuthRequired(exc.status, exc.description, self.challenge(exc)) from None
        return ("anonymous", None) if identity is None else (identity.role, identity.subject)

    def challenge(self, exc: Any) -> str | None:
        """``WWW-Authenticate`` for an ``AuthError`` (none for a 503: the token was not the problem)."""
        if exc.status == 503 or not self.resource_metadata_url:
            return None

        return challenge(
            resource_metadata=self.resource_metadata_url,
            error=exc.error,
            description=exc.description if exc.error else None,
            scope=exc.scope,
        )

    def require_owner(self, caller: Caller, tool: str) -> None:
        """Owner tools need the owner scope: 401 for an anonymous caller, 403 for a token without it."""

        scope = get_settings().owner_scope
        if caller.is_owner:
            access.record_owner_tool(caller.subject or "owner", tool)
            return
        error = access.owner_required(
            presented=caller.role != "anonymous",
            subject=caller.subject,
            scope=scope,
            surface=f"mcp:{tool}",
        )
        raise AuthRequired(
            error.status, f"{tool} is for the portfolio owner: {error.description}", self.challenge(error)
        )
