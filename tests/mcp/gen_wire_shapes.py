"""Generate ``mcp_handlers/wire_shapes.json`` from the SDK's wire models (``mcp_types.methods``).

The endpoint checks params and shapes results with ``mcp_handlers.wire_check``, which reads this
table instead of importing the SDK's pydantic models on a cold start (see its docstring). The table
is the SDK's own per-version request and result schemas (pydantic core schemas, walked here), so a
new SDK release is picked up by regenerating; ``tests/mcp/test_wire_check.py`` fails when the
committed table differs from what this script writes.

Run: .venv/bin/python -m tests.mcp.gen_wire_shapes
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from mcp_types import methods
from mcp_types.version import KNOWN_PROTOCOL_VERSIONS
from pydantic import TypeAdapter

OUT = Path(__file__).resolve().parents[2] / "mcp_handlers" / "wire_shapes.json"


class _Walker:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self._refs: dict[str, str] = {}  # pydantic ref -> our def name

    def _name(self, ref: str) -> str:
        """``mcp_types._v2026_07_28.TextContent:1234`` -> ``2026.TextContent``."""
        path = ref.split(":", 1)[0]
        module, _, cls = path.rpartition(".")
        era = module.rsplit("_v", 1)[-1][:4]
        return f"{era}.{cls}"

    def node(self, s: dict[str, Any], scope: dict[str, dict[str, Any]]) -> Any:
        t = s["type"]
        if t == "definitions":
            scope = {**scope, **{d["ref"]: d for d in s["definitions"]}}
            for d in s["definitions"]:
                self._define(d, scope)
            return self.node(s["schema"], scope)
        if t == "definition-ref":
            ref = s["schema_ref"]
            self._define(scope[ref], scope)
            return ["ref", self._name(ref)]
        if t == "model":
            self._define(s, scope)
            return ["ref", self._name(s["ref"])]
        if t in ("str", "any", "bool"):
            self._plain(s, set())
            return [t]
        if t == "int":
            self._plain(s, {"ge"})
            return ["int", s.get("ge")]
        if t == "float":
            self._plain(s, {"ge", "le"})
            return ["float", s.get("ge"), s.get("le")]
        if t == "literal":
            self._plain(s, {"expected"})
            assert all(isinstance(v, str) for v in s["expected"]), s
            return ["lit", list(s["expected"])]
        if t == "list":
            self._plain(s, {"items_schema", "max_length"})
            return ["list", self.node(s["items_schema"], scope), s.get("max_length")]
        if t == "dict":
            self._plain(s, {"keys_schema", "values_schema"})
            assert s["keys_schema"] == {"type": "str"}, s
            return ["dict", self.node(s["values_schema"], scope)]
        if t == "nullable":
            self._plain(s, {"schema"})
            return ["null", self.node(s["schema"], scope)]
        if t == "union":
            self._plain(s, {"choices"})
            return ["union", [self.node(c, scope) for c in s["choices"]]]
        raise AssertionError(f"core schema {t!r} is not handled by mcp_handlers.wire_check: {s}")

    @staticmethod
    def _plain(s: dict[str, Any], allowed: set[str]) -> None:
        extra = set(s) - allowed - {"type", "metadata", "ref", "serialization"}
        assert not extra, f"unhandled core schema keys {extra} in {s}"
        assert "ref" not in s, s

    def _define(self, d: dict[str, Any], scope: dict[str, dict[str, Any]]) -> None:
        name = self._name(d["ref"])
        if name in self.defs:
            return
        self.defs[name] = None  # placeholder against recursion
        if d["type"] != "model":
            inner = {k: v for k, v in d.items() if k != "ref"}
            self.defs[name] = self.node(inner, scope)
            return
        config = d.get("config", {})
        assert not d.get("root_model") and not d.get("custom_init") and not d.get("post_init"), d
        fields_schema = d["schema"]
        assert fields_schema["type"] == "model-fields" and not fields_schema.get("computed_fields"), d
        fields = []
        for py_name, f in fields_schema["fields"].items():
            assert f["type"] == "model-field", f
            key_in = f.get("validation_alias") or py_name
            key_out = f.get("serialization_alias") or py_name
            assert isinstance(key_in, str) and isinstance(key_out, str), f
            schema = f["schema"]
            required, default = True, None
            if schema["type"] == "default":
                assert set(schema) <= {"type", "schema", "default", "metadata"}, schema
                required, default = False, schema["default"]
                schema = schema["schema"]
            fields.append([key_in, key_out, self.node(schema, scope), required, default])
        extra = config.get("extra_fields_behavior", "ignore")
        assert extra in ("ignore", "allow"), config
        self.defs[name] = ["model", config.get("title") or name.split(".", 1)[1], extra == "allow", fields]


def build() -> dict[str, Any]:
    """The table: per (method, version) the request's params field and the result's schema."""
    walker = _Walker()
    requests: dict[str, Any] = {}
    for (method, version), model in sorted(methods.CLIENT_REQUESTS.items()):
        s = model.__pydantic_core_schema__
        scope: dict[str, dict[str, Any]] = {}
        if s["type"] == "definitions":
            scope = {d["ref"]: d for d in s["definitions"]}
            for d in s["definitions"]:
                walker._define(d, scope)
            s = s["schema"]
        walker._define(s, scope)
        fields = {f[0]: f for f in walker.defs[walker._name(s["ref"])][3]}
        params = fields.get("params")
        requests[f"{method}@{version}"] = None if params is None else [params[3], params[2]]
    results = {
        f"{method}@{version}": walker.node(TypeAdapter(target).core_schema, {})
        for (method, version), target in sorted(methods.SERVER_RESULTS.items(), key=lambda kv: kv[0])
    }
    return {
        "generated_from": "mcp_types.methods (CLIENT_REQUESTS, SERVER_RESULTS); python -m tests.mcp.gen_wire_shapes",
        "versions": list(KNOWN_PROTOCOL_VERSIONS),
        "methods": sorted(methods.SPEC_CLIENT_METHODS),
        "requests": requests,
        "results": results,
        "defs": dict(sorted(walker.defs.items())),
    }


def render() -> str:
    return json.dumps(build(), indent=None, separators=(",", ":"), sort_keys=False) + "\n"


if __name__ == "__main__":
    OUT.write_text(render())
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)", file=sys.stderr)
