"""Powertools logging, metrics and tracing, set up the same way for every function.

``instrument`` wraps a Lambda handler so each invocation logs as structured
JSON with the Lambda context and a correlation id, flushes EMF metrics and is
traced. Locally (``HEYFOLIO_ENV=local``) tracing is disabled by Powertools'
own switch and metrics still print as EMF lines, so the code path is the same.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from aws_lambda_powertools import Logger, Metrics, Tracer

SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "heyfolio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Heyfolio")

if os.environ.get("HEYFOLIO_ENV", "local") != "aws":
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)
tracer = Tracer(service=SERVICE)

Handler = Callable[[dict[str, Any], Any], Any]


def instrument(handler: Handler, *, correlation_id_path: str | None = None) -> Handler:
    """Wrap a Lambda handler with Powertools logging context, metrics flushing and tracing."""
    traced = tracer.capture_lambda_handler(handler)
    with_metrics = metrics.log_metrics(traced)
    return logger.inject_lambda_context(with_metrics, correlation_id_path=correlation_id_path)
