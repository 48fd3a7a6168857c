"""``faq.yaml``: the screening facts recruiters ask first, typed into ``Faq``.

The five facts have fixed keys so that tools can answer "is she open to remote?"
without searching; anything else goes in ``entries`` as question/answer pairs.
Unknown keys are reported because a typo (``notice:``) would otherwise hide a fact.
"""

from __future__ import annotations

import re
from typing import Any

from heyfolio.content.checks import Checker, child
from heyfolio.content.model import Faq, FaqEntry, Problem, Profile
from heyfolio.content.yamlfile import load_yaml_located, with_positions

FAQ_FACTS = ("availability", "location", "remote", "work_authorization", "notice_period")
FAQ_KEYS = (*FAQ_FACTS, "links", "entries")
LINK_KEYS = ("network", "username", "url")
ENTRY_KEYS = ("key", "question", "answer")

_ENTRY_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_QUOTE_HINT = (
    'YAML reads yes/no/true/false and numbers as non-text: quote the answer, e.g. remote: "yes, fully remote"'
)


def entry_key(question: str) -> str:
    """A stable key for an entry without one: the question in snake_case, e.g. ``do_you_sponsor_visas``."""
    words = re.findall(r"[a-z0-9]+", question.lower())
    return "_".join(words)[:60].rstrip("_") or "entry"


def parse_faq_text(text: str, file: str) -> tuple[Faq | None, list[Problem]]:
    """Parse and type a ``faq.yaml`` file's text; ``(None, problems)`` when anything is wrong."""
    data, problems, positions = load_yaml_located(text.removeprefix("\ufeff"), file)
    if problems and data is None:
        return None, problems
    faq, more = parse_faq(data, file)
    problems += with_positions(more, positions)
    return (None, problems) if problems else (faq, [])


def parse_faq(data: object, file: str) -> tuple[Faq | None, list[Problem]]:
    """Type already-parsed FAQ data (an empty file is an empty ``Faq``)."""
    chk = Checker(file, yaml=True)
    if data is None:
        return Faq(), []
    if not isinstance(data, dict):
        chk.wrong("$", "a mapping with keys such as availability, location, remote, links, entries", data)
        return None, chk.problems
    chk.unknown_keys(data, "$", FAQ_KEYS)
    facts = {key: _fact(data, key, chk) for key in FAQ_FACTS}
    links = tuple(_link(path, item, chk) for path, item in chk.objects(data, "links", "$"))
    entries = _entries(data, chk, {k for k, v in facts.items() if v is not None})
    if chk.problems:
        return None, chk.problems
    return Faq(**facts, links=links, entries=entries), []


def _fact(data: dict[str, Any], key: str, chk: Checker) -> str | None:
    value = data.get(key)
    hint = _QUOTE_HINT if isinstance(value, bool | int | float) else ""
    return chk.string(data, key, "$", hint=hint)


def _link(path: str, item: dict[str, Any], chk: Checker) -> Profile:
    chk.unknown_keys(item, path, LINK_KEYS)
    return Profile(
        network=chk.string(item, "network", path, required=True, hint="name the site, e.g. network: GitHub"),
        username=chk.string(item, "username", path),
        url=chk.string(item, "url", path, fmt="uri", required=True),
    )


def _entries(data: dict[str, Any], chk: Checker, facts: set[str]) -> tuple[FaqEntry, ...]:
    out: list[FaqEntry] = []
    seen: dict[str, str] = {f: f"$.{f}" for f in facts}
    for path, item in chk.objects(data, "entries", "$"):
        chk.unknown_keys(item, path, ENTRY_KEYS)
        question = chk.string(item, "question", path, required=True)
        answer_hint = _QUOTE_HINT if isinstance(item.get("answer"), bool | int | float) else ""
        answer = chk.string(item, "answer", path, required=True, hint=answer_hint)
        key = chk.string(item, "key", path)
        if key is not None and not _ENTRY_KEY.match(key):
            chk.wrong(
                child(path, "key"),
                "a key of lowercase letters, digits, _ and -",
                key,
                "e.g. key: visa_sponsorship",
            )
            continue
        if question is None or answer is None:
            continue
        key = key or entry_key(question)
        if key in seen:
            chk.add(
                child(path, "key") if "key" in item else path,
                "a key used once",
                f"`{key}`, already used at {seen[key]}",
                "give this entry its own `key:` or merge the two answers",
            )
            continue
        seen[key] = path
        out.append(FaqEntry(key=key, question=question, answer=answer))
    return tuple(out)
