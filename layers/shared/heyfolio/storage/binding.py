"""Binds the pynamodb models to the current settings, lazily, and hands them out.

pynamodb reads a model's table name, region and host from its ``Meta`` and caches a
connection per model class. Settings can change at run time (tests, the local emulator
starting), so instead of fixing ``Meta`` at import we set it here and drop the cached
connections whenever the settings that matter change. Every repository reaches the models
through :func:`models`, so the first storage call imports pynamodb and binds; later calls
cost one tuple comparison.
"""

from __future__ import annotations

import threading
from types import ModuleType

from heyfolio.config import Settings, get_settings

_lock = threading.Lock()
_bound: tuple[str, str, str, str | None] | None = None


def _key(settings: Settings) -> tuple[str, str, str, str | None]:
    return (settings.table_name, settings.events_table_name, settings.region, settings.aws_endpoint_url)


def bind_models(settings: Settings) -> None:
    """Point every model at the tables, region and endpoint of ``settings``."""
    global _bound
    from heyfolio.storage import models as m

    with _lock:
        for family, table in (
            (m.STATE_MODELS, settings.table_name),
            (m.EVENT_MODELS, settings.events_table_name),
        ):
            meta = family[0].Meta
            meta.table_name = table
            meta.region = settings.region
            # None means "botocore decides", which also honours AWS_ENDPOINT_URL; we pass the
            # endpoint explicitly anyway so models and boto3 clients can never disagree.
            meta.host = settings.aws_endpoint_url
            for cls in family:
                cls._connection = None
        _bound = _key(settings)


def models() -> ModuleType:
    """The models module, bound to the current ``get_settings()`` (rebinding if they changed)."""
    from heyfolio.storage import models as m

    settings = get_settings()
    if _bound != _key(settings):
        bind_models(settings)
    return m


def unbind() -> None:
    """Forget the binding: the next storage call rebinds and opens fresh connections."""
    global _bound
    with _lock:
        _bound = None
