"""Fixtures for the storage tests: a sealed AWS environment, in-process moto, a movable clock.

Every test here runs with dummy credentials, no profile or config files, and botocore's
HTTP send guarded: a request to anything but loopback raises :class:`RealAwsCallBlocked`
naming the URL, so a call that escapes moto (an unmocked service, a wrong endpoint) fails
loudly. HTTP(S) proxies point at a closed loopback port as a second fence.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from botocore.httpsession import URLLib3Session

from heyfolio.aws import clients
from heyfolio.config import get_settings
from heyfolio.storage import binding
from heyfolio.storage.clock import ManualClock, using_clock

CLOSED_PORT_PROXY = "http://127.0.0.1:9"  # the discard port: nothing listens there
START = 1_800_000_000.0  # 2027-01-15T08:00:00Z, a fixed "now" for the manual clock


class RealAwsCallBlocked(AssertionError):
    """A test sent an AWS request somewhere other than loopback."""


def _loopback(host: str | None) -> bool:
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(str(host)).is_loopback
    except ValueError:
        return False


_real_send = URLLib3Session.send


def _guarded_send(self: URLLib3Session, request: object) -> object:
    url = getattr(request, "url", "")
    if not _loopback(urlsplit(url).hostname):
        raise RealAwsCallBlocked(f"an AWS request escaped the emulator: {url}")
    return _real_send(self, request)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def aws_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Dummy credentials, no real endpoint reachable, fresh settings/clients/bindings."""
    for name in (
        "AWS_PROFILE",
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_DYNAMODB",
        "AWS_ROLE_ARN",
        "AWS_WEB_IDENTITY_TOKEN_FILE",
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
        "MOTO_PORT",
        "HEYFOLIO_TABLE",
        "HEYFOLIO_EVENTS_TABLE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")
    monkeypatch.setenv("AWS_REGION", "us-east-1")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "https_proxy", "http_proxy"):
        monkeypatch.setenv(name, CLOSED_PORT_PROXY)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")
    monkeypatch.setattr(URLLib3Session, "send", _guarded_send)
    get_settings.cache_clear()
    clients.clear_cache()
    binding.unbind()
    yield
    get_settings.cache_clear()
    clients.clear_cache()
    binding.unbind()


@pytest.fixture
def aws() -> Iterator[None]:
    """moto in process (no tables)."""
    from moto import mock_aws

    with mock_aws():
        yield


@pytest.fixture
def tables(aws: None) -> None:
    """moto in process with both tables created."""
    from heyfolio.storage.tables import ensure_tables

    ensure_tables()


@pytest.fixture
def clock() -> Iterator[ManualClock]:
    """The storage clock, standing at ``START`` until the test moves it."""
    manual = ManualClock(START)
    with using_clock(manual):
        yield manual


RawItem = Callable[[str, str, str], "dict[str, Any] | None"]


@pytest.fixture
def raw_item(tables: None) -> RawItem:
    """Read an item straight from DynamoDB, bypassing every expiry filter."""

    def read(table: str, pk: str, sk: str) -> dict[str, Any] | None:
        response = clients.client("dynamodb").get_item(
            TableName=table, Key={"pk": {"S": pk}, "sk": {"S": sk}}, ConsistentRead=True
        )
        item: dict[str, Any] | None = response.get("Item")
        return item

    return read
