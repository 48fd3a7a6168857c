"""Lambda entry point: OAuth discovery - RFC 9728 protected-resource metadata and the local issuer's JWKS."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument
from heyfolio.security.metadata_routes import resolver

handler = instrument(guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST)
