"""YAML as the content files use it: safe, fast, and honest about mistakes.

Two deliberate departures from plain ``yaml.safe_load``: dates stay text (so
``start: 2019-02-30`` is reported by our date check with a hint instead of
crashing the loader, and ``2019-05`` and ``2019-05-01`` come back alike), and a
key written twice in one mapping is reported instead of silently overwritten.
PyYAML is imported on first use, so loading a lone ``resume.json`` never pays for it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any, ClassVar

from heyfolio.content.checks import child
from heyfolio.content.jsonlines import locate
from heyfolio.content.model import Problem

_TIMESTAMP = "tag:yaml.org,2002:timestamp"


@cache
def _loader_class() -> Any:
    import yaml

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class ContentLoader(base):
        """Safe loader without timestamps that remembers duplicate keys."""

        yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {
            first: [(tag, regexp) for tag, regexp in resolvers if tag != _TIMESTAMP]
            for first, resolvers in base.yaml_implicit_resolvers.items()
        }

        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self.duplicates: list[tuple[object, int, int]] = []

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[object] = set()
            for key_node, _ in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:  # unhashable key: the base constructor reports it
                    continue
                if duplicate:
                    mark = key_node.start_mark
                    self.duplicates.append((key, mark.line, mark.column))
            return super().construct_mapping(node, deep=deep)

    return ContentLoader


Position = tuple[int, int]


def load_yaml(text: str, file: str, *, first_line: int = 1) -> tuple[object, list[Problem]]:
    """Parse YAML text; syntax errors and duplicate keys come back as problems with line numbers.

    ``first_line`` is the file line the text starts on (front matter starts on line 2),
    so reported lines match what the author sees in their editor.
    """
    data, problems, _ = load_yaml_located(text, file, first_line=first_line)
    return data, problems


def load_yaml_located(
    text: str, file: str, *, first_line: int = 1
) -> tuple[object, list[Problem], dict[str, Position]]:
    """:func:`load_yaml`, plus where each value starts: ``{json_path: (line, column)}`` in file lines.

    The document is composed into YAML nodes once and constructed from them, so the positions
    come from the parser's own marks (not a second, approximate scan): a type or shape problem
    found later on ``$.entries[2].answer`` is reported on the line the author wrote it.
    """
    import yaml

    loader = _loader_class()(text)
    positions: dict[str, Position] = {}
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
        if node is not None:
            positions = node_positions(node, first_line=first_line)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = " ".join(x for x in (err.context, err.problem) if x) or "invalid YAML"
        line = mark.line + first_line if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        hint = "check the indentation and quote text that contains ': ' or starts with a special character"
        return None, [Problem(file, "$", "valid YAML", f"a syntax error: {what}", hint, line, column)], {}
    except RecursionError:
        hint = "flatten the nesting (or remove an alias that refers to itself)"
        return (
            None,
            [Problem(file, "$", "valid YAML", "YAML nested too deeply to read", hint, first_line, 1)],
            {},
        )
    except (yaml.YAMLError, ValueError) as err:
        hint = "check the line the message names; quote text that YAML reads as something else"
        return None, [Problem(file, "$", "valid YAML", f"an error: {err}", hint, first_line, 1)], {}
    finally:
        loader.dispose()
    problems = [
        Problem(
            file,
            "$",
            "each key once per mapping",
            f"the key `{key}` again",
            "remove one of them; YAML would silently keep only the last",
            line + first_line,
            column + 1,
        )
        for key, line, column in loader.duplicates
    ]
    return data, problems, positions


def node_positions(root: Any, *, first_line: int = 1) -> dict[str, Position]:
    """``{json_path: (line, column)}`` (1-based, file lines) of every value and mapping key under ``root``.

    Paths are spelled as :func:`heyfolio.content.checks.child` spells them; a key's path points at
    the key (the line that says ``title:``), an item's at the item. Iterative, and an alias met again
    below itself is not followed (``&a [*a]`` would never end).
    """
    import yaml

    def where(node: Any) -> Position:
        return node.start_mark.line + first_line, node.start_mark.column + 1

    positions: dict[str, Position] = {"$": where(root)}
    stack: list[tuple[str, Any, frozenset[int]]] = [("$", root, frozenset())]
    while stack:
        path, node, above = stack.pop()
        if id(node) in above:
            continue
        inside = above | {id(node)}
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                here = child(path, str(key_node.value))
                positions.setdefault(here, where(key_node))
                stack.append((here, value_node, inside))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                here = child(path, index)
                positions.setdefault(here, where(item))
                stack.append((here, item, inside))
    return positions


def with_positions(problems: list[Problem], positions: dict[str, Position]) -> list[Problem]:
    """``problems`` with the line and column of their JSON path (a missing key: the mapping that lacks
    it), for every problem about the document's content that does not have one yet."""
    out = []
    for problem in problems:
        found = (
            locate(problem.path, positions) if problem.line is None and problem.path.startswith("$") else None
        )
        out.append(replace(problem, line=found[0], column=found[1]) if found else problem)
    return out
