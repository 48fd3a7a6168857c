"""boto3 clients and resources made in one place, for the configured region and endpoint.

Every AWS call in heyfolio goes through here so that the region and the endpoint (the local
emulator's, when it runs) are decided once, from :class:`~heyfolio.config.Settings`. boto3 is
imported on first use only: a function that never talks to AWS never pays its import cost.
Clients are cached per process (they are thread-safe once made; making them is not, hence
the lock) and keyed by service, region and endpoint, so a changed setting gets a new client.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from heyfolio.config import Settings, get_settings

_lock = threading.Lock()
_session: Any = None
_clients: dict[tuple[str, str, str, str | None], Any] = {}
_generation = 0


_LOCAL_ONLY: contextvars.ContextVar[bool] = contextvars.ContextVar("heyfolio_local_only", default=False)


@contextmanager
def local_only() -> Iterator[None]:
    """Mark AWS calls made in this block as the local stack's own work (on AWS another function, with
    its own role, does it): the IAM check (tests/aws) does not charge them to the running function."""
    token = _LOCAL_ONLY.set(True)
    try:
        yield
    finally:
        _LOCAL_ONLY.reset(token)


def in_local_only() -> bool:
    """Whether the running code is inside :func:`local_only`."""
    return _LOCAL_ONLY.get()


def error_code(error: BaseException) -> str | None:
    """The AWS error code of a failed call (``None`` for any other error).

    Callers test codes rather than catch ``client.exceptions.X``: a client builds those classes
    lazily and without a lock, so the first failures of two threads sharing a client can raise two
    different classes of one name, and one thread's ``except`` then misses its own error.
    """
    response = getattr(error, "response", None)
    if not isinstance(response, dict):
        return None
    code = response.get("Error", {}).get("Code")
    return code if isinstance(code, str) else None


def generation() -> int:
    """Bumped by :func:`clear_cache`: callers caching what they read key on it (a new store)."""
    return _generation


def _boto3_session() -> Any:
    # One boto3 Session per process; boto3's default session is shared mutable state that
    # other libraries (and moto) also touch, so we keep our own.
    global _session
    if _session is None:
        import boto3

        _session = boto3.session.Session()
    return _session


def _get(kind: str, service: str, settings: Settings | None) -> Any:
    s = settings or get_settings()
    key = (kind, service, s.region, s.aws_endpoint_url)
    found = _clients.get(key)
    if found is not None:
        return found
    with _lock:
        found = _clients.get(key)
        if found is None:
            session = _boto3_session()
            make = session.client if kind == "client" else session.resource
            found = make(service, region_name=s.region, endpoint_url=s.aws_endpoint_url)
            _clients[key] = found
        return found


def client(service: str, settings: Settings | None = None) -> Any:
    """A cached low-level boto3 client for ``service`` (``"dynamodb"``, ``"stepfunctions"``, ...)."""
    return _get("client", service, settings)


def resource(service: str, settings: Settings | None = None) -> Any:
    """A cached boto3 resource for ``service`` (only services that have resources, e.g. dynamodb)."""
    return _get("resource", service, settings)


def clear_cache() -> None:
    """Forget every cached client and the session: after credentials or endpoints change (tests)."""
    global _session, _generation
    with _lock:
        _clients.clear()
        _session = None
        _generation += 1
