"""Lambda entry point: the owner dashboard's data API (GET /api/owner/*, owner token)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.api.owner_routes import resolver
from heyfolio.observability import instrument

handler = instrument(resolver.resolve, correlation_id_path=correlation_paths.API_GATEWAY_REST, trace=True)
