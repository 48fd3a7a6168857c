"""A visitor's erasure reaches the analytics export: their rows leave the Parquet files.

The export is append-only for everything else; erasure is the one rewrite, as in the records
(``heyfolio.privacy.erase``). A visitor's rows are found by the private ``visitor_key`` column
(a one-way key of the visitor id, ``heyfolio.analytics.tables.visitor_key``; never published, so no
query can read it) and, for files written before that column existed, by the chat sessions,
conversations and leads the erasure found in the records. Each affected file is rewritten without
those rows and swapped in whole: locally a rename over the old file (a reader sees the old file or
the new one, never a half), on S3 a ``PutObject`` over the same key (or a delete when no row is
left). Files without a match are not touched. ``project_interest`` holds per-project daily counts,
no visitor's rows.
"""

from __future__ import annotations

import logging
import os
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from heyfolio.analytics.export import PREFIX, _lock, bucket, local_root
from heyfolio.analytics.tables import visitor_key

logger = logging.getLogger("heyfolio.analytics.erase")

MATCH_COLUMNS: dict[str, dict[str, str]] = {
    "invocations": {"visitor_key": "visitor", "session_id": "session"},
    "questions": {"visitor_key": "visitor"},
    "leads": {"visitor_key": "visitor", "lead_id": "lead"},
    "conversations": {"visitor_key": "visitor", "conversation_id": "conversation"},
}
"""Per table: the stored column and the kind of id it is matched against."""


@dataclass(frozen=True)
class VisitorRows:
    """What identifies one visitor's rows in the export."""

    visitor_id: str
    sessions: frozenset[str] = frozenset()
    conversations: frozenset[str] = frozenset()
    leads: frozenset[str] = frozenset()

    def keys(self) -> list[tuple[str, str]]:
        """``(kind, value)`` pairs the files are matched against."""
        out = [("visitor", str(visitor_key(self.visitor_id)))]
        out += [("session", s) for s in sorted(self.sessions)]
        out += [("conversation", c) for c in sorted(self.conversations)]
        out += [("lead", lead) for lead in sorted(self.leads)]
        return out


@dataclass
class ExportErasure:
    removed: dict[str, int] = field(default_factory=dict)
    """Rows removed per table."""
    files_rewritten: int = 0
    files_deleted: int = 0


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _filter_file(path: Path, keys: list[tuple[str, str]], columns: dict[str, str]) -> tuple[int, int]:
    """Rewrite ``path`` without the matching rows into ``path`` + ``.erase`` (not swapped in here).

    Returns ``(matched, total)``; nothing is written when nothing matched or every row did.
    """
    import duckdb

    con = duckdb.connect()
    try:
        con.execute("CREATE TEMP TABLE erase_keys (kind VARCHAR, value VARCHAR)")
        con.executemany("INSERT INTO erase_keys VALUES (?, ?)", keys)
        source = f"read_parquet({_quote(path)}, hive_partitioning=false)"
        present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        tests = [
            f"\"{column}\" IN (SELECT value FROM erase_keys WHERE kind = '{kind}')"
            for column, kind in columns.items()
            if column in present
        ]
        if not tests:
            return 0, 0
        predicate = " OR ".join(tests)
        row = con.execute(f"SELECT count(*) FILTER (WHERE {predicate}), count(*) FROM {source}").fetchone()
        matched, total = (int(row[0]), int(row[1])) if row else (0, 0)
        if 0 < matched < total:
            target = path.with_name(path.name + ".erase")
            con.execute(
                f"COPY (SELECT * FROM {source} WHERE NOT coalesce({predicate}, false)) "
                f"TO {_quote(target)} (FORMAT parquet, COMPRESSION zstd)"
            )
        return matched, total
    finally:
        con.close()


def _erase_local(root: Path, keys: list[tuple[str, str]], out: ExportErasure) -> None:
    for table, columns in MATCH_COLUMNS.items():
        for path in sorted((root / table).glob("day=*/*.parquet")):
            matched, total = _filter_file(path, keys, columns)
            if not matched:
                continue
            if matched == total:
                path.unlink()
                out.files_deleted += 1
            else:
                os.replace(path.with_name(path.name + ".erase"), path)  # atomic: old file or new
                out.files_rewritten += 1
            out.removed[table] = out.removed.get(table, 0) + matched


def _s3_keys(s3: Any, name: str, table: str) -> Iterable[str]:
    token: str | None = None
    while True:
        kwargs: dict[str, Any] = {"Bucket": name, "Prefix": f"{PREFIX}/{table}/"}
        if token:
            kwargs["ContinuationToken"] = token
        page = s3.list_objects_v2(**kwargs)
        for obj in page.get("Contents", []):
            if obj["Key"].endswith(".parquet"):
                yield obj["Key"]
        token = page.get("NextContinuationToken")
        if not page.get("IsTruncated") or not token:
            return


def _erase_s3(name: str, keys: list[tuple[str, str]], out: ExportErasure) -> None:
    from heyfolio.aws.clients import client

    s3 = client("s3")
    with tempfile.TemporaryDirectory(prefix="heyfolio-erase-") as tmp:
        for table, columns in MATCH_COLUMNS.items():
            for key in list(_s3_keys(s3, name, table)):
                local = Path(tmp) / f"{uuid.uuid4().hex}.parquet"
                local.write_bytes(s3.get_object(Bucket=name, Key=key)["Body"].read())
                matched, total = _filter_file(local, keys, columns)
                if not matched:
                    continue
                if matched == total:
                    s3.delete_object(Bucket=name, Key=key)
                    out.files_deleted += 1
                else:  # a PutObject over the same key replaces the object whole
                    body = local.with_name(local.name + ".erase").read_bytes()
                    s3.put_object(Bucket=name, Key=key, Body=body)
                    out.files_rewritten += 1
                out.removed[table] = out.removed.get(table, 0) + matched


def erase_visitor_rows(visitor: VisitorRows, root: Path | None = None) -> ExportErasure:
    """Remove ``visitor``'s rows from every exported table (S3 when the stack has a bucket)."""
    out = ExportErasure()
    keys = visitor.keys()
    with _lock:  # an export in this process does not append while files are swapped
        name = bucket()
        if name:
            _erase_s3(name, keys, out)
        else:
            _erase_local(root or local_root(), keys, out)
    logger.info(
        "visitor erased from the analytics export",
        extra={"removed": out.removed, "rewritten": out.files_rewritten, "deleted": out.files_deleted},
    )
    return out
