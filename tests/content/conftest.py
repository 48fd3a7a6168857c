"""Fixtures for the content tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from content_helpers import FIXTURES, write_content


@pytest.fixture
def sample_resume() -> dict[str, object]:
    data: dict[str, object] = json.loads((FIXTURES / "sample.resume.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture
def make_content(tmp_path: Path) -> Callable[..., Path]:
    def make(**kwargs: object) -> Path:
        return write_content(tmp_path / "content", **kwargs)

    return make
