"""Lambda entry point: the scheduled ORCID publications sync (EventBridge schedule; heyfolio.importers.sync)."""

from typing import Any

from heyfolio.importers.sync import run_sync
from heyfolio.observability import instrument


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return run_sync()


handler = instrument(_handle)
