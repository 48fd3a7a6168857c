"""The light wire constants must equal the SDK's (they exist only to keep mcp_types out of tool functions)."""

from __future__ import annotations

import mcp_types
from mcp_types import jsonrpc, methods, version

from mcp_handlers import wire


def test_error_codes_match_the_sdk() -> None:
    for name in (
        "PARSE_ERROR",
        "INVALID_REQUEST",
        "METHOD_NOT_FOUND",
        "INVALID_PARAMS",
        "INTERNAL_ERROR",
        "HEADER_MISMATCH",
        "MISSING_REQUIRED_CLIENT_CAPABILITY",
        "UNSUPPORTED_PROTOCOL_VERSION",
    ):
        assert getattr(wire, name) == getattr(jsonrpc, name), name


def test_versions_meta_keys_and_method_sets_match_the_sdk() -> None:
    assert wire.MODERN_VERSIONS == version.MODERN_PROTOCOL_VERSIONS
    assert wire.HANDSHAKE_VERSIONS == version.HANDSHAKE_PROTOCOL_VERSIONS
    assert wire.DEFAULT_LEGACY_VERSION == mcp_types.DEFAULT_NEGOTIATED_VERSION
    assert wire.META_PROTOCOL_VERSION == mcp_types.PROTOCOL_VERSION_META_KEY
    assert wire.META_CLIENT_CAPABILITIES == mcp_types.CLIENT_CAPABILITIES_META_KEY
    assert wire.META_CLIENT_INFO == mcp_types.CLIENT_INFO_META_KEY
    assert wire.META_SERVER_INFO == mcp_types.SERVER_INFO_META_KEY
    assert methods.CACHEABLE_METHODS == wire.CACHEABLE_METHODS
    assert methods.INPUT_REQUIRED_METHODS == wire.INPUT_REQUIRED_METHODS


def test_http_status_table_matches_the_sdk() -> None:
    from mcp.shared.inbound import ERROR_CODE_HTTP_STATUS

    assert dict(wire.ERROR_HTTP_STATUS) == dict(ERROR_CODE_HTTP_STATUS)
