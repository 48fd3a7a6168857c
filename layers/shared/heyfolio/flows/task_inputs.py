"""Questions a running flow asks its MCP client, and the client's answers (``tasks/update``).

Each flow has a subject id: the lead of an owner-approval flow, the query of an analytics query
flow (``heyfolio.analytics.query_flow``). The task layer (``mcp_handlers.tasks``) shows the
outstanding requests as ``input_required`` and records the answers; the flows' steps ask and read
here, in the core, so no flow imports the MCP adapter.

A flow step that needs the client calls :func:`ask` with a key that is new for this subject
and an ``elicitation/create`` (or other) request; the lead's task then reports
``input_required`` with every outstanding request, and the client answers with
``tasks/update``. :func:`answer` records answers for outstanding keys only (the SEP: unknown,
already answered or superseded keys are ignored), once each, by conditional writes; the flow
reads them back with :func:`answers`. One item per request: ``pk = TASKINPUT#<lead_id>``,
``sk = REQ#<key>``, kept as long as a task.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from heyfolio.aws.clients import client, error_code
from heyfolio.config import get_settings
from heyfolio.storage import clock

PK_PREFIX = "TASKINPUT#"
RETENTION_SECONDS = 15 * 24 * 3600
MAX_KEY_CHARS = 100


def _table() -> tuple[Any, str]:
    return client("dynamodb"), get_settings().table_name


def _is_condition_failure(error: BaseException) -> bool:
    return error_code(error) == "ConditionalCheckFailedException"


def ask(lead_id: str, key: str, request: Mapping[str, Any]) -> bool:
    """Ask the visitor of ``lead_id``; ``False`` if ``key`` was used before (keys are never reused)."""

    if not key or len(key) > MAX_KEY_CHARS:
        raise ValueError(f"an input key is 1 to {MAX_KEY_CHARS} characters")
    if not isinstance(request.get("method"), str):
        raise ValueError("an input request names its method (elicitation/create, ...)")
    ddb, table = _table()
    now = clock.now()
    try:
        ddb.put_item(
            TableName=table,
            Item={
                "pk": {"S": PK_PREFIX + lead_id},
                "sk": {"S": f"REQ#{key}"},
                "kind": {"S": "task_input"},
                "request_json": {"S": json.dumps(dict(request), separators=(",", ":"))},
                "created_at": {"N": repr(now)},
                "expires_at": {"N": str(int(now + RETENTION_SECONDS))},
            },
            ConditionExpression="attribute_not_exists(pk)",
        )
    except Exception as error:
        if _is_condition_failure(error):
            return False
        raise
    return True


def _items(lead_id: str) -> list[dict[str, Any]]:
    ddb, table = _table()
    items: list[dict[str, Any]] = []
    kwargs: dict[str, Any] = {
        "TableName": table,
        "ConsistentRead": True,
        "KeyConditionExpression": "pk = :pk AND begins_with(sk, :req)",
        "ExpressionAttributeValues": {":pk": {"S": PK_PREFIX + lead_id}, ":req": {"S": "REQ#"}},
    }
    while True:
        page = ddb.query(**kwargs)
        items += page.get("Items", [])
        if "LastEvaluatedKey" not in page:
            break
        kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]
    now = clock.now()  # TTL deletes late: drop expired items on read
    return [i for i in items if float(i.get("expires_at", {}).get("N", "inf")) > now]


def outstanding(lead_id: str) -> dict[str, Any]:
    """Every request of this lead's flow that the visitor has not answered yet, by key."""
    return {
        i["sk"]["S"][4:]: json.loads(i["request_json"]["S"])
        for i in _items(lead_id)
        if "response_json" not in i
    }


def answers(lead_id: str) -> dict[str, Any]:
    """The visitor's answers so far, by key (what the flow reads back)."""
    return {
        i["sk"]["S"][4:]: json.loads(i["response_json"]["S"]) for i in _items(lead_id) if "response_json" in i
    }


def answer(lead_id: str, responses: Mapping[str, Any]) -> list[str]:
    """Record answers to outstanding requests; returns the keys accepted (others are ignored)."""
    ddb, table = _table()
    accepted: list[str] = []
    for key, response in responses.items():
        if (
            not isinstance(key, str)
            or not key
            or len(key) > MAX_KEY_CHARS
            or not isinstance(response, Mapping)
        ):
            continue
        try:
            ddb.update_item(
                TableName=table,
                Key={"pk": {"S": PK_PREFIX + lead_id}, "sk": {"S": f"REQ#{key}"}},
                UpdateExpression="SET response_json = :r",
                ConditionExpression="attribute_exists(pk) AND attribute_not_exists(response_json)",
                ExpressionAttributeValues={":r": {"S": json.dumps(dict(response), separators=(",", ":"))}},
            )
        except Exception as error:
            if _is_condition_failure(error):
                continue
            raise
        accepted.append(key)
    return accepted
