"""GitHub webhook signatures: HMAC-SHA256 of the raw body, compared in constant time.

GitHub signs the exact bytes it sends (``X-Hub-Signature-256: sha256=<64 hex>``); any
re-encoding of the body (parsing and dumping JSON) would break the check, so callers pass
the raw body. The legacy SHA-1 header is deliberately not accepted.
"""

from __future__ import annotations

import hashlib
import hmac
import re

PREFIX = "sha256="
_HEX64 = re.compile(r"[0-9a-f]{64}")


class SignatureError(Exception):
    """The delivery is not proven to come from GitHub; the message says why."""


def sign(secret: bytes, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value GitHub sends for ``body`` (tests and samples use it)."""
    return PREFIX + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, header: str | None) -> None:
    """Raise :class:`SignatureError` unless ``header`` is GitHub's signature of ``body``."""
    if not secret:
        raise SignatureError("the webhook secret is not configured, so no delivery can be verified")
    if header is None or not header.strip():
        raise SignatureError("missing X-Hub-Signature-256 header: configure the webhook with a secret")
    value = header.strip()
    if not value.startswith(PREFIX) or not _HEX64.fullmatch(value[len(PREFIX) :].lower()):
        raise SignatureError("malformed X-Hub-Signature-256 header: expected 'sha256=' and 64 hex digits")
    if not hmac.compare_digest(sign(secret, body), PREFIX + value[len(PREFIX) :].lower()):
        raise SignatureError("X-Hub-Signature-256 does not match the body: wrong secret or altered payload")
