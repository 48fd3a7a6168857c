"""Suite-wide guards: no test reaches the internet or a real AWS, Anthropic or GitHub endpoint.

Every socket connection to a non-loopback address raises at once, so a stray
real call fails loudly instead of hanging or, worse, succeeding. AWS calls go
to moto (in-process or on loopback) with dummy credentials.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import atomic_writes, emulator_memo

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = PROJECT_ROOT.parent / "shared" / "fixtures"

# Dummy credentials: botocore never finds real ones during tests.
for _key, _value in {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "HEYFOLIO_ENV": "local",
    "POWERTOOLS_TRACE_DISABLED": "true",
    "POWERTOOLS_METRICS_NAMESPACE": "HeyfolioTest",
    # Many tests call /mcp, /api/* and chat from one loopback address within a minute; the
    # limits' own tests (tests/limits) set tight ones explicitly.
    "HEYFOLIO_CHAT_LIMITS": "100000/m",
    "HEYFOLIO_MCP_LIMITS": "100000/m",
    "HEYFOLIO_MCP_IP_LIMITS": "100000/m",
    "HEYFOLIO_API_LIMITS": "100000/m",
    "HEYFOLIO_OWNER_LIMITS": "100000/m",
    "HEYFOLIO_WEBHOOK_LIMITS": "100000/m",
    "HEYFOLIO_CONTACT_LIMITS": "100000/m",
    "HEYFOLIO_VISITOR_LIMITS": "100000/m",
    "HEYFOLIO_GLOBAL_LIMITS": "1000000/m",
    "HEYFOLIO_LIMITS_BACKEND": "memory",
    # Faked model turns across the suite share the process's budget store; tests of the spend
    # caps (tests/chat/test_spend_caps.py, tests/limits) set tight ones explicitly.
    "HEYFOLIO_BUDGET_DAILY_USD": "1000",
    "HEYFOLIO_BUDGET_MONTHLY_USD": "10000",
}.items():
    os.environ[_key] = _value
for _key in ("ANTHROPIC_API_KEY", "AWS_PROFILE", "GITHUB_TOKEN"):
    os.environ.pop(_key, None)

# Under pytest-xdist, tests that keep the default data folder (./.heyfolio) would share keys and
# local tables across the parallel workers: each worker gets its own folder instead.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER")
if _WORKER and "HEYFOLIO_DATA_DIR" not in os.environ:
    os.environ["HEYFOLIO_DATA_DIR"] = str(PROJECT_ROOT / ".heyfolio" / "workers" / _WORKER)


class NetworkBlocked(RuntimeError):
    """A test tried to reach a host outside this machine."""


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _guarded_connect(self: socket.socket, address: object) -> None:
    if isinstance(address, tuple) and self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0])
        if not _is_loopback(host):
            raise NetworkBlocked(
                f"test tried to connect to {host}:{address[1]} - tests must not reach the network"
            )
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if isinstance(address, tuple) and self.family in (socket.AF_INET, socket.AF_INET6):
        host = str(address[0])
        if not _is_loopback(host):
            raise NetworkBlocked(
                f"test tried to connect to {host}:{address[1]} - tests must not reach the network"
            )
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


def _guarded_getaddrinfo(host: object, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
    if isinstance(host, bytes):
        host = host.decode()
    if host is not None and not _is_loopback(str(host)):
        raise NetworkBlocked(f"test tried to resolve {host} - tests must not reach the network")
    return _real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]
socket.getaddrinfo = _guarded_getaddrinfo


@pytest.fixture
def shared_fixtures() -> Path:
    """``../shared/fixtures`` (read-only fixtures written by others)."""
    assert SHARED_FIXTURES.is_dir(), f"missing {SHARED_FIXTURES}: CI runs with ../shared beside the project"
    return SHARED_FIXTURES


@pytest.fixture
def fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Isolate settings and the published portfolio per test (data folder in tmp)."""
    from heyfolio.config import get_settings
    from heyfolio.github.live import clear_cache
    from heyfolio.published import reload

    monkeypatch.setenv("HEYFOLIO_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    reload()
    clear_cache()
    yield
    get_settings.cache_clear()
    reload()
    clear_cache()


@pytest.fixture
def local_stack(fresh_settings: None) -> Iterator[None]:
    """The local AWS stack in process: moto (with Step Functions execution) and the tables created."""
    from moto import mock_aws

    from heyfolio.aws.clients import clear_cache
    from heyfolio.storage.tables import ensure_tables

    # Clients made before (or by another test's emulator) must not leak into this mock.
    clear_cache()
    with mock_aws(config={"stepfunctions": {"execute_state_machine": True}}):
        ensure_tables()
        yield
    clear_cache()


def pytest_configure(config: pytest.Config) -> None:
    """The emulator's per-test set-up without its repeated pure steps (tests/support/emulator_memo.py)
    and with DynamoDB's conditional writes atomic as on AWS (tests/support/atomic_writes.py), in each
    process that runs tests (an xdist controller runs none: it skips the imports)."""
    if not config.pluginmanager.has_plugin("dsession"):
        emulator_memo.install()
        atomic_writes.install()


# Permissions from the code: every AWS call a function makes is checked against its policies.
# How the parallel run shares the files between its workers (tests/support/schedule.py).
pytest_plugins = ("tests.aws.plugin", "tests.support.schedule")
