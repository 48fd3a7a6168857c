"""A visitor's "Forget me" reaches the analytics export: their rows leave the Parquet files (locally and
on S3), the other visitors' rows stay byte for byte, and a later ``ask_analytics`` query cannot see them."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.analytics.conftest import mcp


def chat_as_visitor(site: str, message: str) -> dict[str, str]:
    """One chat turn as a new visitor: ``session_id`` and ``visitor_token``."""
    response = httpx.post(f"{site}/api/chat", json={"message": message}, timeout=60)
    assert response.status_code == 200, response.text
    for line in response.text.splitlines():
        if line.startswith("data:") and '"visitor_token"' in line:
            found: dict[str, str] = json.loads(line[5:])
            return found
    raise AssertionError(f"no session event in {response.text[:300]}")


def visitor_of(session_id: str) -> str:
    from heyfolio.storage import sessions

    session = sessions.get(session_id)
    assert session is not None
    return session.visitor_id


def ask_sql(site: str, sql: str) -> list[list[Any]]:
    from heyfolio.security.tokens import mint_token

    reply = mcp(
        site, "tools/call", {"name": "ask_analytics", "arguments": {"sql": sql}}, token=mint_token("owner")
    )
    result = reply["result"]
    assert not result["isError"], result["content"][0]["text"]
    rows: list[list[Any]] = result["structuredContent"]["rows"]
    return rows


@pytest.fixture
def two_visitors(dev_site: str) -> dict[str, Any]:
    """Two visitors chat and ask to be put in touch; the day is classified and exported."""
    from heyfolio.storage import leads
    from tests.analytics.test_insights_flow import run_flow

    ada = chat_as_visitor(dev_site, "I'm hiring for a fintech platform role: does she know Snowflake?")
    bob = chat_as_visitor(dev_site, "Would she collaborate on an open source Rust crate?")
    ada["visitor_id"], bob["visitor_id"] = visitor_of(ada["session_id"]), visitor_of(bob["session_id"])
    ada["lead"] = leads.create_once(
        "erase-ada",
        name="Ada Quill",
        email="ada@quill.example",
        message="Staff role",
        consent=True,
        visitor_id=ada["visitor_id"],
    )[0].lead_id
    bob["lead"] = leads.create_once(
        "erase-bob",
        name="Bob Lark",
        email="bob@lark.example",
        message="Rust crate",
        consent=True,
        visitor_id=bob["visitor_id"],
    )[0].lead_id
    run_flow(datetime.now(UTC).date().isoformat())  # classifies both conversations, exports every table
    return {"site": dev_site, "ada": ada, "bob": bob}  # fmt: skip


def test_forget_me_removes_the_visitors_rows_and_a_later_query_cannot_see_them(
    two_visitors: dict[str, Any],
) -> None:
    from heyfolio.analytics.export import local_root
    from heyfolio.privacy.erase import erase_visitor

    site, ada, bob = two_visitors["site"], two_visitors["ada"], two_visitors["bob"]
    sessions = "SELECT DISTINCT session_id FROM invocations WHERE session_id IS NOT NULL"
    before = {r[0] for r in ask_sql(site, sessions)}
    assert {ada["session_id"], bob["session_id"]} <= before
    assert {r[0] for r in ask_sql(site, "SELECT lead_id FROM leads")} == {ada["lead"], bob["lead"]}
    assert len(ask_sql(site, "SELECT conversation_id FROM conversations")) == 2
    asked = [r[0] for r in ask_sql(site, "SELECT question FROM questions")]
    assert any("Snowflake" in q for q in asked) and any("Rust crate" in q for q in asked)

    root = local_root()
    files_before = {p: p.read_bytes() for p in root.rglob("*.parquet")}
    report = erase_visitor(ada["visitor_id"])
    assert report.analytics_erased and report.to_dict()["complete"] is True
    assert report.analytics_rows_removed >= 4  # a chat turn, a question, a lead, a conversation at least

    after = {r[0] for r in ask_sql(site, sessions)}
    assert ada["session_id"] not in after and bob["session_id"] in after
    assert {r[0] for r in ask_sql(site, "SELECT lead_id FROM leads")} == {bob["lead"]}
    conversations = ask_sql(site, "SELECT conversation_id, intent FROM conversations")
    assert [r[1] for r in conversations] == ["collaboration"]
    asked = [r[0] for r in ask_sql(site, "SELECT question FROM questions")]
    assert not any("Snowflake" in q for q in asked) and any("Rust crate" in q for q in asked)
    # Nothing of the visitor is left in any file, not even in the columns no query can read.
    from heyfolio.analytics.tables import visitor_key

    text = b"".join(p.read_bytes() for p in root.rglob("*.parquet"))
    assert str(visitor_key(ada["visitor_id"])).encode() not in text and b"ada@quill.example" not in text
    assert str(visitor_key(bob["visitor_id"])).encode() in text
    # Files without the visitor's rows were not touched; no partial file is left behind.
    untouched = [p for p, body in files_before.items() if p.exists() and p.read_bytes() == body]
    assert untouched and all(".erase" not in p.name for p in root.rglob("*"))
    # Erasing again finds nothing more.
    assert erase_visitor(ada["visitor_id"]).analytics_rows_removed == 0


def test_the_visitor_key_is_private_to_the_files(two_visitors: dict[str, Any]) -> None:
    from heyfolio.security.tokens import mint_token

    reply = mcp(two_visitors["site"], "tools/call",
                {"name": "ask_analytics", "arguments": {"sql": "SELECT visitor_key FROM invocations"}},
                token=mint_token("owner"))  # fmt: skip
    result = reply["result"]
    assert result["isError"] and "visitor_key" in result["content"][0]["text"]


def test_forget_me_rewrites_the_export_in_s3(
    dev_site: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On AWS the export lives in S3: the visitor data function lists, reads, rewrites and deletes objects."""
    import duckdb

    from heyfolio.analytics.export import export
    from heyfolio.aws.clients import client
    from heyfolio.storage import leads
    from tests.privacy.test_export_and_erase import _call

    s3 = client("s3")
    s3.create_bucket(Bucket="heyfolio-analytics-test")
    monkeypatch.setenv("HEYFOLIO_ANALYTICS_BUCKET", "heyfolio-analytics-test")
    ada = chat_as_visitor(dev_site, "Does she know Snowflake? We are hiring in fintech.")
    bob = chat_as_visitor(dev_site, "How did she build Ledgerline?")
    ada_id = visitor_of(ada["session_id"])
    leads.create_once("s3-ada", name="Ada Quill", email="ada@quill.example", message="Hi", consent=True,
                      visitor_id=ada_id)  # fmt: skip
    written = export()
    assert written["invocations"] >= 2 and written["leads"] == 1

    status, report = _call("DELETE", "/api/me", ada["visitor_token"])
    assert status == 200 and report["complete"] is True and report["analytics_rows_removed"] >= 3, report

    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="heyfolio-analytics-test").get("Contents", [])]
    assert not [k for k in keys if k.startswith("analytics/leads/")]  # the only lead was Ada's: file deleted
    sessions: set[str] = set()
    for key in keys:
        if key.startswith("analytics/invocations/") and key.endswith(".parquet"):
            local = tmp_path / key.replace("/", "_")
            local.write_bytes(s3.get_object(Bucket="heyfolio-analytics-test", Key=key)["Body"].read())
            rows = duckdb.sql(f"SELECT session_id FROM read_parquet('{local}', hive_partitioning=false)")
            sessions |= {r[0] for r in rows.fetchall()}
    assert ada["session_id"] not in sessions and bob["session_id"] in sessions
