"""The MCP endpoint in process for the MCP Apps tests (the same fixtures as tests/mcp)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.mcp.conftest import load_endpoint_module


@pytest.fixture
def endpoint(local_stack: None) -> Any:
    return load_endpoint_module()


@pytest.fixture
def server(endpoint: Any) -> Any:
    return endpoint.server


from tests.web.conftest import browser  # noqa: E402, F401  (a headless Debian Chromium per module)
