"""How the endpoint reaches the function that owns a tool or resource.

``LocalInvoker`` imports ``functions/<name>/app.py`` and calls its handler in this
process (``make dev``, tests); ``LambdaInvoker`` uses Lambda ``Invoke`` with the
function names the template puts in ``FN_<NAME>`` variables. Both return the
function's answer envelope, or raise ``InvocationFailed`` with a message fit for
the caller (timeout, throttle, crash).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol, cast

from heyfolio.config import get_settings
from mcp_handlers.envelopes import FunctionAnswer, InvocationEnvelope


class InvocationFailed(Exception):
    """The owning function could not answer; ``str(exc)`` is safe to show the caller."""


class Invoker(Protocol):
    def invoke(self, function: str, envelope: InvocationEnvelope) -> FunctionAnswer:
        """Run ``function`` with ``envelope`` and return its answer envelope."""
        ...


def checked_answer(function: str, answer: object) -> FunctionAnswer:
    """A function's answer, checked to be a ``FunctionAnswer`` (it crossed a process boundary)."""
    if isinstance(answer, dict):
        if answer.get("ok") is True and isinstance(answer.get("result"), dict):
            return cast(FunctionAnswer, answer)
        if answer.get("ok") is False and isinstance(answer.get("error"), dict):
            return cast(FunctionAnswer, answer)
    raise InvocationFailed(f"function {function} returned no answer envelope")


class LocalInvoker:
    """In-process dispatch: the function's own handler (loaded as the dev server loads it,
    from ``template.yaml``), called with the envelope and a Lambda-like context."""

    def __init__(self) -> None:
        self._handlers: dict[str, Any] = {}

    def invoke(self, function: str, envelope: InvocationEnvelope) -> FunctionAnswer:
        from heyfolio.stack.local_invoke import LocalLambdaContext

        handler = self._handlers.get(function)
        if handler is None:
            handler = self._load(function)
            self._handlers[function] = handler
        try:
            answer = handler(envelope, LocalLambdaContext(function_name=f"heyfolio-{function}"))
        except Exception as exc:
            raise InvocationFailed(f"function {function} crashed: {type(exc).__name__}") from exc
        return checked_answer(function, answer)

    @staticmethod
    def _load(function: str) -> Any:
        from heyfolio.stack.local_functions import load_function_module
        from heyfolio.stack.template import function_spec

        try:
            spec = function_spec(function)
        except KeyError:
            raise InvocationFailed(f"function {function} is not deployed here") from None
        return getattr(load_function_module(spec), spec.handler_attr)


class LambdaInvoker:
    """Dispatch through Lambda ``Invoke`` (RequestResponse); errors become ``InvocationFailed``."""

    def __init__(
        self,
        function_names: Mapping[str, str],
        client: Any = None,
        region: str | None = None,
        qualifier: str | None = None,
    ) -> None:
        self._names = dict(function_names)
        self._qualifier = {"Qualifier": qualifier} if qualifier else {}
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

    def invoke(self, function: str, envelope: InvocationEnvelope) -> FunctionAnswer:
        from botocore.exceptions import BotoCoreError, ClientError, ReadTimeoutError

        name = self._names.get(function)
        if not name:
            raise InvocationFailed(f"function {function} is not configured (FN_{function.upper()} is unset)")
        try:
            response = self._client.invoke(
                FunctionName=name,
                InvocationType="RequestResponse",
                Payload=json.dumps(envelope).encode(),
                **self._qualifier,
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
        return checked_answer(function, answer)


def default_invoker() -> Invoker:
    """Lambda Invoke on AWS, in-process everywhere else."""

    settings = get_settings()
    if settings.env == "aws":
        return LambdaInvoker(
            settings.function_names, region=settings.region, qualifier=settings.invoke_qualifier
        )
    return LocalInvoker()
