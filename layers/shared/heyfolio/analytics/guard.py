"""The gate every ``ask_analytics`` query passes before it runs: one read-only SELECT over the published tables.

Whoever proposed the SQL (a template or the model), the server parses it with sqlglot and refuses:
anything but a single ``SELECT`` (DDL, DML, ``COPY``, ``ATTACH``, ``PRAGMA``, ``SET``, several
statements, ``SELECT ... INTO``), tables outside the published schema (system catalogs such as
``information_schema`` or ``pg_catalog``, qualified names, file paths), table functions and file
readers (``read_csv``, ``glob``, ``duckdb_tables()``), and functions it does not know. It then caps
the rows (``LIMIT``), lists the columns read per table, and says whether the query reads a
visitor's contact fields. The checked query is re-generated from the parse tree, so what runs is
exactly what was checked. The local engine adds a second wall: DuckDB with external access off
except for the analytics folder, configuration locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlglot
from sqlglot import exp

from heyfolio.analytics.tables import BY_NAME

MAX_ROWS = 100
MAX_SQL = 5000

_ALLOWED_ANONYMOUS = frozenset(
    {
        "list_contains",
        "list_has",
        "len",
        "array_length",
        "cardinality",
        "date_diff",
        "datediff",
        "strftime",
        "round",
        "coalesce",
        "lower",
        "upper",
        "contains",
        "quantile_cont",
        "approx_quantile",
        "median",
        "string_agg",
        "list",
        "any_value",
    }
)
"""Functions sqlglot does not type but that only compute on values."""

_REFUSED_FUNCTION = ("read", "glob", "duckdb", "pragma", "sniff", "query", "getenv", "current_setting")
"""Name prefixes of functions that reach files, settings or the catalog."""

_REFUSED_NODES: tuple[type[exp.Expression], ...] = tuple(
    getattr(exp, name)
    for name in (
        "Into",
        "Insert",
        "Update",
        "Delete",
        "Merge",
        "Create",
        "Drop",
        "Alter",
        "Command",
        "Copy",
        "Pragma",
        "Set",
        "Use",
        "Attach",
        "Detach",
        "Install",
        "Transaction",
        "Commit",
        "Rollback",
        "LoadData",
        "Describe",
        "Show",
    )
    if hasattr(exp, name)
)


class UnsafeQuery(Exception):
    """The query was refused; the message says what was wrong and what to do instead."""


@dataclass(frozen=True)
class CheckedQuery:
    sql: str
    """The query as it will run locally (DuckDB), with its LIMIT."""
    tables: tuple[str, ...]
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Columns read per table (every column for a ``*``)."""
    contact_columns: tuple[str, ...] = ()
    """``table.column`` of visitor contact fields the query reads."""

    def for_athena(self) -> str:
        """The same query in Athena's (Trino) dialect."""
        return sqlglot.transpile(self.sql, read="duckdb", write="athena")[0]


def check(sql: str) -> CheckedQuery:
    """Parse ``sql`` and return it checked and limited, or raise ``UnsafeQuery``."""
    if not sql or not sql.strip():
        raise UnsafeQuery("the query is empty: ask one SELECT over the tables in schemas://analytics")
    if len(sql) > MAX_SQL:
        raise UnsafeQuery(f"the query is longer than {MAX_SQL} characters")
    try:
        statements = [s for s in sqlglot.parse(sql, read="duckdb") if s is not None]
    except sqlglot.errors.SqlglotError as exc:
        raise UnsafeQuery(f"the query does not parse as SQL: {str(exc).splitlines()[0][:200]}") from None
    if len(statements) != 1:
        raise UnsafeQuery(f"one statement only, got {len(statements)}: send a single SELECT")
    tree = statements[0]
    if not isinstance(tree, exp.Select | exp.Union):
        raise UnsafeQuery(
            f"only a read-only SELECT may run, got {tree.key.upper()}: the analytics tables are never changed"
        )
    for node in tree.walk():
        if isinstance(node, _REFUSED_NODES):
            raise UnsafeQuery(
                f"{node.key.upper()} is not allowed inside an analytics query: only SELECT reads"
            )
    ctes = {cte.alias_or_name.casefold() for cte in tree.find_all(exp.CTE)}
    tables = _tables(tree, ctes)
    _functions(tree)
    columns, contact = _columns(tree, tables)
    limited = _limit(tree)
    return CheckedQuery(
        sql=limited.sql(dialect="duckdb"),
        tables=tuple(sorted(tables)),
        columns=columns,
        contact_columns=tuple(sorted(contact)),
    )


def _tables(tree: exp.Expression, ctes: set[str]) -> set[str]:
    found: set[str] = set()
    for node in tree.find_all(exp.Table):
        if not isinstance(node.this, exp.Identifier):
            raise UnsafeQuery(
                f"{node.this.sql('duckdb')[:80]} is not a table: table functions and file readers are not allowed"
            )
        if node.args.get("db") or node.args.get("catalog"):
            raise UnsafeQuery(
                f"{node.sql('duckdb')[:80]} is outside the analytics schema: use the unqualified table names "
                f"of schemas://analytics ({', '.join(BY_NAME)})"
            )
        name = node.name.casefold()
        if name in ctes:
            continue
        if name not in BY_NAME:
            raise UnsafeQuery(
                f"table {node.name!r} is not published for analytics; the tables are: {', '.join(BY_NAME)}"
            )
        found.add(name)
    if not found:
        raise UnsafeQuery("the query reads no analytics table: name one of " + ", ".join(BY_NAME))
    return found


def _functions(tree: exp.Expression) -> None:
    for func in tree.find_all(exp.Func):
        name = (func.name if isinstance(func, exp.Anonymous) else func.sql_name()).casefold()
        if name.startswith(_REFUSED_FUNCTION) or type(func).__name__.startswith("Read"):
            raise UnsafeQuery(f"function {name}() is not allowed: it reaches files, settings or the catalog")
        if isinstance(func, exp.Anonymous) and name not in _ALLOWED_ANONYMOUS:
            raise UnsafeQuery(f"function {name}() is not known to the analytics gate")


def _columns(tree: exp.Expression, tables: set[str]) -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """Columns read per table (a column name counts for every queried table that has it)."""
    read: dict[str, set[str]] = {t: set() for t in tables}
    # ``SELECT *`` (or ``t.*``) reads every column; ``count(*)`` reads none.
    stars = any(isinstance(s.parent, exp.Select | exp.Column) for s in tree.find_all(exp.Star))
    for col in tree.find_all(exp.Column):
        if isinstance(col.this, exp.Star):
            stars = True
            continue
        name = col.name.casefold()
        for t in tables:
            if name in BY_NAME[t].column_names:
                read[t].add(name)
    if stars:
        for t in tables:
            read[t] = set(BY_NAME[t].column_names)
    contact = {f"{t}.{c}" for t in tables for c in read[t] if c in BY_NAME[t].contact_columns}
    return {t: tuple(sorted(cols)) for t, cols in read.items()}, contact


def _limit(tree: exp.Expression) -> exp.Expression:
    limit = tree.args.get("limit")
    if isinstance(limit, exp.Limit):
        value = limit.expression
        if isinstance(value, exp.Literal) and value.is_int and int(value.this) <= MAX_ROWS:
            return tree
    if isinstance(tree, exp.Select | exp.Union):
        return tree.limit(MAX_ROWS, copy=True)
    return tree
