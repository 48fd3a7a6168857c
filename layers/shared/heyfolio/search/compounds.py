"""Sub-tokens of compound technology names, so a question naming a part meets the whole name.

Why: technologies are written as compounds ("PySpark", "PostgreSQL", "GoogleMaps", "Next.js") and a
visitor names the thing in it ("spark", "sql", "next"), or the other way round. Two readings, by how
the compound is made:

- a binding prefix ("Py", "My", "Rx") before a name says which language the thing is for: the
  compound *is* that thing, so its head counts as the word itself ("PySpark" is Spark, "MySQL" is
  SQL, "RxJava" is Java);
- any other camel-case compound only contains its parts: they count in part (``PART_PREFIX``),
  never as the word ("JavaScript" is not Java, "GoogleMaps" is not Google).

Dotted names ("Node.js") are split by the analyzer itself; a name written with "js" run on
("nextjs") is the dotted name (``dotted_js``).
"""

from __future__ import annotations

import re

__all__ = ["BINDING_PREFIXES", "PART_PREFIX", "binding_split", "bound_head", "camel_pieces", "dotted_js"]

PART_PREFIX = "part:"
"""The pseudo-term of a camel-case compound's part ("part:googl" for "GoogleMaps"): the tokenizer
never produces ":", so a part cannot collide with a word."""

BINDING_PREFIXES = frozenset({"py", "my", "rx"})
"""Prefixes that bind a technology to a language: Python ("PySpark", "PyTorch"), MySQL's "My",
ReactiveX's "Rx" ("RxJava", "RxSwift")."""

_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_MIN_PIECE = 2  # "iOS", "eBay", "iPhone": a one-letter piece is a brand's mark, not a word
_MIN_HEAD = 3  # "PyPI", "PyQt": a two-letter head is an abbreviation, too ambiguous to be the thing
_MIN_JS_STEM = 3  # "nextjs" is "next.js"; "objs" is not "ob.js"


def camel_pieces(raw: str) -> list[str]:
    """The camel-case pieces of ``raw`` as written ("PySpark" -> ["Py", "Spark"], "PostgreSQL" ->
    ["Postgre", "SQL"]), or [] for a word that is not such a compound: one piece ("Kafka", "SQL"),
    digits, or a one-letter piece ("iOS", "eBay")."""
    if not raw.isalpha() or raw.islower() or raw.isupper():
        return []
    pieces = _CAMEL.findall(raw)
    if len(pieces) < 2 or "".join(pieces) != raw or any(len(p) < _MIN_PIECE for p in pieces):
        return []
    return pieces


def bound_head(pieces: list[str]) -> str | None:
    """The folded head of a camel-case compound whose first piece is a binding prefix ("Py", "Spark"
    -> "spark"; "My", "SQL" -> "sql"), else None ("Java", "Script"; "Py", "PI")."""
    head = "".join(pieces[1:]).casefold()
    if pieces and pieces[0].casefold() in BINDING_PREFIXES and len(head) >= _MIN_HEAD:
        return head
    return None


def binding_split(word: str) -> tuple[str, str] | None:
    """``(prefix, head)`` of a folded word made of a binding prefix and a head of three letters or
    more ("pyspark" -> ("py", "spark")), else None. Whether the head is a name is the caller's to
    judge: "python" splits into "py" and "thon" here."""
    for prefix in BINDING_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_HEAD and word.isalpha():
            return prefix, word[len(prefix) :]
    return None


def dotted_js(word: str) -> str | None:
    """The dotted spelling of a JavaScript library name written with "js" run on ("nextjs" ->
    "next.js", "expressjs" -> "express.js"), else None."""
    if word.endswith("js") and word.isalpha() and len(word) - 2 >= _MIN_JS_STEM:
        return word[:-2] + ".js"
    return None
