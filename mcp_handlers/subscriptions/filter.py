"""What one ``subscriptions/listen`` asked for, what the server honors, and which changes match.

The portfolio's tools and prompts never change while it runs (they change with a deploy), so
``toolsListChanged`` and ``promptsListChanged`` are left out of the acknowledgement, as the
spec asks for types a server does not support. Resource subscriptions are honored for every
``portfolio://`` URI (a URI that never changes simply never fires); other schemes are dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from mcp_handlers.wire import INVALID_PARAMS, McpError

MAX_URIS = 100
SCHEME = "portfolio://"
OWNER_SCHEME = "analytics://insights/"


@dataclass(frozen=True)
class ListenFilter:
    resources_list_changed: bool
    uris: frozenset[str]

    @classmethod
    def from_params(cls, params: Mapping[str, Any], *, owner: bool = False) -> ListenFilter:
        """The honored filter of a listen request (already checked against the SDK's wire model);
        the owner may also listen to ``analytics://insights/`` (new conversation insights)."""
        wanted = params.get("notifications")
        if not isinstance(wanted, Mapping):
            raise McpError(INVALID_PARAMS, "params.notifications must be an object (the notification filter)")
        uris = wanted.get("resourceSubscriptions") or []
        if not isinstance(uris, list) or not all(isinstance(u, str) for u in uris):
            raise McpError(INVALID_PARAMS, "notifications.resourceSubscriptions must be a list of URIs")
        if len(uris) > MAX_URIS:
            raise McpError(INVALID_PARAMS, f"at most {MAX_URIS} resource subscriptions per stream")
        return cls(
            resources_list_changed=wanted.get("resourcesListChanged") is True,
            uris=frozenset(u for u in uris if u.startswith(SCHEME) or (owner and u.startswith(OWNER_SCHEME))),
        )

    def acknowledged(self) -> dict[str, Any]:
        """The ``notifications`` object of the acknowledgement: only what will be delivered."""
        out: dict[str, Any] = {}
        if self.resources_list_changed:
            out["resourcesListChanged"] = True
        if self.uris:
            out["resourceSubscriptions"] = sorted(self.uris)
        return out

    def notification(self, uri: str, kind: str) -> tuple[str, dict[str, Any]] | None:
        """``(method, params)`` for a change this stream asked for, else ``None``."""
        if kind == "list_changed":
            return ("notifications/resources/list_changed", {}) if self.resources_list_changed else None
        if kind == "resource_updated" and uri in self.uris:
            return "notifications/resources/updated", {"uri": uri}
        return None
