"""The field ciphers the stores use, built once per process from the settings.

On AWS the key is the stack's KMS key (``HEYFOLIO_KMS_KEY_ID``, an alias created by the
template). Locally (``HEYFOLIO_ENV=local``) the key lives in moto's KMS (the dev server's
emulator, or ``mock_aws`` in tests); the first use creates it and its alias there, the way
``ensure_tables`` creates the tables. On AWS a missing key is an error, never created.
"""

from __future__ import annotations

import threading

from heyfolio.aws import clients
from heyfolio.config import Settings, get_settings
from heyfolio.crypto.envelope import EnvelopeCipher

LEAD_PURPOSE = "lead-fields"

_lock = threading.Lock()
_ciphers: dict[tuple[str, str, int], EnvelopeCipher] = {}


def ensure_local_key(kms: object, alias: str) -> str:
    """The key id behind ``alias`` in the local emulator, creating key and alias if needed."""
    try:
        return str(kms.describe_key(KeyId=alias)["KeyMetadata"]["KeyId"])  # type: ignore[attr-defined]
    except Exception as error:
        if "NotFound" not in type(error).__name__ and "NotFound" not in str(error):
            raise
    key_id = str(
        kms.create_key(Description="heyfolio lead fields (local)", KeyUsage="ENCRYPT_DECRYPT")[  # type: ignore[attr-defined]
            "KeyMetadata"
        ]["KeyId"]
    )
    kms.create_alias(AliasName=alias, TargetKeyId=key_id)  # type: ignore[attr-defined]
    return key_id


def lead_cipher(settings: Settings | None = None) -> EnvelopeCipher:
    """The cipher for lead emails and messages."""

    s = settings or get_settings()
    kms = clients.client("kms", s)
    # Keyed by the client too: a new client (clients.clear_cache) means a new endpoint/emulator.
    cache_key = (s.kms_key_id, s.env, id(kms))
    with _lock:
        found = _ciphers.get(cache_key)
        if found is not None:
            return found
        key_id = s.kms_key_id
        if s.env == "local" and key_id.startswith("alias/"):
            key_id = ensure_local_key(kms, key_id)
        cipher = _ciphers[cache_key] = EnvelopeCipher(kms, key_id, purpose=LEAD_PURPOSE)
        return cipher


def clear_cache() -> None:
    """Forget the ciphers (tests: a fresh emulator has different keys)."""
    with _lock:
        _ciphers.clear()
