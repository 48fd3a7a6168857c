"""Powertools logging, metrics and tracing, set up the same way for every function.

``instrument`` wraps a Lambda handler so each invocation logs as structured
JSON with the Lambda context and a correlation id and flushes EMF metrics.
Tracing: every function runs with X-Ray active tracing (``Tracing: Active`` in
the template), which records the invocation without any SDK. The Powertools
``Tracer`` (which imports the X-Ray SDK and botocore, ~190 ms of cold start)
is added only by functions that call other services (``trace=True``), where
its subsegments for boto3 and HTTP calls are worth the import.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger, Metrics

SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "heyfolio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Heyfolio")

if os.environ.get("HEYFOLIO_ENV", "local") != "aws":
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

# A request that records no business metric is normal (the Lambda service counts invocations).
warnings.filterwarnings("ignore", message="No application metrics to publish")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)

Handler = Callable[[dict[str, Any], Any], Any]


def get_tracer() -> Any:
    """The Powertools tracer (imported on first use: it pulls in the X-Ray SDK)."""
    from aws_lambda_powertools import Tracer

    return Tracer(service=SERVICE)


def instrument(handler: Handler, *, correlation_id_path: str | None = None, trace: bool = False) -> Handler:
    """Wrap a Lambda handler with Powertools logging context, metrics flushing and (opt-in) tracing."""
    wrapped = get_tracer().capture_lambda_handler(handler) if trace else handler
    wrapped = metrics.log_metrics(wrapped)
    return logger.inject_lambda_context(wrapped, correlation_id_path=correlation_id_path)
