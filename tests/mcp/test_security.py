"""Owner tokens and requestState sealing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import jwt
import pytest

from heyfolio.security.shared_keys import local_key
from heyfolio.security.tokens import InvalidToken, local_key_pair, mint_token, verify_token
from mcp_handlers.request_state import InvalidRequestState, RequestStateSealer


def test_tokens_round_trip_and_refuse_the_wrong_ones(fresh_settings: None, tmp_path: Path) -> None:
    token = mint_token("owner")
    identity = verify_token(token)
    assert identity.role == "owner" and identity.subject == "owner"
    assert verify_token(mint_token("visitor")).role == "visitor"
    with pytest.raises(InvalidToken):
        verify_token(mint_token("owner", public_url="https://other.example"))  # another audience
    with pytest.raises(InvalidToken):
        verify_token(mint_token("owner", now=time.time() - 7200))  # expired
    with pytest.raises(InvalidToken):
        verify_token(mint_token("owner", data_dir=tmp_path / "other-keys"))  # another signer
    claims: dict[str, Any] = jwt.decode(token, options={"verify_signature": False})
    with pytest.raises(InvalidToken):
        verify_token(jwt.encode(claims, "secret" * 8, algorithm="HS256"))  # algorithm pinned
    with pytest.raises(InvalidToken):
        verify_token(
            jwt.encode(
                {**claims, "role": "admin"}, local_key_pair(Path(fresh_data_dir()))[0], algorithm="RS256"
            )
        )
    with pytest.raises(ValueError):
        mint_token("admin")  # type: ignore[arg-type]


def fresh_data_dir() -> str:
    from heyfolio.config import get_settings

    return str(get_settings().data_dir)


def test_sealer_binds_state_to_call_and_caller(tmp_path: Path) -> None:
    key = local_key(tmp_path)
    assert local_key(tmp_path) == key and (tmp_path / "request-state.key").stat().st_mode & 0o777 == 0o600
    sealer = RequestStateSealer([key], audience="http://x/mcp")
    token = sealer.seal("s1", method="tools/call", target="contact_owner", arguments={"a": 1}, principal="p")
    assert (
        sealer.open(token, method="tools/call", target="contact_owner", arguments={"a": 1}, principal="p")
        == "s1"
    )
    bad = [
        dict(method="prompts/get", target="contact_owner", arguments={"a": 1}, principal="p"),
        dict(method="tools/call", target="match_role", arguments={"a": 1}, principal="p"),
        dict(method="tools/call", target="contact_owner", arguments={"a": 2}, principal="p"),
        dict(method="tools/call", target="contact_owner", arguments={"a": 1}, principal="q"),
        dict(method="tools/call", target="contact_owner", arguments={"a": 1}, principal=None),
    ]
    for kwargs in bad:
        with pytest.raises(InvalidRequestState):
            sealer.open(token, **kwargs)  # type: ignore[arg-type]
    other_audience = RequestStateSealer([key], audience="http://y/mcp")
    with pytest.raises(InvalidRequestState):
        other_audience.open(
            token, method="tools/call", target="contact_owner", arguments={"a": 1}, principal="p"
        )
    expired = RequestStateSealer([key], audience="http://x/mcp", ttl=-1)
    old = expired.seal("s", method="tools/call", target="t", arguments=None, principal=None)
    with pytest.raises(InvalidRequestState, match="expired"):
        sealer.open(old, method="tools/call", target="t", arguments=None, principal=None)
    rotated = RequestStateSealer([b"n" * 32, key], audience="http://x/mcp")
    assert (
        rotated.open(token, method="tools/call", target="contact_owner", arguments={"a": 1}, principal="p")
        == "s1"
    )
    with pytest.raises(InvalidRequestState):
        RequestStateSealer([b"z" * 32], audience="http://x/mcp").open(
            token, method="tools/call", target="contact_owner", arguments={"a": 1}, principal="p"
        )
    with pytest.raises(ValueError):
        RequestStateSealer([b"short"], audience="a")
