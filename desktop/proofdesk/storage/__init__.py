"""The library file: SQLite through SQLModel, owned by one module."""

from .library import AlreadyStored, Library, PageInfo, Problem, StorageError

__all__ = ["AlreadyStored", "Library", "PageInfo", "Problem", "StorageError"]
