"""Storage errors callers can act on, free of any SDK import."""

from __future__ import annotations


class StorageError(Exception):
    """Base class for the storage layer's own errors."""


class NotFound(StorageError):
    """The item does not exist, or it has expired."""


class Conflict(StorageError):
    """A conditional write lost: the item was not in the state the write required."""


class IllegalTransition(StorageError):
    """A status change the lifecycle does not allow (e.g. a lead approved twice)."""
