"""Lambda entry point: the scheduled GitHub reconcile (EventBridge schedule; heyfolio.github.reconcile)."""

from typing import Any

from heyfolio.github.reconcile import run_scheduled
from heyfolio.observability import instrument


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return run_scheduled().to_dict()


handler = instrument(_handle)
