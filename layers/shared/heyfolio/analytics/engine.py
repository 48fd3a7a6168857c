"""Where a checked analytics query runs: DuckDB over the local Parquet files, or Amazon Athena on AWS.

Both answer the same two questions: how many bytes would this query scan (for the columns it
reads), and what are its rows. Locally the scan estimate comes from the Parquet footers
(``parquet_metadata``: compressed bytes per column chunk), so it is the bytes DuckDB would read
without partition pruning; on AWS it is the S3 size of the tables' files scaled by the share of
columns read (Athena bills scanned bytes and has no dry run).

The local connection is a second wall behind ``heyfolio.analytics.guard``: external access is
off except for the analytics folder, extensions do not auto-load, and the configuration is
locked before the owner's query runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from heyfolio.analytics.guard import CheckedQuery
from heyfolio.analytics.tables import BY_NAME, TABLES, Table


@dataclass(frozen=True)
class ScanEstimate:
    bytes: int
    columns: dict[str, tuple[str, ...]]
    files: int


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]
    engine: str
    elapsed_ms: float
    scanned_bytes: int | None = None


class QueryFailed(Exception):
    """The engine refused or failed the query; the message is safe to show the owner."""


class Engine(Protocol):
    name: str

    def estimate(self, query: CheckedQuery) -> ScanEstimate: ...

    def run(self, query: CheckedQuery) -> QueryResult: ...


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


class DuckDbEngine:
    """DuckDB over ``<root>/<table>/day=*/part-*.parquet``."""

    name = "duckdb"

    def __init__(self, root: Path) -> None:
        self.root = root

    def _files(self, table: str) -> list[str]:
        return sorted(str(p) for p in (self.root / table).glob("day=*/*.parquet"))

    def _connect(self) -> Any:
        import duckdb

        self.root.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(
            config={"autoinstall_known_extensions": False, "autoload_known_extensions": False}
        )
        con.execute("SET allowed_directories=?", [[f"{self.root.resolve()}/"]])
        con.execute("SET enable_external_access=false")
        for table in TABLES:
            con.execute(self._view(table))
        con.execute("SET lock_configuration=true")
        return con

    def _view(self, table: Table) -> str:
        pattern = (self.root.resolve() / table.name).as_posix()
        if self._files(table.name):
            return (
                f"CREATE VIEW {table.name} AS SELECT "
                + ", ".join(f'CAST("{c.name}" AS {c.type}) AS "{c.name}"' for c in table.columns)
                + f" FROM read_parquet('{pattern}/day=*/*.parquet', hive_partitioning=true, union_by_name=true)"
            )
        empty = ", ".join(f'CAST(NULL AS {c.type}) AS "{c.name}"' for c in table.columns)
        return f"CREATE VIEW {table.name} AS SELECT {empty} WHERE false"

    def estimate(self, query: CheckedQuery) -> ScanEstimate:
        import duckdb

        total, files = 0, 0
        con = duckdb.connect()
        try:
            for table, columns in query.columns.items():
                found = self._files(table)
                files += len(found)
                if not found:
                    continue
                wanted = [c for c in columns if c != "day"]
                if not wanted:
                    continue
                row = con.execute(
                    "SELECT coalesce(sum(total_compressed_size), 0) FROM parquet_metadata(?) "
                    "WHERE split_part(path_in_schema, ', ', 1) IN (SELECT unnest(?::VARCHAR[]))",
                    [found, wanted],
                ).fetchone()
                total += int(row[0]) if row else 0
        finally:
            con.close()
        return ScanEstimate(total, dict(query.columns), files)

    def run(self, query: CheckedQuery) -> QueryResult:
        import duckdb

        started = time.monotonic()
        con = self._connect()
        try:
            cursor = con.execute(query.sql)
            columns = [d[0] for d in cursor.description or []]
            rows = [[_plain(v) for v in row] for row in cursor.fetchall()]
        except duckdb.Error as exc:
            raise QueryFailed(f"the query failed: {str(exc).splitlines()[0][:300]}") from None
        finally:
            con.close()
        return QueryResult(columns, rows, self.name, (time.monotonic() - started) * 1000)


class AthenaEngine:
    """Amazon Athena over the same Parquet files in S3 (Glue database ``database``)."""

    name = "athena"

    def __init__(
        self,
        *,
        database: str,
        workgroup: str,
        bucket: str,
        athena: Any = None,
        s3: Any = None,
        sleep: Callable[[float], None] = time.sleep,
        timeout_s: float = 60.0,
    ) -> None:
        from heyfolio.aws.clients import client

        self.database, self.workgroup, self.bucket = database, workgroup, bucket
        self.athena = athena or client("athena")
        self.s3 = s3 or client("s3")
        self.sleep = sleep
        self.timeout_s = timeout_s

    def estimate(self, query: CheckedQuery) -> ScanEstimate:
        total, files = 0, 0
        for table, columns in query.columns.items():
            size = 0
            token: str | None = None
            while True:
                kwargs: dict[str, Any] = {"Bucket": self.bucket, "Prefix": f"analytics/{table}/"}
                if token:
                    kwargs["ContinuationToken"] = token
                page = self.s3.list_objects_v2(**kwargs)
                for obj in page.get("Contents", []):
                    if obj["Key"].endswith(".parquet"):
                        size += int(obj["Size"])
                        files += 1
                token = page.get("NextContinuationToken")
                if not page.get("IsTruncated") or not token:
                    break
            stored = [c for c in BY_NAME[table].column_names if c != "day"]
            share = len([c for c in columns if c != "day"]) / len(stored)
            total += int(size * share)
        return ScanEstimate(total, dict(query.columns), files)

    def run(self, query: CheckedQuery) -> QueryResult:
        started = time.monotonic()
        execution = self.athena.start_query_execution(
            QueryString=query.for_athena(),
            QueryExecutionContext={"Database": self.database},
            WorkGroup=self.workgroup,
        )["QueryExecutionId"]
        delay = 0.2
        while True:
            status = self.athena.get_query_execution(QueryExecutionId=execution)["QueryExecution"]
            state = status["Status"]["State"]
            if state == "SUCCEEDED":
                break
            if state in ("FAILED", "CANCELLED"):
                reason = status["Status"].get("StateChangeReason", state)
                raise QueryFailed(f"Athena query {state.lower()}: {reason}")
            if time.monotonic() - started > self.timeout_s:
                self.athena.stop_query_execution(QueryExecutionId=execution)
                raise QueryFailed(f"Athena query took longer than {self.timeout_s:.0f} s and was stopped")
            self.sleep(delay)
            delay = min(delay * 2, 2.0)
        scanned = status.get("Statistics", {}).get("DataScannedInBytes")
        columns: list[str] = []
        rows: list[list[Any]] = []
        token: str | None = None
        first = True
        while True:
            kwargs: dict[str, Any] = {"QueryExecutionId": execution, "MaxResults": 1000}
            if token:
                kwargs["NextToken"] = token
            page = self.athena.get_query_results(**kwargs)
            info = page["ResultSet"].get("ResultSetMetadata", {}).get("ColumnInfo", [])
            if not columns:
                columns = [c["Name"] for c in info]
            types = [c.get("Type", "varchar") for c in info]
            data = page["ResultSet"].get("Rows", [])
            if first and data:
                data = data[1:]  # Athena's first row repeats the column names
            first = False
            for row in data:
                cells = [d.get("VarCharValue") for d in row.get("Data", [])]
                rows.append([_athena_value(v, t) for v, t in zip(cells, types, strict=False)])
            token = page.get("NextToken")
            if not token:
                break
        return QueryResult(
            columns, rows, self.name, (time.monotonic() - started) * 1000, int(scanned) if scanned else None
        )


def _athena_value(value: str | None, kind: str) -> Any:
    if value is None:
        return None
    if kind in ("bigint", "integer", "smallint", "tinyint"):
        return int(value)
    if kind in ("double", "float", "real", "decimal"):
        return float(value)
    if kind == "boolean":
        return value == "true"
    return value


def default_engine() -> Engine:
    """Athena when the stack configured it (``HEYFOLIO_ATHENA_DATABASE``), else DuckDB on the local files."""
    import os

    from heyfolio.analytics.export import bucket, local_root

    database = os.environ.get("HEYFOLIO_ATHENA_DATABASE")
    if database and bucket():
        return AthenaEngine(
            database=database,
            workgroup=os.environ.get("HEYFOLIO_ATHENA_WORKGROUP", "primary"),
            bucket=str(bucket()),
        )
    return DuckDbEngine(local_root())
