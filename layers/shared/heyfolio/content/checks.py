"""Shared field checks that turn loose JSON/YAML values into typed ones, collecting problems.

Validation must report *every* problem in one pass, so nothing here raises: each
check records a ``Problem`` (file, JSON path, expected, found, hint) and returns
``None`` or an empty value, letting the caller carry on with the next field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from heyfolio.content.dates import DATE_EXPECTED, DateError, parse_partial_date
from heyfolio.content.model import PartialDate, Problem

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
_BARE_HOST = re.compile(r"^(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$")

URL_EXPECTED = "a URL such as https://example.com"
EMAIL_EXPECTED = "an email address such as ada@example.com"
NULL_HINT = "remove the key or give it a value (null is not allowed here)"


def child(path: str, key: str | int) -> str:
    """The JSON path of ``key`` inside ``path``: ``$.work[2].startDate``, ``$['$schema']``."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENT.match(key):
        return f"{path}.{key}"
    quoted = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{path}['{quoted}']"


def describe(value: object, *, yaml: bool = False) -> str:
    """Say what a value is, briefly, for the "found" half of a problem."""
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        if not value.strip():
            return "an empty string" if not value else "a blank string"
        text = value if len(value) <= 60 else value[:57] + "..."
        return json.dumps(text, ensure_ascii=False)
    if isinstance(value, list):
        kind = "a list" if yaml else "an array"
        return f"{kind} of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return "a mapping" if yaml else "an object"
    return type(value).__name__


def is_url(text: str) -> bool:
    """A reasonable URL: an absolute URI with a scheme, or a bare ``host.tld/path`` as résumés often write."""
    return bool(_SCHEME.match(text) or _BARE_HOST.match(text))


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text))


class Checker:
    """Collects problems for one file; the ``yaml`` flag picks YAML words (list, mapping) over JSON ones."""

    def __init__(self, file: str, *, yaml: bool = False) -> None:
        self.file = file
        self.yaml = yaml
        self.problems: list[Problem] = []

    @property
    def list_word(self) -> str:
        return "a list" if self.yaml else "an array"

    @property
    def map_word(self) -> str:
        return "a mapping" if self.yaml else "an object"

    def add(self, path: str, expected: str, found: str, hint: str = "") -> None:
        self.problems.append(Problem(self.file, path, expected, found, hint))

    def wrong(self, path: str, expected: str, value: object, hint: str = "") -> None:
        """Record that ``value`` at ``path`` is not what we wanted, with a default hint for null."""
        if not hint:
            hint = NULL_HINT if value is None else self._type_hint(expected, value)
        self.add(path, expected, describe(value, yaml=self.yaml), hint)

    def _type_hint(self, expected: str, value: object) -> str:
        """A concrete fix for a value of the wrong type (every problem carries a hint)."""
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, int | float | bool) else ""
        if expected.startswith("a string") and text:
            return f'put it in quotes to make it text: "{text}"' if not self.yaml else f"quote it: '{text}'"
        if expected.startswith(self.list_word) and isinstance(value, dict):
            return (
                f"wrap the {self.map_word.split(' ', 1)[1]} in [ ] to make it {expected}"
                if not self.yaml
                else (f"make it {expected}: start the item with '- '")
            )
        if expected.startswith(self.list_word) and isinstance(value, str):
            return (
                "split it into separate items: ["
                + ", ".join(
                    json.dumps(part.strip(), ensure_ascii=False) for part in value.split(",") if part.strip()
                )[:120]
                + "]"
            )
        if expected in (self.map_word, "an object", "a mapping") and isinstance(value, list):
            return f"give one {self.map_word.split(' ', 1)[1]} here (with named fields), not {self.list_word}"
        if expected == "true or false" and isinstance(value, str):
            return "write true or false without quotes"
        return f"replace it with {expected}"

    # -- single values -------------------------------------------------------------------------

    def string(
        self,
        obj: dict[str, Any],
        key: str,
        path: str,
        *,
        fmt: str | None = None,
        required: bool = False,
        hint: str = "",
    ) -> str | None:
        """A string field; ``fmt`` is ``"uri"`` or ``"email"``. An empty URL/email means "not given"."""
        here = child(path, key)
        if key not in obj:
            if required:
                self.add(here, "a non-empty string", "nothing (the key is missing)", hint or f"add `{key}`")
            return None
        value = obj[key]
        if not isinstance(value, str):
            self.wrong(here, "a string" if fmt is None else _FORMAT_EXPECTED[fmt], value, hint)
            return None
        if required and not value.strip():
            self.wrong(here, "a non-empty string", value, hint or f"write a {key}")
            return None
        if fmt is not None:
            if value == "":
                return None
            ok = is_url(value) if fmt == "uri" else is_email(value)
            if not ok:
                self.wrong(here, _FORMAT_EXPECTED[fmt], value, hint or _FORMAT_HINT[fmt])
                return None
        return value

    def date(self, obj: dict[str, Any], key: str, path: str, *, native: bool = False) -> PartialDate | None:
        """A date field. ``native`` also accepts a bare year number, as YAML front matter gives for ``2019``."""
        if key not in obj:
            return None
        return self.date_value(obj[key], child(path, key), native=native)

    def date_value(self, value: object, here: str, *, native: bool = False) -> PartialDate | None:
        if native and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.wrong(here, DATE_EXPECTED, value)
            return None
        if not value.strip():
            return None  # "" is how many résumés say "no date"
        try:
            return parse_partial_date(value)
        except DateError as err:
            self.wrong(here, DATE_EXPECTED, value, str(err))
            return None

    def boolean(self, obj: dict[str, Any], key: str, path: str) -> bool | None:
        if key not in obj:
            return None
        value = obj[key]
        if not isinstance(value, bool):
            self.wrong(child(path, key), "true or false", value)
            return None
        return value

    # -- containers ----------------------------------------------------------------------------

    def mapping(self, obj: dict[str, Any], key: str, path: str, hint: str = "") -> dict[str, Any] | None:
        if key not in obj:
            return None
        value = obj[key]
        if not isinstance(value, dict):
            self.wrong(child(path, key), self.map_word, value, hint)
            return None
        return value

    def array(self, obj: dict[str, Any], key: str, path: str, what: str) -> list[Any] | None:
        """A list field; ``what`` names its items for the message ("objects", "strings")."""
        if key not in obj:
            return None
        value = obj[key]
        if not isinstance(value, list):
            hint = ""
            if isinstance(value, str) and what == "strings":
                parts = [part.strip() for part in value.split(",") if part.strip()]
                shown = ", ".join(json.dumps(part, ensure_ascii=False) for part in parts)
                hint = f"wrap it in a list: [{json.dumps(value, ensure_ascii=False)}]"
                if len(parts) > 1:
                    hint += f", or make each item its own string: [{shown}]"
            self.wrong(child(path, key), f"{self.list_word} of {what}", value, hint)
            return None
        return value

    def strings(self, obj: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
        """A list of strings; bad items are reported one by one (``$.topics[1]``) and left out."""
        items = self.array(obj, key, path, "strings")
        if items is None:
            return ()
        here = child(path, key)
        out: list[str] = []
        for i, item in enumerate(items):
            if isinstance(item, str):
                out.append(item)
            else:
                hint = (
                    "quote it to make it text" if self.yaml and isinstance(item, int | float | bool) else ""
                )
                self.wrong(child(here, i), "a string", item, hint)
        return tuple(out)

    def objects(self, obj: dict[str, Any], key: str, path: str) -> Iterable[tuple[str, dict[str, Any]]]:
        """Yield ``(path, item)`` for each object in a list field, reporting items that are not objects."""
        items = self.array(obj, key, path, "objects" if not self.yaml else "mappings")
        if items is None:
            return
        here = child(path, key)
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield child(here, i), item
            else:
                self.wrong(child(here, i), self.map_word, item)

    def unknown_keys(self, obj: dict[str, Any], path: str, known: Iterable[str]) -> None:
        """Report keys we do not know (typos), suggesting the closest known key."""
        known = list(known)
        for key in obj:
            if key in known:
                continue
            if not isinstance(key, str):
                self.add(path, "text keys", describe(key, yaml=self.yaml), "quote the key")
                continue
            import difflib  # only on this error path

            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean `{close[0]}`? " if close else ""
            hint += "known keys: " + ", ".join(known)
            self.add(child(path, key), "a known key", f"unknown key `{key}`", hint)


_FORMAT_EXPECTED = {"uri": URL_EXPECTED, "email": EMAIL_EXPECTED}
_FORMAT_HINT = {
    "uri": "write a full address starting with https:// (no spaces)",
    "email": "write one address like name@example.com",
}
