"""The fuzzers' state snapshot (tests/fuzz/conftest.py) sees exactly what DynamoDB's Scan returns."""

from __future__ import annotations

import json

from heyfolio.aws.clients import client
from heyfolio.config import get_settings
from tests.fuzz.conftest import snapshot


def _scanned() -> list[str]:
    s = get_settings()
    items: list[str] = []
    for table in (s.table_name, s.events_table_name):
        pages = client("dynamodb").get_paginator("scan").paginate(TableName=table)
        items += sorted(json.dumps(i, sort_keys=True) for page in pages for i in page["Items"])
    return items


def test_the_snapshot_is_every_item_of_both_tables_as_scan_returns_it(local_stack: None) -> None:
    s = get_settings()
    ddb = client("dynamodb")
    empty = snapshot()
    assert empty == _scanned()
    ddb.put_item(
        TableName=s.table_name,
        Item={"pk": {"S": "a"}, "sk": {"S": "1"}, "n": {"N": "7"}, "m": {"M": {"l": {"L": [{"S": "x"}]}}}},
    )
    ddb.put_item(
        TableName=s.events_table_name, Item={"pk": {"S": "e"}, "sk": {"S": "2"}, "ok": {"BOOL": True}}
    )
    written = snapshot()
    assert written == _scanned() and len(written) == len(empty) + 2
    ddb.update_item(
        TableName=s.table_name,
        Key={"pk": {"S": "a"}, "sk": {"S": "1"}},
        UpdateExpression="SET n = :n",
        ExpressionAttributeValues={":n": {"N": "8"}},
    )
    updated = snapshot()
    assert updated == _scanned() and updated != written, "an update in place changes the snapshot"
    ddb.delete_item(TableName=s.events_table_name, Key={"pk": {"S": "e"}, "sk": {"S": "2"}})
    assert snapshot() == _scanned() and len(snapshot()) == len(empty) + 1
