"""The library file: SQLite through SQLModel, owned by one module.

Its names are imported when first asked for, so that `storage.glance` (the standard library's sqlite3 alone)
can read the page the window shows first while SQLAlchemy and the rest are still being imported."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import AlreadyStored, Problem, StorageError
    from .fulltext import Hit
    from .library import Library, PageInfo
    from .newpages import NewPage
    from .pagelist import PageQuery

__all__ = ["AlreadyStored", "Hit", "Library", "NewPage", "PageInfo", "PageQuery", "Problem", "StorageError"]

_MODULE_OF = {
    "AlreadyStored": "engine",
    "Problem": "engine",
    "StorageError": "engine",
    "Hit": "fulltext",
    "Library": "library",
    "PageInfo": "library",
    "NewPage": "newpages",
    "PageQuery": "pagelist",
}


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value
