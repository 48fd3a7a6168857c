"""Lambda entry point: GET /api/demos - the live-demo health of every visible project (heyfolio.demos)."""

from typing import Any

from aws_lambda_powertools.event_handler import APIGatewayRestResolver, Response, content_types
from aws_lambda_powertools.logging import correlation_paths

from heyfolio.limits.protect import protected_handler
from heyfolio.observability import instrument

resolver = APIGatewayRestResolver()


@resolver.get("/api/demos")
def demos() -> Response:
    from heyfolio.demos.monitor import health_by_project
    from heyfolio.published import get_published

    body: dict[str, Any] = {"demos": health_by_project(get_published().portfolio)}
    # Checks run every few minutes: a minute of caching costs nothing in freshness.
    return Response(
        200, content_types.APPLICATION_JSON, body, headers={"Cache-Control": "public, max-age=60"}
    )


# A public read under /api: size guards, then the read API's own limits per client IP (as portfolio_api).
handler = instrument(
    protected_handler(resolver.resolve, surface="api"), correlation_id_path=correlation_paths.API_GATEWAY_REST
)
