"""Lambda entry point: the owner dashboard's data API (GET /api/owner/*, owner token).

No Powertools tracer: it would add ~350 ms of imports to every cold start (measured with
bench/cold_start.py: 491 ms with it, 135 ms without); active tracing still records each call.
"""

from aws_lambda_powertools.logging import correlation_paths

import heyfolio.analytics.routes  # noqa: F401  (registers /api/owner/activity, interest, insights)
from heyfolio.api.owner_routes import resolver
from heyfolio.guards.apigw import guarded
from heyfolio.limits.protect import rate_limited
from heyfolio.observability import instrument

handler = instrument(
    rate_limited(guarded(resolver.resolve), surface="owner"),
    correlation_id_path=correlation_paths.API_GATEWAY_REST,
)
