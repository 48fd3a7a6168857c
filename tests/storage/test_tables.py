"""Table definitions: one source for ensure_tables, the pynamodb models and template.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from heyfolio.aws import clients
from heyfolio.config import Settings, get_settings
from heyfolio.storage.tables import TTL_ATTRIBUTE, ensure_tables, table_definitions

TEMPLATE = Path(__file__).resolve().parents[2] / "template.yaml"


def _describe(name: str) -> dict[str, Any]:
    return clients.client("dynamodb").describe_table(TableName=name)["Table"]


def _keys(schema: list[dict[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(((k["AttributeName"], k["KeyType"]) for k in schema), key=lambda k: k[1] != "HASH"))


def _shape(d: dict[str, Any]) -> dict[str, Any]:
    """The parts of a table definition that must agree everywhere, order-insensitive."""
    return {
        "attributes": sorted((a["AttributeName"], a["AttributeType"]) for a in d["AttributeDefinitions"]),
        "keys": _keys(d["KeySchema"]),
        "indexes": sorted(
            (
                g["IndexName"],
                _keys(g["KeySchema"]),
                g["Projection"]["ProjectionType"],
                tuple(sorted(g["Projection"].get("NonKeyAttributes", []))),
            )
            for g in d.get("GlobalSecondaryIndexes", [])
        ),
    }


def test_ensure_tables_creates_both_with_ttl_and_is_idempotent(aws: None) -> None:
    ensure_tables()
    ensure_tables()  # second call: nothing to do, no error
    ddb = clients.client("dynamodb")
    settings = get_settings()
    names = set(ddb.list_tables()["TableNames"])
    assert {settings.table_name, settings.events_table_name} <= names
    for definition in table_definitions():
        live = _describe(definition["TableName"])
        assert _shape(live) == _shape(definition)
        assert live["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
        ttl = ddb.describe_time_to_live(TableName=definition["TableName"])["TimeToLiveDescription"]
        assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": TTL_ATTRIBUTE}


def test_ensure_tables_completes_a_half_made_setup(aws: None) -> None:
    # One table exists without TTL (e.g. created by hand): the other is created, TTL turned on.
    state, events = table_definitions()
    ddb = clients.client("dynamodb")
    ddb.create_table(**state)
    ensure_tables()
    for name in (state["TableName"], events["TableName"]):
        ttl = ddb.describe_time_to_live(TableName=name)["TimeToLiveDescription"]
        assert ttl["TimeToLiveStatus"] == "ENABLED"


def test_ensure_tables_follows_explicit_settings(aws: None) -> None:
    custom = Settings(table_name="other-state", events_table_name="other-events")
    ensure_tables(custom)
    names = set(clients.client("dynamodb").list_tables()["TableNames"])
    assert {"other-state", "other-events"} <= names
    assert get_settings().table_name not in names


def test_models_match_table_definitions() -> None:
    from heyfolio.storage import models as m

    state, events = table_definitions()
    for base, definition in ((m.StateItem, state), (m.EventItem, events)):
        schema = base._get_schema()  # pynamodb's view, in CreateTable spelling
        from_model = {
            "AttributeDefinitions": schema["attribute_definitions"],
            "KeySchema": schema["key_schema"],
            "GlobalSecondaryIndexes": [
                {"IndexName": g["index_name"], "KeySchema": g["key_schema"], "Projection": g["projection"]}
                for g in schema["global_secondary_indexes"]
            ],
        }
        assert _shape(from_model) == _shape(definition)


class _CfnLoader(yaml.SafeLoader):
    """Reads CloudFormation YAML: short-form intrinsics become {"Fn": value} mappings."""


def _intrinsic(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> dict[str, Any]:
    name = "Ref" if suffix == "Ref" else f"Fn::{suffix}"
    if isinstance(node, yaml.ScalarNode):
        return {name: loader.construct_scalar(node)}
    if isinstance(node, yaml.SequenceNode):
        return {name: loader.construct_sequence(node, deep=True)}
    return {name: loader.construct_mapping(node, deep=True)}  # type: ignore[arg-type]


_CfnLoader.add_multi_constructor("!", _intrinsic)


def test_template_tables_mirror_table_definitions() -> None:
    template = yaml.load(TEMPLATE.read_text(), Loader=_CfnLoader)
    resources = template["Resources"]
    env = template["Globals"]["Function"]["Environment"]["Variables"]
    state_id = env["HEYFOLIO_TABLE"]["Ref"]
    events_id = env["HEYFOLIO_EVENTS_TABLE"]["Ref"]
    state, events = table_definitions()
    for logical_id, definition in ((state_id, state), (events_id, events)):
        resource = resources[logical_id]
        assert resource["Type"] == "AWS::DynamoDB::Table"
        props = resource["Properties"]
        assert _shape(props) == _shape(definition), f"{logical_id} differs from table_definitions()"
        assert props["BillingMode"] == definition["BillingMode"]
        assert props["TimeToLiveSpecification"] == {"AttributeName": TTL_ATTRIBUTE, "Enabled": True}


@pytest.mark.parametrize("index", [0, 1])
def test_definitions_use_settings_names(index: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYFOLIO_TABLE", "s-x")
    monkeypatch.setenv("HEYFOLIO_EVENTS_TABLE", "e-x")
    get_settings.cache_clear()
    assert table_definitions()[index]["TableName"] == ("s-x", "e-x")[index]
