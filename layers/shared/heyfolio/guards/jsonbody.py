"""The one JSON policy for request bodies and responses: parse strictly, encode strictly.

Parsing refuses, with a 400 that says what, where (a JSON path) and what to do: an empty body,
bytes that are not UTF-8, nesting deeper than the limit, malformed JSON, ``NaN``/``Infinity``
(Python accepts them, JSON does not), numbers too large to represent (``1e999``, 5,000-digit
integers) and strings holding a lone UTF-16 surrogate (``"\\ud800"``: valid JSON escapes, but not
text - they cannot be encoded, stored or echoed). :func:`encode_json` is the matching rule for
what we send: never ``NaN``, never a lone surrogate.

Deep nesting (``[[[[...]]]]``) costs little to send and a lot to parse and walk; CPython's
parser raises ``RecursionError`` near 1,000 levels, and every consumer that recurses over the
result is exposed too. The depth is checked first by a linear scan over the raw text (strings
skipped), so nothing recursive ever sees a too-deep document, and the refusal names where the
limit was crossed as a JSON path.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from heyfolio.guards.rejection import PARSE_ERROR, Rejection

DEFAULT_MAX_DEPTH = 32
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},:]')
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _path(stack: list[list[Any]]) -> str:
    out = "$"
    for is_object, key, _ in stack:
        if is_object:
            if key is None:
                continue
            try:
                name = json.loads(key)
            except ValueError:
                name = key.strip('"')
            out += f".{name}" if _IDENT.match(name) else f"[{json.dumps(name)}]"
        else:
            out += f"[{key}]"
    return out


def check_depth(text: str, max_depth: int = DEFAULT_MAX_DEPTH) -> None:
    """Raise :class:`Rejection` (400) if ``text`` nests arrays/objects deeper than ``max_depth``."""
    # Each frame: [is_object, current key (raw JSON string) or array index, expecting a key].
    stack: list[list[Any]] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if stack and stack[-1][0] and stack[-1][2]:
                stack[-1][1] = token
            continue
        if first in "[{":
            if len(stack) >= max_depth:
                where = _path(stack)
                raise Rejection(
                    400,
                    "json_too_deep",
                    f"JSON nested more than {max_depth} levels deep at {where}: "
                    f"flatten the structure to at most {max_depth} levels of arrays/objects",
                    path=where,
                )
            stack.append([first == "{", None if first == "{" else 0, True])
        elif first in "]}":
            if stack:
                stack.pop()
        elif first == ",":
            if stack:
                top = stack[-1]
                if top[0]:
                    top[2] = True
                else:
                    top[1] += 1
        elif stack and stack[-1][0]:  # ":" ends a key
            stack[-1][2] = False


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON: send numbers as finite decimals, or null")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:24]} is too large to represent: send a finite number")
    return value


MAX_INTEGER = 2**64


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > 20 or abs(int(text)) > MAX_INTEGER:
        raise ValueError(
            f"the integer {text[:24]}{'...' if len(text) > 24 else ''} ({digits} digits) is out of range: "
            f"send integers between -2**64 and 2**64"
        )
    return int(text)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _key_path(where: str, key: str) -> str:
    return f"{where}.{key}" if _IDENT.match(key) else f"{where}[{json.dumps(key)}]"


def find_lone_surrogate(value: Any, where: str = "$") -> str | None:
    """The JSON path of the first key or string holding a lone surrogate, else ``None``.

    Recursion is safe: callers only pass values that passed :func:`check_depth`.
    """
    if isinstance(value, str):
        return where if _SURROGATE.search(value) else None
    if isinstance(value, list):
        for index, item in enumerate(value):
            found = find_lone_surrogate(item, f"{where}[{index}]")
            if found is not None:
                return found
    elif isinstance(value, dict):
        for key, item in value.items():
            if _SURROGATE.search(key):
                return _key_path(where, key.encode("utf-8", "backslashreplace").decode())
            found = find_lone_surrogate(item, _key_path(where, key))
            if found is not None:
                return found
    return None


def encode_json(value: Any) -> bytes:
    """``value`` as strict JSON bytes: ``ValueError`` rather than ever sending ``NaN`` or a lone surrogate."""
    return json.dumps(value, allow_nan=False, ensure_ascii=False).encode("utf-8")


def parse_json(body: bytes | str | None, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """The decoded JSON value of ``body``, or :class:`Rejection` (400) saying what is wrong.

    Refuses: an empty body, bytes that are not UTF-8, nesting beyond ``max_depth``, malformed
    JSON (with line and column), the non-standard ``NaN``/``Infinity`` Python would accept,
    numbers out of range, and lone surrogates (with their JSON path).
    """
    if body is None or (isinstance(body, bytes | str) and not body.strip()):
        raise Rejection(
            400, "empty_body", "the request body is empty: send a JSON document", jsonrpc_code=PARSE_ERROR
        )
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise Rejection(
                400,
                "invalid_encoding",
                f"the request body is not UTF-8 (byte {error.start}): send JSON encoded as UTF-8",
                jsonrpc_code=PARSE_ERROR,
            ) from None
    else:
        text = body
    check_depth(text, max_depth)
    try:
        value = json.loads(text, parse_constant=_no_constants, parse_float=_finite, parse_int=_bounded_int)
    except json.JSONDecodeError as error:
        raise Rejection(
            400,
            "invalid_json",
            f"the request body is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}",
            path=None,
            jsonrpc_code=PARSE_ERROR,
        ) from None
    except (ValueError, RecursionError) as error:  # NaN/Infinity, 1e999, a 5,000-digit integer
        raise Rejection(
            400,
            "invalid_json",
            f"the request body is not acceptable JSON: {error}",
            jsonrpc_code=PARSE_ERROR,
        ) from None
    where = find_lone_surrogate(value)
    if where is not None:
        raise Rejection(
            400,
            "invalid_text",
            f"the string at {where} holds a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff escape), "
            "which is not text: send valid Unicode (pair the surrogates, or drop the character)",
            path=where,
            jsonrpc_code=PARSE_ERROR,
        )
    return value
