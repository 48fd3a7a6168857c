"""YAML as the content files use it: safe, fast, and honest about mistakes.

Two deliberate departures from plain ``yaml.safe_load``: dates stay text (so
``start: 2019-02-30`` is reported by our date check with a hint instead of
crashing the loader, and ``2019-05`` and ``2019-05-01`` come back alike), and a
key written twice in one mapping is reported instead of silently overwritten.
PyYAML is imported on first use, so loading a lone ``resume.json`` never pays for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

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


def load_yaml(text: str, file: str, *, first_line: int = 1) -> tuple[object, list[Problem]]:
    """Parse YAML text; syntax errors and duplicate keys come back as problems with line numbers.

    ``first_line`` is the file line the text starts on (front matter starts on line 2),
    so reported lines match what the author sees in their editor.
    """
    import yaml

    loader = _loader_class()(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = " ".join(x for x in (err.context, err.problem) if x) or "invalid YAML"
        line = mark.line + first_line if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        hint = "check the indentation and quote text that contains ': ' or starts with a special character"
        return None, [Problem(file, "$", "valid YAML", f"a syntax error: {what}", hint, line, column)]
    except (yaml.YAMLError, ValueError) as err:
        return None, [Problem(file, "$", "valid YAML", f"an error: {err}", "", None, None)]
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
    return data, problems
