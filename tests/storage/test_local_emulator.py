"""The local emulator in server mode: real HTTP on loopback, reached by boto3 and pynamodb.

No moto decorator is active here, so every answer comes from the threaded server.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator

import pytest
from moto.core.models import botocore_stubber

from heyfolio.aws import clients
from heyfolio.config import get_settings
from heyfolio.dev.local_emulator import LocalEmulator
from heyfolio.storage import handles, leads
from heyfolio.storage.clock import ManualClock
from heyfolio.storage.tables import ensure_tables

PASS_MACHINE = {
    "StartAt": "Greet",
    "States": {
        "Greet": {"Type": "Pass", "Result": {"hello": "heyfolio"}, "ResultPath": "$.greeting", "End": True}
    },
}


@pytest.fixture
def emulator() -> Iterator[LocalEmulator]:
    with LocalEmulator() as running:
        yield running


def test_start_points_env_and_settings_at_loopback(emulator: LocalEmulator) -> None:
    url = emulator.endpoint_url
    assert url is not None and url.startswith("http://127.0.0.1:")
    port = url.rsplit(":", 1)[1]
    assert port != "5000" and int(port) > 0
    assert os.environ["AWS_ENDPOINT_URL"] == url
    assert os.environ["MOTO_PORT"] == port
    assert os.environ["AWS_ACCESS_KEY_ID"] == "heyfolio-local"
    assert get_settings().aws_endpoint_url == url
    assert emulator.start() == url, "start() twice returns the running endpoint"


def test_boto3_and_pynamodb_reach_the_server(emulator: LocalEmulator, clock: ManualClock) -> None:
    assert not botocore_stubber.enabled, "no in-process mock may answer in this test"
    ddb = clients.client("dynamodb")
    assert ddb.meta.endpoint_url == emulator.endpoint_url
    ensure_tables()
    lead, created = leads.create_once(
        "server-mode", name="Lin", email="lin@example.org", message="hi", consent=True
    )
    assert created
    # boto3 sees what pynamodb wrote: both talk to the same server.
    raw = ddb.get_item(
        TableName=get_settings().table_name, Key={"pk": {"S": f"LEAD#{lead.lead_id}"}, "sk": {"S": "LEAD"}}
    )
    # (email is stored encrypted with the emulator's KMS key; the repository decrypts it)
    assert raw["Item"]["email"]["S"].startswith("hfe1.") and "lin@example.org" not in str(raw)
    assert leads.get(lead.lead_id).email == "lin@example.org"  # type: ignore[union-attr]
    h = handles.mint("task", {"n": 1})
    assert handles.consume(h) is not None and handles.consume(h) is None


def test_pynamodb_alone_honours_aws_endpoint_url(emulator: LocalEmulator) -> None:
    # A model with no host at all: botocore resolves AWS_ENDPOINT_URL from the environment.
    # (Were it ignored, the request would go to dynamodb.us-east-1.amazonaws.com and be blocked.)
    from pynamodb.attributes import UnicodeAttribute
    from pynamodb.models import Model

    class Probe(Model):
        class Meta:
            table_name = "probe"
            region = "us-east-1"

        key = UnicodeAttribute(hash_key=True)
        value = UnicodeAttribute()

    assert getattr(Probe.Meta, "host", None) is None
    Probe.create_table(billing_mode="PAY_PER_REQUEST", wait=True)
    Probe("k", value="v").save()
    assert Probe.get("k").value == "v"
    assert Probe._get_connection().connection.client.meta.endpoint_url == emulator.endpoint_url
    assert "probe" in clients.client("dynamodb").list_tables()["TableNames"]


def test_step_functions_execute(emulator: LocalEmulator) -> None:
    sfn = clients.client("stepfunctions")
    machine = sfn.create_state_machine(
        name="hello",
        definition=json.dumps(PASS_MACHINE),
        roleArn="arn:aws:iam::123456789012:role/heyfolio-local",
    )
    run = sfn.start_execution(stateMachineArn=machine["stateMachineArn"], input=json.dumps({"who": "ada"}))
    deadline = time.monotonic() + 60  # moto's executor thread: patience, not a bound
    described = sfn.describe_execution(executionArn=run["executionArn"])
    while described["status"] == "RUNNING" and time.monotonic() < deadline:
        time.sleep(0.05)
        described = sfn.describe_execution(executionArn=run["executionArn"])
    assert described["status"] == "SUCCEEDED"
    assert json.loads(described["output"]) == {"who": "ada", "greeting": {"hello": "heyfolio"}}


def test_stop_restores_environment() -> None:
    before = {k: os.environ.get(k) for k in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "MOTO_PORT")}
    emulator = LocalEmulator()
    url = emulator.start()
    assert os.environ["AWS_ENDPOINT_URL"] == url
    emulator.stop()
    assert {k: os.environ.get(k) for k in before} == before
    assert get_settings().aws_endpoint_url is None
    assert not emulator.running
    emulator.stop()  # stopping twice is harmless
    host, port = url.removeprefix("http://").rsplit(":", 1)
    with pytest.raises(ConnectionRefusedError), socket.create_connection((host, int(port)), timeout=2):
        pass  # the server is really gone


def test_without_execution_state_machines_do_not_run() -> None:
    with LocalEmulator(execute_state_machines=False):
        sfn = clients.client("stepfunctions")
        machine = sfn.create_state_machine(
            name="idle", definition=json.dumps(PASS_MACHINE), roleArn="arn:aws:iam::123456789012:role/x"
        )
        run = sfn.start_execution(stateMachineArn=machine["stateMachineArn"])
        # No waiting for something not to happen: the server (in this process) put the machine in
        # moto's plain backend, whose executions have no executor at all, not in the executing one.
        from moto.core import DEFAULT_ACCOUNT_ID
        from moto.stepfunctions.models import stepfunctions_backends
        from moto.stepfunctions.parser.models import stepfunctions_parser_backends

        region = get_settings().region
        plain = stepfunctions_backends[DEFAULT_ACCOUNT_ID][region]
        executing = stepfunctions_parser_backends[DEFAULT_ACCOUNT_ID][region]
        assert machine["stateMachineArn"] in [m.arn for m in plain.state_machines]
        assert machine["stateMachineArn"] not in [m.arn for m in executing.state_machines]
        described = sfn.describe_execution(executionArn=run["executionArn"])
        assert described["status"] == "RUNNING"
        assert "output" not in described


def test_a_new_emulator_starts_without_what_an_earlier_one_left() -> None:
    """moto's backends live in the process: a second emulator (a later test, the dev server after a
    publish) must not read the tables and leads an earlier one wrote."""
    with LocalEmulator():
        ensure_tables()
        leads.create_once("left-behind", name="Ida", email="ida@example.org", message="hi", consent=True)
        assert clients.client("dynamodb").list_tables()["TableNames"]
    with LocalEmulator():
        assert clients.client("dynamodb").list_tables()["TableNames"] == []
        ensure_tables()
        assert leads.list_by_status("new") == []
