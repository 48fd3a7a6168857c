"""Sealing the ``requestState`` of a Multi Round-Trip Request.

The client echoes the state back, so it is attacker-controlled: it is encrypted and
authenticated (AES-256-GCM under an HKDF-derived key), bound to the method, the
target (tool name / URI), a digest of the arguments, the audience and the caller,
and it expires. The key is shared by every endpoint instance — from SSM Parameter
Store on AWS, a file in the data folder locally — so a retry that lands on another
instance still opens. The envelope mirrors the SDK's ``RequestStateBoundary`` so the
guarantees are the same; we keep our own because importing ``mcp.server`` costs
≈400 ms of cold start.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from collections.abc import Mapping, Sequence
from typing import Any

from heyfolio.security.site_keys import aws_keys, local_key

__all__ = ["aws_keys", "local_key"]  # the site's secret keys live in the core (heyfolio.security.site_keys)

_INFO = b"heyfolio/mcp/request-state/v1"
_PREFIX = "v1."
_KID_LEN = 4
_NONCE_LEN = 12
_SKEW = 60.0


class InvalidRequestState(Exception):
    """The state failed verification; the reason is for logs only."""


def _b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _b64u_decode(text: str) -> bytes:
    raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64u(raw) != text:
        raise ValueError("non-canonical base64url")
    return raw


def args_digest(arguments: Mapping[str, Any] | None) -> str:
    canonical = json.dumps(arguments or {}, sort_keys=True, separators=(",", ":"))
    return _b64u(hashlib.sha256(canonical.encode()).digest()[:16])


def _principal_tag(principal: str, salt: bytes) -> bytes:
    return hashlib.sha256(b"principal:" + salt + principal.encode("utf-8", "surrogatepass")).digest()[:16]


class RequestStateSealer:
    """Seal and open round-trip state. ``keys[0]`` seals; every key opens (rotation)."""

    def __init__(self, keys: Sequence[bytes], *, audience: str, ttl: float = 600.0) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM
        from cryptography.hazmat.primitives.hashes import SHA256
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        if not keys:
            raise ValueError("at least one request-state key is required")
        self._ring: dict[bytes, Any] = {}
        self._kid = b""
        for i, secret in enumerate(keys):
            if len(secret) < 32:
                raise ValueError("request-state keys must be at least 32 bytes")
            key = HKDF(algorithm=SHA256(), length=32, salt=None, info=_INFO).derive(bytes(secret))
            kid = hashlib.sha256(b"kid:" + key).digest()[:_KID_LEN]
            self._ring[kid] = AESGCM(key)
            if i == 0:
                self._kid = kid
        self.audience = audience
        self.ttl = ttl

    def seal(
        self,
        state: str,
        *,
        method: str,
        target: str,
        arguments: Mapping[str, Any] | None,
        principal: str | None,
    ) -> str:
        now = time.time()
        claims: dict[str, Any] = {
            "iat": now,
            "exp": now + self.ttl,
            "m": method,
            "t": target,
            "a": args_digest(arguments),
            "aud": self.audience,
            "s": state,
        }
        if principal is not None:
            salt = os.urandom(8)
            claims["p"] = _b64u(salt + _principal_tag(principal, salt))
        nonce = os.urandom(_NONCE_LEN)
        sealed = self._ring[self._kid].encrypt(
            nonce, json.dumps(claims, separators=(",", ":")).encode(), _PREFIX.encode() + self._kid
        )
        return _PREFIX + _b64u(self._kid + nonce + sealed)

    def open(
        self,
        token: Any,
        *,
        method: str,
        target: str,
        arguments: Mapping[str, Any] | None,
        principal: str | None,
    ) -> str:
        """The plaintext state, or ``InvalidRequestState`` (tampered, expired, or for another call/caller)."""
        from cryptography.exceptions import InvalidTag

        if not isinstance(token, str) or not token.startswith(_PREFIX):
            raise InvalidRequestState("malformed")
        try:
            raw = _b64u_decode(token[len(_PREFIX) :])
        except ValueError as exc:
            raise InvalidRequestState("malformed") from exc
        if len(raw) < _KID_LEN + _NONCE_LEN + 16:
            raise InvalidRequestState("malformed")
        kid, nonce, body = raw[:_KID_LEN], raw[_KID_LEN : _KID_LEN + _NONCE_LEN], raw[_KID_LEN + _NONCE_LEN :]
        aead = self._ring.get(kid)
        if aead is None:
            raise InvalidRequestState("unknown key")
        try:
            claims = json.loads(aead.decrypt(nonce, body, _PREFIX.encode() + kid))
            iat, exp, inner = float(claims["iat"]), float(claims["exp"]), claims["s"]
        except InvalidTag:
            raise InvalidRequestState("seal") from None
        except (ValueError, KeyError, TypeError):
            raise InvalidRequestState("malformed") from None
        now = time.time()
        if not (iat <= now + _SKEW) or not (now < exp):
            raise InvalidRequestState("expired")
        if (
            claims.get("m") != method
            or claims.get("t") != target
            or claims.get("a") != args_digest(arguments)
        ):
            raise InvalidRequestState("bound to another request")
        if claims.get("aud") != self.audience:
            raise InvalidRequestState("audience")
        claim = claims.get("p")
        if (claim is None) != (principal is None):
            raise InvalidRequestState("principal drift")
        if claim is not None and principal is not None:
            try:
                salt_tag = _b64u_decode(claim)
            except ValueError:
                raise InvalidRequestState("principal") from None
            if not hmac.compare_digest(salt_tag[8:], _principal_tag(principal, salt_tag[:8])):
                raise InvalidRequestState("principal")
        if not isinstance(inner, str):
            raise InvalidRequestState("malformed")
        return inner


def default_sealer(audience: str) -> RequestStateSealer:
    from heyfolio.config import get_settings

    settings = get_settings()
    if settings.env == "aws":
        if not settings.request_state_parameter:
            raise RuntimeError(
                "HEYFOLIO_REQUEST_STATE_PARAM must name the SSM parameter holding the sealing key"
            )
        return RequestStateSealer(aws_keys(settings.request_state_parameter), audience=audience)
    return RequestStateSealer([local_key(settings.data_dir)], audience=audience)
