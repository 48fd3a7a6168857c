"""The emulator's remembered steps (tests/support/emulator_memo.py) keep moto's and botocore's answers."""

from __future__ import annotations

import json

import boto3
import pytest
from moto import mock_aws

from tests.support import emulator_memo

VALID = json.dumps({"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}})
INVALID = json.dumps({"StartAt": "Missing", "States": {"Done": {"Type": "Nope"}}})
ROLE = "arn:aws:iam::123456789012:role/local"


def test_an_invalid_definition_is_refused_every_time_and_a_valid_one_accepted_every_time() -> None:
    emulator_memo.install()
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        sfn = boto3.client("stepfunctions", region_name="us-east-1")
        for attempt in range(2):
            with pytest.raises(sfn.exceptions.InvalidDefinition):
                sfn.create_state_machine(name=f"bad-{attempt}", definition=INVALID, roleArn=ROLE)
            arn = sfn.create_state_machine(name=f"good-{attempt}", definition=VALID, roleArn=ROLE)[
                "stateMachineArn"
            ]
            assert sfn.describe_state_machine(stateMachineArn=arn)["definition"] == VALID
    assert INVALID not in emulator_memo._valid_definitions
    assert VALID in emulator_memo._valid_definitions


def test_sessions_share_one_loader_whose_search_paths_do_not_grow() -> None:
    emulator_memo.install()
    first, second = boto3.session.Session(), boto3.session.Session()
    loader = first._loader
    assert second._loader is loader
    paths = list(loader.search_paths)
    boto3.session.Session()
    assert list(loader.search_paths) == paths
    assert len(set(paths)) == len(paths)
    model = second.client("sqs", region_name="us-east-1").meta.service_model
    assert model.service_name == "sqs" and "SendMessage" in model.operation_names
