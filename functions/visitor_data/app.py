"""Lambda entry point: a visitor's own data - GET /api/me/export, DELETE /api/me (visitor session token)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument
from heyfolio.privacy.routes import resolver

handler = instrument(
    guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST, trace=True
)
