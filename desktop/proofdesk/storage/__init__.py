"""The library file: SQLite through SQLModel, owned by one module."""

from .engine import AlreadyStored, Problem, StorageError
from .library import Library, PageInfo

__all__ = ["AlreadyStored", "Library", "PageInfo", "Problem", "StorageError"]
