"""The LinkedIn data export (Settings -> Data privacy -> Get a copy of your data) as JSON Resume.

The archive is a ZIP of CSV files; this reads ``Profile.csv``, ``Positions.csv``,
``Education.csv``, ``Skills.csv``, ``Certifications.csv``, ``Languages.csv`` and
``Projects.csv`` (any missing file is simply skipped; a file may sit in a sub-folder, carry a
UTF-8 BOM or start with LinkedIn's "Notes:" preamble before the header row). Dates such as
``Mar 2019``, ``2019``, ``03/2019`` or ``2019-03-14`` become JSON Resume dates.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from heyfolio.importers.errors import SourceError
from heyfolio.importers.progress import Progress

FILES = ("Profile", "Positions", "Education", "Skills", "Certifications", "Languages", "Projects")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_URL = re.compile(r"https?://[^\s,\]]+")


def date(raw: str | None) -> str | None:
    """A LinkedIn date as a JSON Resume date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``); ``None`` if empty."""
    text = (raw or "").strip()
    if not text:
        return None
    if m := re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text):
        year, month, day = m.groups()
        return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day else "")
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", text):
        return f"{m.group(2)}-{int(m.group(1)):02d}"
    if m := re.fullmatch(r"(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})", text):
        day, month, year = m.groups()
        number = _MONTHS.get(month.lower())
        if number:
            return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day else "")
    raise SourceError(f"unrecognised date {text!r} (expected e.g. 'Mar 2019', '2019' or '03/2019')")


def _rows(text: str, expected: str) -> Iterator[dict[str, str]]:
    """The CSV rows, skipping any preamble before the header line that names ``expected``."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if expected in line), None)
    if start is None:
        return
    reader = csv.DictReader(io.StringIO("\n".join(lines[start:])))
    for row in reader:
        yield {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}


_HEADERS = {
    "Profile": "First Name",
    "Positions": "Company Name",
    "Education": "School Name",
    "Skills": "Name",
    "Certifications": "Name",
    "Languages": "Name",
    "Projects": "Title",
}


def read_archive(path: Path, *, quiet: bool = True) -> dict[str, list[dict[str, str]]]:
    """The rows of each known CSV in the export ZIP at ``path``."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise SourceError(
            f"{path}: not a readable ZIP archive ({exc}); pass the LinkedIn export file as downloaded"
        ) from None
    with archive:
        members = {PurePosixPath(n).stem: n for n in archive.namelist() if n.lower().endswith(".csv")}
        found = [name for name in FILES if name in members]
        if not found:
            raise SourceError(
                f"{path}: no LinkedIn CSV found (expected some of {', '.join(f + '.csv' for f in FILES)})"
            )
        out: dict[str, list[dict[str, str]]] = {}
        with Progress("linkedin", len(found), quiet=quiet) as bar:
            for name in found:
                text = archive.read(members[name]).decode("utf-8-sig", errors="replace")
                out[name] = list(_rows(text, _HEADERS[name]))
                bar.advance(name)
    return out


def _profile(row: dict[str, str]) -> dict[str, Any]:
    basics: dict[str, Any] = {}
    name = " ".join(x for x in (row.get("First Name"), row.get("Last Name")) if x)
    if name:
        basics["name"] = name
    if row.get("Headline"):
        basics["label"] = row["Headline"]
    if row.get("Summary"):
        basics["summary"] = row["Summary"]
    urls = _URL.findall(row.get("Websites", ""))
    if urls:
        basics["url"] = urls[0]
    geo = row.get("Geo Location", "")
    if geo:
        parts = [p.strip() for p in geo.split(",") if p.strip()]
        location: dict[str, Any] = {"city": parts[0]}
        if len(parts) > 2:
            location["region"] = parts[1]
        basics["location"] = location
    handles = re.findall(r"[A-Za-z0-9_]{1,15}", row.get("Twitter Handles", "").strip("[]"))
    if handles:
        basics["profiles"] = [
            {"network": "Twitter", "username": handles[0], "url": f"https://twitter.com/{handles[0]}"}
        ]
    return basics


def _dated(item: dict[str, Any], start: str | None, end: str | None) -> dict[str, Any]:
    if date(start):
        item["startDate"] = date(start)
    if date(end):
        item["endDate"] = date(end)
    return item


def to_resume(rows: dict[str, list[dict[str, str]]]) -> dict[str, Any]:
    """The JSON Resume fragment the export describes (only sections it has)."""
    out: dict[str, Any] = {}
    if rows.get("Profile"):
        out["basics"] = _profile(rows["Profile"][0])
    work = []
    for r in rows.get("Positions", []):
        if not r.get("Company Name"):
            continue
        item: dict[str, Any] = {"name": r["Company Name"], "position": r.get("Title") or None}
        if r.get("Description"):
            item["summary"] = r["Description"]
        if r.get("Location"):
            item["location"] = r["Location"]
        work.append(_dated({k: v for k, v in item.items() if v}, r.get("Started On"), r.get("Finished On")))
    if work:
        out["work"] = work
    education = []
    for r in rows.get("Education", []):
        if not r.get("School Name"):
            continue
        item = {"institution": r["School Name"]}
        degree = r.get("Degree Name", "")
        if degree:
            # "Master of Science - MS, Computer Science" or "Bachelor of Science"
            kind, _, area = degree.partition(",")
            item["studyType"] = re.sub(r"\s+-\s+\w+$", "", kind).strip()
            if area.strip():
                item["area"] = area.strip()
        if r.get("Notes"):
            item["courses"] = [r["Notes"]]
        education.append(_dated(item, r.get("Start Date"), r.get("End Date")))
    if education:
        out["education"] = education
    skills = [r["Name"] for r in rows.get("Skills", []) if r.get("Name")]
    if skills:
        out["skills"] = [{"name": s} for s in skills]
    certificates = []
    for r in rows.get("Certifications", []):
        if not r.get("Name"):
            continue
        item = {"name": r["Name"]}
        if r.get("Authority"):
            item["issuer"] = r["Authority"]
        if date(r.get("Started On")):
            item["date"] = date(r.get("Started On"))
        if _URL.fullmatch(r.get("Url", "")):
            item["url"] = r["Url"]
        certificates.append(item)
    if certificates:
        out["certificates"] = certificates
    languages = [
        {"language": r["Name"], **({"fluency": _fluency(r["Proficiency"])} if r.get("Proficiency") else {})}
        for r in rows.get("Languages", [])
        if r.get("Name")
    ]
    if languages:
        out["languages"] = languages
    projects = []
    for r in rows.get("Projects", []):
        if not r.get("Title"):
            continue
        item = {"name": r["Title"]}
        if r.get("Description"):
            item["description"] = r["Description"]
        if _URL.fullmatch(r.get("Url", "")):
            item["url"] = r["Url"]
        projects.append(_dated(item, r.get("Started On"), r.get("Finished On")))
    if projects:
        out["projects"] = projects
    return out


def _fluency(value: str) -> str:
    """``PROFESSIONAL_WORKING`` (some exports) or ``Professional working proficiency`` as readable text."""
    if re.fullmatch(r"[A-Z_]+", value):
        return value.replace("_", " ").capitalize() + " proficiency"
    return value


def import_archive(path: Path, *, quiet: bool = True) -> dict[str, Any]:
    """``read_archive`` then ``to_resume``."""
    return to_resume(read_archive(path, quiet=quiet))
