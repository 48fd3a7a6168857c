"""Lambda entry point: MCP discovery - the Server Card (SEP-2127) at /.well-known/mcp/server-card.json
(and the SEP's /.well-known/mcp/server-card), generated from the same catalog as /mcp."""

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument

resolver = APIGatewayRestResolver()
_CACHE = {"Cache-Control": "public, max-age=3600", "Access-Control-Allow-Origin": "*"}


@resolver.get("/.well-known/mcp/server-card.json")
@resolver.get("/.well-known/mcp/server-card")
def server_card() -> Response:
    from heyfolio.config import get_settings
    from mcp_handlers.discovery import server_card as card

    return Response(
        status_code=200,
        content_type=content_types.APPLICATION_JSON,
        body=card(get_settings().public_url),
        headers=_CACHE,
    )


# A static discovery document (as auth_metadata's /.well-known routes): size guards only.
handler = instrument(guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST)
