"""Work the in-process AWS emulator repeats for every test, done once per test process.

Each test that uses the local stack gets a fresh moto (its own tables, queues and state machines),
and :func:`heyfolio.aws.clients.clear_cache` gives it fresh boto3 clients. Two pure steps of that
set-up were redone every time although their result depends only on their input:

* botocore's ``Loader`` reads and parses the service models (large JSON files) once per *session*,
  and every test starts a new session: one loader per search path is shared by every session of the
  process, as botocore already shares it between the clients of one session. Sessions, clients,
  credentials and moto's state stay per test.
* moto validates a state machine's definition by parsing it with its ASL grammar (about a third of
  a second per machine, four machines per flow test) and throws the parse away: a definition text
  that parsed once is known valid. Only success is remembered; a definition that fails is parsed
  again and raises moto's own error each time. Executions still parse their definition themselves.

Neither changes what any test checks: the same models, the same validation verdict per text.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

_lock = threading.Lock()
_valid_definitions: set[str] = set()
_installed = False


def install() -> None:
    """Patch botocore's loader factory and moto's definition check (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    _share_loaders()
    _remember_valid_definitions()


class _PathList(list[str]):
    """A loader's search paths, where appending a path already listed changes nothing."""

    def append(self, path: str) -> None:
        if path not in self:
            super().append(path)


def _share_loaders() -> None:
    import botocore.loaders
    import botocore.session

    made = botocore.loaders.create_loader
    loaders: dict[str | None, Any] = {}

    @functools.wraps(made)
    def shared(search_path_string: str | None = None) -> Any:
        with _lock:
            if search_path_string not in loaders:
                loader = made(search_path_string)
                # boto3 appends its own data folder to every new session's loader: once is enough.
                loader._search_paths = _PathList(loader.search_paths)
                loaders[search_path_string] = loader
            return loaders[search_path_string]

    botocore.loaders.create_loader = shared  # type: ignore[assignment]
    botocore.session.create_loader = shared  # type: ignore[attr-defined]


def _remember_valid_definitions() -> None:
    from moto.stepfunctions.parser.models import StepFunctionsParserBackend

    check = StepFunctionsParserBackend._validate_definition

    def remembered(definition: str) -> None:
        if definition in _valid_definitions:
            return
        check(definition=definition)  # raises moto's InvalidDefinition, not remembered
        with _lock:
            _valid_definitions.add(definition)

    StepFunctionsParserBackend._validate_definition = staticmethod(remembered)  # type: ignore[method-assign]
