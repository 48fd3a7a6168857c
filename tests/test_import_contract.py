"""The import contract: dependencies run one way and no module imports itself back.

Layers, from the top: the Lambda entry points (``functions/<name>/app.py``), then the chat
(``heyfolio.chat``) and the MCP adapter (``mcp_handlers``), then the core (the rest of
``heyfolio``). A layer imports only layers below it (the chat and the adapter may import each
other: the chat is a client of the tool catalog), the core never imports ``mcp_handlers`` or
the chat, nothing imports a function's entry point, nothing deployed imports the development
tooling (``heyfolio.dev``), and there are no import cycles.

Every ``import`` statement counts, wherever it is: at the top of a module, inside a function,
under ``if TYPE_CHECKING:``. A deferred import hides a cycle from the interpreter, not from
this test. import-linter was considered; its ``layers`` contract has no notion of the loose
``functions/<name>/app.py`` files, and this check is a hundred lines of ``ast``.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PACKAGES = {"heyfolio": "layers/shared/heyfolio", "mcp_handlers": "mcp_handlers"}
FUNCTIONS = "functions"


def layer_of(module: str) -> str:
    """``tooling`` (heyfolio.dev: above everything, deployed by nothing), ``functions``, ``adapter``
    (the chat and mcp_handlers) or ``core``."""
    if is_dev(module):
        return "tooling"
    if module.startswith("functions."):
        return "functions"
    if module == "mcp_handlers" or module.startswith("mcp_handlers."):
        return "adapter"
    if module == "heyfolio.chat" or module.startswith("heyfolio.chat."):
        return "adapter"
    return "core"


RANK = {"tooling": 3, "functions": 2, "adapter": 1, "core": 0}


def is_dev(module: str) -> bool:
    """Development tooling (dev server, local emulator, local flows, CLI): left out of the layer."""
    return module == "heyfolio.dev" or module.startswith("heyfolio.dev.")


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    line: int


def find_modules(root: Path) -> dict[str, Path]:
    """Module name -> file, for the two packages and every function's entry point."""
    found: dict[str, Path] = {}
    for package, folder in PACKAGES.items():
        base = root / folder
        for path in base.rglob("*.py"):
            parts = [package, *path.relative_to(base).with_suffix("").parts]
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    for path in (root / FUNCTIONS).glob("*/*.py"):
        found[f"functions.{path.parent.name}.{path.stem}"] = path
    return found


def imports_of(module: str, path: Path, known: dict[str, Path]) -> list[Edge]:
    """Every import of a known module in ``path`` (any depth of the syntax tree)."""

    def resolve(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    edges: list[Edge] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            names = [f"{base}.{alias.name}" for alias in node.names] + [base]
        for name in names:
            target = resolve(name)
            if target is not None and target != module:
                edges.append(Edge(module, target, node.lineno))
                break  # one edge per statement and target is enough
    return edges


def graph(root: Path) -> list[Edge]:
    known = find_modules(root)
    return [edge for module, path in sorted(known.items()) for edge in imports_of(module, path, known)]


def direction_violations(edges: list[Edge]) -> list[str]:
    """Imports that point up the layers, into an entry point, or from the core into the adapter."""
    out = []
    for edge in edges:
        source, target = layer_of(edge.source), layer_of(edge.target)
        if target == "functions":
            out.append(f"{edge.source}:{edge.line} imports the entry point {edge.target}")
        elif is_dev(edge.target) and not is_dev(edge.source):
            out.append(
                f"{edge.source}:{edge.line} imports development tooling {edge.target} (not in the layer)"
            )
        elif RANK[target] > RANK[source]:
            out.append(
                f"{edge.source}:{edge.line} ({source}) imports {edge.target} ({target}): layers run down"
            )
    return out


def cycles(edges: list[Edge]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    successors: dict[str, set[str]] = {}
    for edge in edges:
        successors.setdefault(edge.source, set()).add(edge.target)
        successors.setdefault(edge.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    for start in sorted(successors):
        if start in index:
            continue
        work = [(start, iter(sorted(successors[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(successors[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def contract_violations(root: Path) -> list[str]:
    edges = graph(root)
    return direction_violations(edges) + [
        "import cycle: " + " <-> ".join(component) for component in cycles(edges)
    ]


def test_the_project_keeps_the_import_contract() -> None:
    assert contract_violations(ROOT) == []


def test_the_graph_sees_imports_inside_functions() -> None:
    """The check must read deferred imports (the cycles it exists for were hidden there)."""
    edges = graph(ROOT)
    assert len(edges) > 300, "too few imports found: is the graph missing a package?"
    assert any(e.source == "mcp_handlers.server" for e in edges)
    assert any(e.source.startswith("functions.") and e.target.startswith("mcp_handlers") for e in edges)


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in ("layers/shared/heyfolio", "mcp_handlers", "functions"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
    return tmp_path


CLEAN = {
    "layers/shared/heyfolio/__init__.py": "",
    "layers/shared/heyfolio/content.py": "X = 1\n",
    "layers/shared/heyfolio/chat/__init__.py": "from mcp_handlers import catalog\n",
    "mcp_handlers/__init__.py": "",
    "mcp_handlers/catalog.py": "from heyfolio.content import X\n",
    "functions/search/app.py": "from mcp_handlers.catalog import X\nfrom heyfolio import content\n",
}


def test_a_clean_tree_passes(tmp_path: Path) -> None:
    assert contract_violations(_tree(tmp_path, CLEAN)) == []


@pytest.mark.parametrize(
    ("planted", "expected"),
    [
        (
            {"layers/shared/heyfolio/content.py": "def f():\n    from mcp_handlers.catalog import TOOLS\n"},
            "heyfolio.content:2 (core) imports mcp_handlers.catalog (adapter)",
        ),
        (
            {"layers/shared/heyfolio/content.py": "def f():\n    from heyfolio.chat import engine\n"},
            "heyfolio.content:2 (core) imports heyfolio.chat (adapter)",
        ),
        (
            {"mcp_handlers/catalog.py": "from ..functions.search import app\nimport functions.search.app\n"},
            "mcp_handlers.catalog:2 imports the entry point functions.search.app",
        ),
        (
            {
                "layers/shared/heyfolio/dev/__init__.py": "",
                "layers/shared/heyfolio/dev/server.py": "from heyfolio import content\n",
                "mcp_handlers/catalog.py": "def f():\n    from heyfolio.dev.server import run\n",
            },
            "mcp_handlers.catalog:2 imports development tooling heyfolio.dev.server",
        ),
        (
            {
                "layers/shared/heyfolio/a.py": "from heyfolio import b\n",
                "layers/shared/heyfolio/b.py": "def later():\n    from . import a\n",
            },
            "import cycle: heyfolio.a <-> heyfolio.b",
        ),
        (
            {
                "mcp_handlers/server.py": "from typing import TYPE_CHECKING\nimport mcp_handlers.listen\n",
                "mcp_handlers/listen.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                "    from mcp_handlers.server import Request\n",
            },
            "import cycle: mcp_handlers.listen <-> mcp_handlers.server",
        ),
    ],
)
def test_a_planted_violation_fails(tmp_path: Path, planted: dict[str, str], expected: str) -> None:
    found = contract_violations(_tree(tmp_path, {**CLEAN, **planted}))
    assert any(line.startswith(expected) for line in found), found
