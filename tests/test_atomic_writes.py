"""moto's DynamoDB writes run under one lock in tests (tests/support/atomic_writes.py), as DynamoDB
checks a condition and writes its item atomically."""

from __future__ import annotations

import sys
import threading
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError
from moto import mock_aws
from moto.dynamodb.models.table import Table

from tests.support import atomic_writes


def test_a_conditional_put_checks_and_writes_under_the_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    atomic_writes.install()
    held: list[bool] = []
    original = Table.put_item

    def watched(self: Any, *args: Any, **kwargs: Any) -> Any:
        # RLock._is_owned: whether the calling thread holds it (what "inside the lock" means here)
        held.append(atomic_writes._lock._is_owned())  # type: ignore[attr-defined]
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Table, "put_item", watched)
    with mock_aws():
        db = boto3.client("dynamodb", region_name="us-east-1")
        db.create_table(
            TableName="t",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        db.put_item(TableName="t", Item={"pk": {"S": "a"}}, ConditionExpression="attribute_not_exists(pk)")
        with pytest.raises(db.exceptions.ConditionalCheckFailedException):
            db.put_item(
                TableName="t", Item={"pk": {"S": "a"}}, ConditionExpression="attribute_not_exists(pk)"
            )
    assert held == [True, True]
    assert not atomic_writes._lock._is_owned()  # type: ignore[attr-defined]


def test_concurrent_conditional_puts_of_one_key_let_exactly_one_through() -> None:
    atomic_writes.install()
    # Threads switch every microsecond instead of every 5 ms: without the lock, a round then lets two
    # writers through often enough to see (about one round in thirty on a two-core machine).
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        _rounds_of_concurrent_puts(rounds=20)
    finally:
        sys.setswitchinterval(previous)


def _rounds_of_concurrent_puts(*, rounds: int) -> None:
    with mock_aws():
        db = boto3.client("dynamodb", region_name="us-east-1")
        db.create_table(
            TableName="t",
            KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
            AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
            BillingMode="PAY_PER_REQUEST",
        )
        for key in range(rounds):
            outcomes = _one_round(db, f"key-{key}", writers=16)
            assert sorted(outcomes) == [False] * 15 + [True], f"round {key}"


def _one_round(db: Any, key: str, *, writers: int) -> list[bool]:
    """``writers`` threads released together, each putting ``key`` only if it is absent."""
    gate = threading.Barrier(writers)
    outcomes: list[bool] = []

    def put(n: int) -> None:
        gate.wait()
        try:
            db.put_item(
                TableName="t",
                Item={"pk": {"S": key}, "writer": {"N": str(n)}},
                ConditionExpression="attribute_not_exists(pk)",
            )
            outcomes.append(True)
        except ClientError as error:
            # By code, not ``db.exceptions.…``: a client builds its exception classes lazily and
            # unlocked, so two threads' first failures can raise two different classes of that name.
            if error.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise
            outcomes.append(False)

    threads = [threading.Thread(target=put, args=(n,)) for n in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return outcomes
