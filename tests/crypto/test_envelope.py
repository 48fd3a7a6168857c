"""KMS envelope encryption against moto's KMS, and the lead fields it protects at rest."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest

from heyfolio.crypto import fields
from heyfolio.crypto.envelope import PREFIX, DecryptionError, EnvelopeCipher, is_ciphertext

CONTEXT = {"lead_id": "L1", "field": "email"}


@pytest.fixture
def kms(local_stack: None) -> Iterator[Any]:
    from heyfolio.aws import clients

    clients.clear_cache()
    fields.clear_cache()
    yield clients.client("kms")
    fields.clear_cache()
    clients.clear_cache()


@pytest.fixture
def key_id(kms: Any) -> str:
    return str(kms.create_key(Description="test")["KeyMetadata"]["KeyId"])


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_round_trip_and_format(kms: Any, key_id: str) -> None:
    cipher = EnvelopeCipher(kms, key_id, purpose="lead-fields")
    token = cipher.encrypt("grace@example.org", CONTEXT)
    assert token.startswith(PREFIX) and is_ciphertext(token) and "grace" not in token
    assert cipher.decrypt(token, CONTEXT) == "grace@example.org"
    assert cipher.encrypt("grace@example.org", CONTEXT) != token, "a fresh nonce every time"
    assert cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT) == ""
    text = "Bonjour — let's talk about 🦀 Rust"
    assert cipher.decrypt(cipher.encrypt(text, CONTEXT), CONTEXT) == text
    fresh = EnvelopeCipher(kms, key_id, purpose="lead-fields")
    assert fresh.decrypt(token, CONTEXT) == "grace@example.org", "another process unwraps via KMS"
    assert fresh.kms_calls == 1


def _tamper(token: str, index_from_end: int) -> str:
    body = token[len(PREFIX) :]
    blob = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    blob[len(blob) - index_from_end] ^= 0x01
    return PREFIX + base64.urlsafe_b64encode(bytes(blob)).rstrip(b"=").decode()


@pytest.mark.parametrize("where", [1, 10, 20, 30])  # tag, ciphertext, nonce region
def test_tampering_is_detected(kms: Any, key_id: str, where: int) -> None:
    cipher = EnvelopeCipher(kms, key_id, purpose="lead-fields")
    token = cipher.encrypt("grace@example.org", CONTEXT)
    with pytest.raises(DecryptionError):
        cipher.decrypt(_tamper(token, where), CONTEXT)


def test_tampered_wrapped_key_is_refused_by_kms(kms: Any, key_id: str) -> None:
    cipher = EnvelopeCipher(kms, key_id, purpose="lead-fields")
    token = cipher.encrypt("grace@example.org", CONTEXT)
    body = token[len(PREFIX) :]
    blob = bytearray(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    wrapped_len = int.from_bytes(blob[:2], "big")
    blob[2 + wrapped_len - 1] ^= 0x01  # the last byte of the KMS-wrapped data key
    altered = PREFIX + base64.urlsafe_b64encode(bytes(blob)).rstrip(b"=").decode()
    with pytest.raises(DecryptionError):
        EnvelopeCipher(kms, key_id, purpose="lead-fields").decrypt(altered, CONTEXT)


@pytest.mark.parametrize(
    "other",
    [{"lead_id": "L2", "field": "email"}, {"lead_id": "L1", "field": "message"}, {"lead_id": "L1"}, {}],
)
def test_wrong_record_context_is_refused(kms: Any, key_id: str, other: dict[str, str]) -> None:
    cipher = EnvelopeCipher(kms, key_id, purpose="lead-fields")
    token = cipher.encrypt("grace@example.org", CONTEXT)
    with pytest.raises(DecryptionError, match="another record"):
        cipher.decrypt(token, other)


def test_wrong_purpose_is_refused_by_kms(kms: Any, key_id: str) -> None:
    token = EnvelopeCipher(kms, key_id, purpose="lead-fields").encrypt("secret", CONTEXT)
    with pytest.raises(DecryptionError, match="KMS refused"):
        EnvelopeCipher(kms, key_id, purpose="audit").decrypt(token, CONTEXT)


@pytest.mark.parametrize(
    "token", ["plain@example.org", "hfe0.AAAA", "hfe1.!!!", "hfe1.", "hfe1.AAE", PREFIX + "AAAA"]
)
def test_unknown_or_broken_formats(kms: Any, key_id: str, token: str) -> None:
    with pytest.raises(DecryptionError):
        EnvelopeCipher(kms, key_id, purpose="lead-fields").decrypt(token, CONTEXT)


def test_reserved_context_key_and_empty_purpose(kms: Any, key_id: str) -> None:
    cipher = EnvelopeCipher(kms, key_id, purpose="p")
    with pytest.raises(ValueError):
        cipher.encrypt("x", {"heyfolio:purpose": "other"})
    with pytest.raises(ValueError):
        EnvelopeCipher(kms, key_id, purpose="")


def test_data_key_is_cached_briefly(kms: Any, key_id: str) -> None:
    clock = Clock()
    cipher = EnvelopeCipher(kms, key_id, purpose="p", key_ttl_seconds=60, max_messages_per_key=5, clock=clock)
    tokens = [cipher.encrypt(f"m{i}", CONTEXT) for i in range(5)]
    assert cipher.kms_calls == 1, "one GenerateDataKey for five messages"
    cipher.encrypt("m5", CONTEXT)
    assert cipher.kms_calls == 2, "a new key after max_messages_per_key"
    clock.t += 61
    cipher.encrypt("m6", CONTEXT)
    assert cipher.kms_calls == 3, "a new key after the TTL"
    assert [cipher.decrypt(t, CONTEXT) for t in tokens] == [f"m{i}" for i in range(5)]
    assert cipher.kms_calls == 4, "the first key aged out of the unwrap cache too: one Decrypt"


def test_kms_key_unknown_fails_loudly(kms: Any) -> None:
    cipher = EnvelopeCipher(kms, "alias/does-not-exist", purpose="p")
    with pytest.raises(Exception, match="NotFound"):
        cipher.encrypt("x", CONTEXT)


def test_local_key_created_once_behind_its_alias(kms: Any) -> None:
    first = fields.lead_cipher()
    assert fields.lead_cipher() is first
    aliases = [a["AliasName"] for a in kms.list_aliases()["Aliases"]]
    assert aliases.count("alias/heyfolio-leads") == 1
    assert fields.ensure_local_key(kms, "alias/heyfolio-leads") == first._key_id


def test_aws_never_creates_keys(kms: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from heyfolio.config import get_settings

    monkeypatch.setenv("HEYFOLIO_ENV", "aws")
    monkeypatch.setenv("HEYFOLIO_KMS_KEY_ID", "alias/missing")
    get_settings.cache_clear()
    with pytest.raises(Exception, match="NotFound"):
        fields.lead_cipher().encrypt("x", CONTEXT)
    assert kms.list_aliases()["Aliases"] == [] or all(
        a["AliasName"] != "alias/missing" for a in kms.list_aliases()["Aliases"]
    )
    get_settings.cache_clear()


def test_lead_fields_are_encrypted_at_rest(kms: Any) -> None:
    from heyfolio.aws import clients
    from heyfolio.config import get_settings
    from heyfolio.storage import keys, leads

    lead, _ = leads.create_once(
        "form-1", name="Grace", email="grace@example.org", message="Let's talk about Rust", consent=True
    )
    raw = clients.client("dynamodb").get_item(
        TableName=get_settings().table_name,
        Key={"pk": {"S": keys.lead_pk(lead.lead_id)}, "sk": {"S": keys.LEAD_SK}},
        ConsistentRead=True,
    )["Item"]
    dump = repr(raw)
    assert "grace@example.org" not in dump and "Rust" not in dump
    assert is_ciphertext(raw["email"]["S"]) and is_ciphertext(raw["message"]["S"])
    got = leads.get(lead.lead_id)
    assert got is not None and got.email == "grace@example.org" and got.message == "Let's talk about Rust"
    # A ciphertext moved to another field (or lead) does not decrypt.
    cipher = fields.lead_cipher()
    with pytest.raises(DecryptionError):
        cipher.decrypt(raw["email"]["S"], {"lead_id": lead.lead_id, "field": "message"})
    assert [x.email for x in leads.list_by_status("new")] == ["grace@example.org"]
    erased = leads.erase_personal(lead.lead_id)
    assert erased is not None and erased.email is None and erased.message is None
