"""The library file: SQLite through SQLModel, owned by one module."""

from .engine import AlreadyStored, Problem, StorageError
from .fulltext import Hit
from .library import Library, PageInfo

__all__ = ["AlreadyStored", "Hit", "Library", "PageInfo", "Problem", "StorageError"]
