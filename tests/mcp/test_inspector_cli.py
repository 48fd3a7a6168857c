"""The README's MCP Inspector instructions, run for real: the official Inspector CLI
(`@modelcontextprotocol/inspector@2.12`, `--cli` with a config file) against the local stack."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.live_server import serve
from tests.support.node_tools import install_once

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / ".tools" / "inspector"
INSPECTOR = TOOLS / "node_modules" / ".bin" / "mcp-inspector"
VERSION = "2.12.0"


def _install() -> Path:
    """The Inspector in .tools/inspector (installed once per checkout, like make test does for Node tools)."""
    return install_once("inspector", "@modelcontextprotocol/inspector", VERSION, "mcp-inspector")


@pytest.fixture(scope="module")
def inspector_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from heyfolio.config import get_settings
    from heyfolio.dev.local_emulator import LocalEmulator
    from heyfolio.dev.server import build_app
    from heyfolio.published import reload
    from heyfolio.storage.tables import ensure_tables

    _install()
    get_settings.cache_clear()
    reload()
    with LocalEmulator():
        get_settings.cache_clear()
        ensure_tables()
        with serve(build_app(get_settings())) as url:
            config = tmp_path_factory.mktemp("inspector") / "heyfolio-inspector.json"
            server = {"type": "streamable-http", "url": f"{url}/mcp", "protocolEra": "auto"}
            config.write_text(json.dumps({"mcpServers": {"heyfolio": server}}))
            yield config
    get_settings.cache_clear()


def inspect(config: Path, *args: str) -> dict:
    result = subprocess.run(
        [str(INSPECTOR), "--cli", "--config", str(config), "--server", "heyfolio", *args],
        capture_output=True, text=True, timeout=90,
        env={**os.environ, "MCP_INSPECTOR_SECRET_STORE": "memory"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_inspector_lists_the_tools_in_catalog_order(inspector_config: Path) -> None:
    from mcp_handlers.catalog import TOOL_NAMES

    listed = [tool["name"] for tool in inspect(inspector_config, "--method", "tools/list")["tools"]]
    assert listed == list(TOOL_NAMES)


def test_inspector_calls_search_with_citations(inspector_config: Path) -> None:
    result = inspect(
        inspector_config, "--method", "tools/call", "--tool-name", "search_portfolio",
        "--tool-arg", "query=What has she built with Rust?",
    )  # fmt: skip
    assert result["isError"] is False
    uris = [hit["uri"] for hit in result["structuredContent"]["results"]]
    assert any("ledgerline" in uri for uri in uris)


def test_inspector_reads_a_resource(inspector_config: Path) -> None:
    result = inspect(inspector_config, "--method", "resources/read", "--uri", "portfolio://faq")
    faq = json.loads(result["contents"][0]["text"])
    assert faq["availability"]
