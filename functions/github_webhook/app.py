"""Lambda entry point: POST /webhooks/github - verify, deduplicate, queue (heyfolio.github.webhook)."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.github.webhook import handle
from heyfolio.limits.protect import rate_limited
from heyfolio.observability import instrument

handler = instrument(
    rate_limited(handle, surface="webhook"), correlation_id_path=correlation_paths.API_GATEWAY_REST
)
