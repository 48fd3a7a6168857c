"""MCP Apps (``io.modelcontextprotocol/ui``, SEP-1865, stable 2026-01-26): the portfolio's interactive view.

One ``ui://`` resource, ``ui://heyfolio/portfolio``: a self-contained HTML document (inline
script and style, nothing remote) that renders what ``get_profile`` (the résumé),
``get_project`` (a project card) and ``match_role`` (a fit view: each requirement, its
status and its evidence) return as ``structuredContent``. The host renders it in a sandboxed
iframe and talks to it with JSON-RPC over ``postMessage`` (``ui/initialize``,
``ui/notifications/tool-result``, ``ui/open-link``, proxied ``tools/call`` and ``resources/read``).

When the UI is linked. The extension says servers SHOULD check the client's capabilities
before linking UI to tools. On the 2026-07-28 wire every request carries them, so tools carry
``_meta.ui.resourceUri`` (and ``resources/list`` lists the view) only when the client declares
``io.modelcontextprotocol/ui`` with our MIME type. The legacy wire is served statelessly: the
``initialize`` capabilities never reach ``tools/list``, so there the link is always present;
a host without the extension ignores ``_meta`` (the spec's graceful degradation), and every
linked tool still answers its full text and structured result. ``resources/read`` of the view
works for every client.

Nothing here imports a third-party package: tool modules read ``VIEW_URI`` from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any, Final

EXTENSION: Final = "io.modelcontextprotocol/ui"
MIME_TYPE: Final = "text/html;profile=mcp-app"
SCHEME: Final = "ui://"
VIEW_URI: Final = "ui://heyfolio/portfolio"
FUNCTION: Final = "resources_ui"
"""The Lambda folder (``functions/resources_ui``) that reads ``ui://`` resources."""

CSP: Final[Mapping[str, list[str]]] = {
    "connectDomains": [],
    "resourceDomains": [],
    "frameDomains": [],
    "baseUriDomains": [],
}
"""Everything empty: the view fetches nothing, loads nothing remote and nests no frames.

Its data arrives from the host (tool results, proxied ``tools/call`` / ``resources/read``);
links open through ``ui/open-link``. Declared explicitly (rather than omitted) so a host's
audit log shows the view asks for no origin at all."""

UI_META: Final[Mapping[str, Any]] = {"csp": CSP, "prefersBorder": True}

_HTML = Path(__file__).with_name("portfolio.html")


def declares_ui(client_capabilities: Mapping[str, Any] | None) -> bool:
    """Whether the client declared the extension with the HTML profile (its ``mimeTypes`` is REQUIRED)."""
    if not isinstance(client_capabilities, Mapping):
        return False
    extensions = client_capabilities.get("extensions")
    settings = extensions.get(EXTENSION) if isinstance(extensions, Mapping) else None
    if not isinstance(settings, Mapping):
        return False
    mime_types = settings.get("mimeTypes")
    return isinstance(mime_types, list) and MIME_TYPE in mime_types


def links_ui(modern: bool, client_capabilities: Mapping[str, Any] | None) -> bool:
    """Whether this request's listings carry the UI (see the module docstring for the legacy wire)."""
    return declares_ui(client_capabilities) if modern else True


def tool_meta(resource_uri: str) -> dict[str, Any]:
    """A linked tool's ``_meta``: visible to the model and callable from the view (the default)."""
    return {"ui": {"resourceUri": resource_uri, "visibility": ["model", "app"]}}


def owns(uri: str) -> bool:
    return uri.startswith(SCHEME)


def listing() -> list[dict[str, Any]]:
    """The ``Resource`` entries for ``resources/list``."""
    return [
        {
            "uri": VIEW_URI,
            "name": "portfolio-view",
            "title": "Portfolio view",
            "description": (
                "Interactive résumé, project cards and role-fit view for get_profile, get_project and match_role."
            ),
            "mimeType": MIME_TYPE,
            "_meta": {"ui": dict(UI_META)},
        }
    ]


@cache
def html() -> str:
    """The view's HTML document (read once per process)."""
    return _HTML.read_text(encoding="utf-8")


def read(uri: str) -> dict[str, Any] | None:
    """The ``ReadResourceResult`` for a ``ui://`` URI, or ``None`` when there is no such view."""
    if uri != VIEW_URI:
        return None
    return {"contents": [{"uri": uri, "mimeType": MIME_TYPE, "text": html(), "_meta": {"ui": dict(UI_META)}}]}
