"""One page of a library file read with the standard library's sqlite3 alone, before the library is opened:
the window shows the page the editor left (on a first start, the first page of the list) while the library is
opened in a worker (SQLAlchemy and the schema imported, the file checked, migrated if need be), which takes a
second or more.

The file is opened read-only; nothing is written, created or migrated. Anything out of the ordinary (no
file, another program's database, a library of another schema version, a page that is not there, a value
that cannot be read, a lock) gives nothing: the window then waits for the library as it did before."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from ..domain.model import Layer, Page
from .fileformat import APPLICATION_ID, LATEST
from .rows import LINE_COLUMNS, page_and_layer

WAIT_SECONDS = 0.2
"""How long to wait for another program's write lock: the library's own opening waits longer."""


def glance(path: Path, page_id: int) -> tuple[Page, Layer] | None:
    """The raw page `page_id` of the library file at `path` and its layer, or None."""
    seen = _read(path, "SELECT id, name, raw, status FROM page WHERE id = ?", (page_id,))
    return None if seen is None else seen[1:]


def glance_first(path: Path) -> tuple[int, Page, Layer] | None:
    """The first page of the list as a window lists it at first (by name): its id, raw page and layer; None
    when the library has no page (or is not one)."""
    return _read(path, "SELECT id, name, raw, status FROM page ORDER BY name LIMIT 1", ())


def _read(path: Path, query: str, params: tuple[Any, ...]) -> tuple[int, Page, Layer] | None:
    """The page `query` picks (its id, name, raw text and status), with its layer, or None."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=WAIT_SECONDS)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone() != (APPLICATION_ID,):
            return None
        if conn.execute("PRAGMA user_version").fetchone() != (LATEST,):
            return None
        conn.row_factory = _named
        page = conn.execute(query, params).fetchone()
        if page is None:
            return None
        by_place = conn.cursor()
        by_place.row_factory = None  # a line's values in the order of `LINE_COLUMNS`
        lines = by_place.execute(f"SELECT {', '.join(LINE_COLUMNS)} FROM line WHERE page_id = ?", (page.id,)).fetchall()
        items = conn.execute("SELECT * FROM item WHERE page_id = ?", (page.id,)).fetchall()
        return (page.id, *page_and_layer(page, lines, items))
    except (sqlite3.Error, ValueError, TypeError, AttributeError):
        return None
    finally:
        conn.close()


def _named(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> SimpleNamespace:
    """A row whose columns are attributes, as the library's rows are."""
    return SimpleNamespace(**{column[0]: value for column, value in zip(cursor.description, row, strict=True)})
