"""What the layer installs on AWS matches what the project declares."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _names(requirements: list[str]) -> dict[str, str]:
    out = {}
    for line in requirements:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name = re.split(r"[\[<>=!~ ;]", line, maxsplit=1)[0].lower().replace("_", "-")
        out[name] = line
    return out


def test_layer_requirements_are_project_dependencies_with_the_same_ranges() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    layers = [ROOT / "layers" / name / "requirements.txt" for name in ("shared", "analytics", "dense")]
    declared = _names(project)
    shipped: dict[str, str] = {}
    for layer in layers:
        own = _names(layer.read_text().splitlines())
        assert own, f"{layer.relative_to(ROOT)} is empty"
        assert not set(own) & set(shipped), f"{layer.relative_to(ROOT)} repeats another layer's package"
        shipped.update(own)
    for name, line in shipped.items():
        assert name in declared, f"{name} is shipped in the layer but not declared in pyproject.toml"
        assert declared[name].replace(" ", "") == line.replace(" ", ""), (
            f"{name}: {declared[name]!r} != {line!r}"
        )
    local_only = set(declared) - set(shipped)
    # moto: the local AWS; fastapi: the dev server's OpenAPI page; mangum: only the naive stack the
    # cold-start bench compares with. None of them runs on Lambda (tests/aws checks the built layer).
    assert local_only == {"moto", "fastapi", "mangum"}, (
        f"declared but not shipped to Lambda: {sorted(local_only)}"
    )


def test_mcp_is_pinned_to_the_2_3_line() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "mcp>=2.3,<3" in project["dependencies"]
    assert project["scripts"]["heyfolio"] == "heyfolio.dev.cli:main"
