"""Which function of the stack is running right now, in a process that holds them all.

On Lambda every function has its own process and its own IAM role. Locally (``make dev``, the
tests) one process runs every handler, so whatever watches AWS calls needs to know on whose
behalf a call is made: the IAM check (tests/aws) records each call against the function whose
handler is running and compares it with that function's policies in ``template.yaml``.

``load_function_module`` wraps each entry point so that calling it sets :data:`CURRENT`. A
handler called while another function's handler runs is what Lambda ``Invoke`` does on AWS (the
MCP endpoint dispatching to a tool): observers hear of it through :func:`on_invoke`.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

CURRENT: contextvars.ContextVar[str | None] = contextvars.ContextVar("heyfolio_function", default=None)
"""The folder name (``search_portfolio``) of the function whose code is running, or ``None``."""

InvokeObserver = Callable[[str, str], None]
_observers: list[InvokeObserver] = []


def current_function() -> str | None:
    """The function whose handler (or module import) is running in this context."""
    return CURRENT.get()


def on_invoke(observer: InvokeObserver) -> Callable[[], None]:
    """Call ``observer(caller, callee)`` whenever one function's handler calls another's.

    Returns a function that removes the observer.
    """
    _observers.append(observer)
    return lambda: _observers.remove(observer) if observer in _observers else None


@contextmanager
def running(name: str) -> Iterator[None]:
    """Mark ``name`` as the running function for the duration of the block."""
    caller = CURRENT.get()
    if caller is not None and caller != name:
        for observer in list(_observers):
            observer(caller, name)
    token = CURRENT.set(name)
    try:
        yield
    finally:
        CURRENT.reset(token)


def attributed_handler(name: str, handler: Callable[..., Any]) -> Callable[..., Any]:
    """``handler`` that marks ``name`` as running while it runs."""
    if getattr(handler, "__heyfolio_function__", None) == name:
        return handler

    @functools.wraps(handler)
    def call(*args: Any, **kwargs: Any) -> Any:
        with running(name):
            return handler(*args, **kwargs)

    call.__heyfolio_function__ = name  # type: ignore[attr-defined]
    return call


class AttributedAsgi:
    """An ASGI app that marks ``name`` as running for each request; everything else is the app's."""

    def __init__(self, name: str, app: Any) -> None:
        self.__dict__["_name"] = name
        self.__dict__["_app"] = app
        self.__dict__["__heyfolio_function__"] = name

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        with running(self._name):
            await self._app(scope, receive, send)

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.__dict__["_app"], attr)

    def __setattr__(self, attr: str, value: Any) -> None:
        setattr(self._app, attr, value)
