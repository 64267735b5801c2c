"""What the tests that run on both engines need to look at a library from outside: its whole content, another
program holding it, and the stretches of pages its searches read."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

TABLES = ("page", "line", "item", "theme", "page_scan", "line_box", "line_search", "bigram", "alembic_version")


def on_server(db: str) -> bool:
    return db.startswith("postgresql://")


def snapshot(db: str) -> str:
    """A digest of everything stored: the file's bytes, or every row of every table on a server."""
    if not on_server(db):
        return hashlib.sha256(Path(db).read_bytes()).hexdigest()
    import psycopg

    digest = hashlib.sha256()
    with psycopg.connect(db) as conn:
        for table in TABLES:
            rows = conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2" if table != "alembic_version" else
                                "SELECT * FROM alembic_version").fetchall()  # fmt: skip
            digest.update(repr((table, rows)).encode("utf-8"))
    return digest.hexdigest()


@contextmanager
def writes_held(db: str) -> Iterator[None]:
    """Another program writing to the library: readers go on, writers wait, then give up."""
    if not on_server(db):
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            holder.close()
        return
    import psycopg

    with psycopg.connect(db) as conn:
        conn.execute("LOCK TABLE page, line, item IN EXCLUSIVE MODE")
        yield
        conn.rollback()


def stretches_read(library: Any, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The page each stretch a search of `library` reads from then on starts after (None: the first), in order."""
    starts: list[str | None] = []
    search_part = library.search_part

    def counted(*args: object, **kw: Any) -> object:
        starts.append(kw.get("after"))
        return search_part(*args, **kw)

    monkeypatch.setattr(library, "search_part", counted)
    return starts
