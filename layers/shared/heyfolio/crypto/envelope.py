"""KMS envelope encryption: AES-256-GCM under a data key that KMS generates and wraps.

Why envelope encryption: KMS ``Encrypt`` takes at most 4 KB and costs a network call per
value; instead KMS makes a data key once (``GenerateDataKey`` with an encryption context),
we encrypt locally with it, and store the KMS-wrapped copy beside the ciphertext. The plain
data key stays in memory briefly (``key_ttl_seconds``, ``max_messages_per_key``) and is
never stored.

Two contexts, two jobs:
- the **KMS encryption context** (``{"heyfolio:purpose": purpose}``) binds a data key to its
  purpose: a lead-field key cannot be unwrapped as anything else, and CloudTrail shows why a
  key was used. It is the same for every value of a purpose, so one data key serves many.
- the **record context** (e.g. ``{"lead_id": ..., "field": "email"}``) is authenticated data of
  each AES-GCM message: a ciphertext copied to another lead or another field fails to decrypt.

Format (versioned so the scheme can change without breaking stored data)::

    hfe1.<base64url( u16 len(wrapped key) | wrapped key | 12-byte nonce | ciphertext+tag )>

The AAD is ``b"hfe1\\0" + canonical JSON of {purpose, record context}``.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

VERSION = "hfe1"
PREFIX = VERSION + "."
NONCE_BYTES = 12
CONTEXT_KEY = "heyfolio:purpose"


class DecryptionError(Exception):
    """A ciphertext could not be decrypted: altered, wrong context, wrong key or unknown format."""


@dataclass
class _DataKey:
    plaintext: bytes
    wrapped: bytes
    made_at: float
    uses: int = 0


class EnvelopeCipher:
    """Encrypts and decrypts short strings (emails, messages) for one ``purpose``.

    ``kms`` is a boto3 KMS client (or anything with ``generate_data_key``/``decrypt``);
    ``key_id`` a key id, ARN or alias. Thread-safe.
    """

    def __init__(
        self,
        kms: Any,
        key_id: str,
        *,
        purpose: str,
        key_ttl_seconds: float = 300.0,
        max_messages_per_key: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
        decrypt_cache_size: int = 64,
    ) -> None:
        if not purpose:
            raise ValueError("purpose must not be empty")
        self._kms = kms
        self._key_id = key_id
        self._purpose = purpose
        self._ttl = key_ttl_seconds
        self._max_uses = max_messages_per_key
        self._clock = clock
        self._lock = threading.Lock()
        self._current: _DataKey | None = None
        self._unwrapped: OrderedDict[bytes, tuple[bytes, float]] = OrderedDict()
        self._cache_size = decrypt_cache_size
        self.kms_calls = 0

    @property
    def kms_context(self) -> dict[str, str]:
        return {CONTEXT_KEY: self._purpose}

    def _aad(self, context: Mapping[str, str]) -> bytes:
        if CONTEXT_KEY in context:
            raise ValueError(f"{CONTEXT_KEY} is reserved")
        full = {CONTEXT_KEY: self._purpose, **{str(k): str(v) for k, v in context.items()}}
        return VERSION.encode() + b"\0" + json.dumps(full, sort_keys=True, separators=(",", ":")).encode()

    def _data_key(self) -> _DataKey:
        with self._lock:
            key = self._current
            now = self._clock()
            if key is None or now - key.made_at >= self._ttl or key.uses >= self._max_uses:
                response = self._kms.generate_data_key(
                    KeyId=self._key_id, KeySpec="AES_256", EncryptionContext=self.kms_context
                )
                self.kms_calls += 1
                key = self._current = _DataKey(response["Plaintext"], response["CiphertextBlob"], now)
                self._remember(key.wrapped, key.plaintext, now)
            key.uses += 1
            return key

    def _remember(self, wrapped: bytes, plaintext: bytes, now: float) -> None:
        self._unwrapped[wrapped] = (plaintext, now)
        self._unwrapped.move_to_end(wrapped)
        while len(self._unwrapped) > self._cache_size:
            self._unwrapped.popitem(last=False)

    def _unwrap(self, wrapped: bytes) -> bytes:
        now = self._clock()
        with self._lock:
            found = self._unwrapped.get(wrapped)
            if found is not None and now - found[1] < self._ttl:
                return found[0]
        try:
            response = self._kms.decrypt(CiphertextBlob=wrapped, EncryptionContext=self.kms_context)
        except Exception as error:
            # KMS refuses a wrapped key under another purpose (InvalidCiphertextException).
            raise DecryptionError(f"KMS refused to unwrap the data key: {type(error).__name__}") from error
        with self._lock:
            self.kms_calls += 1
            self._remember(wrapped, response["Plaintext"], now)
        return bytes(response["Plaintext"])

    def encrypt(self, plaintext: str, context: Mapping[str, str]) -> str:
        """The versioned ciphertext of ``plaintext``, bound to ``context``."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        key = self._data_key()
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key.plaintext).encrypt(nonce, plaintext.encode("utf-8"), self._aad(context))
        blob = struct.pack(">H", len(key.wrapped)) + key.wrapped + nonce + sealed
        return PREFIX + base64.urlsafe_b64encode(blob).rstrip(b"=").decode()

    def decrypt(self, token: str, context: Mapping[str, str]) -> str:
        """The plaintext of ``token``; :class:`DecryptionError` if it was altered or the context differs."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not isinstance(token, str) or not token.startswith(PREFIX):
            raise DecryptionError(f"not a {VERSION} ciphertext (unknown format or version)")
        body = token[len(PREFIX) :]
        try:
            blob = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError):
            raise DecryptionError("ciphertext is not valid base64url") from None
        if len(blob) < 2:
            raise DecryptionError("ciphertext is truncated")
        (wrapped_len,) = struct.unpack(">H", blob[:2])
        wrapped = blob[2 : 2 + wrapped_len]
        nonce = blob[2 + wrapped_len : 2 + wrapped_len + NONCE_BYTES]
        sealed = blob[2 + wrapped_len + NONCE_BYTES :]
        if len(wrapped) != wrapped_len or len(nonce) != NONCE_BYTES or len(sealed) < 16:
            raise DecryptionError("ciphertext is truncated")
        key = self._unwrap(wrapped)
        try:
            return AESGCM(key).decrypt(nonce, sealed, self._aad(context)).decode("utf-8")
        except InvalidTag:
            raise DecryptionError("ciphertext was altered or belongs to another record/field") from None


def is_ciphertext(value: object) -> bool:
    """True if ``value`` looks like one of our ciphertexts (any version we wrote)."""
    return isinstance(value, str) and value.startswith(PREFIX)
