"""Signing keys of the token issuer: a JWKS document, fetched over HTTP and cached, or built locally.

Why a cache with a refresh rule: the issuer rotates keys (Cognito does), so a token signed with a
key we have not seen yet must trigger one fetch - but a flood of forged tokens with random ``kid``
values must not turn into a flood of fetches. ``HttpJwks`` refetches when its copy is older than
``ttl`` or, for an unknown ``kid``, at most once per ``min_refresh_seconds`` (concurrent callers
wait for the one fetch in flight). ``LocalJwks`` serves the local key pair as the same document
the dev server publishes at ``/.well-known/jwks.json``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from heyfolio.security.signing_keys import local_key_pair

DEFAULT_TTL_SECONDS = 3600.0
MIN_REFRESH_SECONDS = 30.0
FETCH_TIMEOUT_SECONDS = 3.0
MAX_JWKS_BYTES = 64 * 1024


class KeyNotFound(Exception):
    """No key with that ``kid`` (after the refresh the rules allow), or the key set is unreachable."""


class KeySource(Protocol):
    def key(self, kid: str | None) -> Any:
        """The verification key (a ``cryptography`` public key) for ``kid``."""
        ...


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _int_bytes(value: int) -> bytes:
    return value.to_bytes((value.bit_length() + 7) // 8 or 1, "big")


def public_jwk(public_pem: bytes) -> dict[str, str]:
    """The RSA public key as a JWK, with the RFC 7638 thumbprint as its ``kid``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

    key = serialization.load_pem_public_key(public_pem)
    if not isinstance(key, RSAPublicKey):
        raise ValueError("the signing key is not an RSA key")
    numbers = key.public_numbers()
    e, n = _b64(_int_bytes(numbers.e)), _b64(_int_bytes(numbers.n))
    canonical = json.dumps({"e": e, "kty": "RSA", "n": n}, separators=(",", ":"), sort_keys=True)
    kid = _b64(hashlib.sha256(canonical.encode()).digest())
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid, "n": n, "e": e}


def jwks_document(public_pem: bytes) -> dict[str, Any]:
    """``{"keys": [...]}`` for one public key."""
    return {"keys": [public_jwk(public_pem)]}


def _keys_of(document: Any) -> dict[str, Any]:
    from jwt.algorithms import RSAAlgorithm

    if not isinstance(document, dict) or not isinstance(document.get("keys"), list):
        raise KeyNotFound("the issuer's JWKS is not a key set")
    found: dict[str, Any] = {}
    for jwk in document["keys"]:
        if not isinstance(jwk, dict) or jwk.get("kty") != "RSA" or jwk.get("use", "sig") != "sig":
            continue
        if jwk.get("alg") not in (None, "RS256") or not isinstance(jwk.get("kid"), str):
            continue
        try:
            found[jwk["kid"]] = RSAAlgorithm.from_jwk(jwk)
        except Exception:  # one broken key must not hide the others
            continue
    return found


def _pick(keys: dict[str, Any], kid: str | None) -> Any:
    if kid is None:
        raise KeyNotFound("the token names no signing key (kid)")
    return keys.get(kid)


class LocalJwks:
    """The local issuer's key set, read from the key pair in ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def document(self) -> dict[str, Any]:
        return jwks_document(local_key_pair(self.data_dir)[1])

    def key(self, kid: str | None) -> Any:
        found = _pick(_keys_of(self.document()), kid)
        if found is None:
            raise KeyNotFound(f"no local signing key {kid!r}")
        return found


Fetch = Callable[[str, float], bytes]


def _http_get(url: str, timeout: float) -> bytes:
    import httpx

    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        response = client.get(url, headers={"accept": "application/json"})
    if response.status_code != 200:
        raise KeyNotFound(f"the issuer's JWKS answered HTTP {response.status_code}")
    if len(response.content) > MAX_JWKS_BYTES:
        raise KeyNotFound("the issuer's JWKS is implausibly large")
    return response.content


class HttpJwks:
    """A remote key set, cached; refreshed when stale or (rate-limited) on an unknown ``kid``."""

    def __init__(
        self,
        url: str,
        *,
        ttl: float = DEFAULT_TTL_SECONDS,
        min_refresh_seconds: float = MIN_REFRESH_SECONDS,
        timeout: float = FETCH_TIMEOUT_SECONDS,
        fetch: Fetch | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self.ttl = ttl
        self.min_refresh_seconds = min_refresh_seconds
        self.timeout = timeout
        self.fetches = 0
        self._fetch = fetch or _http_get
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, Any] = {}
        self._fetched_at: float | None = None

    def _refresh(self) -> None:
        self.fetches += 1
        self._fetched_at = self._clock()  # set first: a failing issuer is not retried in a loop
        try:
            document = json.loads(self._fetch(self.url, self.timeout))
        except KeyNotFound:
            raise
        except Exception as exc:
            raise KeyNotFound(f"the issuer's JWKS could not be fetched ({type(exc).__name__})") from None
        self._keys = _keys_of(document)

    def key(self, kid: str | None) -> Any:
        now = self._clock()
        stale = self._fetched_at is None or now - self._fetched_at >= self.ttl
        if not stale:
            found = _pick(self._keys, kid)
            if found is not None:
                return found
        with self._lock:
            # Another thread may have refreshed while we waited for the lock.
            found = _pick(self._keys, kid)
            fresh = self._fetched_at is not None and self._clock() - self._fetched_at < self.ttl
            if found is not None and fresh:
                return found
            recent = (
                self._fetched_at is not None and self._clock() - self._fetched_at < self.min_refresh_seconds
            )
            if not recent or not fresh:
                self._refresh()
            found = _pick(self._keys, kid)
        if found is None:
            raise KeyNotFound(f"the issuer has no signing key {kid!r}")
        return found


_sources: dict[str, HttpJwks] = {}
_sources_lock = threading.Lock()


def http_jwks(url: str) -> HttpJwks:
    """The process-wide cached key set for ``url`` (one cache per URL, shared by every request)."""
    with _sources_lock:
        found = _sources.get(url)
        if found is None:
            found = _sources[url] = HttpJwks(url)
        return found


def reset() -> None:
    """Drop every cached key set (tests)."""
    with _sources_lock:
        _sources.clear()
