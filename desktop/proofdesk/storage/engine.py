"""The engines under the library (an SQLite file, or a PostgreSQL server through psycopg), and how their
failures become problems the editor can act on.

`storage.library` opens every connection through it. Opening a file is careful: a read-only look (`quick_check`,
schema) comes before any writable connection, so a file that is not a sound library of ours is never written to.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from ..location import Server


class Problem(StrEnum):
    LOCKED = "locked"
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    NEWER_SCHEMA = "newer_schema"
    CANNOT_OPEN = "cannot_open"
    DUPLICATE_NAME = "duplicate_name"
    UNREACHABLE = "unreachable"
    DENIED = "denied"
    CLAIMED = "claimed"
    """Another editor's window holds the page (`detail`: who)."""
    CONFLICT = "conflict"
    """The page changed since the edit's copy of it was read (`detail`: the page's id)."""


class StorageError(Exception):
    """A failure the editor can understand and act on. `problem` says which; `detail` names the specifics
    (never the library's path: whoever opened the library knows it)."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail
        self.where: Path | Server | None = None
        """Which library, where a command works on two (`copy`); None: the one it was given."""


class AlreadyStored(Exception):
    """`add_page` found the same content already stored (under `name`): another import got there first."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


# Failures to create or grow SQLite's side files (no space, no permission): not a damaged library.
_SIDE_FILE_ERRORS = frozenset(
    {"SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_SHMMAP", "SQLITE_IOERR_SHMLOCK"}
)


# SQLite's primary result codes (sqlite.org/rescode.html) that are a problem the editor can act on.
_RESULT_CODES = {
    5: Problem.LOCKED,  # SQLITE_BUSY
    6: Problem.LOCKED,  # SQLITE_LOCKED
    8: Problem.READ_ONLY,  # SQLITE_READONLY
    10: Problem.DAMAGED,  # SQLITE_IOERR
    11: Problem.DAMAGED,  # SQLITE_CORRUPT
    13: Problem.DISK_FULL,  # SQLITE_FULL
    14: Problem.CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: Problem.DAMAGED,  # SQLITE_NOTADB
}


# What a PostgreSQL server (or libpq on the way to it) says, by the start of its SQLSTATE or its words.
_SERVER_STATES = {
    "08": Problem.UNREACHABLE,  # connection exception
    "28": Problem.DENIED,  # invalid authorisation: wrong password, unknown user
    "42501": Problem.DENIED,  # insufficient privilege
    "3D000": Problem.CANNOT_OPEN,  # no such database
    "25006": Problem.READ_ONLY,  # a write in a read-only transaction
    "53100": Problem.DISK_FULL,
    "40P01": Problem.LOCKED,  # deadlock
    "55P03": Problem.LOCKED,  # lock not available
    "57P": Problem.UNREACHABLE,  # the server shut down or is starting
}
_SERVER_WORDS = (
    ("password authentication failed", Problem.DENIED),
    ("no password supplied", Problem.DENIED),
    ("does not exist", Problem.CANNOT_OPEN),
    ("connection refused", Problem.UNREACHABLE),
    ("could not translate host name", Problem.UNREACHABLE),
    ("timeout expired", Problem.UNREACHABLE),
    ("server closed the connection", Problem.UNREACHABLE),
    ("no such file or directory", Problem.UNREACHABLE),  # a socket folder without a server
)


def _is_server_error(exc: BaseException) -> bool:
    return type(exc).__module__.split(".")[0] == "psycopg"


def _classify_server(original: BaseException) -> Problem | None:
    state = str(getattr(original, "sqlstate", "") or "")
    for prefix, problem in _SERVER_STATES.items():
        if state.startswith(prefix):
            return problem
    message = str(original).lower()
    for words, problem in _SERVER_WORDS:
        if words in message:
            return problem
    if not state:  # libpq's own failure to connect (any other error without a state is a bug)
        return Problem.CANNOT_OPEN if type(original).__name__ == "OperationalError" else None
    if state == "42P01":  # a table of the library is missing
        return Problem.DAMAGED
    return None


def server_detail(exc: BaseException) -> str:
    """The server's own words, on one line, without libpq's hints."""
    original = getattr(exc, "orig", exc)
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return " ".join(lines[:1])[:300]


def _classify(exc: BaseException) -> Problem | None:
    """The problem behind a failure, by SQLite's result code (an extended code's low byte is its primary
    code); None for a failure that is a bug. Errors that carry no code are the driver's own: text that is
    not UTF-8 is a damaged file."""
    original = getattr(exc, "orig", exc)
    if _is_server_error(original):
        return _classify_server(original)
    if getattr(original, "sqlite_errorname", "") in _SIDE_FILE_ERRORS:
        return Problem.CANNOT_OPEN
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _RESULT_CODES.get(code & 0xFF)
    return Problem.DAMAGED if "could not decode" in str(original).lower() else None


@contextmanager
def translated() -> Iterator[None]:
    try:
        yield
    except UnicodeDecodeError as exc:  # SQLite handed back text that is not UTF-8: a damaged file
        raise StorageError(Problem.DAMAGED, "text that is not UTF-8") from exc
    except (DBAPIError, sqlite3.Error) as exc:
        problem = _classify(exc)
        if problem is None:
            raise
        if _is_server_error(getattr(exc, "orig", exc)):
            raise StorageError(problem, server_detail(exc)) from exc
        side = getattr(getattr(exc, "orig", exc), "sqlite_errorname", "") in _SIDE_FILE_ERRORS
        detail = "its shared-memory file beside it cannot be made: disk full or no permission" if side else ""
        raise StorageError(problem, detail) from exc
    except Exception as exc:  # psycopg's own, raised before SQLAlchemy wraps anything
        problem = _classify_server(exc) if _is_server_error(exc) else None
        if problem is None:
            raise
        raise StorageError(problem, server_detail(exc)) from exc


QUICK_CHECK_SECONDS = 1.0
"""How long opening a library may spend on `PRAGMA quick_check` before it goes on unchecked (a library of
tens of thousands of pages); `proofdesk check` runs the whole check."""


def quick_check(driver: Any, seconds: float) -> list[str]:
    """What `PRAGMA quick_check` finds wrong within `seconds` (nothing when it runs out of time). The check is
    interrupted from a timer thread: a progress handler is not called while it reads the file's pages."""
    timer = threading.Timer(seconds, driver.interrupt)
    timer.start()
    try:
        rows = driver.execute("PRAGMA quick_check(10)").fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc).lower():
            return []
        raise
    finally:
        timer.cancel()
    return [str(r[0]) for r in rows if r[0] != "ok"]


def log_is_empty(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def discard(conn: Connection | None, engine: Engine) -> None:
    with suppress(Exception):
        if conn is not None:
            conn.close()
    engine.dispose()


@contextmanager
def cells(where: str) -> Iterator[None]:
    """Stored values that cannot be what the schema says (a damaged file, or another program's writes): the
    library is damaged, which the editor can act on (restore a backup); it is not a bug to crash on."""
    try:
        yield
    except (ValueError, TypeError, AttributeError) as exc:  # ValueError covers JSON and enum values
        raise StorageError(Problem.DAMAGED, f"{where}: unreadable stored value") from exc


LOCK_TIMEOUT = 3.0
"""How long a connection waits for another program's write lock before the library counts as locked (read when
an engine is made, so tests can shorten it)."""


def make_engine(
    path: Path, read_only: bool = False, immutable: bool = False, lock_timeout: float | None = None
) -> Engine:
    timeout = LOCK_TIMEOUT if lock_timeout is None else lock_timeout
    if read_only:
        # A URI names the file exactly (no character of the path is taken as a URL's) and opens it read-only.
        uri = f"{path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
        engine = create_engine(
            "sqlite://",
            poolclass=NullPool,
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=timeout),
        )
    else:
        engine = create_engine(
            f"sqlite:///{path}", poolclass=NullPool, connect_args={"check_same_thread": False, "timeout": timeout}
        )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's begin() decide transactions, not the driver's implicit ones.
        dbapi_conn.isolation_level = None
        for pragma in ("synchronous=FULL", "foreign_keys=ON", f"busy_timeout={round(timeout * 1000)}"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A writer takes the write lock at once, so it waits (busy_timeout) instead of failing halfway.
        conn.exec_driver_sql("BEGIN" if conn.info.pop("read_only", False) else "BEGIN IMMEDIATE")

    return engine


CONNECT_SECONDS = 10
"""How long connecting to a server may take before it counts as unreachable (unless the URL says)."""


def make_server_engine(url: str, read_only: bool = False) -> Engine:
    """An engine on the PostgreSQL database `url` names. libpq reads the URL itself (service names,
    `.pgpass`, `sslmode`, the `PG*` variables), so it is handed over as it is."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(url)
    extra: dict[str, Any] = {"application_name": "proofdesk"}
    if "connect_timeout" not in given:
        extra["connect_timeout"] = CONNECT_SECONDS
    if "options" not in given:
        # A write that another program's lock holds up waits as long as on a file, then is reported.
        extra["options"] = f"-c lock_timeout={round(LOCK_TIMEOUT * 1000)}"
    engine = create_engine("postgresql+psycopg://", poolclass=NullPool, creator=lambda: psycopg.connect(url, **extra))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if read_only:
            # A read-only library is read-only on the server too: a write is refused, never applied.
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")

    return engine


def is_server(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def executemany(conn: Connection, statement: str, rows: list[tuple[Any, ...]]) -> None:
    """`statement` (with `?` for its values) run once per row, through the driver directly: a page has
    hundreds of lines, and the ORM's per-row work would dominate."""
    if not rows:
        return
    if conn.dialect.paramstyle != "qmark":
        statement = statement.replace("?", "%s")
    conn.exec_driver_sql(statement, rows)


WRITERS_LOCK = 0x50524644
"""The advisory lock that serialises writers of pages and taxonomy on a server, as SQLite's write lock does on
a file."""


def one_writer(conn: Connection) -> None:
    """On a server, wait for the other writers of pages and taxonomy (a file's write lock does it there)."""
    if is_server(conn):
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITERS_LOCK})
