"""Every README snippet a newcomer runs against the dev server, run against the dev server.

The shell blocks of README.md and mcp_handlers/README.md that talk to ``http://127.0.0.1:8000``
run in bash, in README order, against the dev app on loopback (the approval flow executing in
moto): the URL becomes the served one, ``npx -y @modelcontextprotocol/inspector@2.12`` the
Inspector the suite installs, ``.venv/bin/heyfolio`` this checkout's. The Claude Desktop config
is the same valid JSON in both files (``tests/leads/test_mcp_clients.py`` drives it through
mcp-remote). Not run: blocks for the ``claude`` CLI (not installed here) and ``make dev``/``make test`` (the
server and the suite themselves).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
READMES = [ROOT / "README.md", ROOT / "mcp_handlers" / "README.md"]
DEV = "http://127.0.0.1:8000"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
NOT_RUN = (
    "claude mcp add",  # the claude CLI is not installed on test machines
    "make dev",  # the dev server itself (tests/stack/test_dev_server.py) and the suite
)


def blocks(language: str) -> list[tuple[str, str]]:
    return [
        (path.name, body)
        for path in READMES
        for lang, body in BLOCK.findall(path.read_text())
        if lang == language
    ]


def dev_server_snippets() -> list[tuple[str, str]]:
    return [
        (name, body) for name, body in blocks("sh") if DEV in body and not body.lstrip().startswith(NOT_RUN)
    ]


def test_the_claude_desktop_config_is_valid_and_the_same_in_both_readmes() -> None:
    configs = [
        json.loads(body) for _, body in blocks("json") if '"mcpServers"' in body and '"command"' in body
    ]
    assert len(configs) == 2 and configs[0] == configs[1]
    server = configs[0]["mcpServers"]["heyfolio"]
    assert server["command"] == "npx" and server["args"][:2] == ["-y", "mcp-remote"]
    assert server["args"][2] == f"{DEV}/mcp"


def test_every_inspector_command_is_non_interactive_and_names_its_node() -> None:
    readme = (ROOT / "README.md").read_text()
    for _, body in blocks("sh"):
        for line in body.splitlines():
            if "@modelcontextprotocol/inspector" in line:
                assert "npx -y @modelcontextprotocol/inspector@2.12 --cli" in line, line
    assert "Node ≥ 22.19" in readme


def test_there_is_a_snippet_for_each_thing_a_newcomer_does() -> None:
    joined = "\n".join(body for _, body in dev_server_snippets())
    for needed in ("subscriptions/listen", "/api/contact", "contact_owner", "/review", "search_portfolio"):
        assert needed in joined, needed


@pytest.fixture
def dev(
    local_stack: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[tuple[str, dict[str, str]]]:
    from heyfolio.config import get_settings
    from tests.mcp.test_inspector_cli import _install
    from tests.mcp_tasks.support import live_stack

    inspector = _install()
    with live_stack() as base:
        monkeypatch.setenv("HEYFOLIO_PUBLIC_URL", base)
        get_settings.cache_clear()
        env = {**os.environ, "MCP_INSPECTOR_SECRET_STORE": "memory", "HOME": str(tmp_path)}
        env["SNIPPET_INSPECTOR"] = str(inspector)
        yield base, env
    get_settings.cache_clear()


def _run(body: str, base: str, env: dict[str, str], tmp: Path) -> subprocess.CompletedProcess[str]:
    script = (
        body.replace(DEV, base)
        .replace("npx -y @modelcontextprotocol/inspector@2.12", env["SNIPPET_INSPECTOR"])
        .replace(".venv/bin/heyfolio", str(Path(sys.executable).parent / "heyfolio"))
        .replace("/tmp/heyfolio-inspector.json", str(tmp / "heyfolio-inspector.json"))
    )
    return subprocess.run(
        ["bash", "-eo", "pipefail", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp,
        timeout=180,
    )


def test_every_dev_server_snippet_runs(dev: tuple[str, dict[str, str]], tmp_path: Path) -> None:
    base, env = dev
    snippets = dev_server_snippets()
    assert len(snippets) >= 6
    for name, body in snippets:
        done = _run(body, base, env, tmp_path)
        listening = "subscriptions/listen" in body
        # curl --max-time ends the listen example (exit 28) after it has heard the acknowledgement.
        assert done.returncode == (28 if listening else 0), f"{name}:\n{body}\n{done.stderr[-1500:]}"
        out = done.stdout
        assert '"isError": true' not in out and '"isError":true' not in out, f"{name}:\n{body}\n{out[-1500:]}"
        assert '"error"' not in out, f"{name}:\n{body}\n{out[-1500:]}"
        if listening:
            assert "notifications/subscriptions/acknowledged" in out
        if "/api/contact" in body:
            assert json.loads(out)["leadId"]
        if "/review" in body:
            assert json.loads(out.splitlines()[-1])["status"] == "approved"
        if "contact_owner" in body:
            assert "/?contact=1&message=Could+we+talk" in out
    # The approval flow emailed the reply into the outbox the README shows.
    from heyfolio.flows.reply_email import outbox_dir

    deadline = time.monotonic() + 60  # another thread's progress: patience, not a bound
    while not list(outbox_dir().glob("*-approved.eml")):
        assert time.monotonic() < deadline, (
            "the README's approved reply never reached the outbox",
            sorted(p.name for p in outbox_dir().glob("*")) if outbox_dir().exists() else "no outbox folder",
        )
        time.sleep(0.2)
    assert "Thanks Grace - does Thursday work?" in next(outbox_dir().glob("*-approved.eml")).read_text()
