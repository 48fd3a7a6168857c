"""The local ``ask_analytics`` query path over 1 million records: plan (propose, sqlglot gate, scan
estimate from the Parquet footers) and run (DuckDB with external access locked to the folder).

The records are synthetic but shaped like the export writes them: ``invocations`` (tools, resource
reads, chat turns from several clients over 30 days, zstd Parquet partitioned by day) plus questions,
conversations and project interest. Each template question and a few owner-written queries run
``--rounds`` times; the section of bench/RESULTS.md reports p50/p95 per query and overall (target:
p95 ≤ 1 s).

    .venv/bin/python bench/analytics_bench.py [--records 1000000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "layers" / "shared"))

from bench.results import machine_line, update_section  # noqa: E402

QUESTIONS = (
    "which tools were slowest this week?",
    "which MCP clients called this month?",
    "how many chats per day this week?",
    "which projects did visitors from fintech ask about last month, and did any of them get in touch?",
    "which topics came up this month?",
    "what could the portfolio not answer in the last 14 days?",
    "which projects got the most interest this month?",
)
OWNER_SQL = (
    "SELECT p AS project, count(*) AS asked FROM invocations, unnest(projects_asked) AS u(p) "
    "WHERE day >= current_date - INTERVAL 30 DAY GROUP BY p ORDER BY asked DESC",
    "SELECT caller_kind, outcome, count(*) AS n, avg(latency_ms) AS mean_ms FROM invocations GROUP BY 1, 2",
)


def build(root: Path, records: int) -> dict[str, int]:
    """Write the synthetic tables with DuckDB (the same engine and layout as the export)."""
    import duckdb

    con = duckdb.connect()
    projects = "['ledgerline','tidewatch','shoal','pagewise','quarry']"
    tools = (
        "['search_portfolio','get_project','list_projects','match_role','chat','portfolio://projects/{...}']"
    )
    clients = "['claude-code','claude-desktop','cursor','mcp-inspector',NULL]"
    con.execute(
        f"""
        COPY (
          SELECT
            (current_date - CAST(i % 30 AS INTEGER))::TIMESTAMP + to_seconds(i % 86400) AS occurred_at,
            CASE WHEN i % 5 = 0 THEN 'chat' WHEN i % 7 = 0 THEN 'resource' ELSE 'tool' END AS surface,
            {tools}[1 + i % 6] AS tool,
            ['anonymous','visitor','owner'][1 + (i // 3) % 3] AS caller_kind,
            {clients}[1 + (i // 11) % 5] AS client_name,
            (hash(i) % 2000) / 10.0 AS latency_ms,
            CASE WHEN i % 53 = 0 THEN 'error' ELSE 'ok' END AS outcome,
            CASE WHEN i % 5 = 0 THEN 'session-' || (i // 10) ELSE NULL END AS session_id,
            ['portfolio://projects/' || {projects}[1 + i % 5] || '#overview'] AS cited_uris,
            CASE WHEN i % 7 = 0 THEN [{projects}[1 + i % 5]] ELSE [] END AS projects_viewed,
            [{projects}[1 + i % 5]] AS projects_cited,
            CASE WHEN i % 3 = 0 THEN [{projects}[1 + (i // 3) % 5]] ELSE [] END AS projects_asked,
            current_date - CAST(i % 30 AS INTEGER) AS day
          FROM range({records}) AS t(i)
        ) TO '{root}/invocations' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (day), FILENAME_PATTERN 'part-{{uuid}}')
        """
    )
    con.execute(
        f"""
        COPY (
          SELECT (current_date - CAST(i % 30 AS INTEGER))::TIMESTAMP AS occurred_at,
                 'What about ' || {projects}[1 + i % 5] || ' number ' || i || '?' AS question,
                 i % 4 <> 0 AS answered, CASE WHEN i % 2 = 0 THEN 'chat' ELSE 'search' END AS source,
                 current_date - CAST(i % 30 AS INTEGER) AS day
          FROM range({records // 10}) AS t(i)
        ) TO '{root}/questions' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (day), FILENAME_PATTERN 'part-{{uuid}}')
        """
    )
    con.execute(
        f"""
        COPY (
          SELECT 'conv-' || i AS conversation_id, (current_date - CAST(i % 30 AS INTEGER))::TIMESTAMP AS started_at,
                 [['rust','kubernetes','payments','terraform','leadership'][1 + i % 5]] AS topics,
                 [{projects}[1 + i % 5]] AS projects,
                 ['hiring','collaboration','curiosity','other'][1 + i % 4] AS intent,
                 ['positive','neutral','negative'][1 + i % 3] AS sentiment,
                 ['fintech','healthcare','gaming',NULL][1 + i % 4] AS industry,
                 1 + i % 6 AS turns, i % 6 AS follow_ups, i % 9 = 0 AS contact_requested,
                 CASE WHEN i % 8 = 0 THEN ['terraform'] ELSE [] END AS unanswered_needs,
                 'vocabulary' AS classifier, current_date - CAST(i % 30 AS INTEGER) AS day
          FROM range({records // 20}) AS t(i)
        ) TO '{root}/conversations' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (day), FILENAME_PATTERN 'part-{{uuid}}')
        """
    )
    con.execute(
        f"""
        COPY (
          SELECT p AS project, 10 + d AS views, 5 + d AS citations, 2 + d % 3 AS questions, 100 + d AS stars,
                 current_date - CAST(d AS INTEGER) AS day
          FROM range(1, 31) AS a(d), unnest({projects}) AS u(p)
        ) TO '{root}/project_interest' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (day), FILENAME_PATTERN 'part-{{uuid}}')
        """
    )
    sizes = {
        t.name: sum(f.stat().st_size for f in t.rglob("*.parquet")) for t in root.iterdir() if t.is_dir()
    }
    con.close()
    return sizes


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, -(-int(p * len(ordered)) // 100) - 1)] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()

    import os

    os.environ["HEYFOLIO_ANALYTICS_CONFIRM_BYTES"] = str(1 << 40)  # measure the query path, not the form
    from heyfolio.analytics import ask
    from heyfolio.analytics.engine import DuckDbEngine

    with tempfile.TemporaryDirectory(prefix="heyfolio-analytics-bench-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        sizes = build(root, args.records)
        built_s = time.perf_counter() - started
        engine = DuckDbEngine(root)
        cases = [(q, None) for q in QUESTIONS] + [(f"owner SQL #{i + 1}", s) for i, s in enumerate(OWNER_SQL)]
        rows: list[tuple[str, float, float, int]] = []
        every: list[float] = []
        for label, sql in cases:
            timings = []
            count = 0
            for _ in range(args.rounds):
                t0 = time.perf_counter()
                plan = ask.plan(label, sql, engine=engine)
                answer = ask.run(plan, engine=engine)
                timings.append((time.perf_counter() - t0) * 1000)
                count = answer["rowCount"]
            every += timings
            rows.append((label, pct(timings, 50), pct(timings, 95), count))
    overall = pct(every, 95)
    lines = [
        machine_line(),
        "",
        f"Local query path (plan: template or owner SQL → sqlglot gate → scan estimate from Parquet footers; "
        f"run: DuckDB, external access locked to the folder) over **{args.records:,} invocation records** "
        f"(+ {args.records // 10:,} questions, {args.records // 20:,} conversations; 30 daily partitions, zstd: "
        + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sorted(sizes.items()))
        + f"; built in {built_s:.1f} s). {args.rounds} rounds per query.",
        "",
        "| query | p50 ms | p95 ms | rows |",
        "| --- | ---: | ---: | ---: |",
        *[f"| {label} | {p50:.0f} | {p95:.0f} | {count} |" for label, p50, p95, count in rows],
        "",
        f"**Overall p95: {overall:.0f} ms** (target ≤ 1000 ms: {'met' if overall <= 1000 else 'NOT met'}).",
    ]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        update_section("Analytics", body)


if __name__ == "__main__":
    main()
