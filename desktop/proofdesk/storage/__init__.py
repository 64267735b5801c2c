"""The library file: SQLite through SQLModel, owned by one module."""

from .library import Library, PageInfo, Problem, StorageError

__all__ = ["Library", "PageInfo", "Problem", "StorageError"]
