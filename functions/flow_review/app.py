"""Lambda entry point: owner review of leads - POST /api/owner/leads/{lead_id}/review, GET /api/owner/approvals."""

from aws_lambda_powertools.logging import correlation_paths

from heyfolio.flows.review_api import resolver
from heyfolio.guards.apigw import guarded
from heyfolio.observability import instrument

handler = instrument(
    guarded(resolver.resolve), correlation_id_path=correlation_paths.API_GATEWAY_REST, trace=True
)
