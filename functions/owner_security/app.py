"""Lambda entry point: owner security routes - GET /api/owner/audit, POST /api/owner/tokens/revoke (owner token)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument
from heyfolio.security.audit_routes import resolver

handler = instrument(guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST)
