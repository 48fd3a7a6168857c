"""The append-only export of the records into the analytics tables (Parquet, partitioned by UTC day).

Each run appends new files only: rows created after the table's cursor (``_cursor.json`` beside
the tables) go to ``<table>/day=YYYY-MM-DD/part-<uuid>.parquet``. Two things rewrite: the daily flow
replaces its day's ``conversations`` file (a re-run adds no duplicates), and a visitor's erasure
rewrites the files holding their rows (``heyfolio.analytics.erase``). Each row also carries a private
``visitor_key`` column (never published) that the erasure finds it by.
Locally the tables live in ``<data folder>/analytics`` and DuckDB queries them; on AWS
(``HEYFOLIO_ANALYTICS_BUCKET`` set) the same files go to ``s3://<bucket>/analytics/`` for Athena.
DuckDB writes the Parquet itself (no pyarrow). The export runs in the daily analytics flow, and
locally before each ``ask_analytics`` query so the owner's questions see today's records.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from heyfolio.analytics.tables import BY_NAME, Table, visitor_key

logger = logging.getLogger("heyfolio.analytics.export")

CURSOR_FILE = "_cursor.json"
BUCKET_ENV = "HEYFOLIO_ANALYTICS_BUCKET"
PREFIX = "analytics"
_lock = threading.Lock()


def local_root() -> Path:
    """Where the local tables live: ``<data folder>/analytics``."""
    from heyfolio.config import get_settings

    return get_settings().data_dir / PREFIX


def bucket() -> str | None:
    return os.environ.get(BUCKET_ENV) or None


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _day(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d")


def write_rows(table: Table, rows: Iterable[Mapping[str, Any]], root: Path) -> list[Path]:
    """Append ``rows`` (dicts keyed by column name, ``day`` included) as new Parquet files under
    ``root/<table>/day=.../``; returns the files written."""
    import duckdb

    rows = list(rows)
    if not rows:
        return []
    target = root / table.name
    target.mkdir(parents=True, exist_ok=True)
    before = set(target.rglob("*.parquet"))
    with tempfile.TemporaryDirectory(prefix="heyfolio-export-") as tmp:
        source = Path(tmp) / "rows.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(
                    json.dumps({c.name: row.get(c.name) for c in table.stored_columns}, ensure_ascii=False)
                )
                out.write("\n")
        columns = "{" + ", ".join(f"'{c.name}': '{c.type}'" for c in table.stored_columns) + "}"
        con = duckdb.connect()
        try:
            con.execute(
                f"COPY (SELECT * FROM read_json('{source}', format='newline_delimited', columns={columns})) "
                f"TO '{target}' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (day), "
                "FILENAME_PATTERN 'part-{uuid}', APPEND)"
            )
        finally:
            con.close()
    return sorted(set(target.rglob("*.parquet")) - before)


# -- rows from the records ----------------------------------------------------------------------


def _clamp(since: float, days: int) -> float:
    """No older than the records' retention: a first export reads what is still stored, not 1970 on."""
    from heyfolio.storage import clock

    return max(since, clock.now() - days * 86400)


def invocation_rows(since: float) -> list[dict[str, Any]]:
    from heyfolio.storage import invocations

    since = _clamp(since, 90)

    return [
        {
            "occurred_at": _iso(r.at),
            "surface": r.surface,
            "tool": r.tool,
            "caller_kind": r.caller,
            "client_name": r.client_name,
            "latency_ms": r.latency_ms,
            "outcome": r.outcome,
            "session_id": r.session_id,
            "cited_uris": list(r.cited),
            "projects_viewed": list(r.projects.get("viewed", ())),
            "projects_cited": list(r.projects.get("cited", ())),
            "projects_asked": list(r.projects.get("asked", ())),
            "visitor_key": visitor_key(r.visitor_id),
            "day": _day(r.at),
            "_ts": r.at,
        }
        for r in invocations.list_since(since)
        if r.at > since
    ]


QUESTION_ACTION = "visitor_question"


def question_rows(since: float) -> list[dict[str, Any]]:
    from heyfolio.storage import audit

    since = _clamp(since, 365)
    rows = []
    for event in audit.list_recent(limit=100_000, since=since):
        if event.action != QUESTION_ACTION or event.at <= since:
            continue
        detail = event.detail or {}
        rows.append(
            {
                "occurred_at": _iso(event.at),
                "question": str(detail.get("question", "")),
                "answered": event.outcome == "answered",
                "source": str(detail.get("source", "")),
                "visitor_key": visitor_key(event.visitor_id),
                "day": _day(event.at),
                "_ts": event.at,
            }
        )
    return rows


def lead_rows(since: float) -> list[dict[str, Any]]:
    from heyfolio.storage import leads

    rows = []
    for status in leads.STATUSES:
        for lead in leads.list_by_status(status, limit=10_000):  # type: ignore[arg-type]
            if lead.created_at <= since:
                continue
            rows.append(
                {
                    "lead_id": lead.lead_id,
                    "created_at": _iso(lead.created_at),
                    "status": lead.status,
                    "source": lead.source,
                    "name": lead.name,
                    "email": lead.email,
                    "message": lead.message,
                    "visitor_key": visitor_key(lead.visitor_id),
                    "day": _day(lead.created_at),
                    "_ts": lead.created_at,
                }
            )
    return rows


def interest_rows(after_day: str | None, today: str) -> list[dict[str, Any]]:
    """One row per project per *finished* day after ``after_day`` (today is exported tomorrow)."""
    from heyfolio.analytics.interest import interest
    from heyfolio.storage import clock

    now = clock.now()
    start = now - 30 * 86400
    if after_day and after_day >= _day(now - 86400):
        return []  # every finished day is exported already
    if after_day:
        start = max(start, datetime.fromisoformat(after_day).replace(tzinfo=UTC).timestamp() + 86400)
    rows = []
    for slug, series in interest(start).items():
        for cell in series.days:
            if cell.day >= today or (after_day and cell.day <= after_day):
                continue
            rows.append({"project": slug, **cell.to_dict(), "_day": cell.day})
    return rows


# -- the run ------------------------------------------------------------------------------------


def _read_cursor(root: Path) -> dict[str, Any]:
    path = root / CURSOR_FILE
    if bucket():
        return _s3_cursor()
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError):
        return {}


def _write_cursor(root: Path, cursor: Mapping[str, Any]) -> None:
    if bucket():
        _s3_put_bytes(f"{PREFIX}/{CURSOR_FILE}", json.dumps(dict(cursor)).encode())
        return
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / f"{CURSOR_FILE}.tmp"
    tmp.write_text(json.dumps(dict(cursor)))
    tmp.replace(root / CURSOR_FILE)


def export(root: Path | None = None) -> dict[str, int]:
    """Append every record made since the last run; returns rows written per table."""
    from heyfolio.storage import clock

    with _lock:
        s3 = bucket()
        work = Path(tempfile.mkdtemp(prefix="heyfolio-analytics-")) if s3 else (root or local_root())
        cursor = _read_cursor(work)
        written: dict[str, int] = {}
        for name, rows_of in (
            ("invocations", invocation_rows),
            ("questions", question_rows),
            ("leads", lead_rows),
        ):
            since = float(cursor.get(name, 0.0))
            rows = rows_of(since)
            files = write_rows(BY_NAME[name], rows, work)
            if rows:
                cursor[name] = max(r["_ts"] for r in rows)
            written[name] = len(rows)
            if s3:
                _upload(files, work)
        today = _day(clock.now())
        rows = interest_rows(cursor.get("project_interest"), today)
        files = write_rows(BY_NAME["project_interest"], rows, work)
        if rows:
            cursor["project_interest"] = max(r["_day"] for r in rows)
        written["project_interest"] = len(rows)
        if s3:
            _upload(files, work)
        _write_cursor(work, cursor)
        return written


DAILY_FILE = "part-daily.parquet"
"""The one file of a day's partition that the daily flow owns (and replaces on every run)."""


def write_file(table: Table, rows: Iterable[Mapping[str, Any]], path: Path) -> None:
    """``rows`` as one Parquet file at ``path`` (no ``day`` column inside: the partition folder holds it)."""
    import duckdb

    stored = [c for c in table.stored_columns if c.name != "day"]
    with tempfile.TemporaryDirectory(prefix="heyfolio-export-") as tmp:
        source = Path(tmp) / "rows.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps({c.name: row.get(c.name) for c in stored}, ensure_ascii=False) + "\n")
        columns = "{" + ", ".join(f"'{c.name}': '{c.type}'" for c in stored) + "}"
        con = duckdb.connect()
        try:
            con.execute(
                f"COPY (SELECT * FROM read_json('{source}', format='newline_delimited', columns={columns})) "
                f"TO '{path}' (FORMAT parquet, COMPRESSION zstd)"
            )
        finally:
            con.close()


def replace_conversations(day: str, rows: list[dict[str, Any]], root: Path | None = None) -> int:
    """The day's ``conversations`` partition becomes exactly ``rows`` (the daily flow's output).

    Re-running a day (a retry, or ``make dev``'s schedule classifying today again) replaces the
    day's file instead of appending duplicates: the new file is written beside the old one and
    renamed over it (locally; on S3 a ``PutObject`` over the same key). Files appended to that
    partition by older versions are removed locally after the swap.
    """
    table = BY_NAME["conversations"]
    with _lock:
        s3 = bucket()
        if s3:
            with tempfile.TemporaryDirectory(prefix="heyfolio-analytics-") as tmp:
                path = Path(tmp) / DAILY_FILE
                write_file(table, rows, path)
                _s3_put_bytes(f"{PREFIX}/{table.name}/day={day}/{DAILY_FILE}", path.read_bytes())
            return len(rows)
        folder = (root or local_root()) / table.name / f"day={day}"
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / DAILY_FILE
        if rows:
            partial = folder / f"{DAILY_FILE}.partial"
            write_file(table, rows, partial)
            os.replace(partial, final)  # readers see the old day or the new one
        else:
            final.unlink(missing_ok=True)
        for old in folder.glob("*.parquet"):
            if old.name != DAILY_FILE:
                old.unlink()
    return len(rows)


# -- S3 (AWS) -----------------------------------------------------------------------------------


def _s3() -> Any:
    from heyfolio.aws.clients import client

    return client("s3")


def _upload(files: list[Path], work: Path) -> None:
    for path in files:
        key = f"{PREFIX}/{path.relative_to(work).as_posix()}"
        _s3_put_bytes(key, path.read_bytes())


def _s3_put_bytes(key: str, body: bytes) -> None:
    _s3().put_object(Bucket=bucket(), Key=key, Body=body)


def _s3_cursor() -> dict[str, Any]:
    try:
        body = _s3().get_object(Bucket=bucket(), Key=f"{PREFIX}/{CURSOR_FILE}")["Body"].read()
        return dict(json.loads(body))
    except Exception:
        return {}
