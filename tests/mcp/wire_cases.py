"""Generated MCP params and results for the wire-check contract tests: valid values built from the
wire models' schemas, then mutated (wrong types, strings and floats where numbers go, missing and
extra fields, nulls, Python names instead of wire aliases). Seeded: the same cases on every run."""

from __future__ import annotations

import random
from typing import Any

from mcp_handlers import wire_check

ODD_VALUES: list[Any] = [
    "5",
    " 7 ",
    "1.0",
    "1_0",
    "_1",
    "1__0",
    "abc",
    "",
    "true",
    "Off",
    "YES",
    "t",
    "0",
    "1",
    "-0",
    "+3",
    "0x1",
    "00",
    "007",
    "0.000",
    "1e3",
    "inf",
    "-Infinity",
    "nan",
    "1.",
    ".5",
    " 2.5 ",
    "é",
    0,
    1,
    2,
    -1,
    7,
    2**70,
    1.0,
    0.0,
    1.5,
    -0.5,
    3e20,
    0.25,
    True,
    False,
    None,
    [],
    {},
    ["x"],
    [1, None],
    {"a": 1},
    {"a": None},
    {"type": "text", "text": "hi"},
    {"uri": "portfolio://profile", "text": "t", "blob": "YQ=="},
]
TEXTS = ["hello", "portfolio://profile", "search_portfolio", "ref/prompt", "a b", "", "2026-07-28", "text"]


class CaseMaker:
    """Values for a ``wire_shapes.json`` node; ``odd`` is the chance of each mutation at each node."""

    def __init__(self, seed: int, odd: float) -> None:
        self.rng = random.Random(seed)
        self.odd = odd
        self.defs = wire_check.table()["defs"]

    def value(self, node: list[Any], depth: int = 0) -> Any:
        rng = self.rng
        if rng.random() < self.odd:
            return rng.choice(ODD_VALUES)
        kind = node[0]
        if kind == "ref":
            return self.value(self.defs[node[1]], depth)
        if kind == "model":
            return self.model(node, depth)
        if kind == "null":
            return None if rng.random() < 0.25 else self.value(node[1], depth)
        if kind == "union":
            return self.value(rng.choice(node[1]), depth)
        if kind == "lit":
            return rng.choice(node[1])
        if kind == "str":
            return rng.choice(TEXTS)
        if kind == "int":
            low = node[1] if node[1] is not None else -5
            return rng.randint(low, low + 50)
        if kind == "float":
            low = node[1] if node[1] is not None else -10.0
            high = node[2] if node[2] is not None else 10.0
            return rng.choice([low, high, rng.uniform(low, high), round(rng.uniform(low, high))])
        if kind == "bool":
            return rng.random() < 0.5
        if kind == "any":
            return self.json(depth)
        if kind == "list":
            if depth > 5:
                return []
            count = rng.choice([0, 1, 1, 2, 3] + ([node[2], node[2] + 1] if node[2] else []))
            return [self.value(node[1], depth + 1) for _ in range(count)]
        if kind == "dict":
            if depth > 5:
                return {}
            return {
                rng.choice(TEXTS) or "k": self.value(node[1], depth + 1) for _ in range(rng.randint(0, 2))
            }
        raise AssertionError(kind)

    def model(self, node: list[Any], depth: int) -> dict[str, Any]:
        rng = self.rng
        _, _, _, fields = node
        out: dict[str, Any] = {}
        for key_in, _key_out, schema, required, _default in fields:
            if depth > 6 and not required:
                continue
            if required and rng.random() < self.odd / 2:
                continue  # a required field missing
            if required or rng.random() < 0.5:
                key = key_in
                if rng.random() < self.odd / 3:
                    key = _snake(key_in)  # the Python name, not the wire alias
                out[key] = self.value(schema, depth + 1)
        if rng.random() < self.odd:
            out[rng.choice(["extra", "_meta2", "hasMore", "nextCursor"])] = rng.choice(ODD_VALUES)
        return out

    def json(self, depth: int) -> Any:
        rng = self.rng
        pick = rng.randint(0, 6 if depth < 3 else 4)
        if pick == 0:
            return None
        if pick == 1:
            return rng.choice(TEXTS)
        if pick == 2:
            return rng.choice([0, 1, -3, 2.5, 1.0])
        if pick == 3:
            return rng.random() < 0.5
        if pick == 4:
            return rng.choice(ODD_VALUES)
        if pick == 5:
            return [self.json(depth + 1) for _ in range(rng.randint(0, 2))]
        return {rng.choice(TEXTS) or "k": self.json(depth + 1) for _ in range(rng.randint(0, 2))}


def _snake(name: str) -> str:
    out = "".join("_" + c.lower() if c.isupper() else c for c in name)
    return out.lstrip("_") if name != "_meta" else "meta"
