"""Validate a JSON Resume v1 document and type it into ``heyfolio.content.model``.

Hand-written rather than driven by the schema file so that every problem gets a
message a person can act on (JSON path, what was expected, what was found, a
hint), all problems are found in one pass, and the legacy field names real
résumés still use (``company``, ``website``, ``gpa``, ``picture``) and free-form
dates ("May 2019", "Present") are accepted. Unknown keys are allowed, as JSON
Resume allows additional properties; they stay in ``Resume.document``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from heyfolio.content.checks import Checker, child
from heyfolio.content.model import (
    Award,
    Basics,
    Certificate,
    Education,
    Interest,
    Language,
    Location,
    Meta,
    Problem,
    Profile,
    Publication,
    Reference,
    Resume,
    ResumeProject,
    Skill,
    Volunteer,
    Work,
)

#: Older field names still found in real résumés, per section: legacy name -> current name.
LEGACY_NAMES: dict[str, dict[str, str]] = {
    "basics": {"picture": "image", "website": "url"},
    "work": {"company": "name", "website": "url"},
    "volunteer": {"website": "url"},
    "education": {"gpa": "score"},
    "certificates": {"website": "url"},
    "publications": {"website": "url"},
    "projects": {"website": "url"},
}

NAME_HINT = "add `basics.name`: the site, the chat and the MCP server all introduce the owner by it"


def owner_name_problems(data: object, file: str) -> list[Problem]:
    """What keeps a document from naming its owner (``basics.name``), which a portfolio needs.

    Kept apart from :func:`parse_resume`, which types any JSON Resume fragment (one section on
    its own is a valid document); a portfolio's résumé must also say whose it is.
    """
    if not isinstance(data, dict):
        return []  # parse_resume reports the document itself
    chk = Checker(file)
    basics = data.get("basics")
    if "basics" not in data:
        chk.add(
            "$.basics",
            'an object with at least your name, {"name": "..."}',
            "nothing (the key is missing)",
            NAME_HINT,
        )
    elif isinstance(basics, dict):  # other types, and a name that is not a string: parse_resume says so
        name = basics.get("name")
        if "name" not in basics:
            chk.add("$.basics.name", "a non-empty string", "nothing (the key is missing)", NAME_HINT)
        elif isinstance(name, str) and not name.strip():
            chk.wrong("$.basics.name", "a non-empty string", name, NAME_HINT)
    return chk.problems


DOCUMENT_EXPECTED = "a JSON Resume document (an object with basics, work, education, ...)"


class _Item:
    """One object of the résumé with its legacy names resolved.

    ``src`` is the object as written (so problem paths name the key the author
    typed); ``key(name)`` gives the key actually used for a current field name;
    ``normalized`` is the object with legacy names replaced, original order kept.
    """

    def __init__(self, src: dict[str, Any], section: str, path: str, chk: Checker) -> None:
        self.src = src
        self.path = path
        legacy = LEGACY_NAMES.get(section, {})
        self._keys: dict[str, str] = {}
        self.normalized: dict[str, Any] = {}
        for key, value in src.items():
            current = legacy.get(key)
            if current is None:
                self.normalized[key] = value
                continue
            if current in src:
                if src[current] != value:
                    chk.add(
                        child(path, key),
                        f"only `{current}` (`{key}` is its older name)",
                        f"both `{current}` and `{key}`, with different values",
                        f"keep one of them; `{current}` is the JSON Resume v1 name",
                    )
                continue  # the current name wins; drop the duplicate
            self._keys[current] = key
            self.normalized[current] = value

    def key(self, name: str) -> str:
        return self._keys.get(name, name)


def parse_resume(data: object, file: str) -> tuple[Resume | None, list[Problem]]:
    """Type a parsed JSON document as a ``Resume``; on any problem return ``(None, problems)``.

    ``file`` is the name problems are reported under. Every problem in the
    document is collected, not just the first.
    """
    chk = Checker(file)
    if not isinstance(data, dict):
        hint = "the file must hold one JSON object; see https://jsonresume.org/schema"
        chk.wrong("$", DOCUMENT_EXPECTED, data, hint)
        return None, chk.problems
    doc: dict[str, Any] = dict(data)
    chk.string(data, "$schema", "$")

    basics = Basics()
    raw_basics = chk.mapping(data, "basics", "$")
    if raw_basics is not None:
        basics, doc["basics"] = _basics(raw_basics, chk)

    sections: dict[str, tuple[Any, ...]] = {}
    for section, build in _SECTIONS.items():
        items: list[Any] = []
        normalized: list[Any] = []
        for path, raw in chk.objects(data, section, "$"):
            item = _Item(raw, section, path, chk)
            items.append(build(item, chk))
            normalized.append(item.normalized)
        if isinstance(data.get(section), list):
            # keep non-object entries as they were so the document still mirrors the input
            normalized_iter = iter(normalized)
            doc[section] = [next(normalized_iter) if isinstance(x, dict) else x for x in data[section]]
        sections[section] = tuple(items)

    meta = None
    raw_meta = chk.mapping(data, "meta", "$")
    if raw_meta is not None:
        meta = Meta(
            canonical=chk.string(raw_meta, "canonical", "$.meta", fmt="uri"),
            version=chk.string(raw_meta, "version", "$.meta"),
            last_modified=chk.string(raw_meta, "lastModified", "$.meta"),
        )

    if chk.problems:
        return None, chk.problems
    return (
        Resume(
            basics=basics,
            work=sections["work"],
            volunteer=sections["volunteer"],
            education=sections["education"],
            awards=sections["awards"],
            certificates=sections["certificates"],
            publications=sections["publications"],
            skills=sections["skills"],
            languages=sections["languages"],
            interests=sections["interests"],
            references=sections["references"],
            projects=sections["projects"],
            meta=meta,
            document=doc,
        ),
        [],
    )


def _basics(raw: dict[str, Any], chk: Checker) -> tuple[Basics, dict[str, Any]]:
    item = _Item(raw, "basics", "$.basics", chk)
    src, path, k = item.src, item.path, item.key
    # checked in the schema's order, which is the order problems are reported in
    name = chk.string(src, "name", path)
    label = chk.string(src, "label", path)
    image = chk.string(src, k("image"), path)
    email = chk.string(src, "email", path, fmt="email")
    phone = chk.string(src, "phone", path)
    url = chk.string(src, k("url"), path, fmt="uri")
    summary = chk.string(src, "summary", path)
    location = None
    raw_location = chk.mapping(src, "location", path, hint='write it as an object, e.g. {"city": "Berlin"}')
    if raw_location is not None:
        here = child(path, "location")
        location = Location(
            address=chk.string(raw_location, "address", here),
            postal_code=chk.string(raw_location, "postalCode", here),
            city=chk.string(raw_location, "city", here),
            country_code=chk.string(raw_location, "countryCode", here),
            region=chk.string(raw_location, "region", here),
        )
    profiles = tuple(
        Profile(
            network=chk.string(p, "network", here),
            username=chk.string(p, "username", here),
            url=chk.string(p, "url", here, fmt="uri"),
        )
        for here, p in chk.objects(src, "profiles", path)
    )
    basics = Basics(
        name=name,
        label=label,
        image=image or None,  # "" means no picture
        email=email,
        phone=phone,
        url=url,
        summary=summary,
        location=location,
        profiles=profiles,
    )
    return basics, item.normalized


def _work(item: _Item, chk: Checker) -> Work:
    src, path, k = item.src, item.path, item.key
    return Work(
        name=chk.string(src, k("name"), path),
        location=chk.string(src, "location", path),
        description=chk.string(src, "description", path),
        position=chk.string(src, "position", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        start_date=chk.date(src, "startDate", path),
        end_date=chk.date(src, "endDate", path),
        summary=chk.string(src, "summary", path),
        highlights=chk.strings(src, "highlights", path),
    )


def _volunteer(item: _Item, chk: Checker) -> Volunteer:
    src, path, k = item.src, item.path, item.key
    return Volunteer(
        organization=chk.string(src, "organization", path),
        position=chk.string(src, "position", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        start_date=chk.date(src, "startDate", path),
        end_date=chk.date(src, "endDate", path),
        summary=chk.string(src, "summary", path),
        highlights=chk.strings(src, "highlights", path),
    )


def _education(item: _Item, chk: Checker) -> Education:
    src, path, k = item.src, item.path, item.key
    score_key = k("score")
    raw_score = src.get(score_key)
    if isinstance(raw_score, int | float) and not isinstance(raw_score, bool):
        # legacy résumés often write "gpa": 3.8; keep it, as text, like the schema wants
        score: str | None = str(raw_score)
        item.normalized["score"] = score
    else:
        score = chk.string(src, score_key, path)
    return Education(
        institution=chk.string(src, "institution", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        area=chk.string(src, "area", path),
        study_type=chk.string(src, "studyType", path),
        start_date=chk.date(src, "startDate", path),
        end_date=chk.date(src, "endDate", path),
        score=score,
        courses=chk.strings(src, "courses", path),
    )


def _award(item: _Item, chk: Checker) -> Award:
    src, path = item.src, item.path
    return Award(
        title=chk.string(src, "title", path),
        date=chk.date(src, "date", path),
        awarder=chk.string(src, "awarder", path),
        summary=chk.string(src, "summary", path),
    )


def _certificate(item: _Item, chk: Checker) -> Certificate:
    src, path, k = item.src, item.path, item.key
    return Certificate(
        name=chk.string(src, "name", path),
        date=chk.date(src, "date", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        issuer=chk.string(src, "issuer", path),
    )


def _publication(item: _Item, chk: Checker) -> Publication:
    src, path, k = item.src, item.path, item.key
    return Publication(
        name=chk.string(src, "name", path),
        publisher=chk.string(src, "publisher", path),
        release_date=chk.date(src, "releaseDate", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        summary=chk.string(src, "summary", path),
    )


def _skill(item: _Item, chk: Checker) -> Skill:
    src, path = item.src, item.path
    return Skill(
        name=chk.string(src, "name", path),
        level=chk.string(src, "level", path),
        keywords=chk.strings(src, "keywords", path),
    )


def _language(item: _Item, chk: Checker) -> Language:
    src, path = item.src, item.path
    return Language(language=chk.string(src, "language", path), fluency=chk.string(src, "fluency", path))


def _interest(item: _Item, chk: Checker) -> Interest:
    src, path = item.src, item.path
    return Interest(name=chk.string(src, "name", path), keywords=chk.strings(src, "keywords", path))


def _reference(item: _Item, chk: Checker) -> Reference:
    src, path = item.src, item.path
    return Reference(name=chk.string(src, "name", path), reference=chk.string(src, "reference", path))


def _project(item: _Item, chk: Checker) -> ResumeProject:
    src, path, k = item.src, item.path, item.key
    return ResumeProject(
        name=chk.string(src, "name", path),
        description=chk.string(src, "description", path),
        highlights=chk.strings(src, "highlights", path),
        keywords=chk.strings(src, "keywords", path),
        start_date=chk.date(src, "startDate", path),
        end_date=chk.date(src, "endDate", path),
        url=chk.string(src, k("url"), path, fmt="uri"),
        roles=chk.strings(src, "roles", path),
        entity=chk.string(src, "entity", path),
        type=chk.string(src, "type", path),
    )


# Section name -> builder, in JSON Resume's own order (it is also the order problems are reported in).
_SECTIONS: dict[str, Callable[[_Item, Checker], object]] = {
    "work": _work,
    "volunteer": _volunteer,
    "education": _education,
    "awards": _award,
    "certificates": _certificate,
    "publications": _publication,
    "skills": _skill,
    "languages": _language,
    "interests": _interest,
    "references": _reference,
    "projects": _project,
}
