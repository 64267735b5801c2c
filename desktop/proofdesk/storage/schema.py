"""Schema versions and the migrations between them: Alembic revisions (`storage.migrations`), on SQLite and on
PostgreSQL alike.

A new library is made at the latest version in one transaction (the tables as `tables` declares them, the
full-text index) and stamped with it; an older one is brought up revision by revision, each in its own
transaction, so a library is never left between versions. Alembic keeps the version in its
`alembic_version` table; an SQLite library also keeps it in `user_version` (with Proofdesk's
`application_id`), so that a file is recognised, and its version known, before anything else is read, and
an older Proofdesk refuses a newer library. Libraries made before Alembic (versions 1–5, `user_version`
only) are stamped with their version and migrated on from there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, inspect, text
from sqlmodel import SQLModel

from . import (
    fulltext,
    notices,
    tables,  # noqa: F401  (registers the tables on SQLModel.metadata)
)
from .engine import is_server
from .fileformat import APPLICATION_ID, LATEST

__all__ = ["APPLICATION_ID", "LATEST"]

MIGRATIONS = Path(__file__).with_name("migrations")

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
    6: {"history": {"id", "page_id", "at", "editor", "action", "lines", "items", "status"}},
    7: {"bigram": {"code", "pages"}},
    8: {"history": {"replaced"}},
    9: {"page": {"version"}, "claim": {"page_id", "editor", "holder", "expires"}},
    10: {"page": {"items", "lines", "doubts", "edited"}},
    11: {"line": {"piece_line", "piece_start", "piece_added", "piece_seq"}},
}


class NotALibrary(Exception):
    """The file is an SQLite database, but not one of ours."""


class NewerSchema(Exception):
    """The library was written by a newer Proofdesk."""


def version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def recognise(conn: Connection) -> int:
    """The schema version of the library on `conn`, 0 for an empty file or database; raises `NotALibrary`
    for another program's database and `NewerSchema` for a newer Proofdesk's library. Reads only."""
    try:
        current = _server_version(conn) if is_server(conn) else _file_version(conn)
        if current:
            _check_columns(conn, current)
        return current
    finally:
        conn.rollback()  # end the read transaction begun implicitly above


def _file_version(conn: Connection) -> int:
    current = version(conn)
    application = int(conn.exec_driver_sql("PRAGMA application_id").scalar_one())
    names = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars().all()
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
    return current


def _server_version(conn: Connection) -> int:
    """A database is a library when it has Proofdesk's tables and Alembic's version of them."""
    names = sorted(inspect(conn).get_table_names())
    if not names:
        return 0
    if "alembic_version" not in names or "page" not in names:
        raise NotALibrary(", ".join(names[:5]))
    found = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(found) != 1 or not str(found[0]).isdigit():
        raise NotALibrary(f"schema version {', '.join(map(str, found)) or 'none'}")
    current = int(found[0])
    if current > LATEST:
        raise NewerSchema(str(current))
    return current


def _check_columns(conn: Connection, current: int) -> None:
    server = is_server(conn)
    inspector = inspect(conn) if server else None
    for table, wanted in _expected(current).items():
        if inspector is not None:
            have = {c["name"] for c in inspector.get_columns(table)} if inspector.has_table(table) else set()
        else:
            have = {r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({table})").all()}
        if not wanted <= have:
            missing = ", ".join(sorted(wanted - have))
            raise NotALibrary(f"schema version {current}, table {table} lacks {missing}")


def _expected(current: int) -> dict[str, set[str]]:
    expected: dict[str, set[str]] = {}
    for v, columns_of in _COLUMNS.items():
        if v <= current:
            for table, columns in columns_of.items():
                expected.setdefault(table, set()).update(columns)
    return expected


def _revision(number: int) -> str:
    return f"{number:04d}"


def _script() -> Any:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS))


def _stamped(conn: Connection) -> bool:
    """Whether a library file carries Alembic's version table (one made before Alembic does not)."""
    found = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
    stamped = found.first() is not None
    conn.rollback()
    return stamped


def _mark(conn: Connection, number: int) -> None:
    """What an SQLite library carries besides Alembic's table: its version and Proofdesk's id."""
    if not is_server(conn):
        conn.exec_driver_sql(f"PRAGMA user_version = {number}")
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def prepare(conn: Connection) -> list[int]:
    """Create or migrate the schema on `conn` (outside any transaction); returns the versions passed through.
    Nothing is written to a file or database `recognise` does not accept."""
    current = recognise(conn)
    if current == LATEST and (is_server(conn) or _stamped(conn)):
        return []
    if current == 0:
        with conn.begin():
            SQLModel.metadata.create_all(conn)
            fulltext.create(conn)
            notices.create(conn)
            # Alembic's own table, as `alembic stamp` makes it (without loading the revisions: a new library
            # needs none of them).
            conn.exec_driver_sql(
                "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL,"
                " CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
            )
            conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": _revision(LATEST)})
            _mark(conn, LATEST)
        return [LATEST]
    return upgrade(conn, current)


def upgrade(conn: Connection, current: int, script: Any = None, target: int = LATEST) -> list[int]:
    """Run the revisions after version `current` up to `target` on `conn`, each in its own transaction."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext

    script = script or _script()
    context = MigrationContext.configure(conn)
    passed: list[int] = []
    with conn.begin():
        if context.get_current_revision() is None and current > 0:
            context.stamp(script, _revision(current))  # a library made before Alembic
    lower = _revision(current) if current else "base"
    for step in reversed(list(script.iterate_revisions(_revision(target), lower))):
        number = int(step.revision)
        with conn.begin(), Operations.context(context):
            step.module.upgrade()
            context.stamp(script, step.revision)
            _mark(conn, number)
        passed.append(number)
    return passed
