"""The MCP Tasks extension (``io.modelcontextprotocol/tasks``, SEP-2663) for the portfolio's long work.

``contact_owner`` hands a visitor's accepted form to the owner-approval flow (Step Functions,
waiting on the owner for days). A client that declares this extension in its per-request
capabilities gets a task bound to that execution instead of "the owner will reply", and follows
it with ``tasks/get`` (status and, at the end, the owner's reply), ``tasks/update`` (answers to
any input the flow asks for) and ``tasks/cancel`` (stops the execution, closes the lead).

``ask_analytics`` makes tasks too: a confirmed or long query runs as an analytics query execution
(``ask``), the extension's input path (``input_required`` / ``tasks/update``) carrying its
confirmation.

Modules: ``store`` (task ids are server-minted handles bound to the caller), ``status`` (an
execution's state as a ``DetailedTask``), ``inputs`` (the flow's questions to the client and
their answers), ``methods`` (the three requests), ``shapes`` (the wire shapes), ``contact``
(what ``contact_owner`` does after storing a lead), ``ask`` (``ask_analytics`` tasks).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

EXTENSION: Final = "io.modelcontextprotocol/tasks"


def declares_extension(client_capabilities: Mapping[str, Any] | None) -> bool:
    """Whether the request's client capabilities declare the tasks extension (any settings object)."""
    if not isinstance(client_capabilities, Mapping):
        return False
    extensions = client_capabilities.get("extensions")
    return isinstance(extensions, Mapping) and isinstance(extensions.get(EXTENSION), Mapping)
