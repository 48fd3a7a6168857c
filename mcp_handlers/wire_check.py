"""The SDK's per-version request and result checks, without importing the SDK on a cold start.

Why this is hand-written: every request to ``/mcp`` is checked against the wire model of its
protocol version and every result is shaped for that version (a 2025 client never sees a 2026
field), which ``mcp_types.methods`` does with pydantic models. Importing them costs a new
endpoint instance ≈0.41× the naive stack's whole import (bench/RESULTS.md "Cold start"), about
as much as the endpoint's target for its whole cold ``tools/call`` (≤ 0.5×). So the endpoint
reads the same schemas as data instead: ``wire_shapes.json`` is generated from the SDK's models
(``python -m tests.mcp.gen_wire_shapes``; a test fails when it drifts from the installed SDK),
and this module interprets it with pydantic's own rules for JSON input (lax mode, aliases only,
``extra`` ignore/allow, smart unions decided by fields set then exactness) and dumps as
``serialize_server_result`` does (``by_alias``, ``mode="json"``, ``exclude_none``).
``tests/mcp/test_wire_check.py`` drives many generated requests and results through both and
requires the same accept/reject decision and the same shaped result.

Loading the table and checking a request costs a few milliseconds; the interpretation is only
as fast as Python, which is fine for the results the server produces (static lists are shaped
once per version, see ``McpServer.dispatch``).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path
from typing import Any, Final

TABLE_PATH: Final = Path(__file__).with_name("wire_shapes.json")

_LAX, _STRICT, _EXACT = 0, 1, 2
_MISSING: Final = object()
_JSON_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_RUST_FLOAT = re.compile(r"[+-]?(?:inf|infinity|nan|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?)", re.I)
_TRUE: Final = frozenset({"1", "t", "y", "on", "yes", "true"})
_FALSE: Final = frozenset({"0", "f", "n", "no", "off", "false"})
_I64: Final = 2**63
_WHITESPACE: Final = (
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
"""What Rust's ``str::trim`` removes (Unicode ``White_Space``; ``str.strip`` also removes \\x1c-\\x1f)."""


class WireError(Exception):
    """The value does not match the version's wire model; ``errors`` as pydantic lists them."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__(f"{len(errors)} validation error(s)")
        self.errors = errors


@cache
def table() -> dict[str, Any]:
    """The generated schemas (read once per process)."""
    data: dict[str, Any] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))
    return data


@cache
def known_methods() -> frozenset[str]:
    """Every client request method of every version the SDK knows (``SPEC_CLIENT_METHODS``)."""
    return frozenset(table()["methods"])


def validate_request(method: str, version: str, params: dict[str, Any] | None) -> None:
    """As ``mcp_types.methods.validate_client_request``: ``KeyError`` when the method does not exist
    at ``version``, ``WireError`` when ``params`` (``None``: absent) does not match its model."""
    spec = table()["requests"][f"{method}@{version}"]
    if spec is None:
        return
    required, node = spec
    if params is None:
        if required:
            raise WireError([{"loc": ["params"], "msg": "Field required"}])
        return
    errors: list[dict[str, Any]] = []
    _Checker(errors).run(node, params, ["params"])
    if errors:
        raise WireError(errors)


def serialize_result(method: str, version: str, result: dict[str, Any]) -> dict[str, Any]:
    """As ``mcp_types.methods.serialize_server_result``: the result as ``version``'s wire model has it
    (unknown fields dropped, ``None`` fields left out), ``KeyError`` when the method has no result at
    ``version``, ``WireError`` when the result does not match."""
    node = table()["results"][f"{method}@{version}"]
    errors: list[dict[str, Any]] = []
    out = _Checker(errors).run(node, result, [])
    if errors:
        raise WireError(errors)
    assert isinstance(out, dict)
    return out


class _Checker:
    """One validation: pydantic-core's state (exactness and fields set, for smart unions) and errors."""

    __slots__ = ("defs", "errors", "exactness", "fields_set")

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        self.defs: dict[str, Any] = table()["defs"]
        self.errors = errors
        self.exactness: int | None = None
        self.fields_set: int | None = None

    def run(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        return self.check(node, value, loc)

    def floor(self, exactness: int) -> None:
        if self.exactness is not None and exactness < self.exactness:
            self.exactness = exactness

    def fail(self, loc: list[Any], msg: str) -> Any:
        self.errors.append({"loc": [str(p) for p in loc], "msg": msg})
        return _MISSING

    def check(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        """The validated value, dumped for the wire; ``_MISSING`` after recording an error."""
        kind = node[0]
        if kind == "ref":
            return self.check(self.defs[node[1]], value, loc)
        if kind == "str":
            if type(value) is str:
                return value
            if isinstance(value, str):
                self.floor(_STRICT)
                return str(value)
            return self.fail(loc, "Input should be a valid string")
        if kind == "any":
            self.floor(_STRICT)  # pydantic-core: in a union, Any is preferred to a lax coercion
            return _jsonable(value)
        if kind == "null":
            if value is None:
                return None
            return self.check(node[1], value, loc)
        if kind == "model":
            return self.model(node, value, loc)
        if kind == "list":
            return self.sequence(node, value, loc)
        if kind == "dict":
            if not isinstance(value, dict):
                return self.fail(loc, "Input should be a valid dictionary")
            if type(value) is not dict:
                self.floor(_STRICT)
            out: dict[str, Any] = {}
            failed = False
            for key, item in value.items():
                if not isinstance(key, str):
                    failed = True
                    self.fail([*loc, key, "[key]"], "Input should be a valid string")
                    continue
                checked = self.check(node[1], item, [*loc, key])
                if checked is _MISSING:
                    failed = True
                else:
                    out[key] = checked
            return _MISSING if failed else out
        if kind == "lit":
            if isinstance(value, str) and value in node[1]:
                return str(value)
            expected = " or ".join(repr(v) for v in node[1])
            return self.fail(loc, f"Input should be {expected}")
        if kind == "union":
            return self.union(node[1], value, loc)
        if kind == "int":
            return self.integer(node, value, loc)
        if kind == "float":
            return self.number(node, value, loc)
        if kind == "bool":
            return self.boolean(value, loc)
        raise AssertionError(f"wire_shapes.json: unknown node {kind!r}")

    def model(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        _, title, allow_extra, fields = node
        if not isinstance(value, dict):
            return self.fail(loc, f"Input should be a valid dictionary or instance of {title}")
        self.floor(_STRICT)  # a model built from a dict is never an exact match
        out: dict[str, Any] = {}
        set_count = 0
        before = len(self.errors)
        for key_in, key_out, schema, required, default in fields:
            if key_in in value:
                checked = self.check(schema, value[key_in], [*loc, key_in])
                if checked is _MISSING:
                    continue
                set_count += 1
                if checked is not None:
                    out[key_out] = checked
            elif required:
                self.fail([*loc, key_in], "Field required")
            elif default is not None:
                out[key_out] = default
        if len(self.errors) > before:
            return _MISSING
        if allow_extra:
            known = {f[0] for f in fields}
            for key, item in value.items():
                if key not in known and item is not None:
                    out[key] = _jsonable(item)
        self.fields_set = (self.fields_set or 0) + set_count
        return out

    def sequence(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        if not isinstance(value, list):
            return self.fail(loc, "Input should be a valid list")
        if type(value) is not list:
            self.floor(_STRICT)
        out = []
        failed = False
        for i, item in enumerate(value):
            checked = self.check(node[1], item, [*loc, i])
            if checked is _MISSING:
                failed = True
            else:
                out.append(checked)
        if failed:
            return _MISSING
        if node[2] is not None and len(out) > node[2]:
            return self.fail(
                loc, f"List should have at most {node[2]} items after validation, not {len(out)}"
            )
        return out

    def union(self, choices: list[list[Any]], value: Any, loc: list[Any]) -> Any:
        """pydantic-core's smart union: an exact match without fields-set data wins at once; otherwise
        the success with the most fields set, ties broken by exactness, then by order."""
        old_exactness, old_fields = self.exactness, self.fields_set
        outer_errors = self.errors
        best: tuple[Any, int, int | None] | None = None
        failures: list[dict[str, Any]] = []
        try:
            for choice in choices:
                self.exactness, self.fields_set = _EXACT, None
                self.errors = []
                out = self.check(choice, value, [*loc, _label(self.defs, choice)])
                if self.errors or out is _MISSING:
                    if best is None:
                        failures.extend(self.errors)
                    continue
                exactness = _LAX if self.exactness is None else self.exactness
                if exactness == _EXACT and self.fields_set is None:
                    self.exactness, self.fields_set = old_exactness, old_fields
                    return out
                if best is None or _better(best, exactness, self.fields_set):
                    best = (out, exactness, self.fields_set)
        finally:
            self.errors = outer_errors
        self.exactness, self.fields_set = old_exactness, old_fields
        if best is None:
            self.errors.extend(failures)
            return _MISSING
        self.floor(best[1])
        if best[2] is not None:
            self.fields_set = (self.fields_set or 0) + best[2]
        return best[0]

    def integer(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        if type(value) is int:
            out = value
        elif isinstance(value, bool):
            self.floor(_LAX)
            out = int(value)
        elif isinstance(value, int):
            self.floor(_STRICT)
            out = int(value)
        elif isinstance(value, str):
            parsed = _str_as_int(value)
            if parsed is None:
                return self.fail(loc, "Input should be a valid integer, unable to parse string as an integer")
            self.floor(_LAX)
            out = parsed
        elif isinstance(value, float):
            if math.isinf(value) or math.isnan(value):
                return self.fail(loc, "Input should be a finite number")
            if value % 1.0 != 0.0:
                return self.fail(loc, "Input should be a valid integer, got a number with a fractional part")
            if not -_I64 < value < _I64:
                return self.fail(loc, "Input should be a valid integer, unable to parse string as an integer")
            self.floor(_LAX)
            out = int(value)
        else:
            return self.fail(loc, "Input should be a valid integer")
        if node[1] is not None and not out >= node[1]:
            return self.fail(loc, f"Input should be greater than or equal to {node[1]}")
        return out

    def number(self, node: list[Any], value: Any, loc: list[Any]) -> Any:
        if type(value) is float:
            out = value
        elif isinstance(value, str):
            text = value.strip(_WHITESPACE)
            if not _RUST_FLOAT.fullmatch(text):
                stripped = _strip_underscores(value)
                if stripped is None or not _RUST_FLOAT.fullmatch(stripped):
                    return self.fail(
                        loc, "Input should be a valid number, unable to parse string as a number"
                    )
                text = stripped
            self.floor(_LAX)
            out = float(text)
        elif isinstance(value, (int, float)):
            self.floor(_LAX if isinstance(value, bool) else _STRICT)
            try:
                out = float(value)
            except OverflowError:
                return self.fail(loc, "Input should be a valid number")
        else:
            return self.fail(loc, "Input should be a valid number")
        ge, le = node[1], node[2]
        if ge is not None and not out >= ge:
            return self.fail(loc, f"Input should be greater than or equal to {ge}")
        if le is not None and not out <= le:
            return self.fail(loc, f"Input should be less than or equal to {le}")
        return out

    def boolean(self, value: Any, loc: list[Any]) -> Any:
        if isinstance(value, bool):
            return value
        out: bool | None = None
        if isinstance(value, str):
            lowered = value.lower() if value.isascii() else ""
            out = True if lowered in _TRUE else False if lowered in _FALSE else None
        elif isinstance(value, int) or (
            isinstance(value, float) and math.isfinite(value) and value % 1.0 == 0.0
        ):
            out = True if value == 1 else False if value == 0 else None
        else:
            return self.fail(loc, "Input should be a valid boolean")
        if out is None:
            return self.fail(loc, "Input should be a valid boolean, unable to interpret input")
        self.floor(_LAX)
        return out


def _better(best: tuple[Any, int, int | None], exactness: int, fields_set: int | None) -> bool:
    _, cur_exactness, cur_fields = best
    if cur_fields is not None and fields_set is not None and cur_fields != fields_set:
        return cur_fields < fields_set
    return cur_exactness < exactness


def _label(defs: dict[str, Any], node: list[Any]) -> str:
    """The loc segment pydantic gives a union member (a model's class name, else its kind)."""
    if node[0] == "ref":
        target = defs[node[1]]
        return str(target[1]) if target[0] == "model" else node[1].split(".", 1)[1]
    return {"lit": "literal", "null": "nullable"}.get(node[0], node[0])


def _jsonable(value: Any) -> Any:
    """An ``Any`` value as ``mode="json"`` dumps it (results are plain JSON data already)."""
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def _strip_underscores(s: str) -> str | None:
    if s.startswith("_") or s.endswith("_") or "_" not in s or "__" in s:
        return None
    return s.replace("_", "")


def _str_as_int(s: str) -> int | None:
    """pydantic-core's ``str_as_int``: a JSON integer, else the cleaned forms it accepts."""
    if _JSON_INT.fullmatch(s):
        return int(s)
    cleaned = _clean_int_str(s)
    if cleaned is not None and _JSON_INT.fullmatch(cleaned):
        return int(cleaned)
    return None


def _clean_int_str(s: str) -> str | None:
    len_before = len(s)
    s = s.strip(_WHITESPACE)
    if s.startswith("+"):
        if s[1:].startswith("-"):
            return None
        s = s[1:]
    negative = False
    if s.startswith("-"):
        if s[1:2] in ("-", "+"):
            return None
        negative = True
        s = s[1:]
    stripped = _strip_leading_zeros(s)
    if stripped is None:
        return None
    s = stripped
    if "." in s:
        i = s.index(".")
        decimal = s[i + 1 :]
        if decimal and all(c == "0" for c in decimal):
            s = s[:i]
    no_underscores = _strip_underscores(s)
    if no_underscores is not None:
        return ("-" if negative else "") + no_underscores
    if len_before == len(s):
        return None
    return ("-" if negative else "") + s


def _strip_leading_zeros(s: str) -> str | None:
    if not s:
        return None
    first = s[0]
    if first != "0":
        return s if ("1" <= first <= "9" or first == "-") else None
    for i, c in enumerate(s[1:], start=1):
        if c in "0_":
            continue
        if "1" <= c <= "9" or c == "-":
            return s[i:]
        if c == ".":
            return s[i - 1 :]
        return None
    return s[-1:]
