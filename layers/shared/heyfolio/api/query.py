"""Query parameters, declared per route and checked in one place: a bad filter is a 400, never ignored.

A route lists the parameters it takes (:class:`Choice`, :class:`Number`, :class:`Text`);
:func:`read_query` returns their values or raises :class:`QueryError` naming the parameter,
what was sent and what is allowed - an unknown parameter (``?statuz=new``), a value outside
its choices (``?status=bogus``), a number out of range, or a parameter given twice. Silently
returning everything for a filter that was mistyped is how a dashboard lies.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


class QueryError(ValueError):
    """A query string the route refuses; the message says what to send instead."""


def _shown(raw: str) -> str:
    cleaned = "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else "?" for c in raw[:40])
    return repr(cleaned + ("..." if len(raw) > 40 else ""))


@dataclass(frozen=True)
class Choice:
    """One of a fixed set of values."""

    name: str
    choices: tuple[str, ...]
    default: str | None = None

    def read(self, raw: str) -> str:
        if raw not in self.choices:
            raise QueryError(f"'{self.name}' must be one of {', '.join(self.choices)}; got {_shown(raw)}.")
        return raw

    def allowed(self) -> str:
        return f"{self.name}={'|'.join(self.choices)}"


@dataclass(frozen=True)
class Number:
    """A whole number in ``[low, high]``."""

    name: str
    low: int
    high: int
    default: int | None = None

    def read(self, raw: str) -> int:
        text = raw.strip()
        if not (text.isascii() and text.lstrip("-").isdigit()) or len(text) > 12:
            raise QueryError(
                f"'{self.name}' must be an integer from {self.low} to {self.high}; got {_shown(raw)}."
            )
        value = int(text)
        if not self.low <= value <= self.high:
            raise QueryError(f"'{self.name}' must be from {self.low} to {self.high}; got {value}.")
        return value

    def allowed(self) -> str:
        return f"{self.name}={self.low}..{self.high}"


@dataclass(frozen=True)
class Text:
    """Free text up to ``max_chars`` (printable, no NUL or lone surrogates)."""

    name: str
    max_chars: int
    default: str | None = None

    def read(self, raw: str) -> str:
        bad = next((c for c in raw if ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF), None)
        if bad is not None:
            raise QueryError(f"'{self.name}' holds the control character U+{ord(bad):04X}: send plain text.")
        if len(raw) > self.max_chars:
            raise QueryError(f"'{self.name}' is {len(raw)} characters; the limit is {self.max_chars}.")
        return raw

    def allowed(self) -> str:
        return f"{self.name}=<text of at most {self.max_chars} characters>"


Param = Choice | Number | Text


def read_query(
    single: Mapping[str, str] | None,
    multi: Mapping[str, Sequence[str]] | None,
    params: Sequence[Param],
    *,
    route: str,
) -> dict[str, Any]:
    """The declared parameters' values (defaults filled in); :class:`QueryError` for anything else."""
    given: dict[str, list[str]] = {k: list(v) for k, v in (multi or {}).items()}
    for key, value in (single or {}).items():
        given.setdefault(key, [value])
    known = {p.name: p for p in params}
    unknown = sorted(k for k in given if k not in known)
    if unknown:
        takes = "; ".join(p.allowed() for p in params) if params else "no query parameters"
        raise QueryError(f"{route} does not take {', '.join(_shown(k) for k in unknown)}: it takes {takes}.")
    values: dict[str, Any] = {}
    for param in params:
        sent = given.get(param.name)
        if sent is None:
            values[param.name] = param.default
            continue
        if len(sent) > 1:
            raise QueryError(f"'{param.name}' is given {len(sent)} times: give it once ({param.allowed()}).")
        values[param.name] = param.read(sent[0])
    return values


def event_query(event: Any, params: Sequence[Param], *, route: str) -> dict[str, Any]:
    """:func:`read_query` for a Powertools event; raises Powertools' ``BadRequestError`` (a JSON 400)."""
    from aws_lambda_powertools.event_handler.exceptions import BadRequestError

    try:
        return read_query(
            event.query_string_parameters,
            event.multi_value_query_string_parameters,
            params,
            route=route,
        )
    except QueryError as error:
        raise BadRequestError(str(error)) from None
