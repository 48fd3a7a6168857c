"""Lambda entry point: the web page (GET /, /static/*, /media/*)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.api.site_routes import resolver
from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument

handler = instrument(guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST)
