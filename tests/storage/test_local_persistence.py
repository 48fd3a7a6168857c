"""The embedded default keeps its state (issue 9, item 5): ``heyfolio dev`` stopped and started
again on the same data folder still has its leads, conversations, sessions and revocations,
and a replayed contact form makes no second lead. Real processes, real stop and start; and a
crash mid-write leaves a loadable store."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from heyfolio.chat.sse import parse
from heyfolio.dev.local_state import STATE_FILE, LocalState, changes_state
from tests.mcp_tasks.support import PLAIN_CAPS, McpWire
from tests.support.live_server import free_port

ROOT = Path(__file__).resolve().parents[2]
HEYFOLIO = Path(sys.executable).parent / "heyfolio"


@contextmanager
def dev_server(data: Path, port: int, *, stop: signal.Signals = signal.SIGTERM) -> Iterator[str]:
    """``heyfolio dev`` as a subprocess on ``data``; stopped with ``stop`` at the end."""
    env = {**os.environ, "PORT": str(port), "HEYFOLIO_DATA_DIR": str(data)}
    env.pop("AWS_ENDPOINT_URL", None)
    process = subprocess.Popen(
        [str(HEYFOLIO), "dev"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180  # another process starting: patience for a loaded machine
        while process.poll() is None and time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise AssertionError(f"dev server did not start: {process.communicate(timeout=10)[0][-3000:]}")
        yield base
    finally:
        process.send_signal(stop)
        output = process.communicate(timeout=60)[0]
        assert stop == signal.SIGKILL or process.returncode is not None, output[-2000:]


def _owner_token(data: Path, port: int) -> str:
    """An owner token signed with the data folder's key, for this server's URL."""
    env = {**os.environ, "PORT": str(port), "HEYFOLIO_DATA_DIR": str(data)}
    out = subprocess.run(
        [str(HEYFOLIO), "token", "--role", "owner"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.strip().splitlines()[-1].strip()


def _chat(base: str, message: str, session_id: str | None = None) -> list[Any]:
    response = httpx.post(f"{base}/api/chat", json={"message": message, "session_id": session_id}, timeout=60)
    assert response.status_code == 200, response.text
    return parse(response.content)


def _leads(base: str, token: str) -> httpx.Response:
    return httpx.get(f"{base}/api/owner/leads", headers={"authorization": f"Bearer {token}"}, timeout=30)


def test_a_restart_keeps_leads_conversations_sessions_and_revocations(tmp_path: Path) -> None:
    data, port = tmp_path / "data", free_port()
    with dev_server(data, port) as base:
        owner, revoked = _owner_token(data, port), _owner_token(data, port)
        wire = McpWire(base, caps=PLAIN_CAPS)
        first = wire.call_tool("contact_owner", {"message": "Could we talk?"})
        final = {
            "inputResponses": {
                "contact": {
                    "action": "accept",
                    "content": {"name": "Ada Lovelace", "email": "ada@example.com", "message": "Could we talk?", "consent": True},
                }
            },
            "requestState": first["requestState"],
        }  # fmt: skip
        lead = wire.call_tool("contact_owner", {"message": "Could we talk?"}, **final)["structuredContent"]
        wire.close()
        events = _chat(base, "Is Mira open to remote work?")
        session = next(e.data["session_id"] for e in events if e.name == "session")
        revoke = httpx.post(
            f"{base}/api/owner/tokens/revoke",
            json={"token": revoked},
            headers={"authorization": f"Bearer {owner}"},
            timeout=30,
        )
        assert revoke.status_code == 200, revoke.text
        assert _leads(base, revoked).status_code == 401
        before = _leads(base, owner).json()
    assert (data / "aws" / STATE_FILE).exists()

    with dev_server(data, port) as base:
        after = _leads(base, owner)
        assert after.status_code == 200 and after.json() == before, "the leads are all still there"
        assert lead["leadId"] in json.dumps(after.json())
        assert "Ada Lovelace" in after.text, "lead fields decrypt: the KMS key was kept too"
        assert _leads(base, revoked).status_code == 401, "a revoked token stays revoked"
        wire = McpWire(base, caps=PLAIN_CAPS)
        again = wire.call_tool("contact_owner", {"message": "Could we talk?"}, **final)["structuredContent"]
        wire.close()
        assert again["leadId"] == lead["leadId"] and again["duplicate"] is True, (
            "a replay makes no second lead"
        )
        resumed = _chat(base, "What is her notice period?", session)
        assert next(e.data["session_id"] for e in resumed if e.name == "session") == session
        text = "".join(e.data["text"] for e in resumed if e.name == "token")
        assert "offline mode" not in text, "the conversation continued (its offline note was said before)"


def test_a_killed_server_restarts_with_every_acknowledged_write(tmp_path: Path) -> None:
    """SIGKILL, no shutdown: what was answered before the kill was already on disk."""
    data, port = tmp_path / "data", free_port()
    with dev_server(data, port, stop=signal.SIGKILL) as base:
        session = next(e.data["session_id"] for e in _chat(base, "hello") if e.name == "session")
    with dev_server(data, port) as base:
        events = _chat(base, "What has she built?", session)
        assert next(e.data["session_id"] for e in events if e.name == "session") == session


# ------------------------------------------------------------------ the store itself, in process


@pytest.fixture
def moto_tables(local_stack: None) -> Iterator[Any]:
    from heyfolio.aws.clients import client

    yield client("dynamodb")


def _put(ddb: Any, key: str) -> None:
    from heyfolio.config import get_settings

    ddb.put_item(TableName=get_settings().table_name, Item={"pk": {"S": key}, "sk": {"S": "X"}})


def _keys(ddb: Any) -> set[str]:
    from heyfolio.config import get_settings

    return {i["pk"]["S"] for i in ddb.scan(TableName=get_settings().table_name)["Items"]}


class _Crash(Exception):
    pass


def test_a_crash_mid_write_leaves_the_previous_snapshot_loadable(moto_tables: Any, tmp_path: Path) -> None:
    folder = tmp_path / "aws"
    _put(moto_tables, "A")
    LocalState(folder).save()

    class HalfWritten:
        def __init__(self, path: Path) -> None:
            self.file = open(path, "wb")  # noqa: SIM115

        def write(self, data: bytes) -> int:
            self.file.write(data[: len(data) // 2])
            self.file.flush()
            raise _Crash("power cut")

        def flush(self) -> None: ...
        def fileno(self) -> int:
            return self.file.fileno()

        def close(self) -> None:
            self.file.close()

    _put(moto_tables, "B")
    with pytest.raises(_Crash):
        LocalState(folder, opener=HalfWritten).save()
    # A torn temporary file as a real crash would leave it (the process died before cleaning up).
    (folder / f".{STATE_FILE}.999.tmp").write_bytes(b"\x80\x05torn")
    _put(moto_tables, "C")
    assert _keys(moto_tables) == {"A", "B", "C"}

    from moto.dynamodb.models import dynamodb_backends

    for per_region in dynamodb_backends.values():
        for backend in per_region.values():
            backend.tables = {}
    assert LocalState(folder).load() is True
    assert _keys(moto_tables) == {"A"}, "the last complete snapshot, not a torn one"
    assert list(folder.glob("*.tmp")) == [] and list(folder.glob(".*.tmp")) == []


def test_an_unreadable_snapshot_stops_the_start_with_what_to_do(tmp_path: Path) -> None:
    folder = tmp_path / "aws"
    folder.mkdir()
    (folder / STATE_FILE).write_bytes(b"not a pickle")
    with pytest.raises(RuntimeError, match="move it away"):
        LocalState(folder).load()


@pytest.mark.parametrize(
    ("target", "changes"),
    [
        ("DynamoDB_20120810.PutItem", True),
        ("DynamoDB_20120810.UpdateItem", True),
        ("DynamoDB_20120810.BatchWriteItem", True),
        ("DynamoDB_20120810.TransactWriteItems", True),
        ("DynamoDB_20120810.CreateTable", True),
        ("DynamoDB_20120810.Query", False),
        ("DynamoDB_20120810.GetItem", False),
        ("TrentService.CreateKey", True),
        ("TrentService.CreateAlias", True),
        ("TrentService.GenerateDataKey", False),
        ("TrentService.Decrypt", False),
        ("AmazonSQS.SendMessage", False),
        (None, False),
    ],
)
def test_which_requests_are_saved(target: str | None, changes: bool) -> None:
    assert changes_state(target) is changes
