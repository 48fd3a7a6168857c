"""The webhook secret and the optional API token: environment locally, Secrets Manager on AWS.

On AWS the values sit in Secrets Manager (ARNs in ``GITHUB_WEBHOOK_SECRET_ARN`` and
``GITHUB_TOKEN_SECRET_ARN``) and are read through Powertools' ``SecretsProvider``, which
caches them for ``CACHE_SECONDS`` so a warm function does not call Secrets Manager per
delivery yet picks up a rotation within minutes. Locally they come from
``GITHUB_WEBHOOK_SECRET`` / ``GITHUB_TOKEN``; with no webhook secret set, a local run
(never an AWS one) uses :data:`LOCAL_DEV_SECRET` so ``make dev`` and the sample events work.
"""

from __future__ import annotations

import threading
from typing import Any

from heyfolio.aws.clients import client
from heyfolio.config import get_settings

CACHE_SECONDS = 300
LOCAL_DEV_SECRET = "heyfolio-local-webhook-secret"
"""The webhook secret of a local run with none configured (documented, loopback only)."""

_lock = threading.Lock()
_providers: dict[tuple[str, str | None], Any] = {}


def _provider() -> Any:
    from aws_lambda_powertools.utilities.parameters import SecretsProvider

    settings = get_settings()
    key = (settings.region, settings.aws_endpoint_url)
    with _lock:
        found = _providers.get(key)
        if found is None:
            found = SecretsProvider(boto3_client=client("secretsmanager", settings))
            _providers[key] = found
        return found


def _secret(arn: str) -> str | None:
    value = _provider().get(arn, max_age=CACHE_SECONDS)
    if isinstance(value, bytes):
        value = value.decode()
    return str(value).strip() or None if value is not None else None


def webhook_secret() -> bytes | None:
    """The shared secret GitHub signs deliveries with, or ``None`` if none is configured."""
    settings = get_settings()
    value = _secret(settings.github_webhook_secret_arn) if settings.github_webhook_secret_arn else None
    value = value or settings.github_webhook_secret
    if not value and settings.env == "local":
        value = LOCAL_DEV_SECRET
    return value.encode() if value else None


def api_token() -> str | None:
    """A GitHub token for the REST API (optional: without one the reconcile runs unauthenticated)."""
    settings = get_settings()
    if settings.github_token_secret_arn:
        return _secret(settings.github_token_secret_arn)
    return settings.github_token


def clear_cache() -> None:
    """Forget cached providers and values (tests, rotation drills)."""
    with _lock:
        _providers.clear()
