"""Opening a library: an SQLite file (recognised and quick-checked through a read-only connection before
anything is written to it) or a PostgreSQL database (recognised before anything is written to it). Either
way the schema is made or migrated (`schema.prepare`), and failures become `StorageError`s."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine

from ..location import Server, scrubbed
from . import schema
from .engine import (
    QUICK_CHECK_SECONDS,
    Problem,
    StorageError,
    discard,
    log_is_empty,
    make_engine,
    make_server_engine,
    quick_check,
    translated,
)


def open_file(path: Path, read_only: bool, check: bool = True) -> tuple[Engine, Connection]:
    """An engine and a connection on the library file at `path`, its schema the latest. `read_only` opens
    an existing library of the latest schema without ever writing; an older one is opened for writing, since
    it has to be migrated. `check` False recognises the file without quick-checking it (see `Library.open`)."""
    if path.is_dir():
        raise StorageError(Problem.CANNOT_OPEN, "it is a folder")
    if read_only and not path.is_file():
        raise StorageError(Problem.CANNOT_OPEN, "no such file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(Problem.CANNOT_OPEN, exc.strerror or "") from exc
    if not read_only and path.is_file() and path.stat().st_size > 0:
        # Recognised and checked through a read-only connection first: even closing a writable connection
        # may write (it checkpoints a log), and nothing is written before the file is known to be a sound
        # library of ours.
        _inspect(path, check)
    if read_only:
        engine, conn = _open_read_only(path, check)
        if conn.info["version"] == schema.LATEST:
            return engine, conn
        discard(conn, engine)
        return open_file(path, read_only=False, check=check)
    engine = make_engine(path)
    writer: Connection | None = None
    try:
        with translated():
            writer = engine.connect()
            _prepare(writer)
            # Only once the file is known to be ours: WAL is a lasting change to the file.
            writer.connection.driver_connection.execute("PRAGMA journal_mode=WAL")  # type: ignore[union-attr]
    except BaseException:
        discard(writer, engine)
        raise
    return engine, writer


def _open_read_only(path: Path, check: bool) -> tuple[Engine, Connection]:
    engine = make_engine(path, read_only=True)
    conn: Connection | None = None
    try:
        try:
            with translated():
                conn = engine.connect()
                conn.info["version"] = checked(conn, check)
        except StorageError as exc:
            if exc.problem not in (Problem.READ_ONLY, Problem.CANNOT_OPEN) or not log_is_empty(path):
                raise
            # A read-only library in a read-only folder: SQLite cannot make its shared-memory file there.
            # With no unfinished log beside it the file alone is the whole library.
            discard(conn, engine)
            conn = None
            engine = make_engine(path, read_only=True, immutable=True)
            with translated():
                conn = engine.connect()
                conn.info["version"] = checked(conn, check)
    except BaseException:
        discard(conn, engine)
        raise
    return engine, conn


def _inspect(path: Path, check: bool) -> int:
    """`checked` through a read-only connection of its own."""
    engine = make_engine(path, read_only=True)
    conn: Connection | None = None
    try:
        with translated():
            conn = engine.connect()
            return checked(conn, check)
    finally:
        discard(conn, engine)


def checked(conn: Connection, check: bool) -> int:
    """The schema version of the library file on `conn` after a bounded quick check (unless not to `check`);
    raises `StorageError` for a damaged file, another program's database or a newer Proofdesk's library."""
    findings = quick_check(conn.connection.driver_connection, QUICK_CHECK_SECONDS) if check else []
    if findings:
        raise StorageError(Problem.DAMAGED, "; ".join(" ".join(f.split()) for f in findings[:3]))
    return recognised(conn)


def recognised(conn: Connection) -> int:
    """`schema.recognise` with its refusals as `StorageError`s."""
    try:
        return schema.recognise(conn)
    except schema.NotALibrary as exc:
        raise StorageError(Problem.DAMAGED, f"tables: {exc}") from exc
    except schema.NewerSchema as exc:
        raise StorageError(Problem.NEWER_SCHEMA, f"schema {exc}") from exc


def _prepare(conn: Connection) -> None:
    try:
        schema.prepare(conn)
    except schema.NotALibrary as exc:  # changed since it was inspected
        raise StorageError(Problem.DAMAGED, f"tables: {exc}") from exc
    except schema.NewerSchema as exc:
        raise StorageError(Problem.NEWER_SCHEMA, f"schema {exc}") from exc


def open_server(server: Server, read_only: bool) -> tuple[Engine, Connection]:
    """An engine and a connection on the library in the PostgreSQL database `server` names, made or
    migrated there unless `read_only` (then a database that is not a library of the latest schema is
    refused, unchanged)."""
    engine = make_server_engine(server.url, read_only=read_only)
    conn: Connection | None = None
    try:
        try:
            with translated():
                conn = engine.connect()
                if read_only:
                    version = recognised(conn)
                    if version != schema.LATEST:
                        why = "an empty database" if version == 0 else f"schema {version}: open it once to migrate"
                        raise StorageError(Problem.CANNOT_OPEN, f"not a library yet ({why})")
                else:
                    _prepare(conn)
        except StorageError as exc:
            raise StorageError(exc.problem, scrubbed(exc.detail, server)) from exc.__cause__
    except BaseException:
        discard(conn, engine)
        raise
    return engine, conn
