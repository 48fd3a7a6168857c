"""The AWS query path (Athena over the S3 Parquet tables) against recorded-shape responses at botocore's
boundary, and the Glue tables of template.yaml against the one schema the gate and the export use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import boto3
import pytest
import yaml
from botocore.stub import ANY, Stubber

from heyfolio.analytics import guard
from heyfolio.analytics.engine import AthenaEngine, QueryFailed
from heyfolio.analytics.tables import TABLES

ROOT = Path(__file__).resolve().parents[2]


def _clients() -> tuple[Any, Any]:
    return boto3.client("athena", region_name="us-east-1"), boto3.client("s3", region_name="us-east-1")


def _results(rows: list[list[str | None]], types: list[tuple[str, str]], token: str | None = None) -> dict:
    page: dict[str, Any] = {
        "UpdateCount": 0,
        "ResultSet": {
            "Rows": [{"Data": [{"VarCharValue": v} if v is not None else {} for v in row]} for row in rows],
            "ResultSetMetadata": {
                "ColumnInfo": [
                    {"CatalogName": "hive", "SchemaName": "", "TableName": "", "Name": n, "Label": n,
                     "Type": t, "Precision": 0, "Scale": 0, "Nullable": "UNKNOWN", "CaseSensitive": True}
                    for n, t in types
                ]
            },
        },
    }  # fmt: skip
    if token:
        page["NextToken"] = token
    return page


def _execution(state: str, scanned: int = 0, reason: str | None = None) -> dict:
    status: dict[str, Any] = {"State": state}
    if reason:
        status["StateChangeReason"] = reason
    return {
        "QueryExecution": {
            "QueryExecutionId": "q-1",
            "Status": status,
            "Statistics": {"DataScannedInBytes": scanned, "EngineExecutionTimeInMillis": 812},
        }
    }


def test_athena_runs_the_checked_query_in_its_dialect_and_pages_its_results() -> None:
    athena, s3 = _clients()
    query = guard.check(
        "SELECT p AS project, count(*) AS n FROM invocations, unnest(projects_asked) AS u(p) "
        "WHERE day >= current_date - INTERVAL 30 DAY AND list_contains(projects_asked, p) GROUP BY p"
    )
    sleeps: list[float] = []
    with Stubber(athena) as stub:
        stub.add_response(
            "start_query_execution",
            {"QueryExecutionId": "q-1"},
            {
                "QueryString": query.for_athena(),
                "QueryExecutionContext": {"Database": "heyfolio_dev_analytics"},
                "WorkGroup": "heyfolio-dev-analytics",
            },
        )
        stub.add_response("get_query_execution", _execution("QUEUED"), {"QueryExecutionId": "q-1"})
        stub.add_response("get_query_execution", _execution("RUNNING"), {"QueryExecutionId": "q-1"})
        stub.add_response("get_query_execution", _execution("SUCCEEDED", 52_314), {"QueryExecutionId": "q-1"})
        types = [("project", "varchar"), ("n", "bigint")]
        stub.add_response(
            "get_query_results",
            _results([["project", "n"], ["ledgerline", "7"]], types, token="t2"),
            {"QueryExecutionId": "q-1", "MaxResults": 1000},
        )
        stub.add_response(
            "get_query_results",
            _results([["tidewatch", "3"]], types),
            {"QueryExecutionId": "q-1", "MaxResults": 1000, "NextToken": "t2"},
        )
        engine = AthenaEngine(
            database="heyfolio_dev_analytics",
            workgroup="heyfolio-dev-analytics",
            bucket="b",
            athena=athena,
            s3=s3,
            sleep=sleeps.append,
        )
        result = engine.run(query)
        stub.assert_no_pending_responses()
    assert "CONTAINS(projects_asked, p)" in query.for_athena()  # DuckDB's list_contains, in Trino's words
    assert result.columns == ["project", "n"]
    assert result.rows == [["ledgerline", 7], ["tidewatch", 3]]
    assert result.scanned_bytes == 52_314 and result.engine == "athena"
    assert sleeps == [0.2, 0.4]  # backs off between polls


def test_a_failed_athena_query_is_a_clear_error() -> None:
    athena, s3 = _clients()
    with Stubber(athena) as stub:
        stub.add_response("start_query_execution", {"QueryExecutionId": "q-1"}, None)
        stub.add_response(
            "get_query_execution",
            _execution("FAILED", reason="COLUMN_NOT_FOUND: line 1:8: Column 'nope' cannot be resolved"),
            None,
        )
        engine = AthenaEngine(
            database="d", workgroup="w", bucket="b", athena=athena, s3=s3, sleep=lambda s: None
        )
        with pytest.raises(QueryFailed, match="Column 'nope' cannot be resolved"):
            engine.run(guard.check("SELECT tool FROM invocations"))


def test_athena_scan_estimate_is_the_s3_size_scaled_by_the_columns_read() -> None:
    athena, s3 = _clients()
    with Stubber(s3) as stub:
        stub.add_response(
            "list_objects_v2",
            {
                "IsTruncated": True,
                "NextContinuationToken": "c2",
                "Contents": [{"Key": "analytics/invocations/day=2026-12-01/part-a.parquet", "Size": 600_000}],
            },
            {"Bucket": "b", "Prefix": "analytics/invocations/"},
        )
        stub.add_response(
            "list_objects_v2",
            {
                "IsTruncated": False,
                "Contents": [{"Key": "analytics/invocations/day=2026-12-02/part-b.parquet", "Size": 600_000}],
            },
            {"Bucket": "b", "Prefix": "analytics/invocations/", "ContinuationToken": ANY},
        )
        engine = AthenaEngine(database="d", workgroup="w", bucket="b", athena=athena, s3=s3)
        estimate = engine.estimate(guard.check("SELECT tool, latency_ms FROM invocations"))
    assert estimate.files == 2
    assert estimate.bytes == 1_200_000 * 2 // 12  # 2 of the 12 stored columns


def test_template_glue_tables_match_the_published_schema() -> None:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    template = yaml.load((ROOT / "template.yaml").read_text(), Loader=Loader)
    glue = {
        r["Properties"]["TableInput"]["Name"]: r["Properties"]["TableInput"]
        for r in template["Resources"].values()
        if r["Type"] == "AWS::Glue::Table"
    }
    assert set(glue) == {t.name for t in TABLES}
    for table in TABLES:
        columns = [(c["Name"], c["Type"]) for c in glue[table.name]["StorageDescriptor"]["Columns"]]
        assert columns == [(c.name, c.athena_type) for c in table.columns if c.name != "day"]
        assert glue[table.name]["PartitionKeys"] == [{"Name": "day", "Type": "date"}]
