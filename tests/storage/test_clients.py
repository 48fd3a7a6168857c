"""AWS clients: cached per settings, lazily imported; stray real calls fail loudly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from heyfolio.aws import clients
from heyfolio.config import Settings, get_settings

from .conftest import RealAwsCallBlocked


def test_clients_are_cached_and_keyed_by_region_and_endpoint() -> None:
    a = clients.client("dynamodb")
    assert clients.client("dynamodb") is a
    assert a.meta.region_name == get_settings().region == "us-east-1"
    other_region = clients.client("dynamodb", Settings(region="eu-west-1"))
    assert other_region is not a and other_region.meta.region_name == "eu-west-1"
    local = clients.client("dynamodb", Settings(aws_endpoint_url="http://127.0.0.1:4566"))
    assert local.meta.endpoint_url == "http://127.0.0.1:4566"
    assert clients.resource("dynamodb") is clients.resource("dynamodb")
    clients.clear_cache()
    assert clients.client("dynamodb") is not a


def test_endpoint_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:1234")
    get_settings.cache_clear()
    assert clients.client("sqs").meta.endpoint_url == "http://127.0.0.1:1234"


def test_real_aws_call_outside_moto_is_blocked() -> None:
    with pytest.raises(RealAwsCallBlocked, match=r"amazonaws\.com"):
        clients.client("dynamodb").list_tables()


def test_unmocked_service_inside_moto_is_blocked(aws: None) -> None:
    # moto does not answer S3 Vectors' QueryVectors: the call would go to the real endpoint.
    with pytest.raises(RealAwsCallBlocked, match=r"s3vectors\.us-east-1\.api\.aws/QueryVectors"):
        clients.client("s3vectors").query_vectors(
            vectorBucketName="bucket", indexName="index", topK=1, queryVector={"float32": [0.1]}
        )


def test_importing_storage_and_aws_modules_loads_no_sdk() -> None:
    code = (
        "import sys\n"
        "import heyfolio.storage, heyfolio.aws.clients, heyfolio.dev.local_emulator\n"
        "from heyfolio.storage import expiry, audit, binding, clock, conversations, errors, handles, keys\n"
        "from heyfolio.storage import invocations, leads, sessions, tables, usage\n"
        "tables.table_definitions(); keys.lead_id_for('x'); invocations.percentile([1.0], 50)\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'boto3', 'botocore', 'pynamodb', 'moto'})\n"
        "print(','.join(loaded))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"SDK imported eagerly: {out.stdout.strip()}"
