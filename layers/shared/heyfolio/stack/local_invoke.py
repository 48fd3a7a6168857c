"""Invoke a function's handler in this process with a Lambda-like context.

Used by the dev server, the in-process MCP dispatch and the tests that replay
``events/`` samples: the same handler object Lambda would call.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from heyfolio.stack.local_functions import load_function
from heyfolio.stack.template import function_spec


@dataclass
class LocalLambdaContext:
    """The attributes of ``LambdaContext`` that handlers and Powertools read."""

    function_name: str
    memory_limit_in_mb: int = 512
    timeout_seconds: float = 10.0
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    function_version: str = "$LATEST"
    log_group_name: str = "local"
    log_stream_name: str = "local"
    _started: float = field(default_factory=time.monotonic)

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:local:000000000000:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        left = self.timeout_seconds - (time.monotonic() - self._started)
        return max(0, int(left * 1000))


def invoke_local(name: str, event: dict[str, Any], *, timeout_seconds: float | None = None) -> Any:
    """Call ``functions/<name>``'s handler with ``event`` as Lambda would."""
    spec = function_spec(name)
    module = load_function(name)
    handler = getattr(module, spec.handler_attr)
    timeout = timeout_seconds or float(spec.properties.get("Timeout", 10))
    return handler(event, LocalLambdaContext(function_name=f"heyfolio-{name}", timeout_seconds=timeout))
