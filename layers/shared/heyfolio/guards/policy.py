"""The one request-body policy both adapters apply: the cap per route, then the JSON rules.

``guards.apigw`` (zip handlers, API Gateway events) and ``guards.asgi`` (the dev server and the
streaming apps) both ask this module, so a cap or a JSON rule is written once:

- the byte cap for the path (``sizes``: longest prefix of ``HEYFOLIO_BODY_LIMITS`` wins), checked
  by each adapter before the body is read or decoded;
- every non-form body is scanned for nesting deeper than ``HEYFOLIO_JSON_MAX_DEPTH`` (a linear
  scan, so nothing recursive ever sees it, whatever the ``Content-Type`` claims);
- a body declared as JSON, and every JSON-RPC body, is parsed by ``jsonbody.parse_json``
  (no NaN/Infinity, no out-of-range numbers, no lone surrogates) and JSON-RPC batches are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from heyfolio.guards.jsonbody import DEFAULT_MAX_DEPTH, check_depth, parse_json
from heyfolio.guards.jsonrpc import single_request
from heyfolio.guards.rejection import Rejection
from heyfolio.guards.sizes import DEFAULT_BODY_LIMITS, limit_for

JSONRPC_PATHS: tuple[str, ...] = ("/mcp",)
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _under(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix.rstrip("/") + "/")


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


@dataclass(frozen=True)
class BodyPolicy:
    """Caps per route prefix, the JSON depth limit and the JSON-RPC paths."""

    limits: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_BODY_LIMITS))
    max_depth: int = DEFAULT_MAX_DEPTH
    jsonrpc_paths: tuple[str, ...] = JSONRPC_PATHS

    @classmethod
    def from_settings(
        cls, settings: Any = None, *, jsonrpc_paths: tuple[str, ...] = JSONRPC_PATHS
    ) -> BodyPolicy:
        """The policy the current settings (``HEYFOLIO_BODY_LIMITS``, ``HEYFOLIO_JSON_MAX_DEPTH``) describe."""
        if settings is None:
            from heyfolio.config import get_settings

            settings = get_settings()
        return cls(dict(settings.body_limits), int(settings.json_max_depth), tuple(jsonrpc_paths))

    def limit(self, path: str) -> int:
        """The byte cap for ``path``."""
        return limit_for(path, self.limits)

    def is_jsonrpc(self, path: str) -> bool:
        return any(_under(path, p) for p in self.jsonrpc_paths)

    def too_large(self, path: str, size: int | None = None) -> Rejection:
        """The 413 for a body over the cap of ``path`` (``size`` when known)."""
        limit = self.limit(path)
        said = f"is {size} bytes" if size is not None else f"is over {limit} bytes"
        return Rejection(
            413,
            "payload_too_large",
            f"the request body {said}; {path} accepts at most {limit} bytes ({_human(limit)}): "
            "send a smaller request",
        )

    def check(self, path: str, content_type: str, body: bytes, *, jsonrpc: bool | None = None) -> Any:
        """Apply the JSON rules to a body already within the cap; the parsed JSON, or ``None``.

        Raises :class:`Rejection` (400) for a too-deep, malformed or non-standard JSON body and
        (JSON-RPC requests: ``jsonrpc``, by default any request on a JSON-RPC path) for a batch or
        a non-object.
        """
        if len(body) > self.limit(path):
            raise self.too_large(path, len(body))
        if jsonrpc is None:
            jsonrpc = self.is_jsonrpc(path)
        media = _media_type(content_type)
        if not body.strip() or (media in FORM_TYPES and not jsonrpc):
            return None
        if jsonrpc or "json" in media:
            payload = parse_json(body, max_depth=self.max_depth)
            return single_request(payload) if jsonrpc else payload
        # Not declared as JSON, but handlers may still parse it: never let depth through.
        check_depth(body.decode("utf-8", "replace"), self.max_depth)
        return None


def _human(size: int) -> str:
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MB"
    if size % 1024 == 0:
        return f"{size // 1024} KB"
    return f"{size} bytes"
