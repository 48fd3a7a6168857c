"""Paths and builders the content tests share (a uniquely named module, importable from any test)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT.parent / "shared" / "fixtures" / "jsonresume"
EXAMPLE_CONTENT = ROOT / "content"

VALID_PROJECT = """---
title: Tidewater
summary: A tide-table service.
topics: [forecasting, time series]
languages: [Python]
repo: ada/tidewater
start: 2021-03
featured: true
---

Tidewater predicts tides.
"""

VALID_POST = """---
title: On tides
summary: Why tides are hard.
date: 2023-05-01
tags: [tides]
---

Body text.
"""

VALID_FAQ = """availability: From March 2027
location: Lisbon, Portugal
remote: Remote or hybrid
work_authorization: EU citizen
notice_period: One month
links:
  - network: GitHub
    username: ada
    url: https://github.com/ada
entries:
  - question: Do you mentor?
    answer: Yes, two engineers a year.
"""


def write_content(
    root: Path,
    *,
    resume: object | str | None = None,
    projects: dict[str, str] | None = None,
    posts: dict[str, str] | None = None,
    faq: str | None = None,
) -> Path:
    """Write a content folder; ``resume`` is a JSON value or raw text (``None`` writes none)."""
    root.mkdir(parents=True, exist_ok=True)
    if resume is not None:
        text = resume if isinstance(resume, str) else json.dumps(resume, indent=2)
        (root / "resume.json").write_text(text, encoding="utf-8")
    for folder, docs in (("projects", projects), ("posts", posts)):
        if docs is not None:
            (root / folder).mkdir(exist_ok=True)
            for name, text in docs.items():
                (root / folder / name).write_text(text, encoding="utf-8")
    if faq is not None:
        (root / "faq.yaml").write_text(faq, encoding="utf-8")
    return root
