"""Cold start: import each function's entry point in a fresh interpreter and time it.

Import cost dominates Python cold starts on Lambda. Each function is imported
in its own new process (as a new Lambda instance would), several times, and the
median is reported next to a baseline measured in the same run: the naive stack
every function would carry if it imported everything (MCPServer + FastAPI +
Mangum + pynamodb). Ratios, not milliseconds, are what compare across machines.

Run: .venv/bin/python bench/cold_start.py [--runs N] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "layers" / "shared"))
sys.path.insert(0, str(ROOT))

from bench.results import machine_line, update_section  # noqa: E402
from heyfolio.stack.template import function_specs  # noqa: E402

PROBE = """
import sys, time, importlib.util
sys.path[:0] = {paths!r}
t0 = time.perf_counter()
{body}
print((time.perf_counter() - t0) * 1000)
"""

NAIVE = """
from mcp.server.mcpserver import MCPServer
import fastapi, mangum
from pynamodb.models import Model
"""

# A plain tool function must cold-import in this many ms (issue 2).
PLAIN_TOOL_TARGET_MS = 150.0


def _import_body(module_path: Path) -> str:
    return (
        f"spec = importlib.util.spec_from_file_location('fn', {str(module_path)!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(module)\n"
    )


def measure(body: str, runs: int) -> float:
    """Median milliseconds of ``body`` in ``runs`` fresh interpreters."""
    paths = [str(ROOT / "layers" / "shared"), str(ROOT)]
    samples = []
    env = {"HEYFOLIO_ENV": "local", "POWERTOOLS_TRACE_DISABLED": "true", "PATH": "/usr/bin:/bin"}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PROBE.format(paths=paths, body=body)],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        samples.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-write", action="store_true", help="print only; do not update RESULTS.md")
    args = parser.parse_args(argv)

    naive = measure(NAIVE, args.runs)
    rows = []
    for spec in function_specs():
        ms = measure(_import_body(spec.module_path), args.runs)
        rows.append({"function": spec.name, "ms": round(ms, 1), "ratio_to_naive": round(ms / naive, 3)})
    report = {"naive_stack_ms": round(naive, 1), "functions": rows}
    print(json.dumps(report, indent=2))

    lines = [
        machine_line(),
        "",
        f"Median of {args.runs} fresh interpreters per entry point; import time only (no handler call).",
        f"Baseline in the same run: the naive stack (MCPServer + FastAPI + Mangum + pynamodb) {naive:.1f} ms.",
        "",
        "| function | import ms | ratio to naive stack |",
        "| --- | ---: | ---: |",
    ]
    lines += [f"| `{r['function']}` | {r['ms']} | {r['ratio_to_naive']} |" for r in rows]
    lines += ["", f"Target for a plain tool function: ≤ {PLAIN_TOOL_TARGET_MS:.0f} ms."]
    if not args.no_write:
        update_section("Cold start", "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
