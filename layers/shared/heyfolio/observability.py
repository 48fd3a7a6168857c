"""Powertools logging, metrics and tracing, set up the same way for every function.

``instrument`` wraps a Lambda handler so each invocation logs as structured JSON with the
Lambda context and a correlation id, counts HTTP requests, errors and latency, and flushes
EMF metrics. ``instrument_tool`` does the same for the functions the MCP endpoint invokes:
their correlation id is the endpoint's (``caller.correlationId`` in the envelope), so one
request can be followed from ``/mcp`` into the tool that answered it. Every stdlib logger
under ``heyfolio.`` propagates to the Powertools logger (whose name is the service,
``heyfolio``), so module loggers get the same JSON lines and correlation id.

Metric names are constants here because CloudWatch alarms in ``template.yaml`` refer to them
(a test checks that each alarm's metric is one this module emits). Alarmed metrics carry
only the ``service`` dimension; per-tool and per-model metrics add ``tool``/``model``.

Tracing: every function runs with X-Ray active tracing (``Tracing: Active`` in the template),
which records the invocation without any SDK. The Powertools ``Tracer`` (which imports the
X-Ray SDK and botocore, ~190 ms of cold start) is added only by functions that call other
services (``trace=True``), where its subsegments for boto3 and HTTP calls are worth the import.
"""

from __future__ import annotations

import os
import time
import warnings
from collections.abc import Callable, Mapping
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric

SERVICE = os.environ.get("POWERTOOLS_SERVICE_NAME", "heyfolio")
NAMESPACE = os.environ.get("POWERTOOLS_METRICS_NAMESPACE", "Heyfolio")

if os.environ.get("HEYFOLIO_ENV", "local") != "aws":
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")

# A request that records no business metric is normal (the Lambda service counts invocations).
warnings.filterwarnings("ignore", message="No application metrics to publish")

logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)

Handler = Callable[[dict[str, Any], Any], Any]

# -- metric names (template.yaml alarms use the ones in ALARMED_METRICS) ------------------
REQUESTS = "Requests"
"""One per HTTP request answered (every API function, the MCP endpoint, each chat turn)."""
ERRORS = "Errors"
"""Requests answered with a 5xx or that raised; chat turns that failed."""
REQUEST_LATENCY = "RequestLatency"
"""Milliseconds from handler entry to answer (p95 alarm)."""
TOOL_LATENCY = "ToolLatency"
"""Milliseconds per tool or resource call, dimension ``tool`` (and once without it: the p95 alarm)."""
TOOL_ERRORS = "ToolErrors"
"""Tool calls that ended in an error result, dimension ``tool``."""
MODEL_INPUT_TOKENS = "ModelInputTokens"
MODEL_OUTPUT_TOKENS = "ModelOutputTokens"
MODEL_COST = "ModelCostUSD"
"""Dollars spent on the model, summed per day (spend alarm)."""
CACHE_HITS = "CacheHits"
"""Model calls served partly from the prompt cache."""
CACHE_MISSES = "CacheMisses"
RATE_LIMITED = "RateLimitRejections"
"""Requests refused by a rate limit (429) or a closed limiter (503)."""
AUTH_FAILURES = "AuthFailures"
"""Presented tokens that were refused (401/403)."""

ALARMED_METRICS = (REQUESTS, ERRORS, REQUEST_LATENCY, MODEL_COST, TOOL_LATENCY)


def get_tracer() -> Any:
    """The Powertools tracer (imported on first use: it pulls in the X-Ray SDK)."""
    from aws_lambda_powertools import Tracer

    return Tracer(service=SERVICE)


def emit(name: str, value: float, unit: str = "Count", **dimensions: str) -> None:
    """Write one EMF metric line now (no flush needed: works in streaming and nested calls).

    Always carries the ``service`` dimension, plus ``dimensions``. Never raises: metrics must
    not fail a request.
    """
    try:
        with single_metric(
            name=name,
            unit=MetricUnit(unit),
            value=value,
            namespace=NAMESPACE,
            default_dimensions={"service": SERVICE, **dimensions},
        ):
            pass
    except Exception:
        logger.debug("metric %s not emitted", name, exc_info=True)


def record_request(latency_ms: float, *, error: bool) -> None:
    """The three alarmed request metrics for one answered request."""
    emit(REQUESTS, 1)
    emit(REQUEST_LATENCY, latency_ms, "Milliseconds")
    if error:
        emit(ERRORS, 1)


def record_model_usage(
    model: str, *, input_tokens: int, output_tokens: int, cost_usd: float, cache_read_tokens: int
) -> None:
    """Tokens, cost and prompt-cache use of one model call (cost also without ``model`` for the alarm)."""
    emit(MODEL_INPUT_TOKENS, input_tokens, model=model)
    emit(MODEL_OUTPUT_TOKENS, output_tokens, model=model)
    emit(MODEL_COST, cost_usd, "None")
    emit(CACHE_HITS if cache_read_tokens > 0 else CACHE_MISSES, 1, model=model)


def _is_error_response(result: Any) -> bool:
    return (
        isinstance(result, Mapping)
        and isinstance(result.get("statusCode"), int)
        and result["statusCode"] >= 500
    )


def instrument(handler: Handler, *, correlation_id_path: str | None = None, trace: bool = False) -> Handler:
    """Wrap a Lambda handler with Powertools logging context, request metrics, metric flushing and
    (opt-in) tracing. HTTP results (``statusCode``) count as requests; a raise or 5xx as an error."""

    def measured(event: dict[str, Any], context: Any) -> Any:
        started = time.perf_counter()
        http = isinstance(event, Mapping) and ("httpMethod" in event or "requestContext" in event)
        try:
            result = handler(event, context)
        except Exception:
            if http:
                record_request((time.perf_counter() - started) * 1000, error=True)
            raise
        if http:
            record_request((time.perf_counter() - started) * 1000, error=_is_error_response(result))
        return result

    measured.__name__ = getattr(handler, "__name__", "handler")
    wrapped = get_tracer().capture_lambda_handler(measured) if trace else measured
    wrapped = metrics.log_metrics(wrapped)
    return _with_context(
        logger.inject_lambda_context(wrapped, correlation_id_path=correlation_id_path), measured.__name__
    )


class _NoContext:
    """What a handler called without a Lambda context (a test, an in-process call) logs instead."""

    function_name = "local"
    function_memory_size = memory_limit_in_mb = 0
    invoked_function_arn = "arn:aws:lambda:local:000000000000:function:local"
    aws_request_id = ""


def _with_context(wrapped: Handler, name: str) -> Handler:
    def handler(event: dict[str, Any], context: Any = None) -> Any:
        return wrapped(event, context if context is not None else _NoContext())

    handler.__name__ = name
    handler.__wrapped__ = wrapped  # type: ignore[attr-defined]
    return handler


def _tool_failed(answer: Any) -> bool:
    if not isinstance(answer, Mapping) or not answer.get("ok"):
        return True
    result = answer.get("result")
    return isinstance(result, Mapping) and bool(result.get("isError"))


def instrument_tool(handler: Handler, name: str) -> Handler:
    """Wrap the handler of a function the MCP endpoint invokes (a tool or a resource family).

    The logger takes the endpoint's correlation id from the envelope (``caller.correlationId``);
    each call emits ``ToolLatency`` (and ``ToolErrors``) with ``tool=<name>``; a failed call logs a
    warning line, a successful one logs at DEBUG only (the metric already records it, and a log line
    per successful call would cost more than the call itself).
    """

    def measured(event: dict[str, Any], context: Any) -> Any:
        started = time.perf_counter()
        answer = handler(event, context)
        elapsed = (time.perf_counter() - started) * 1000
        failed = _tool_failed(answer)
        target = event.get("name") or event.get("uri") if isinstance(event, Mapping) else None
        emit(TOOL_LATENCY, elapsed, "Milliseconds", tool=name)
        emit(TOOL_LATENCY, elapsed, "Milliseconds")  # without ``tool``: the p95 alarm over all tools
        if failed:
            emit(TOOL_ERRORS, 1, tool=name)
        (logger.warning if failed else logger.debug)(
            "tool call",
            extra={"tool": name, "target": target, "latency_ms": round(elapsed, 2), "failed": failed},
        )
        return answer

    measured.__name__ = getattr(handler, "__name__", f"{name}_handler")
    wrapped = metrics.log_metrics(measured)
    return _with_context(
        logger.inject_lambda_context(wrapped, correlation_id_path="caller.correlationId"), measured.__name__
    )
