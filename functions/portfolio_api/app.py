"""Lambda entry point: the public read API (GET /api/*, /healthz)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.api.portfolio_routes import resolver
from heyfolio.limits.protect import protected_handler
from heyfolio.observability import instrument

# Public reads: size guards, then the read API's own (fail-open) limits per client IP: an MCP
# client's traffic never uses them up.
handler = instrument(
    protected_handler(resolver.resolve, surface="api"), correlation_id_path=correlation_paths.API_GATEWAY_REST
)
