"""Lambda entry point: owner security routes - GET /api/owner/audit, POST /api/owner/tokens/revoke (owner token)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.limits.protect import rate_limited
from heyfolio.observability import instrument
from heyfolio.security.audit_routes import resolver

handler = instrument(
    rate_limited(guarded(resolver.resolve), surface="owner"),
    correlation_id_path=correlation_paths.API_GATEWAY_REST,
)
