"""Lambda entry point: a visitor's own data - POST /api/contact, GET /api/me/leads, POST /api/me/session, GET /api/me/export, DELETE /api/me."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.guards.apigw import guarded
from heyfolio.limits.protect import rate_limited
from heyfolio.observability import instrument
from heyfolio.privacy.routes import VISITOR_PATHS, resolver

# Size guards, then the visitor surface's limits per client IP on /api/me* (the contact form
# counts on the chat surface inside its route).
handler = instrument(
    guarded(rate_limited(resolver.resolve, surface="visitor", paths=VISITOR_PATHS)),
    correlation_id_path=correlation_paths.API_GATEWAY_REST,
    trace=True,
)
