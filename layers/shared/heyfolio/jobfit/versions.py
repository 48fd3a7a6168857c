"""A version asked of a technology or standard ("TLS 1.3", "Python 3.12", "Java 17+") against the versions
the content writes of the same thing.

Why: the matcher reads a version number as no word at all, so "TLS 1.3" was met by "moved the gateway to
TLS 1.2" and "Python 3.12" by an upgrade to Python 3.9. An older version is the thing at a lower level
(partial, as a lower grade is): the owner knows the thing, not what changed since. Only when the content
itself writes versions of the thing is anything said: a thing written with no version may be any version.
A version asked is a floor: a later version shown meets it ("Java 11+" against Java 17), and so does one
written on after another ("from React 16 to 18").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from heyfolio.jobfit.terms import word_list

__all__ = ["version_below"]

# A name (one to three capitalised words, or C++ / .NET) and a version right after it: "PCI DSS 4.0",
# "Python 3.12", "Java v17", "Vue 3.x", "Java 11+". A version has one or two digits before any dot, so a
# standard's number (ISO 27001) or a year (SQL Server 2019) is no version here.
_ASKED = re.compile(
    r"(?<![\w.+#])(?P<name>(?:[A-Z][\w#+-]*|\.NET|C\+\+)(?:\s+(?:[A-Z][\w#+-]*|\.NET))"
    r"{0,2})[ -]?v?(?P<ver>\d{1,2}(?:\.\d{1,2}){0,2})(?:\.x|\+)?(?![\w.]?\d)(?![\w%])"
)
# Words before a number that make it a count, a step or an identifier, not a version of a thing.
_NOT_A_NAME = frozenset(
    word_list(
        "iso iec ieee rfc en din nist soc sil asil level levels tier class grade series stage phase step gen "
        "generation type top fortune part section chapter article annex rule schedule form day week sprint "
        "round year years quarter industry web version release cat category batch cohort wave team group "
        "floor room unit lot item"
    )
)
# Words after a number that make it an amount ("Kafka 2.5 million events", "Python 3 years").
_AMOUNT_AFTER = re.compile(
    r"\s*(?:(?!(?:has|was|its|is|as|this|thus|plus|always|versus)\b)[a-z]{2,}(?<![su])s|million|billion|"
    r"thousand|hundred|k|m|bn|per|percent|x|ms|sec|hour|day|week|month|year|plus|more|or more|of)\b"
)


# Versions written on after a version, without the name again ("16 to 18", "/11/17", "-3.12", ", 3.11 and 3.12").
_LATER = re.compile(r"(?:\s*(?:to|through|and|or|,|/|-|–)\s*v?\d{1,2}(?:\.\d{1,2}){0,2}(?![\w%]))*")
_BARE = re.compile(r"(?<![\w.])\d{1,2}(?:\.\d{1,2}){0,2}(?![\w.%]?\d)")


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def _at_least(shown: tuple[int, ...], asked: tuple[int, ...]) -> bool:
    """``shown`` reaches ``asked``: compared over the asked version's parts (3.11 reaches 3; 2 misses 2.2)."""
    size = len(asked)
    return (shown + (0,) * size)[:size] >= asked


def _written_versions(name: str, text: str) -> list[tuple[int, ...]]:
    """The versions ``text`` writes right after ``name`` (amounts after it are no versions)."""
    spaced = r"\s+".join(re.escape(w) for w in name.split())
    pattern = re.compile(
        rf"(?<![\w.+#]){spaced}[ -]?v?(\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})(?:\.x|\+)?(?![\w.]?\d)(?![\w%])",
        re.IGNORECASE,
    )
    out: list[tuple[int, ...]] = []
    for m in pattern.finditer(text):
        if _AMOUNT_AFTER.match(text, m.end()):
            continue
        out.append(_version(m.group(1)))
        # "from React 16 to 18", "Java 8/11/17", "Python 3.8-3.12": the later versions of the same thing
        later = _LATER.match(text, m.end())
        out.extend(_version(v) for v in _BARE.findall(later.group(0) if later else ""))
    return out


def _names(name: str) -> list[str]:
    """The name and its shorter endings, longest first ("Proven WCAG" -> "Proven WCAG", "WCAG")."""
    words = name.split()
    if len(words[-1]) < 2:
        return []  # "German C1", "Amazon S3", "an A100": a level or a model's letter, no name of a thing
    return [" ".join(words[i:]) for i in range(len(words)) if words[i].casefold() not in _NOT_A_NAME]


def version_below(text: str, content: Iterable[str]) -> str | None:
    """The thing and version asked ("TLS 1.3") when the content writes that thing only at older versions;
    None when no version is asked, the content writes the thing with no version, or it shows the version
    asked or a later one."""
    texts = list(content)
    for m in _ASKED.finditer(text):
        if _AMOUNT_AFTER.match(text, m.end()):
            continue
        asked = _version(m.group("ver"))
        for name in _names(m.group("name")):
            shown = [(t, v) for t in texts for v in _written_versions(name, t)]
            if not shown:
                continue
            reached = [v for _, v in shown if _at_least(v, asked)]
            if not reached:
                return f"{name} {m.group('ver')}"
            break
    return None
