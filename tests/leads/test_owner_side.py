"""The owner's side of leads: list_leads names ids and status, refused tokens say why and how to
fix it, every metadata URL a 401 points to answers, and ``heyfolio token`` mints for the server."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.mcp_tasks.support import McpWire

FORM = {"name": "Ada Lovelace", "email": "ada@example.com", "message": "A staff role?", "consent": True}


@pytest.fixture
def site(base_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The dev app whose public URL is the address it really serves on (as ``make dev`` has it)."""
    from heyfolio.config import get_settings

    monkeypatch.setenv("HEYFOLIO_PUBLIC_URL", base_url)
    get_settings.cache_clear()
    yield base_url
    monkeypatch.delenv("HEYFOLIO_PUBLIC_URL")
    get_settings.cache_clear()


def test_list_leads_shows_the_ids_and_status_review_lead_needs(base_url: str) -> None:
    from heyfolio.leads.service import submit
    from heyfolio.security.tokens import mint_token

    lead = submit("owner-side-1", FORM, source="web")
    owner = McpWire(base_url, token=mint_token("owner"), caps={})
    listed = owner.call_tool("list_leads", {"status": "new"})
    [item] = listed["structuredContent"]["leads"]
    assert (item["leadId"], item["status"], item["source"]) == (lead.lead_id, "new", "web")
    text = listed["content"][0]["text"]
    assert f"- {lead.lead_id} [new] Ada Lovelace <ada@example.com> via web: A staff role?" in text
    assert "review_lead" in text
    decided = owner.call_tool(
        "review_lead", {"lead_id": lead.lead_id, "decision": "approve", "reply": "Yes!"}
    )
    assert decided["structuredContent"]["status"] == "approved"
    approved = owner.call_tool("list_leads", {"status": "approved"})
    assert approved["structuredContent"]["leads"][0]["reply"] == "Yes!"


def _refusal(base_url: str, token: str) -> str:
    response = httpx.get(
        f"{base_url}/api/owner/leads", headers={"authorization": f"Bearer {token}"}, timeout=30
    )
    assert response.status_code == 401
    message: str = response.json()["message"]
    assert message.count("The token was refused") == 1, message
    return message


def test_a_token_for_another_port_names_the_issuer_and_the_command_that_fixes_it(site: str) -> None:
    from heyfolio.security.tokens import mint_token

    message = _refusal(site, mint_token("owner", public_url="http://127.0.0.1:9"))
    assert "issued by 'http://127.0.0.1:9'" in message and "wrong issuer" in message
    assert message.endswith(f"Mint a token for this server: heyfolio token --role owner --url {site}")


def test_an_expired_token_says_when(site: str) -> None:
    from heyfolio.security.tokens import mint_token

    message = _refusal(site, mint_token("owner", ttl_seconds=60, now=time.time() - 7200))
    assert re.search(r"it expired at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\.", message)
    assert "heyfolio token --role owner --url" in message


def test_on_aws_the_fix_is_signing_in(monkeypatch: pytest.MonkeyPatch, fresh_settings: None) -> None:
    from heyfolio.config import get_settings
    from heyfolio.security.refusals import explain

    monkeypatch.setenv("HEYFOLIO_OAUTH_ISSUER", "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc")
    get_settings.cache_clear()
    message = explain("revoked", "revoked")
    assert message.startswith("The token was refused: it has been revoked")
    assert "Sign in again" in message and "heyfolio token" not in message


def test_every_metadata_url_an_anonymous_owner_call_points_to_answers(site: str) -> None:
    base_url = site
    with httpx.Client(timeout=30) as http:
        for url, headers in (
            (f"{base_url}/api/owner/leads", {}),
            (f"{base_url}/api/owner/approvals", {}),
        ):
            refused = http.get(url, headers=headers)
            assert refused.status_code == 401
            challenge = refused.headers["www-authenticate"]
            metadata_url = re.search(r'resource_metadata="([^"]+)"', challenge).group(1)  # type: ignore[union-attr]
            metadata = http.get(metadata_url)
            assert metadata.status_code == 200, metadata_url
            for server in metadata.json()["authorization_servers"]:
                for path in ("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"):
                    found = http.get(server + path)
                    assert found.status_code == 200, server + path
                    document = found.json()
                    assert document["issuer"] == server
                    assert http.get(document["jwks_uri"]).json()["keys"]
                    assert "heyfolio token --role owner" in document["description"]
        mcp = McpWire(base_url, caps={}).post(
            "tools/call", {"name": "list_leads", "arguments": {}}, name="list_leads"
        )
        assert mcp.status_code == 401
        metadata_url = re.search(r'resource_metadata="([^"]+)"', mcp.headers["www-authenticate"]).group(1)  # type: ignore[union-attr]
        # The endpoint was built before this test moved the public URL to the served port: the path answers.
        path = "/" + metadata_url.split("/", 3)[3]
        assert path == "/.well-known/oauth-protected-resource/mcp"
        assert http.get(base_url + path).json()["authorization_servers"] == [base_url]


def test_heyfolio_token_mints_for_the_running_server_and_says_which(
    fresh_settings: None, tmp_path: Any
) -> None:
    from heyfolio.dev.running import forget_running, note_running, target_url

    assert target_url()[1].startswith("no dev server running")
    note_running("http://127.0.0.1:8123")
    try:
        assert target_url() == ("http://127.0.0.1:8123", "the running dev server")
        assert target_url("http://127.0.0.1:9000/") == ("http://127.0.0.1:9000", "--url")
    finally:
        forget_running()
    assert target_url()[0] == "http://127.0.0.1:8000"


def test_the_token_command_prints_the_token_alone_and_names_its_server(tmp_path: Any) -> None:
    import jwt

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "heyfolio.dev.cli",
            "token",
            "--role",
            "owner",
            "--url",
            "http://127.0.0.1:8123",
        ],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "HEYFOLIO_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)},
        timeout=120,
        check=True,
    )
    token = done.stdout.strip()
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iss"] == "http://127.0.0.1:8123"
    assert "owner token for http://127.0.0.1:8123 (--url)" in done.stderr
