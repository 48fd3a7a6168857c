"""Lambda entry point: the scheduled live-demo checker (EventBridge schedule; heyfolio.demos.monitor)."""

from typing import Any

from heyfolio.demos.monitor import run_scheduled
from heyfolio.observability import instrument


def _handle(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return run_scheduled()


handler = instrument(_handle)
