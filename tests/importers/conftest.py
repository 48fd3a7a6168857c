"""Fixtures for the importer tests: a copy of the sample content folder and LinkedIn export ZIPs."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private copy of the project's sample content (the tests write into it)."""
    target = tmp_path / "content"
    shutil.copytree(ROOT / "content", target)
    return target


@pytest.fixture
def export_zip(tmp_path: Path) -> Callable[[str], Path]:
    """``export_zip("linkedin")``: the fixture folder zipped as LinkedIn ships it (one sub-folder)."""

    def make(name: str) -> Path:
        path = tmp_path / f"Basic_LinkedInDataExport_{name}.zip"
        with zipfile.ZipFile(path, "w") as archive:
            for csv in sorted((FIXTURES / name).glob("*.csv")):
                archive.write(csv, f"Basic_LinkedInDataExport_12-01-2026/{csv.name}")
        return path

    return make
