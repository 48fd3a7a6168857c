"""Load a function's entry module locally, the way Lambda would, without name clashes.

Every function's module is ``app.py``; Lambda gives each its own sandbox, one
process here holds them all, so each is imported under a unique module name.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from types import ModuleType

from heyfolio.stack.attribution import AttributedAsgi, attributed_handler, running
from heyfolio.stack.template import FunctionSpec, function_spec

_lock = threading.RLock()


def load_function_module(spec: FunctionSpec) -> ModuleType:
    """Import (once per process) the entry module of ``spec``."""
    module_name = f"heyfolio_function_{spec.name}"
    with _lock:
        loaded = sys.modules.get(module_name)
        if loaded is not None:
            return loaded
        import_spec = importlib.util.spec_from_file_location(module_name, spec.module_path)
        if import_spec is None or import_spec.loader is None:
            raise ImportError(f"cannot import {spec.module_path}")
        module = importlib.util.module_from_spec(import_spec)
        sys.modules[module_name] = module
        try:
            # The init phase (module import) runs on the function's behalf too.
            with running(spec.name):
                import_spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(module_name, None)
            raise
        _attribute(module, spec)
        return module


def _attribute(module: ModuleType, spec: FunctionSpec) -> None:
    # Each entry point marks its function as running (heyfolio.stack.attribution), so what the
    # handler does in this shared process is recorded against the right function and role.
    handler = getattr(module, spec.handler_attr, None)
    if callable(handler):
        setattr(module, spec.handler_attr, attributed_handler(spec.name, handler))
    app = getattr(module, "app", None)
    if app is not None and callable(app) and not isinstance(app, AttributedAsgi):
        module.app = AttributedAsgi(spec.name, app)  # type: ignore[attr-defined]


def load_function(name: str) -> ModuleType:
    """The entry module of ``functions/<name>``."""
    return load_function_module(function_spec(name))
