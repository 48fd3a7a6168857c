"""The one error importers raise: a source that cannot be imported, said so a person can fix it."""

from __future__ import annotations


class SourceError(ValueError):
    """What was wrong, where, and what to do; the import writes nothing."""
