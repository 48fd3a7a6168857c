"""A three-way merge of an imported JSON Resume fragment into the owner's résumé.

For every field: ``current`` is the résumé now, ``imported`` what the source says today and
``previous`` what the source said at the last import (the snapshot; ``None`` the first time).

- current empty -> take the import (added / filled);
- current equal to the import -> nothing;
- current equal to the previous import -> the owner never touched it: follow the source (changed);
- otherwise it is a hand edit: keep it, and say so in the report.

List sections match entries by a natural key (company + position + start month, institution +
area, skill name...). An entry that the previous import brought and the owner has since deleted
is not added again. Entries the source does not know are never touched.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Action = Literal["added", "changed", "kept", "skipped"]

SECTION_KEYS: Mapping[str, tuple[str, ...]] = {
    "work": ("name", "position", "startDate"),
    "volunteer": ("organization", "position"),
    "education": ("institution", "studyType", "area"),
    "awards": ("title",),
    "certificates": ("name",),
    "publications": ("name",),
    "languages": ("language",),
    "projects": ("name",),
    "interests": ("name",),
}
"""How an imported entry finds its counterpart in the résumé."""

IMPORTED_SKILLS = "More skills"
"""The skill group flat skill lists (LinkedIn) go into when the résumé does not name them yet."""


@dataclass(frozen=True)
class Change:
    action: Action
    path: str
    detail: str


@dataclass
class Report:
    """What a merge did, line by line."""

    source: str
    changes: list[Change] = field(default_factory=list)

    def add(self, action: Action, path: str, detail: str) -> None:
        self.changes.append(Change(action, path, detail))

    def count(self, action: Action) -> int:
        return sum(1 for c in self.changes if c.action == action)

    @property
    def modified(self) -> bool:
        return any(c.action in ("added", "changed") for c in self.changes)

    def text(self) -> str:
        marks = {"added": "+", "changed": "~", "kept": "=", "skipped": "-"}
        lines = [
            f"{self.source}: {self.count('added')} added, {self.count('changed')} changed, "
            f"{self.count('kept')} hand edits kept, {self.count('skipped')} skipped"
        ]
        lines += [f"  {marks[c.action]} {c.path}: {c.detail}" for c in self.changes]
        return "\n".join(lines)


def _norm(value: Any) -> str:
    text = re.sub(r"\s+", " ", str(value or "")).strip().casefold()
    return text


def _same_text(a: Any, b: Any) -> bool:
    """Equal after normalising, or one contains the other ("TU Delft" vs "Delft University of Technology (TU Delft)")."""
    x, y = _norm(a), _norm(b)
    return x == y or (len(x) >= 3 and len(y) >= 3 and (x in y or y in x))


def same_entry(section: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two entries of ``section`` describe the same thing.

    The first key field must agree; each other key field must agree when both sides have it
    (a start date to the month)."""
    fields = SECTION_KEYS[section]
    if not (a.get(fields[0]) and b.get(fields[0]) and _same_text(a[fields[0]], b[fields[0]])):
        return False
    for name in fields[1:]:
        x, y = a.get(name), b.get(name)
        if not x or not y:
            continue
        if name == "startDate":
            if str(x)[:7] != str(y)[:7]:
                return False
        elif not _same_text(x, y):
            return False
    return True


def _find(section: str, items: list[Any], entry: Mapping[str, Any]) -> Any:
    return next((i for i in items if isinstance(i, Mapping) and same_entry(section, i, entry)), None)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def _merge_fields(
    current: dict[str, Any],
    imported: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
    path: str,
    report: Report,
) -> None:
    for name, new in imported.items():
        if _empty(new):
            continue
        where = f"{path}.{name}"
        cur = current.get(name)
        if isinstance(new, Mapping) and isinstance(cur, dict):
            before = previous.get(name) if previous else None
            _merge_fields(cur, new, before if isinstance(before, Mapping) else None, where, report)
            continue
        if _empty(cur):
            current[name] = copy.deepcopy(new)
            report.add("added", where, _short(new))
        elif cur == new:
            continue
        elif previous is not None and previous.get(name) == cur:
            current[name] = copy.deepcopy(new)
            report.add("changed", where, f"{_short(cur)} -> {_short(new)}")
        else:
            report.add("kept", where, f"hand edit kept (the source says {_short(new)})")


def _label(section: str, item: Mapping[str, Any]) -> str:
    parts = [str(item.get(k)) for k in SECTION_KEYS[section] if item.get(k) and k != "startDate"]
    return " / ".join(parts) or "(entry)"


def _merge_section(
    section: str,
    current: dict[str, Any],
    imported: list[Any],
    previous: list[Any] | None,
    report: Report,
) -> None:
    items: list[Any] = current.setdefault(section, [])
    for new in imported:
        label = _label(section, new)
        match = _find(section, items, new)
        before = _find(section, previous or [], new)
        if match is not None:
            _merge_fields(match, new, before, f"{section}[{items.index(match)}]", report)
        elif before is not None:
            report.add("skipped", section, f"{label} (deleted by hand after the last import)")
        else:
            items.append(copy.deepcopy(new))
            report.add("added", f"{section}[{len(items) - 1}]", label)


def _merge_skills(
    current: dict[str, Any], imported: list[Any], previous: list[Any] | None, report: Report
) -> None:
    """Skills: grouped in the résumé, often flat in a source. A skill is present if the résumé names it
    as a group or a keyword anywhere; otherwise it joins the ``More skills`` group."""
    skills: list[Any] = current.setdefault("skills", [])
    known = set()
    for group in skills:
        if isinstance(group, dict):
            known.add(_norm(group.get("name")))
            known.update(_norm(k) for k in group.get("keywords") or [])
    before = set()
    for group in previous or []:
        if isinstance(group, Mapping):
            before.add(_norm(group.get("name")))
            before.update(_norm(k) for k in group.get("keywords") or [])
    names = []
    for group in imported:
        names += [group.get("name")] if not group.get("keywords") else list(group["keywords"])
    for name in names:
        if not name or _norm(name) in known:
            continue
        if _norm(name) in before:
            report.add("skipped", "skills", f"{name} (removed by hand after the last import)")
            continue
        target = next((g for g in skills if isinstance(g, dict) and g.get("name") == IMPORTED_SKILLS), None)
        if target is None:
            target = {"name": IMPORTED_SKILLS, "keywords": []}
            skills.append(target)
        target.setdefault("keywords", []).append(name)
        known.add(_norm(name))
        report.add("added", f"skills[{skills.index(target)}].keywords", str(name))


def merge(
    current: Mapping[str, Any],
    imported: Mapping[str, Any],
    previous: Mapping[str, Any] | None,
    source: str,
) -> tuple[dict[str, Any], Report]:
    """The merged résumé (a new document; ``current`` is not modified) and the report."""
    merged = copy.deepcopy(dict(current))
    report = Report(source)
    for section, value in imported.items():
        before = previous.get(section) if previous else None
        if section == "basics" and isinstance(value, Mapping):
            basics = merged.setdefault("basics", {})
            profiles = value.get("profiles") or []
            _merge_fields(
                basics,
                {k: v for k, v in value.items() if k != "profiles"},
                before if isinstance(before, Mapping) else None,
                "basics",
                report,
            )
            if profiles:
                holder: dict[str, Any] = {"profiles": basics.setdefault("profiles", [])}
                prev_profiles = before.get("profiles") if isinstance(before, Mapping) else None
                _merge_profiles(holder, profiles, prev_profiles, report)
        elif section == "skills" and isinstance(value, list):
            _merge_skills(merged, value, before if isinstance(before, list) else None, report)
        elif section in SECTION_KEYS and isinstance(value, list):
            _merge_section(section, merged, value, before if isinstance(before, list) else None, report)
    return merged, report


def _merge_profiles(holder: dict[str, Any], imported: list[Any], previous: Any, report: Report) -> None:
    profiles: list[Any] = holder["profiles"]
    by_network = {_norm(p.get("network")): p for p in profiles if isinstance(p, dict)}
    before = {_norm(p.get("network")): p for p in previous or [] if isinstance(p, Mapping)}
    for new in imported:
        key = _norm(new.get("network"))
        if key in by_network:
            index = profiles.index(by_network[key])
            _merge_fields(by_network[key], new, before.get(key), f"basics.profiles[{index}]", report)
        elif key in before:
            report.add("skipped", "basics.profiles", f"{new.get('network')} (deleted by hand)")
        else:
            profiles.append(dict(new))
            by_network[key] = profiles[-1]
            report.add("added", f"basics.profiles[{len(profiles) - 1}]", str(new.get("network")))


def dumps(document: Mapping[str, Any]) -> str:
    """The résumé as the project writes it: two-space JSON, UTF-8, trailing newline."""
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def diff(before: Mapping[str, Any], after: Mapping[str, Any], name: str = "resume.json") -> str:
    """A unified diff of the two documents as they would be written."""
    return "".join(
        difflib.unified_diff(
            dumps(before).splitlines(keepends=True),
            dumps(after).splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
    )
