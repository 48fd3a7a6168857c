"""Cold start as a new Lambda instance pays it: import plus the first invocation of the sample event.

Each measurement runs in a fresh interpreter (a new instance): the function's entry module is
imported and its handler called once with its sample event from ``events/`` (the first of its
folder when it has several); the time from before the import to the handler's return is one
sample. The MCP endpoint is also measured on the whole cold ``tools/call`` (events/mcp_endpoint.json):
the endpoint's import and first call, which here dispatches in process to the tool function, so
the tool's own cold import and first call are inside the figure as well (on AWS they are two
instances, each paying its own).

AWS is moto's server on loopback (tables created, ``AWS_ENDPOINT_URL``): a first invocation that
reads DynamoDB pays for the SDK import (or the light client's signing) and a real HTTP round trip.

What the instance has is what the template gives it: the layer's index artifact (built here the
way layers/shared/Makefile builds it, ``HEYFOLIO_INDEX``), the dense stage the layer runs (MiniLM from
the weights the layer ships, converted here as the Makefile converts them with their encoder graph,
``HEYFOLIO_MINILM_DIR``; on ONNX Runtime after the first question for the functions with the dense
layer, numpy only for the others, which have no ONNX Runtime; no embedding cache), and a content bucket in which
generation 1 of the content is published (``HEYFOLIO_CONTENT_BUCKET``): a function that serves
content reads the generation pointer and downloads and unpacks that generation on its first call,
as a new instance does once the owner has used ``heyfolio publish`` (``--packaged``: nothing
published, the pointer read only). Each run gets an empty data folder (a new instance's ``/tmp``). Owner-token, flow and streaming
functions need state or a token the bench does not make; they are measured on import only and
marked so. The dense stage's own cost is measured apart: ``search_portfolio``'s import and first call
with the weights and without them (``HEYFOLIO_EMBEDDER=none``, lexical), the same way.

The baseline, measured in the same run and the same way: importing the naive stack every function
would carry if it imported everything (MCPServer + FastAPI + Mangum + pynamodb). Ratios, not
milliseconds, compare across machines. Targets (issue 12): tool functions ≤ 0.15 (median),
the endpoint's cold tools/call ≤ 0.5.

Run: .venv/bin/python bench/cold_start.py [--runs N] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "layers" / "shared"))
sys.path.insert(0, str(ROOT))

from bench.results import machine_line, update_section  # noqa: E402
from heyfolio.stack.template import FunctionSpec, function_specs  # noqa: E402

PROBE = """
import json, sys, time, importlib.util
sys.path[:0] = {paths!r}
t0 = time.perf_counter()
{body}
print(json.dumps({{"ms": (time.perf_counter() - t0) * 1000, "ok": ok}}))
"""

NAIVE = """
from mcp.server.mcpserver import MCPServer
import fastapi, mangum
from pynamodb.models import Model
ok = True
"""

TOOL_TARGET = 0.15
ENDPOINT_TARGET = 0.5
TOOLS = {
    "search_portfolio",
    "get_profile",
    "list_projects",
    "get_project",
    "match_role",
    "contact_owner",
    "list_leads",
    "visitor_questions",
    "review_lead",
}
RESOURCES = {"resources_profile", "resources_projects", "resources_posts"}


class _Context:
    function_name = "bench"


def _invoke_body(module_path: Path, event_path: Path | None) -> str:
    body = (
        f"spec = importlib.util.spec_from_file_location('fn', {str(module_path)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
    )
    if event_path is None:
        return body + "ok = None\n"
    return body + (
        f"event = json.load(open({str(event_path)!r}))\n"
        "class C:\n"
        "    function_name = 'bench'; function_version = '$LATEST'; memory_limit_in_mb = 512\n"
        "    aws_request_id = 'bench'; invoked_function_arn = 'arn:aws:lambda:us-east-1:0:function:bench'\n"
        "    log_group_name = 'bench'; log_stream_name = 'bench'\n"
        "    def get_remaining_time_in_millis(self): return 10000\n"
        "result = module.handler(event, C())\n"
        "ok = (200 <= int(result['statusCode']) < 300) if isinstance(result, dict) and 'statusCode' in result "
        "else bool(isinstance(result, dict) and result.get('ok') and not (result.get('result') or {}).get('isError'))\n"
    )


def _sample_event(name: str) -> Path | None:
    single = ROOT / "events" / f"{name}.json"
    if single.is_file():
        text = single.read_text()
    else:
        found = sorted((ROOT / "events" / name).glob("*.json")) if (ROOT / "events" / name).is_dir() else []
        if not found:
            return None
        single, text = found[0], found[0].read_text()
    return None if "${" in text else single


NAIVE_SAMPLES: list[float] = []


def measure(body: str, runs: int, env: dict[str, str]) -> tuple[float, float, bool | None]:
    """Median milliseconds of ``body`` in ``runs`` fresh interpreters, the median of its ratios to the
    naive stack's import measured right before each run (the load on a shared machine drifts over a
    run of minutes; a pair is taken under the same load), and whether every run succeeded."""
    samples: list[float] = []
    ratios: list[float] = []
    oks: list[bool | None] = []
    for _ in range(runs):
        naive = _probe(NAIVE, env)[0]
        NAIVE_SAMPLES.append(naive)
        ms, ok = _probe(body, env)
        samples.append(ms)
        ratios.append(ms / naive)
        oks.append(ok)
    ok_all = None if all(o is None for o in oks) else all(bool(o) for o in oks)
    return statistics.median(samples), statistics.median(ratios), ok_all


def _probe(body: str, env: dict[str, str]) -> tuple[float, bool | None]:
    """Milliseconds of ``body`` in one fresh interpreter, and whether it succeeded."""
    paths = [str(ROOT / "layers" / "shared"), str(ROOT)]
    data_dir = tempfile.mkdtemp(prefix="run-", dir=env["HEYFOLIO_DATA_DIR"])  # a new instance's /tmp
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(paths=paths, body=body)],
        capture_output=True,
        text=True,
        env={**env, "HEYFOLIO_DATA_DIR": data_dir},
        cwd=ROOT,
    )
    if out.returncode != 0:
        raise RuntimeError(f"probe failed:\n{out.stderr[-2000:]}")
    data = json.loads(out.stdout.strip().splitlines()[-1])
    return float(data["ms"]), data["ok"]


BUCKET = "heyfolio-bench-content"


def layer_embedder() -> str:
    """The dense stage a deployed function runs: MiniLM when the layer's build can convert its weights
    (the model package is installed in the build Python, layers/shared/Makefile), else none."""
    from heyfolio.search.minilm_weights import package_model_dir

    model = package_model_dir()
    return "minilm" if model is not None and (model / "model.safetensors").is_file() else "none"


def _layer_weights(data_dir: str) -> str:
    """The layer's ``minilm/`` folder, converted as the Makefile converts it, with the encoder graph
    (empty without the package)."""
    from heyfolio.search.minilm_encoder import write_encoder
    from heyfolio.search.minilm_weights import convert, package_model_dir

    out = Path(data_dir) / "layer-minilm"
    model = package_model_dir()
    if layer_embedder() == "minilm" and model is not None:
        convert(model, out)
        write_encoder(out)
    return str(out)


def _as_deployed(spec: FunctionSpec, env: dict[str, str]) -> dict[str, str]:
    """``env`` for ``spec``: the functions with the dense layer (template.yaml: DenseLayer) have ONNX
    Runtime, the others embed on numpy."""
    return {**env, "HEYFOLIO_MINILM_RUNTIME": "auto"} if "DenseLayer" in spec.layers else env


def _environment(endpoint: str, data_dir: str) -> dict[str, str]:
    return {
        "HEYFOLIO_INDEX": str(Path(data_dir) / "layer-index"),
        "HEYFOLIO_CONTENT_BUCKET": BUCKET,
        "HEYFOLIO_EMBEDDER": layer_embedder(),
        "HEYFOLIO_MINILM_DIR": _layer_weights(data_dir),
        "HEYFOLIO_MINILM_RUNTIME": "numpy",  # no ONNX Runtime but in the dense layer's functions (_as_deployed)
        "HEYFOLIO_EMBED_CACHE": "off",  # a new instance has no vectors cached on disk
        "PATH": "/usr/bin:/bin",
        "HEYFOLIO_ENV": "local",
        "HEYFOLIO_DATA_DIR": data_dir,
        "HEYFOLIO_PUBLIC_URL": "https://abc123.execute-api.us-east-1.amazonaws.com/dev",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "HeyfolioBench",
        "HEYFOLIO_LIMITS_BACKEND": "memory",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_ACCESS_KEY_ID": "bench",
        "AWS_SECRET_ACCESS_KEY": "bench",
        "AWS_REGION": "us-east-1",
        "AWS_DEFAULT_REGION": "us-east-1",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    parser.add_argument(
        "--packaged", action="store_true", help="nothing published: the packaged content only"
    )
    parser.add_argument(
        "--dense-only", action="store_true", help="measure only the dense stage's cost; print, do not write"
    )
    args = parser.parse_args(argv)

    import logging

    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    try:
        with tempfile.TemporaryDirectory(prefix="heyfolio-cold-") as data_dir:
            env = _environment(endpoint, data_dir)
            saved = dict(os.environ)
            os.environ.update(env)
            from heyfolio.config import get_settings
            from heyfolio.publish.build import build_artifact
            from heyfolio.publish.store import ensure_local_bucket
            from heyfolio.storage.tables import ensure_tables

            get_settings.cache_clear()
            ensure_tables()
            ensure_local_bucket()
            print(build_artifact(get_settings().content_path, Path(env["HEYFOLIO_INDEX"])), file=sys.stderr)
            if not args.packaged:
                from heyfolio.publish.publisher import publish

                publish(get_settings().content_path)
            os.environ.clear()
            os.environ.update(saved)
            if args.dense_only:
                print(json.dumps({"dense_stage": _dense_stage(args.runs, env)}, indent=2))
                return 0
            report = run(args.runs, env)
            report["published_generation"] = not args.packaged
    finally:
        server.stop()
    print(json.dumps(report, indent=2))
    if not args.no_write:
        update_section("Cold start", render(report, args.runs))
    return 0


def run(runs: int, env: dict[str, str]) -> dict[str, object]:
    load_before = os.getloadavg()[0]
    rows = []
    for spec in function_specs():
        queued = any(
            e.get("Type") in ("SQS", "Schedule") for e in (spec.properties.get("Events") or {}).values()
        )
        event = None if spec.web_adapter or queued else _sample_event(spec.name)
        ms, ratio, ok = measure(_invoke_body(spec.module_path, event), runs, _as_deployed(spec, env))
        kind = "tool" if spec.name in TOOLS else "resource" if spec.name in RESOURCES else "other"
        rows.append(
            {
                "function": spec.name,
                "kind": kind,
                "measured": "import + first call" if event else "import only",
                "ms": round(ms, 1),
                "ratio": round(ratio, 3),
                "ok": ok,
            }
        )
    endpoint_spec = next(s for s in function_specs() if s.name == "mcp_endpoint")
    tool = next(s for s in function_specs() if s.name == "search_portfolio")  # what the call dispatches to
    tools_call, tools_call_ratio, ok = measure(
        _invoke_body(endpoint_spec.module_path, ROOT / "events" / "mcp_endpoint.json"),
        runs,
        _as_deployed(tool, env),
    )
    # What the endpoint would pay if it checked requests and shaped results with the SDK's per-version
    # wire models (pydantic) instead of their generated schemas (mcp_handlers.wire_check): for reference.
    wire_models, wire_ratio, _ = measure("from mcp_types import methods\nok = None\n", runs, env)
    tool_ratios = [r["ratio"] for r in rows if r["kind"] == "tool" and r["measured"] != "import only"]
    dense = _dense_stage(runs, env)
    return {
        "naive_stack_ms": round(statistics.median(NAIVE_SAMPLES), 1),
        "functions": rows,
        "endpoint_cold_tools_call_ms": round(tools_call, 1),
        "endpoint_cold_tools_call_ratio": round(tools_call_ratio, 3),
        "endpoint_cold_tools_call_ok": ok,
        "wire_models_import_ms": round(wire_models, 1),
        "wire_models_import_ratio": round(wire_ratio, 3),
        "tool_median_ratio": round(statistics.median(tool_ratios), 3) if tool_ratios else None,
        "dense_stage": dense,
        "load_average": [round(load_before, 1), round(os.getloadavg()[0], 1)],
    }


def _dense_stage(runs: int, env: dict[str, str]) -> dict[str, object] | None:
    """``search_portfolio``'s import and first call with the dense stage and without it (lexical)."""
    if env["HEYFOLIO_EMBEDDER"] != "minilm":
        return None
    spec = next(s for s in function_specs() if s.name == "search_portfolio")
    env = _as_deployed(spec, env)
    body = _invoke_body(spec.module_path, _sample_event(spec.name))
    endpoint = next(s for s in function_specs() if s.name == "mcp_endpoint")
    call = _invoke_body(endpoint.module_path, ROOT / "events" / "mcp_endpoint.json")  # search_portfolio
    lexical = {**env, "HEYFOLIO_EMBEDDER": "none"}
    with_ms, with_ratio, with_ok = measure(body, runs, env)
    without_ms, without_ratio, without_ok = measure(body, runs, lexical)
    call_ms, call_ratio, call_ok = measure(call, runs, env)
    call_lexical_ms, call_lexical_ratio, call_lexical_ok = measure(call, runs, lexical)
    return {
        "with_ms": round(with_ms, 1),
        "with_ratio": round(with_ratio, 3),
        "without_ms": round(without_ms, 1),
        "without_ratio": round(without_ratio, 3),
        "cost_ms": round(with_ms - without_ms, 1),
        "endpoint_tools_call_ms": round(call_ms, 1),
        "endpoint_tools_call_ratio": round(call_ratio, 3),
        "endpoint_tools_call_lexical_ms": round(call_lexical_ms, 1),
        "endpoint_tools_call_lexical_ratio": round(call_lexical_ratio, 3),
        "ok": all(bool(o) for o in (with_ok, without_ok, call_ok, call_lexical_ok)),
    }


def render(report: dict[str, object], runs: int) -> str:
    rows = report["functions"]
    assert isinstance(rows, list)
    tool_median = report["tool_median_ratio"]
    endpoint_ratio = report["endpoint_cold_tools_call_ratio"]
    published = report.get("published_generation")
    dense = report.get("dense_stage")
    lines = [
        machine_line(),
        "",
        f"Median of {runs} fresh interpreters each: import of the entry module plus the first call of its sample",
        "event (`events/`), AWS on moto's server over loopback. Baseline: importing the naive stack (MCPServer +",
        f"FastAPI + Mangum + pynamodb), median {report['naive_stack_ms']} ms, measured in a fresh interpreter right "
        "before every sample; a ratio is the median of each sample's ratio to its own baseline, so both halves of "
        f"a pair ran under the same load. Machine load (1-minute load average, 2 cores) at the start and the end "
        f"of the run: {report.get('load_average')}: absolute figures are inflated several times over an idle "
        "machine; the ratios are what compare.",
        "",
        "Each instance starts as deployed: the layer's index artifact (`HEYFOLIO_INDEX`), the dense stage the layer",
        f"can run (`{layer_embedder()}`), an empty data folder, and "
        + (
            "content generation 1 published: functions that serve content read the pointer and fetch and unpack"
            " the generation's bundle on their first call (`heyfolio publish`)."
            if published
            else "nothing published (`--packaged`): the generation pointer is read, the packaged content served."
        ),
        "",
        f"- Tool functions, median ratio: **{tool_median}** (target ≤ {TOOL_TARGET}).",
        f"- MCP endpoint, whole cold `tools/call` (endpoint + tool function, in one process): "
        f"{report['endpoint_cold_tools_call_ms']} ms, ratio **{endpoint_ratio}** (target ≤ {ENDPOINT_TARGET}); "
        f"answered: {report['endpoint_cold_tools_call_ok']}. Not in it: importing the SDK's wire models "
        f"(`mcp_types.methods`), which the endpoint checks and shapes with as generated data instead "
        f"(`mcp_handlers.wire_check`): {report['wire_models_import_ms']} ms on their own, "
        f"ratio {report['wire_models_import_ratio']}.",
        *(
            [
                f"- Dense stage (MiniLM weights load + the question's numpy forward pass): `search_portfolio` "
                f"cold {dense['with_ms']} ms (ratio {dense['with_ratio']}) with it, {dense['without_ms']} ms "
                f"(ratio {dense['without_ratio']}) lexical only: {dense['cost_ms']} ms for the dense stage; "
                f"the endpoint's whole cold `tools/call` (search_portfolio in process) ratio "
                f"{dense['endpoint_tools_call_ratio']} with it, {dense['endpoint_tools_call_lexical_ratio']} without."
            ]
            if isinstance(dense, dict)
            else []
        ),
        "",
        "| function | kind | measured | ms | ratio to naive | answered 2xx/ok |",
        "| --- | --- | --- | ---: | ---: | --- |",
    ]
    for r in rows:
        lines.append(
            f"| `{r['function']}` | {r['kind']} | {r['measured']} | {r['ms']} | {r['ratio']} | "
            f"{'-' if r['ok'] is None else r['ok']} |"
        )
    lines += [
        "",
        "Import only: functions whose sample event needs an owner token, a waiting flow, a queue or a "
        "stream (their first call is exercised by tests/aws/test_built_artifact.py).",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
