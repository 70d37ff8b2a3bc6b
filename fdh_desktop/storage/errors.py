"""The storage exceptions: each carries a Chinese message for the user."""

from __future__ import annotations


class StoreError(Exception):
    """A storage failure with a Chinese message for the user."""


class Unreadable(StoreError):
    """The file cannot be opened as a database at all (not one, or its first page is destroyed)."""


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    """A write that would break a uniqueness rule (a second street of the same name...)."""
