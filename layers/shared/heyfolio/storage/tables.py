"""The two tables' definitions, and creating them where they are missing (locally).

On AWS the SAM template creates the tables; :func:`table_definitions` is the single source
the template is checked against (a test compares them), and :func:`ensure_tables` creates
the same tables in the local emulator (and in tests). Plain dicts, boto3 only when creating:
neither pynamodb nor boto3 is imported to read a definition.
"""

from __future__ import annotations

import contextlib
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import Settings, get_settings
from heyfolio.storage.binding import bind_models
from heyfolio.storage.indexes import BY_VISITOR, GSI1, TTL_ATTRIBUTE, VISITOR_INDEX_PROJECTED

__all__ = [
    "BY_VISITOR",
    "GSI1",
    "TTL_ATTRIBUTE",
    "VISITOR_INDEX_PROJECTED",
    "ensure_tables",
    "table_definitions",
]


def _definition(table_name: str) -> dict[str, Any]:
    # Both tables share one shape: generic pk/sk, an overloaded gsi1, a sparse by_visitor.
    return {
        "TableName": table_name,
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
            {"AttributeName": "gsi1pk", "AttributeType": "S"},
            {"AttributeName": "gsi1sk", "AttributeType": "S"},
            {"AttributeName": "visitor_id", "AttributeType": "S"},
        ],
        "KeySchema": [
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        "GlobalSecondaryIndexes": [
            {
                "IndexName": GSI1,
                "KeySchema": [
                    {"AttributeName": "gsi1pk", "KeyType": "HASH"},
                    {"AttributeName": "gsi1sk", "KeyType": "RANGE"},
                ],
                "Projection": {"ProjectionType": "ALL"},
            },
            {
                "IndexName": BY_VISITOR,
                "KeySchema": [
                    {"AttributeName": "visitor_id", "KeyType": "HASH"},
                    {"AttributeName": "sk", "KeyType": "RANGE"},
                ],
                "Projection": {
                    "ProjectionType": "INCLUDE",
                    "NonKeyAttributes": list(VISITOR_INDEX_PROJECTED),
                },
            },
        ],
    }


def table_definitions(settings: Settings | None = None) -> list[dict[str, Any]]:
    """CreateTable-shaped definitions of the state and events tables (TTL: ``TTL_ATTRIBUTE``)."""
    s = settings or get_settings()
    return [_definition(s.table_name), _definition(s.events_table_name)]


def ensure_tables(settings: Settings | None = None) -> None:
    """Create the tables if missing and turn TTL on; safe to call any number of times."""

    s = settings or get_settings()
    ddb = client("dynamodb", s)
    existing: set[str] = set()
    for page in ddb.get_paginator("list_tables").paginate():
        existing.update(page.get("TableNames", []))
    for definition in table_definitions(s):
        name = definition["TableName"]
        if name not in existing:
            # ResourceInUse: another process created it since we listed; that is fine.
            with contextlib.suppress(ddb.exceptions.ResourceInUseException):
                ddb.create_table(**definition)
        ddb.get_waiter("table_exists").wait(TableName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 120})
        ttl = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
        if ttl.get("TimeToLiveStatus") not in ("ENABLED", "ENABLING"):
            ddb.update_time_to_live(
                TableName=name,
                TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE},
            )
    bind_models(s)
