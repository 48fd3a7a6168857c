"""How the endpoint reaches the function that owns a tool or resource.

``LocalInvoker`` imports ``functions/<name>/app.py`` and calls its handler in this
process (``make dev``, tests); ``LambdaInvoker`` uses Lambda ``Invoke`` with the
function names the template puts in ``FN_<NAME>`` variables. Both return the
function's answer envelope, or raise ``InvocationFailed`` with a message fit for
the caller (timeout, throttle, crash).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import threading
import uuid
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

FUNCTIONS_DIR = Path(__file__).resolve().parent.parent / "functions"


class InvocationFailed(Exception):
    """The owning function could not answer; ``str(exc)`` is safe to show the caller."""


class Invoker(Protocol):
    def invoke(self, function: str, envelope: dict[str, Any]) -> dict[str, Any]:
        """Run ``function`` with ``envelope`` and return its answer envelope."""
        ...


class LocalContext:
    """The parts of a Lambda context object our handlers read."""

    def __init__(self, function: str) -> None:
        self.function_name = function
        self.aws_request_id = str(uuid.uuid4())
        self.memory_limit_in_mb = 512
        self.invoked_function_arn = f"arn:aws:lambda:local:000000000000:function:{function}"

    def get_remaining_time_in_millis(self) -> int:
        return 10_000


_load_lock = threading.RLock()


def load_function_module(function: str, functions_dir: Path = FUNCTIONS_DIR) -> ModuleType:
    """Import ``functions/<function>/app.py`` once per process under a unique module name.

    Same naming as the dev server's loader, so both share one module object.
    """
    module_name = f"heyfolio_function_{function}"
    loaded = sys.modules.get(module_name)
    if loaded is not None:
        return loaded
    with _load_lock:
        loaded = sys.modules.get(module_name)
        if loaded is not None:
            return loaded
        path = functions_dir / function / "app.py"
        spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None or not path.is_file():
            raise InvocationFailed(f"function {function} is not deployed here")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(module_name, None)
            raise
        return module


class LocalInvoker:
    """In-process dispatch: the function's own handler, called with the envelope."""

    def __init__(self, functions_dir: Path = FUNCTIONS_DIR) -> None:
        self._functions_dir = functions_dir
        self._handlers: dict[str, Any] = {}

    def invoke(self, function: str, envelope: dict[str, Any]) -> dict[str, Any]:
        handler = self._handlers.get(function)
        if handler is None:
            handler = load_function_module(function, self._functions_dir).handler
            self._handlers[function] = handler
        try:
            answer = handler(envelope, LocalContext(function))
        except Exception as exc:
            raise InvocationFailed(f"function {function} crashed: {type(exc).__name__}") from exc
        if not isinstance(answer, dict):
            raise InvocationFailed(f"function {function} returned no answer envelope")
        return answer


class LambdaInvoker:
    """Dispatch through Lambda ``Invoke`` (RequestResponse); errors become ``InvocationFailed``."""

    def __init__(
        self, function_names: Mapping[str, str], client: Any = None, region: str | None = None
    ) -> None:
        self._names = dict(function_names)
        if client is None:
            import boto3
            from botocore.config import Config

            client = boto3.client(
                "lambda",
                region_name=region,
                config=Config(
                    connect_timeout=2, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"}
                ),
            )
        self._client = client

    def invoke(self, function: str, envelope: dict[str, Any]) -> dict[str, Any]:
        from botocore.exceptions import BotoCoreError, ClientError, ReadTimeoutError

        name = self._names.get(function)
        if not name:
            raise InvocationFailed(f"function {function} is not configured (FN_{function.upper()} is unset)")
        try:
            response = self._client.invoke(
                FunctionName=name, InvocationType="RequestResponse", Payload=json.dumps(envelope).encode()
            )
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in ("TooManyRequestsException", "ThrottlingException"):
                raise InvocationFailed(f"{function} is busy (throttled); try again in a moment") from exc
            raise InvocationFailed(f"{function} could not be invoked ({code or 'error'})") from exc
        except ReadTimeoutError as exc:
            raise InvocationFailed(f"{function} did not answer in time (timeout)") from exc
        except BotoCoreError as exc:
            raise InvocationFailed(f"{function} could not be reached ({type(exc).__name__})") from exc
        payload = response["Payload"].read()
        if response.get("FunctionError"):
            detail = ""
            try:
                body = json.loads(payload)
                detail = str(body.get("errorType") or "")
                if "Task timed out" in str(body.get("errorMessage", "")):
                    raise InvocationFailed(f"{function} timed out before finishing")
            except (ValueError, AttributeError):
                pass
            raise InvocationFailed(f"{function} failed ({detail or response['FunctionError']})")
        try:
            answer = json.loads(payload)
        except ValueError as exc:
            raise InvocationFailed(f"{function} returned an unreadable answer") from exc
        if not isinstance(answer, dict):
            raise InvocationFailed(f"{function} returned no answer envelope")
        return answer


def default_invoker() -> Invoker:
    """Lambda Invoke on AWS, in-process everywhere else."""
    from heyfolio.config import get_settings

    settings = get_settings()
    if settings.env == "aws":
        return LambdaInvoker(settings.function_names, region=settings.region)
    return LocalInvoker()
