"""Copying a whole library to another one, between SQLite files and PostgreSQL databases in any direction
(a file to a server to start a team, a server to a file for an archive copy).

The target must be a new or empty library. Everything is written in one transaction on the target, read in
one snapshot of the source; before the target commits, the copy is verified: the number of rows of every
table (the full-text index and the word statistics included) and a checksum of every page (its raw text, its
layer, its scan, its history) must be the same on both sides. A copy that fails or is cancelled leaves the
target as it was (a target file the copy made is removed).
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, select, text
from sqlmodel import SQLModel

from ..location import Location, Server
from . import fulltext
from . import tables as _tables  # noqa: F401  (registers the tables)
from .engine import StorageError, is_server
from .library import Library

BATCH = 200
"""Pages read and written at a time."""

_PAGE, _LINE, _ITEM, _THEME, _SCAN, _BOX, _HISTORY, _BIGRAM = (
    SQLModel.metadata.tables[t] for t in ("page", "line", "item", "theme", "page_scan", "line_box", "history", "bigram")
)
_OF_PAGE: tuple[Table, ...] = (_LINE, _ITEM, _SCAN, _BOX, _HISTORY)
_COUNTED = ("page", "line", "item", "theme", "page_scan", "line_box", "line_search", "history", "bigram")


class CopyProblem(StrEnum):
    SAME_LIBRARY = "same_library"
    TARGET_NOT_EMPTY = "target_not_empty"
    MISMATCH = "mismatch"
    CANCELLED = "cancelled"


class CopyError(Exception):
    """A copy refused or undone (the target is as it was); `detail` names the table or page."""

    def __init__(self, problem: CopyProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class CopyReport:
    pages: int
    rows: dict[str, int]
    """Rows of each table, the same on both sides."""
    seconds: float


Progress = Callable[[int, int], None]


def copy_library(
    source: Location, target: Location, progress: Progress | None = None, cancel: Callable[[], bool] | None = None
) -> CopyReport:
    """Copy the library at `source` into the new or empty library at `target`, verified (see the module).
    Raises `CopyError`, or `StorageError` when either library cannot be used."""
    if _same(source, target):
        raise CopyError(CopyProblem.SAME_LIBRARY, str(target))
    made = isinstance(target, Path) and not target.exists()
    started = time.monotonic()
    try:
        with ExitStack() as stack:
            src = stack.enter_context(_opened(source, read_only=True))
            dst = stack.enter_context(_opened(target))
            reading = stack.enter_context(src._transaction(write=False))
            if is_server(reading):
                reading.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            writing = stack.enter_context(dst._transaction())
            taken = writing.execute(text("SELECT (SELECT count(*) FROM page) + (SELECT count(*) FROM theme)"))
            if taken.scalar_one():
                raise CopyError(CopyProblem.TARGET_NOT_EMPTY, str(target))
            pages = _copy_rows(reading, writing, progress, cancel)
            rows = _verified_counts(reading, writing)
    except BaseException:
        if made and isinstance(target, Path):
            _remove(target)
        raise
    return CopyReport(pages, rows, time.monotonic() - started)


def _opened(location: Location, read_only: bool = False) -> Library:
    try:
        return Library.open(location, read_only=read_only)
    except StorageError as error:
        error.where = location
        raise


def _same(source: Location, target: Location) -> bool:
    if isinstance(source, Server) or isinstance(target, Server):
        return source == target
    with suppress(OSError):
        return source.resolve() == target.resolve()
    return False


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _copy_rows(
    reading: Connection, writing: Connection, progress: Progress | None, cancel: Callable[[], bool] | None
) -> int:
    themes = [dict(r._mapping) for r in reading.execute(select(_THEME))]
    if themes:
        writing.execute(insert(_THEME), themes)
    page_ids = list(reading.execute(select(_PAGE.c.id).order_by(_PAGE.c.id)).scalars())
    for start in range(0, len(page_ids), BATCH):
        if cancel is not None and cancel():
            raise CopyError(CopyProblem.CANCELLED)
        batch = page_ids[start : start + BATCH]
        read = _read(reading, batch)
        _write(writing, read)
        written = _read(writing, batch)
        for page_id in batch:
            if _digest(read, page_id) != _digest(written, page_id):
                name = next(r["name"] for r in read["page"] if r["id"] == page_id)
                raise CopyError(CopyProblem.MISMATCH, f"page {name}")
        if progress is not None:
            progress(start + len(batch), len(page_ids))
    _copy_word_statistics(reading, writing)
    if is_server(writing) and page_ids:
        # Pages imported and changes recorded later continue after the copied ids.
        for table in ("page", "history"):
            sequence = f"pg_get_serial_sequence('{table}', 'id')"
            writing.execute(text(f"SELECT setval({sequence}, (SELECT max(id) FROM {table}))"))
    return len(page_ids)


def _copy_word_statistics(reading: Connection, writing: Connection) -> None:
    rows = reading.execute(select(_BIGRAM.c.code, _BIGRAM.c.pages).order_by(_BIGRAM.c.code))
    while batch := rows.fetchmany(10_000):
        writing.execute(insert(_BIGRAM), [{"code": c, "pages": n} for c, n in batch])


def _read(conn: Connection, page_ids: Sequence[int]) -> dict[str, list[dict[str, Any]]]:
    """The rows of the pages `page_ids` in every table of pages, in key order."""
    found = {"page": [dict(r._mapping) for r in conn.execute(select(_PAGE).where(_PAGE.c.id.in_(page_ids)))]}
    for table in _OF_PAGE:
        keys = [c for c in table.primary_key.columns]
        rows = conn.execute(select(table).where(table.c.page_id.in_(page_ids)).order_by(*keys))
        found[table.name] = [dict(r._mapping) for r in rows]
    return found


def _write(conn: Connection, read: dict[str, list[dict[str, Any]]]) -> None:
    conn.execute(insert(_PAGE), read["page"])
    numbers: dict[int, list[int]] = {}
    for row in read["line"]:
        numbers.setdefault(row["page_id"], []).append(row["line"])
    for page in read["page"]:
        # The index's raw rows before the lines: the lines' triggers then fill in the corrections.
        fulltext.add_page(conn, page["id"], page["raw"].split("\n"), numbers.get(page["id"], ()))
    for table in _OF_PAGE:
        if read[table.name]:
            conn.execute(insert(table), read[table.name])


def _digest(read: dict[str, list[dict[str, Any]]], page_id: int) -> str:
    """A checksum of one page: its row and the rows of its layer and scan, as canonical JSON."""
    parts: list[Any] = [_plain(r) for r in read["page"] if r["id"] == page_id]
    for table in _OF_PAGE:
        parts.append([_plain(r) for r in read[table.name] if r["page_id"] == page_id])
    encoded = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    # Floats by their exact value; booleans as booleans, whichever engine stored them.
    return {k: (float.hex(v) if isinstance(v, float) else v) for k, v in row.items()}


def _verified_counts(reading: Connection, writing: Connection) -> dict[str, int]:
    counts = {}
    for table in _COUNTED:
        have, got = (_count(conn, table) for conn in (reading, writing))
        if have != got:
            raise CopyError(CopyProblem.MISMATCH, f"table {table}: {have} rows, {got} copied")
        counts[table] = have
    return counts


def _count(conn: Connection, table: str) -> int:
    return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
