"""Parse a JSON body with a nesting-depth limit, refusing clearly instead of crashing.

Deep nesting (``[[[[...]]]]``) costs little to send and a lot to parse and walk; CPython's
parser raises ``RecursionError`` near 1,000 levels, and every consumer that recurses over the
result is exposed too. The depth is checked first by a linear scan over the raw text (strings
skipped), so nothing recursive ever sees a too-deep document, and the refusal names where the
limit was crossed as a JSON path.
"""

from __future__ import annotations

import json
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
    raise ValueError(f"{name} is not valid JSON")


def parse_json(body: bytes | str | None, *, max_depth: int = DEFAULT_MAX_DEPTH) -> Any:
    """The decoded JSON value of ``body``, or :class:`Rejection` (400) saying what is wrong.

    Refuses: an empty body, bytes that are not UTF-8, nesting beyond ``max_depth``, malformed
    JSON (with line and column), and the non-standard ``NaN``/``Infinity`` Python would accept.
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
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as error:
        raise Rejection(
            400,
            "invalid_json",
            f"the request body is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}",
            path=None,
            jsonrpc_code=PARSE_ERROR,
        ) from None
    except (ValueError, RecursionError) as error:  # NaN/Infinity, a 5,000-digit integer
        raise Rejection(
            400, "invalid_json", f"the request body is not acceptable JSON: {error}", jsonrpc_code=PARSE_ERROR
        ) from None
