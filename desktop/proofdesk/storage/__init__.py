"""The library file: SQLite through SQLModel, owned by one module."""

from .engine import AlreadyStored, Problem, StorageError
from .fulltext import Hit
from .library import Library, PageInfo
from .newpages import NewPage
from .pagelist import PageQuery

__all__ = ["AlreadyStored", "Hit", "Library", "NewPage", "PageInfo", "PageQuery", "Problem", "StorageError"]
