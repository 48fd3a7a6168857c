"""Cost and capacity on paper: a quiet month, a day on a news site's front page, 10,000 requests a minute.

What each kind of request uses is taken from the code, not invented:

- **measured** (``profile_paths``): each request kind's sample event from ``events/`` runs through its
  function in process, AWS emulated (moto), and every AWS call is counted per function (a botocore
  hook and the light DynamoDB client's observer, as tests/aws/iam.py records them), with DynamoDB
  read/write units from the request parameters (4 KB per read unit, 1 KB per write unit, item sizes
  as sent); Lambda invocations between functions (the MCP endpoint invoking a tool) are counted by
  ``heyfolio.stack.attribution``; rate-limit windows and budget operations (one Upstash command
  each) by wrapping the limiter and budget store the code builds;
- **from the code and template**: memory per function (template.yaml), the static files a page
  loads (web/index.html and its module imports), the page's API reads, the change feed's poll
  interval on AWS, the rate limits (heyfolio.config), the spend caps and stage throttles
  (template parameters), the model prices (heyfolio.llm.pricing);
- **assumed** (``ASSUMPTIONS``, stated in the output): durations on Lambda, tokens per chat turn,
  the traffic mix of each scenario, list prices of the other services (us-east-1, late 2026).

    .venv/bin/python bench/capacity_model.py [--no-write] [--json]

Writes the "Capacity and cost" section of bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "layers" / "shared"))

from bench.results import machine_line, update_section  # noqa: E402

# ---------------------------------------------------------------- assumptions (stated in RESULTS.md)

ASSUMPTIONS: dict[str, Any] = {
    # Billed Lambda milliseconds per invocation, warm (the cold-start section has the cold path).
    "duration_ms": {
        "web_site": 25,
        "portfolio_api": 40,
        "demo_status": 40,
        "mcp_endpoint": 90,
        "search_portfolio": 60,
        "chat": 6000,  # a streamed answer: the function runs while Claude writes
    },
    "change_feed_seconds_per_page": 90,  # a page's /api/changes stream stays open while the tab is
    "chat_model_mix": {"small": 0.7, "large": 0.3},  # heyfolio.chat routes simple questions to small
    "tokens_per_chat_turn": {"input": 2500, "cache_read": 4000, "cache_write": 0, "output": 350},
    "embedding_tokens_per_chat_turn": 40,  # per embedding call: the question or a fact (Titan V2)
    "leads_per_chat_turn": 0.01,  # one conversation turn in a hundred ends in a contact request
    "page_bytes": 350_000,  # one page view's transfer (HTML, JS, CSS, icons; compressed)
    "chat_turn_bytes": 8_000,
    "prices_usd": {
        "lambda_gb_second_arm64": 0.0000133334,
        "lambda_per_million_requests": 0.20,
        "apigw_rest_per_million": 3.50,
        "dynamodb_per_million_rru": 0.125,
        "dynamodb_per_million_wru": 0.625,
        "stepfunctions_per_thousand_transitions": 0.025,
        "s3vectors_per_million_queries": 2.50,
        "s3vectors_per_million_puts_small": 0.20,  # PUT is billed per GB; a memory vector is ~4 KB
        "bedrock_titan_embed_per_thousand_tokens": 0.00002,
        "upstash_per_100k_commands": 0.20,
        "cloudfront_per_10k_https": 0.01,
        "cloudfront_per_gb_out": 0.085,
        "waf_per_acl_month": 5.00,
        "waf_per_rule_month": 1.00,
        "waf_per_million_requests": 0.60,
    },
    "account_concurrency": 1000,  # Lambda's default quota (new accounts may start at 10: ask for more)
    "upstash_payg_commands_per_second": 10_000,  # pay-as-you-go plan's throughput limit
    "anthropic_tier1_rpm": 50,  # requests per minute per model class at usage tier 1
}

BUDGET_COMMANDS_PER_MODEL_TURN = 2
"""BudgetGuard.reserve then Reservation.settle: RedisBudgetStore.reserve and .adjust, one EVAL each."""

SCENARIOS: dict[str, dict[str, Any]] = {
    "quiet month": {
        "period": "month",
        "days": 30,
        "page_views": 600,  # 20 a day
        "chat_turns": 300,
        "mcp_tool_calls": 600,
        "peak_requests_per_minute": 30,
    },
    "front-page day": {
        "period": "day",
        "days": 1,
        "page_views": 60_000,
        "chat_turns": 15_000,  # one visitor in eight asks two questions
        "mcp_tool_calls": 3_000,
        "peak_requests_per_minute": 4_000,  # the first hour on the front page
    },
    "10,000 requests a minute": {
        "period": "hour",
        "days": 1 / 24,
        "requests_per_minute": 10_000,  # HTTP requests reaching API Gateway, sustained for an hour
        # Shares of those requests: a page view's own requests (HTML, reads, change feed), chat, MCP.
        "mix": {"page_views": 0.70, "chat_turns": 0.05, "mcp_tool_calls": 0.25},
        "peak_requests_per_minute": 10_000,
    },
}


# ---------------------------------------------------------------- from the template and the page


def function_memory_mb() -> dict[str, int]:
    """MemorySize per function folder (Globals, then the function's own)."""
    from heyfolio.stack.template import function_specs, load_template

    default = int(load_template()["Globals"]["Function"]["MemorySize"])
    return {spec.name: int(spec.properties.get("MemorySize", default)) for spec in function_specs()}


def template_defaults() -> dict[str, Any]:
    """The scale parameters' defaults: throttles, spend caps, reserved concurrency."""
    from heyfolio.stack.template import load_template

    params = load_template()["Parameters"]
    return {
        k: params[k]["Default"]
        for k in (
            "ApiThrottleRateLimit",
            "ApiThrottleBurstLimit",
            "BudgetDailyUsd",
            "BudgetMonthlyUsd",
            "EdgeRateLimitPer5Minutes",
        )
    }


def static_files_per_page() -> list[str]:
    """/static/ files a first page view loads: web/index.html's references and their ES module imports."""
    web = ROOT / "web"
    found: list[str] = []
    todo = re.findall(r'(?:src|href)="/static/([^"]+)"', (web / "index.html").read_text(encoding="utf-8"))
    while todo:
        name = todo.pop()
        if name in found:
            continue
        found.append(name)
        path = web / "static" / name
        if name.endswith(".js") and path.is_file():
            for imported in re.findall(
                r'^import[^;]*?from\s+"\./([^"]+)"', path.read_text(encoding="utf-8"), re.M
            ):
                todo.append(str(Path(name).parent / imported).removeprefix("./"))
    return sorted(found)


def page_api_reads() -> list[str]:
    """Public read routes the page's scripts call (GET /api/... other than the change feed)."""
    routes = set()
    for script in (ROOT / "web" / "static").glob("*.js"):
        for route in re.findall(
            r'"(/api/(?:profile|projects|posts|faq|demos))"', script.read_text(encoding="utf-8")
        ):
            routes.add(route)
    return sorted(routes)


def approval_flow_states() -> int:
    """States of the approval flow (statemachines/approval.asl.json): the transitions of one lead, at most."""
    text = (ROOT / "statemachines" / "approval.asl.json").read_text(encoding="utf-8")
    return len(re.findall(r'"Type"\s*:\s*"(?:Task|Pass|Choice|Wait|Succeed|Fail|Parallel|Map)"', text))


def feed_poll_seconds() -> float | None:
    """How often an open change feed reads DynamoDB on AWS: changes are pushed (Upstash pub/sub), and
    the stream still reads the table every ``HEYFOLIO_PUSH_FALLBACK_SECONDS`` as a safety net."""
    from heyfolio.changes.push import DEFAULT_FALLBACK_POLL_SECONDS

    template = (ROOT / "template.yaml").read_text(encoding="utf-8")
    found = re.search(r'HEYFOLIO_PUSH_FALLBACK_SECONDS:\s*"?([0-9.]+)', template)
    return float(found[1]) if found else DEFAULT_FALLBACK_POLL_SECONDS


# ---------------------------------------------------------------- measured: one request of each kind


@dataclass
class PathUse:
    """What one request of a kind used, per function and service."""

    invocations: Counter[str] = field(default_factory=Counter)
    aws_calls: Counter[str] = field(default_factory=Counter)  # "service:Operation"
    rru: float = 0.0
    wru: float = 0.0
    limiter_commands: int = 0
    budget_commands: int = 0
    state_machine_starts: int = 0
    vector_queries: int = 0  # long-term memory (S3 Vectors on AWS, a local file here)
    vector_puts: int = 0
    embeddings: int = 0  # Titan embedding calls, one per recall or remember


def _item_bytes(item: Any) -> int:
    return len(json.dumps(item, default=str, separators=(",", ":")).encode())


def _dynamodb_units(operation: str, params: Mapping[str, Any]) -> tuple[float, float]:
    """(read units, write units) of one DynamoDB request, from what it sends."""

    def read(consistent: bool) -> float:
        return 1.0 if consistent else 0.5

    if operation == "GetItem":
        return read(bool(params.get("ConsistentRead"))), 0.0
    if operation == "Query":  # a page of small items; one unit per 4 KB read, at least one
        return read(bool(params.get("ConsistentRead"))), 0.0
    if operation == "BatchGetItem":
        keys = sum(len(t.get("Keys", [])) for t in (params.get("RequestItems") or {}).values())
        return keys * 0.5, 0.0
    if operation == "TransactGetItems":
        return 2.0 * len(params.get("TransactItems") or []), 0.0
    if operation in ("PutItem",):
        return 0.0, float(max(1, math.ceil(_item_bytes(params.get("Item", {})) / 1024)))
    if operation in ("UpdateItem", "DeleteItem"):
        return 0.0, 1.0
    if operation == "BatchWriteItem":
        return 0.0, float(sum(len(v) for v in (params.get("RequestItems") or {}).values()))
    if operation == "TransactWriteItems":
        return 0.0, 2.0 * len(params.get("TransactItems") or [])
    return 0.0, 0.0


class _Counter:
    """Counts every AWS call, function invocation, limiter window and budget operation into ``use``
    while one is set (hooks installed before any client exists, so cached clients carry them too)."""

    def __init__(self) -> None:
        self.use: PathUse | None = None

    def record(self, service: str, operation: str, params: Mapping[str, Any]) -> None:
        from heyfolio.stack.attribution import current_function

        use = self.use
        if use is None or current_function() is None:
            return  # warm-up, or set-up (tables) rather than the request
        use.aws_calls[f"{service}:{operation}"] += 1
        if service == "dynamodb":
            r, w = _dynamodb_units(operation, params)
            use.rru += r
            use.wru += w
        if service == "states" and operation == "StartExecution":
            use.state_machine_starts += 1

    def vector(self, operation: str) -> None:
        if self.use is not None:
            if operation == "query":
                self.use.vector_queries += 1
            else:
                self.use.vector_puts += 1
            self.use.embeddings += 1

    def invoked(self, caller: str, callee: str) -> None:
        if self.use is not None:
            self.use.invocations[callee] += 1

    def command(self, kind: str) -> None:
        if self.use is not None:
            if kind == "limiter":
                self.use.limiter_commands += 1
            else:
                self.use.budget_commands += 1


@contextmanager
def _hooks(counter: _Counter) -> Iterator[None]:
    import botocore.session

    from heyfolio.aws import lite
    from heyfolio.limits import backend as limits_backend
    from heyfolio.stack.attribution import on_invoke

    def hook(params: Mapping[str, Any], model: Any, **_: Any) -> None:
        service = model.service_model.signing_name or model.service_model.endpoint_prefix
        counter.record(service, model.name, params)

    original_init = botocore.session.Session.__init__

    def init(session: Any, *args: Any, **kwargs: Any) -> None:
        original_init(session, *args, **kwargs)
        session.register("before-parameter-build", hook, unique_id="heyfolio-capacity-model")

    original_window = limits_backend.Backend.window
    original_budget = limits_backend.Backend.budget_store

    class CountedWindow:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def limit(self, identifier: str) -> Any:
            counter.command("limiter")  # upstash-ratelimit: one EVALSHA per window checked
            return self.inner.limit(identifier)

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    class CountedBudget:
        def __init__(self, inner: Any) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            attr = getattr(self.inner, name)
            if not callable(attr):
                return attr

            def call(*args: Any, **kwargs: Any) -> Any:
                counter.command("budget")  # each store operation is one Redis command (EVAL or MGET)
                return attr(*args, **kwargs)

            return call

    def window(self: Any, w: Any) -> Any:
        return CountedWindow(original_window(self, w))

    def budget_store(self: Any) -> Any:
        return CountedBudget(original_budget(self))

    from heyfolio.memory.store import LongTermMemory

    original_recall, original_remember = LongTermMemory.recall, LongTermMemory.remember

    def recall(self: Any, *args: Any, **kwargs: Any) -> Any:
        counter.vector("query")
        return original_recall(self, *args, **kwargs)

    def remember(self: Any, visitor_id: str, facts: Any, **kwargs: Any) -> Any:
        if facts:
            counter.vector("put")
        return original_remember(self, visitor_id, facts, **kwargs)

    LongTermMemory.recall = recall  # type: ignore[method-assign]
    LongTermMemory.remember = remember  # type: ignore[method-assign]
    botocore.session.Session.__init__ = init  # type: ignore[method-assign]
    limits_backend.Backend.window = window  # type: ignore[method-assign]
    limits_backend.Backend.budget_store = budget_store  # type: ignore[method-assign]
    limits_backend.reset()
    remove_lite = lite.on_call(counter.record)
    remove_invoke = on_invoke(counter.invoked)
    try:
        yield
    finally:
        remove_invoke()
        remove_lite()
        LongTermMemory.recall, LongTermMemory.remember = original_recall, original_remember  # type: ignore[method-assign]
        botocore.session.Session.__init__ = original_init  # type: ignore[method-assign]
        limits_backend.Backend.window = original_window  # type: ignore[method-assign]
        limits_backend.Backend.budget_store = original_budget  # type: ignore[method-assign]
        limits_backend.reset()


KINDS: dict[str, tuple[str, str]] = {
    # kind: (function, sample event)
    "page": ("web_site", "events/web_site.json"),
    "api_read": ("portfolio_api", "events/portfolio_api.json"),
    "chat_turn": ("chat", "events/chat.json"),
    "mcp_tool_call": ("mcp_endpoint", "events/mcp_endpoint.json"),
}


def profile_paths() -> dict[str, PathUse]:
    """Run each kind's sample event once warm (after one untimed call), AWS emulated, and count."""
    with tempfile.TemporaryDirectory() as data:
        os.environ.update(
            {
                "HEYFOLIO_ENV": "local",
                "HEYFOLIO_DATA_DIR": data,
                "HEYFOLIO_PUBLIC_URL": "https://abc123.execute-api.us-east-1.amazonaws.com/dev",
                "AWS_DEFAULT_REGION": "us-east-1",
                "AWS_ACCESS_KEY_ID": "testing",
                "AWS_SECRET_ACCESS_KEY": "testing",
            }
        )
        os.environ.pop("ANTHROPIC_API_KEY", None)  # offline answers: the model is priced from ASSUMPTIONS
        from moto import mock_aws

        from heyfolio.aws.clients import clear_cache
        from heyfolio.config import get_settings
        from heyfolio.github.live import clear_cache as clear_live_cache
        from heyfolio.stack.local_invoke import invoke_local
        from heyfolio.storage.tables import ensure_tables

        get_settings.cache_clear()
        clear_cache()
        out: dict[str, PathUse] = {}
        counter = _Counter()
        # The functions' metric lines (EMF on stdout) are not this script's output.
        with _hooks(counter), mock_aws(), contextlib.redirect_stdout(io.StringIO()):
            ensure_tables()
            for kind, (function, event_file) in KINDS.items():
                event = json.loads((ROOT / event_file).read_text(encoding="utf-8"))
                invoke_local(
                    function, json.loads(json.dumps(event))
                )  # warm: caches filled as on a warm instance
                # Live project data is re-read at most every LIVE_CACHE_SECONDS per instance; counted on
                # every request here (an upper bound, and the same figure on a fast or a loaded machine).
                clear_live_cache()
                use = counter.use = PathUse()
                try:
                    answer = invoke_local(function, event)
                finally:
                    counter.use = None
                status = answer.get("statusCode") if isinstance(answer, dict) else None
                if status is not None and not 200 <= int(status) < 300:
                    raise RuntimeError(
                        f"{kind}: {event_file} answered {status}; the model needs a successful path"
                    )
                use.invocations[function] += 1
                out[kind] = use
        clear_cache()
        return out


# ---------------------------------------------------------------- the model


@dataclass
class ScenarioResult:
    name: str
    period: str
    requests: dict[str, float]
    usage: dict[str, float]
    cost_usd: dict[str, float]
    limits: list[dict[str, Any]]

    @property
    def total_usd(self) -> float:
        return round(sum(self.cost_usd.values()), 2)


def _counts(scenario: Mapping[str, Any], per_page_http: int) -> dict[str, float]:
    """Page views, chat turns and MCP tool calls in the scenario's period."""
    if "requests_per_minute" in scenario:
        total = scenario["requests_per_minute"] * 60 * 24 * scenario["days"]
        out = {kind: total * share for kind, share in scenario["mix"].items()}
        out["page_views"] /= per_page_http  # each page view makes per_page_http of the requests
        return out
    return {k: float(scenario[k]) for k in ("page_views", "chat_turns", "mcp_tool_calls")}


def chat_turn_cost_usd() -> float:
    """Model cost of one chat turn: the token assumption priced by heyfolio.llm.pricing."""
    from heyfolio.config import Settings
    from heyfolio.llm.pricing import cost_usd

    settings = Settings.from_env({})
    tokens = ASSUMPTIONS["tokens_per_chat_turn"]
    mix = ASSUMPTIONS["chat_model_mix"]
    total = 0.0
    for size, share in mix.items():
        model = settings.model_small if size == "small" else settings.model_large
        total += share * cost_usd(
            model,
            input_tokens=tokens["input"],
            output_tokens=tokens["output"],
            cache_read_tokens=tokens["cache_read"],
            cache_write_tokens=tokens["cache_write"],
        )
    return total


def model(paths: Mapping[str, PathUse], *, edge: bool = True) -> list[ScenarioResult]:
    """Each scenario's usage, cost per service and the limits it meets, first-binding first."""
    memory = function_memory_mb()
    duration = ASSUMPTIONS["duration_ms"]
    prices = ASSUMPTIONS["prices_usd"]
    defaults = template_defaults()
    static = static_files_per_page()
    api_reads = page_api_reads()
    poll = feed_poll_seconds()
    feed_seconds = ASSUMPTIONS["change_feed_seconds_per_page"]
    turn_cost = chat_turn_cost_usd()
    results = []
    for name, scenario in SCENARIOS.items():
        # HTTP requests reaching API Gateway per page view: the page, its reads, the change feed, and the
        # static files unless CloudFront caches them.
        per_page_http = 1 + len(api_reads) + 1 + (0 if edge else len(static))
        counts = _counts(scenario, 1 + len(api_reads) + 1)  # the same visitors with or without the edge
        pages, turns, calls = counts["page_views"], counts["chat_turns"], counts["mcp_tool_calls"]
        http = {
            "page": pages,
            "static": pages * len(static),
            "api_read": pages * len(api_reads),
            "change_feed": pages,
            "chat_turn": turns,
            "mcp_tool_call": calls,
        }
        apigw_requests = pages * per_page_http + turns + calls
        viewer_requests = pages * (per_page_http + (len(static) if edge else 0)) + turns + calls
        # Lambda: invocations and GB-seconds per function, from the measured paths.
        invocations: Counter[str] = Counter()
        for kind, n in (
            ("page", pages),
            ("api_read", pages * len(api_reads)),
            ("chat_turn", turns),
            ("mcp_tool_call", calls),
        ):
            for function, k in paths[kind].invocations.items():
                invocations[function] += k * n
        if not edge:
            invocations["web_site"] += pages * len(static)
        gb_seconds = sum(invocations[f] * duration.get(f, 50) / 1000 * memory[f] / 1024 for f in invocations)
        feed_gb_seconds = pages * feed_seconds * memory["mcp_subscriptions"] / 1024
        invocations["mcp_subscriptions"] += pages
        gb_seconds += feed_gb_seconds
        # DynamoDB
        rru = sum(
            paths[k].rru * n
            for k, n in (
                ("page", pages),
                ("api_read", pages * len(api_reads)),
                ("chat_turn", turns),
                ("mcp_tool_call", calls),
            )
        )
        wru = sum(
            paths[k].wru * n
            for k, n in (
                ("page", pages),
                ("api_read", pages * len(api_reads)),
                ("chat_turn", turns),
                ("mcp_tool_call", calls),
            )
        )
        feed_reads = (
            pages * (feed_seconds / poll) * 0.5 if poll else 0.0
        )  # one eventually consistent Query per poll
        rru += feed_reads
        upstash = sum(
            (paths[k].limiter_commands + paths[k].budget_commands) * n
            for k, n in (
                ("page", pages),
                ("api_read", pages * len(api_reads)),
                ("chat_turn", turns),
                ("mcp_tool_call", calls),
            )
        )
        vector_queries = paths["chat_turn"].vector_queries * turns
        vector_puts = paths["chat_turn"].vector_puts * turns
        # Leads start the owner's approval flow (Step Functions Standard): at most one transition per state.
        leads = counts["chat_turns"] * ASSUMPTIONS["leads_per_chat_turn"]
        starts = leads * approval_flow_states()
        tokens = ASSUMPTIONS["tokens_per_chat_turn"]
        model_usd_uncapped = turn_cost * turns
        # The most the model may cost in the period: the daily cap per started day, within the monthly cap.
        cap = min(defaults["BudgetMonthlyUsd"], defaults["BudgetDailyUsd"] * math.ceil(scenario["days"]))
        model_usd = min(model_usd_uncapped, cap)
        answered_by_model = model_usd / turn_cost if turn_cost else 0.0
        # The sample turn answers offline (no API key in a test); a model-answered turn also reserves
        # and settles its budget: BUDGET_COMMANDS_PER_MODEL_TURN more commands (heyfolio.limits.budget).
        upstash += answered_by_model * BUDGET_COMMANDS_PER_MODEL_TURN
        gb_out = (pages * ASSUMPTIONS["page_bytes"] + turns * ASSUMPTIONS["chat_turn_bytes"]) / 1e9
        months = scenario["days"] / 30
        usage = {
            "http_requests_api_gateway": apigw_requests,
            "http_requests_viewer": viewer_requests,
            "lambda_invocations": float(sum(invocations.values())),
            "lambda_gb_seconds": gb_seconds,
            "change_feed_gb_seconds": feed_gb_seconds,
            "dynamodb_rru": rru,
            "dynamodb_wru": wru,
            "change_feed_rru": feed_reads,
            "upstash_commands": float(upstash),
            "s3vectors_queries": float(vector_queries),
            "s3vectors_puts": float(vector_puts),
            "stepfunctions_transitions": float(starts),
            "model_input_tokens": turns * (tokens["input"] + tokens["cache_read"]),
            "model_output_tokens": turns * tokens["output"],
            "chat_turns_answered_by_model": answered_by_model,
            "gb_out": gb_out,
        }
        cost = {
            "Lambda": gb_seconds * prices["lambda_gb_second_arm64"]
            + sum(invocations.values()) / 1e6 * prices["lambda_per_million_requests"],
            "API Gateway": apigw_requests / 1e6 * prices["apigw_rest_per_million"],
            "DynamoDB": rru / 1e6 * prices["dynamodb_per_million_rru"]
            + wru / 1e6 * prices["dynamodb_per_million_wru"],
            "Step Functions": starts / 1000 * prices["stepfunctions_per_thousand_transitions"],
            "S3 Vectors + embeddings": vector_queries / 1e6 * prices["s3vectors_per_million_queries"]
            + vector_puts / 1e6 * prices["s3vectors_per_million_puts_small"]
            + paths["chat_turn"].embeddings
            * turns
            * ASSUMPTIONS["embedding_tokens_per_chat_turn"]
            / 1000
            * prices["bedrock_titan_embed_per_thousand_tokens"],
            "Upstash": upstash / 1e5 * prices["upstash_per_100k_commands"],
            "Anthropic": model_usd,
        }
        if edge:
            cost["CloudFront"] = (
                viewer_requests / 1e4 * prices["cloudfront_per_10k_https"]
                + gb_out * prices["cloudfront_per_gb_out"]
            )
            cost["WAF"] = (
                prices["waf_per_acl_month"] + 4 * prices["waf_per_rule_month"]
            ) * months + viewer_requests / 1e6 * prices["waf_per_million_requests"]
        cost = {k: round(v, 4) for k, v in cost.items()}
        limits = binding_limits(scenario, usage, counts, defaults, cap, model_usd_uncapped, per_page_http)
        results.append(ScenarioResult(name, scenario["period"], http, usage, cost, limits))
    return results


def binding_limits(
    scenario: Mapping[str, Any],
    usage: Mapping[str, float],
    counts: Mapping[str, float],
    defaults: Mapping[str, Any],
    cap: float,
    model_usd: float,
    per_page_http: int,
) -> list[dict[str, Any]]:
    """Each limit as demand / capacity at the scenario's peak minute (>= 1 binds), highest first."""
    from heyfolio.config import Settings

    settings = Settings.from_env({"HEYFOLIO_ENV": "aws"})
    peak_rpm = scenario["peak_requests_per_minute"]
    total = counts["page_views"] * per_page_http + counts["chat_turns"] + counts["mcp_tool_calls"]
    share_chat = counts["chat_turns"] / total if total else 0.0
    global_per_minute = next((w.count for w in settings.limits["global"] if w.seconds == 60), math.inf)
    duration = ASSUMPTIONS["duration_ms"]
    # Concurrency at peak: requests per second x seconds each (Little's law), streams included.
    peak_rps = peak_rpm / 60
    page_share = counts["page_views"] / total if total else 0.0
    concurrency = peak_rps * (
        share_chat * duration["chat"] / 1000
        + page_share * ASSUMPTIONS["change_feed_seconds_per_page"]
        + (1 - share_chat - page_share) * 0.1
    )
    upstash_per_request = usage["upstash_commands"] / total if total else 0.0
    rows = [
        (
            "API Gateway stage throttle (ApiThrottleRateLimit)",
            peak_rps,
            float(defaults["ApiThrottleRateLimit"]),
            "requests/s",
        ),
        (
            "heyfolio global rate limit (HEYFOLIO_GLOBAL_LIMITS)",
            peak_rpm,
            float(global_per_minute),
            "requests/min",
        ),
        ("Lambda account concurrency", concurrency, float(ASSUMPTIONS["account_concurrency"]), "instances"),
        (
            "Upstash pay-as-you-go throughput",
            peak_rps * upstash_per_request,
            float(ASSUMPTIONS["upstash_payg_commands_per_second"]),
            "commands/s",
        ),
        (
            "Anthropic tier-1 requests per minute",
            peak_rpm * share_chat,
            float(ASSUMPTIONS["anthropic_tier1_rpm"]),
            "requests/min",
        ),
        ("Model spend cap (BudgetDailyUsd / BudgetMonthlyUsd)", model_usd, cap, "USD per period"),
    ]
    out = [
        {
            "limit": n,
            "demand": round(d, 2),
            "capacity": round(c, 2),
            "unit": u,
            "ratio": round(d / c, 3) if c else math.inf,
        }
        for n, d, c, u in rows
    ]
    return sorted(out, key=lambda r: -r["ratio"])


# ---------------------------------------------------------------- report


def _fmt(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 1:
        return f"{value:,.2f}"
    return f"{value:.4f}"


def render(paths: Mapping[str, PathUse], results: list[ScenarioResult]) -> str:
    lines = [
        machine_line(),
        "",
        "Per request, measured by running each sample event through its function with AWS emulated",
        "(bench/capacity_model.py; calls counted as tests/aws/iam.py records them):",
        "",
        "| request | sample event | Lambda invocations | AWS calls | DynamoDB RRU / WRU | Upstash commands | memory query / put |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind, use in paths.items():
        calls = ", ".join(f"{k} ×{v}" for k, v in sorted(use.aws_calls.items())) or "none"
        inv = ", ".join(f"{k} ×{v}" for k, v in sorted(use.invocations.items()))
        lines.append(
            f"| {kind} | `{KINDS[kind][1]}` | {inv} | {calls} | {use.rru:g} / {use.wru:g} "
            f"| {use.limiter_commands + use.budget_commands} | {use.vector_queries} / {use.vector_puts} |"
        )
    lines += [
        "",
        "Each was measured on its second call (a warm instance), live project data re-read every time (on "
        "AWS an instance re-reads it at most every 5 s, so this is an upper bound). A model-answered chat turn adds "
        f"{BUDGET_COMMANDS_PER_MODEL_TURN} budget commands (the sample answers offline). "
        f"A page view loads {len(static_files_per_page())} static files (cached at CloudFront with the edge on), "
        f"reads {', '.join(page_api_reads())} and opens the change feed (GET /api/changes) for "
        f"{ASSUMPTIONS['change_feed_seconds_per_page']} s, with changes pushed and DynamoDB read every {feed_poll_seconds()} s on AWS as a safety net.",
        f"A chat turn's model cost is ${chat_turn_cost_usd():.4f} (tokens assumed, prices from heyfolio.llm.pricing).",
        "",
        "| scenario | " + " | ".join(results[0].cost_usd) + " | total |",
        "| --- | " + " | ".join("---" for _ in results[0].cost_usd) + " | --- |",
    ]
    for r in results:
        lines.append(
            f"| {r.name} (per {r.period}) | "
            + " | ".join(f"${_fmt(v)}" for v in r.cost_usd.values())
            + f" | **${r.total_usd:,.2f}** |"
        )
    plain = model(paths, edge=False)
    lines += [
        "",
        "Without the edge (EnableEdge false: no CloudFront or WAF, static files from the function): "
        + "; ".join(f"{r.name} ${r.total_usd:,.2f}" for r in plain)
        + ".",
    ]
    lines += [
        "",
        "Limits, as demand / capacity (1 or more binds; rates at the scenario's peak minute, spend over its "
        "period), the one exceeded most - the first reached as traffic grows - on top:",
        "",
    ]
    for r in results:
        top = r.limits[0]
        lines.append(
            f"- **{r.name}**: "
            + "; ".join(f"{row['limit']} {row['ratio']:g}" for row in r.limits)
            + (f". Binds first: **{top['limit']}**." if top["ratio"] >= 1 else ". Nothing binds.")
        )
    lines += [
        "",
        "Usage per scenario: "
        + "; ".join(
            f"{r.name}: {_fmt(r.usage['lambda_gb_seconds'])} GB-s, {_fmt(r.usage['dynamodb_rru'])} RRU "
            f"({_fmt(r.usage['change_feed_rru'])} of them the change feed), {_fmt(r.usage['upstash_commands'])} Upstash commands, "
            f"{_fmt(r.usage['chat_turns_answered_by_model'])} of {_fmt(r.requests['chat_turn'])} chat turns answered by the model"
            for r in results
        ),
        "",
        "Assumptions (durations, tokens, traffic mix, list prices in us-east-1): see `ASSUMPTIONS` and `SCENARIOS` "
        "in bench/capacity_model.py. Not counted: CloudWatch logs and metrics, data transfer without the edge, "
        "the free tiers (Lambda, CloudFront, DynamoDB), Secrets Manager and KMS calls at cold start.",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print only; leave bench/RESULTS.md alone")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    paths = profile_paths()
    results = model(paths)
    if args.json:
        payload = {
            "paths": {
                k: {**asdict(v), "invocations": dict(v.invocations), "aws_calls": dict(v.aws_calls)}
                for k, v in paths.items()
            },
            "scenarios": [{**asdict(r), "total_usd": r.total_usd} for r in results],
        }
        print(json.dumps(payload, indent=1, default=float))
    else:
        print(render(paths, results))
    if not args.no_write:
        update_section("Capacity and cost", render(paths, results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
