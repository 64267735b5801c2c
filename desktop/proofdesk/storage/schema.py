"""Schema versions and the ordered migrations between them.

The version lives in SQLite's `user_version`. A new library is created at the latest version; an older one
is brought up step by step, each step in its own transaction, so a library is never left between versions.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlmodel import SQLModel

from . import (
    fulltext,
    tables,  # noqa: F401  (registers the tables on SQLModel.metadata)
)


def _v1_to_v2(conn: Connection) -> None:
    """Version 2 records which parser made each page's layer and keeps a theme taxonomy."""
    conn.execute(text("ALTER TABLE page ADD COLUMN parsed_with INTEGER NOT NULL DEFAULT 0"))
    conn.execute(
        text(
            "CREATE TABLE theme (name VARCHAR NOT NULL PRIMARY KEY, description VARCHAR NOT NULL DEFAULT '',"
            " keywords VARCHAR NOT NULL DEFAULT '[]', position INTEGER NOT NULL DEFAULT 0)"
        )
    )


def _v2_to_v3(conn: Connection) -> None:
    """Version 3 pins items an editor split, merged, typed or tagged as a whole, instead of marking each of
    their lines as edited (which made the count of edited lines jump when an item was tagged)."""
    conn.execute(text("ALTER TABLE item ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT 0"))
    # Items that have any line an editor placed were pinned through their lines until now.
    conn.execute(
        text(
            "UPDATE item SET pinned = 1 WHERE kind_edited OR tags != '[]' OR EXISTS (SELECT 1 FROM line l"
            " WHERE l.page_id = item.page_id AND l.item = item.key AND l.edited & 1)"
        )
    )


def _v3_to_v4(conn: Connection) -> None:
    """Version 4 keeps the geometry of pages imported from OCR files (hOCR, ALTO, PAGE, PaddleOCR) and the
    page images attached to pages. Pages of earlier versions have neither."""
    conn.execute(
        text(
            "CREATE TABLE page_scan (page_id INTEGER NOT NULL, format VARCHAR, width INTEGER, height INTEGER,"
            " image VARCHAR, image_hash VARCHAR, image_width INTEGER, image_height INTEGER, PRIMARY KEY (page_id),"
            " FOREIGN KEY(page_id) REFERENCES page (id) ON DELETE CASCADE)"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE line_box (page_id INTEGER NOT NULL, line INTEGER NOT NULL, x INTEGER NOT NULL,"
            " y INTEGER NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, type_height FLOAT,"
            " ocr_confidence FLOAT, PRIMARY KEY (page_id, line),"
            " FOREIGN KEY(page_id) REFERENCES page (id) ON DELETE CASCADE)"
        )
    )


def _v4_to_v5(conn: Connection) -> None:
    """Version 5 keeps a full-text index of every line's raw and corrected text (`fulltext`), built here for
    the pages already in the library."""
    fulltext.create(conn)
    fulltext.build(conn)


# MIGRATIONS[v] brings a library from version v to v + 1.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5}
LATEST = max(MIGRATIONS) + 1


APPLICATION_ID = 0x50524644
"""`PRAGMA application_id` of every library ("PRFD"): another program's SQLite file is told apart before
anything is written to it. Libraries made before it was set carry 0 and are recognised by their tables."""

# Columns each version's tables have at least (cumulative: a later version keeps the earlier ones).
_COLUMNS: dict[int, dict[str, set[str]]] = {
    1: {
        "page": {"id", "name", "content_hash", "raw", "status", "imported_at"},
        "line": {"page_id", "line", "item", "role", "brk", "correction", "edited", "rule", "confidence"},
        "item": {"page_id", "key", "kind", "kind_edited", "tags"},
    },
    2: {"page": {"parsed_with"}, "theme": {"name", "description", "keywords", "position"}},
    3: {"item": {"pinned"}},
    4: {
        "page_scan": {"page_id", "format", "width", "height", "image", "image_hash", "image_width", "image_height"},
        "line_box": {"page_id", "line", "x", "y", "width", "height", "type_height", "ocr_confidence"},
    },
    5: {"line_search": {"raw", "corrected"}},
}


class NotALibrary(Exception):
    """The file is an SQLite database, but not one of ours."""


class NewerSchema(Exception):
    """The library was written by a newer Proofdesk."""


def version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def recognise(conn: Connection) -> int:
    """The schema version of the library on `conn`, 0 for an empty file; raises `NotALibrary` for another
    program's database and `NewerSchema` for a newer Proofdesk's library. Reads only."""
    current = version(conn)
    application = int(conn.exec_driver_sql("PRAGMA application_id").scalar_one())
    names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars().all()
    try:
        if application not in (0, APPLICATION_ID):
            raise NotALibrary(f"application id {application:#x}")
        if current < 0:
            raise NotALibrary(f"schema version {current}")
        if current == 0:
            if names:
                raise NotALibrary(", ".join(names[:5]))
            return 0
        if current > LATEST:
            if application != APPLICATION_ID and not set(_COLUMNS[1]) <= set(names):
                raise NotALibrary(f"schema version {current}, tables {', '.join(names[:5])}")
            raise NewerSchema(str(current))
        for table, wanted in _expected(current).items():
            have = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").all()}
            if not wanted <= have:
                missing = ", ".join(sorted(wanted - have))
                raise NotALibrary(f"schema version {current}, table {table} lacks {missing}")
        return current
    finally:
        conn.rollback()  # end the read transaction begun implicitly above


def _expected(current: int) -> dict[str, set[str]]:
    expected: dict[str, set[str]] = {}
    for v, columns_of in _COLUMNS.items():
        if v <= current:
            for table, columns in columns_of.items():
                expected.setdefault(table, set()).update(columns)
    return expected


def prepare(conn: Connection) -> list[int]:
    """Create or migrate the schema on `conn` (outside any transaction); returns the versions passed through.
    Nothing is written to a file `recognise` does not accept."""
    current = recognise(conn)
    if current == 0:
        with conn.begin():
            SQLModel.metadata.create_all(conn)
            fulltext.create(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {LATEST}")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        return [LATEST]
    passed = []
    while current < LATEST:
        with conn.begin():
            MIGRATIONS[current](conn)
            current += 1
            conn.exec_driver_sql(f"PRAGMA user_version = {current}")
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        passed.append(current)
    return passed
