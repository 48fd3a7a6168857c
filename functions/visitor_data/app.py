"""Lambda entry point: a visitor's own data - POST /api/contact, GET /api/me/leads, POST /api/me/session, GET /api/me/export, DELETE /api/me."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument
from heyfolio.privacy.routes import resolver

handler = instrument(
    guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST, trace=True
)
