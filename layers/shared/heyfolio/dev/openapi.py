"""One OpenAPI document for the whole local stack, assembled from its functions.

Functions built on a Powertools resolver or on FastAPI describe themselves;
other routes are listed from the template with the function's description.
"""

from __future__ import annotations

from typing import Any

from heyfolio.stack.local_functions import load_function_module
from heyfolio.stack.template import FunctionSpec


def _own_paths(module: Any) -> dict[str, Any]:
    resolver = getattr(module, "resolver", None)
    if resolver is not None and hasattr(resolver, "get_openapi_schema"):
        try:
            schema = resolver.get_openapi_schema()
            return dict(schema.model_dump(mode="json", by_alias=True, exclude_none=True).get("paths", {}))
        except Exception:  # a resolver without OpenAPI support still gets template entries
            return {}
    app = getattr(module, "app", None)
    if app is not None and hasattr(app, "openapi"):
        return dict(app.openapi().get("paths", {}))
    return {}


def openapi_document(specs: tuple[FunctionSpec, ...], *, title: str, version: str) -> dict[str, Any]:
    """The merged OpenAPI 3.1 document for every routed function."""
    paths: dict[str, Any] = {}
    for spec in specs:
        own = _own_paths(load_function_module(spec))
        description = spec.properties.get("Description", "")
        for route in spec.routes:
            entry = paths.setdefault(route.path, {})
            methods = (
                ["get", "post", "put", "delete", "patch"] if route.method == "ANY" else [route.method.lower()]
            )
            for method in methods:
                operation = own.get(route.path, {}).get(method) or {
                    "summary": description,
                    "responses": {"200": {"description": "Success"}},
                }
                operation.setdefault("tags", [spec.name])
                entry[method] = operation
    return {"openapi": "3.1.0", "info": {"title": title, "version": version}, "paths": paths}
