"""The library file: SQLite through SQLModel, owned by one module."""

from .library import Library, PageInfo, Problem, StorageError, ThemeInfo

__all__ = ["Library", "PageInfo", "Problem", "StorageError", "ThemeInfo"]
