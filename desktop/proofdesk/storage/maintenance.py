"""Checking a library, backing it up and restoring a backup, without ever losing the current file.

A backup is made with SQLite's online backup API (a consistent copy even while the library is in use),
written under a temporary name, verified by opening the copy and running `integrity_check`, and only then
given its name. Automatic backups go to `backups/` beside the library and are rotated; a restore keeps the
current file aside under a new name and never deletes it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from ..domain.model import check_invariant
from ..location import Location
from . import schema
from .engine import Problem, StorageError, translated
from .library import Library, PageInfo

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
SPACE_PER_LIBRARY = 3
"""The automatic backups kept take at most this many times the library's size (or `SMALL_SPACE`, when that is
more): an archive of 100,000 pages (6.5 GB) keeps its three newest backups, not eleven (71 GB)."""
SMALL_SPACE = 2 * 1024**3
_STAMP = "%Y%m%d-%H%M%S"


class BadBackup(StorageError):
    """The file to restore from is not a sound library (nothing was changed)."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made: datetime


def _connect(path: Path, read_only: bool = True) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    try:
        return sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True, timeout=3.0)
    except sqlite3.Error as exc:
        raise StorageError(Problem.CANNOT_OPEN, str(exc)) from exc


def _one_line(text: str) -> str:
    return " ".join(text.split())


def integrity_findings(path: Path, limit: int = 20) -> list[str]:
    """What `PRAGMA integrity_check` and `foreign_key_check` find wrong in the SQLite file at `path` (empty:
    sound). Reads only."""
    with closing(_connect(path)) as conn:
        try:
            rows = conn.execute(f"PRAGMA integrity_check({limit})").fetchall()
            findings = [_one_line(str(r[0])) for r in rows if r[0] != "ok"]
            if not findings:
                orphans = conn.execute("PRAGMA foreign_key_check").fetchmany(limit)
                findings = [f"table {r[0]} row {r[1]} refers to a missing {r[2]}" for r in orphans]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # too damaged to be checked at all
            findings = [_one_line(str(exc))]
    return findings


def check(path: Location) -> list[str]:
    """Everything that is wrong with the library at `path`: the file (integrity check), its schema, and
    every stored value of every page (each page is read as the window and the exports read it, and its layer
    must have the shape every edit keeps: each line in one item or ignored). Empty: the library is sound.
    Never writes; raises `StorageError` when the file cannot be read at all. A library on a server is checked
    for its schema and stored values (the server keeps its own files sound)."""
    if isinstance(path, Path):
        if not path.is_file():
            raise StorageError(Problem.CANNOT_OPEN, "no such file")
        findings = integrity_findings(path)
        if findings:
            return findings
    findings = []
    try:
        with Library.open(path, read_only=True) as library:
            for info in library.pages():
                page, layer = library.load(info.id)
                findings += [f"page {info.name!r}: {problem}" for problem in check_invariant(page, layer)]
                if PageInfo.of(info.id, info.name, layer) != info:
                    findings.append(f"page {info.name!r}: the page list's counts are not its layer's")
            library.themes()
            library.tag_counts()
    except StorageError as exc:
        if exc.problem is not Problem.DAMAGED:
            raise
        return [exc.detail or "damaged"]
    return findings


def _verified(path: Path) -> None:
    """Raise `StorageError(DAMAGED)` unless `path` is a sound library of a schema this Proofdesk reads."""
    findings = integrity_findings(path)
    if findings:
        raise StorageError(Problem.DAMAGED, "; ".join(findings[:3]))
    engine = create_engine("sqlite://", poolclass=NullPool, creator=lambda: _connect(path))
    try:
        with translated(), engine.connect() as conn:
            schema.recognise(conn)
    except schema.NotALibrary as exc:
        raise StorageError(Problem.DAMAGED, f"tables: {exc}") from exc
    except schema.NewerSchema as exc:
        raise StorageError(Problem.NEWER_SCHEMA, f"schema {exc}") from exc
    finally:
        engine.dispose()


def _fsync(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def _os_errors() -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        problem = Problem.DISK_FULL if exc.errno == 28 else Problem.CANNOT_OPEN
        raise StorageError(problem, exc.strerror or str(exc)) from exc


def _copy(source: Path, target: Path) -> None:
    """A verified copy of the SQLite file `source` at `target` (made beside it under a temporary name)."""
    temporary = target.with_name(f".{target.name}.partial")
    with suppress(FileNotFoundError):
        temporary.unlink()
    try:
        with closing(_connect(source)) as src, closing(sqlite3.connect(temporary)) as dst:
            try:
                src.backup(dst)
                # A backup is a single file, whatever journal the library uses.
                dst.execute("PRAGMA journal_mode=DELETE")
            except sqlite3.Error as exc:
                message = str(exc).lower()
                full = "full" in message
                raise StorageError(Problem.DISK_FULL if full else Problem.DAMAGED, _one_line(str(exc))) from exc
        _verified(temporary)
        with _os_errors():
            _fsync(temporary)
            os.replace(temporary, target)
            _fsync(target.parent)
    finally:
        with suppress(FileNotFoundError):
            temporary.unlink()


def backup(library: Path, out: Path | None = None, now: datetime | None = None) -> Path:
    """Back up `library` to `out`, or to `backups/NAME-YYYYMMDD-HHMMSS.sqlite` beside it (then rotated:
    the newest backup of each of the last `KEEP_DAILY` days and of each of the `KEEP_WEEKLY` weeks before
    them stay, within `SPACE_PER_LIBRARY` times the library's size). The copy is verified before it gets
    its name. Refused before anything is copied when its folder has less room than the library takes.
    Returns its path."""
    if not library.is_file():
        raise StorageError(Problem.CANNOT_OPEN, "no such file")
    _verified(library)
    moment = now or datetime.now()
    if out is None:
        folder = library.parent / BACKUP_FOLDER
        with _os_errors():
            folder.mkdir(exist_ok=True)
        _remove_partials(folder, library, moment)
        target = folder / f"{library.stem}-{moment.strftime(_STAMP)}.sqlite"
    else:
        target = out
    _room_for(library, target.parent)
    _copy(library, target)
    if out is None:
        rotate(library)
    return target


def _room_for(library: Path, folder: Path) -> None:
    """Refuse a backup into `folder` when its disk has less room than the library takes."""
    with _os_errors():
        needed, free = library.stat().st_size, shutil.disk_usage(folder).free
    if free < needed:
        raise StorageError(Problem.DISK_FULL, f"the backup needs {needed / 1e6:,.0f} MB, {free / 1e6:,.0f} MB free")


def _remove_partials(folder: Path, library: Path, moment: datetime) -> None:
    """Half-written copies left by a backup that was killed, an hour or more old (a running backup's copy is
    younger, or named for this very second)."""
    pattern = re.compile(r"\." + re.escape(library.stem) + r"-\d{8}-\d{6}\.sqlite\.partial")
    with suppress(OSError):
        for path in folder.iterdir():
            if pattern.fullmatch(path.name):
                with suppress(OSError):
                    if moment.timestamp() - path.stat().st_mtime >= 3600:
                        path.unlink()


def backups(library: Path) -> list[Backup]:
    """The automatic backups of `library`, newest first."""
    pattern = re.compile(re.escape(library.stem) + r"-(\d{8}-\d{6})\.sqlite")
    found = []
    with suppress(OSError):
        for path in (library.parent / BACKUP_FOLDER).iterdir():
            match = pattern.fullmatch(path.name)
            if match:
                with suppress(ValueError):
                    found.append(Backup(path, datetime.strptime(match[1], _STAMP)))
    return sorted(found, key=lambda b: b.made, reverse=True)


def rotate(library: Path) -> list[Path]:
    """Delete the automatic backups that the rotation no longer keeps; returns them. Kept, newest first: the
    newest of each of the last `KEEP_DAILY` days and of each of the `KEEP_WEEKLY` weeks before them, as long
    as they take no more than `SPACE_PER_LIBRARY` times the library's size (the newest always stays)."""
    kept_days: set[object] = set()
    kept_weeks: set[object] = set()
    space = SMALL_SPACE
    with suppress(OSError):
        space = max(space, SPACE_PER_LIBRARY * library.stat().st_size)
    taken = 0
    removed = []
    for item in backups(library):
        day = item.made.date()
        week = day.isocalendar()[:2]
        size = _size(item.path)
        fits = taken + size <= space or taken == 0
        if fits and day not in kept_days and len(kept_days) < KEEP_DAILY:
            kept_days.add(day)
            taken += size
            continue
        if fits and day not in kept_days and week not in kept_weeks and len(kept_weeks) < KEEP_WEEKLY:
            kept_weeks.add(week)
            taken += size
            continue
        with suppress(OSError):
            item.path.unlink()
            removed.append(item.path)
    return removed


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def due(library: Path, every: timedelta = timedelta(days=1), now: datetime | None = None) -> bool:
    """Whether an automatic backup is due: none yet, or the newest is older than `every`."""
    found = backups(library)
    return not found or (now or datetime.now()) - found[0].made >= every


def backup_if_due(library: Path, every: timedelta = timedelta(days=1)) -> Path | None:
    """The automatic backup the window makes when it closes: at most one per `every`, of a library with
    pages. Returns the backup made, None when none was due; a failure is raised as `StorageError`."""
    if not library.is_file() or not due(library, every):
        return None
    with Library.open(library, read_only=True) as opened:
        if not sum(opened.status_counts().values()):
            return None
    return backup(library)


def _held_by_running_program(library: Path) -> bool:
    """Whether the window's lock file beside the library names a process that still runs (POSIX; elsewhere
    any lock file counts)."""
    lock = library.with_name(library.name + ".lock")
    try:
        first = lock.read_text("utf-8", errors="replace").split("\n", 1)[0].strip()
    except OSError:
        return False
    if os.name != "posix" or not first.isdigit():
        return True
    try:
        os.kill(int(first), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def restore(library: Path, source: Path, now: datetime | None = None, *, held_here: bool = False) -> Path | None:
    """Replace `library` with the verified backup `source`. The current library is kept aside as
    `NAME.before-restore-YYYYMMDD-HHMMSS` (returned; None when there was none) and never deleted. Refused
    (`StorageError(LOCKED)`) while a window has the library open, unless the caller is that window and has
    closed it (`held_here`). At every moment the library's name holds either the old library or the restored
    one, whole."""
    if not source.is_file():
        raise BadBackup(Problem.CANNOT_OPEN, "no such file")
    try:
        _verified(source)
    except StorageError as exc:
        raise BadBackup(exc.problem, exc.detail) from exc
    if not held_here and _held_by_running_program(library):
        raise StorageError(Problem.LOCKED, "open in a Proofdesk window")
    moment = (now or datetime.now()).strftime(_STAMP)
    staged = library.with_name(f".{library.name}.restoring")
    _copy(source, staged)
    aside: Path | None = None
    try:
        if library.exists():
            # Fold the write-ahead log into the file first: a log left beside the restored file would be
            # replayed onto it. TRUNCATE fails (busy) while another program is writing.
            with closing(_connect(library, read_only=False)) as conn:
                try:
                    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                except sqlite3.DatabaseError:
                    busy = 0  # a damaged library: kept aside as it is
            if busy:
                raise StorageError(Problem.LOCKED, "in use by another program")
            aside = library.with_name(f"{library.name}.before-restore-{moment}")
            with _os_errors():
                try:
                    os.link(library, aside)  # no copy: the same file under a second name
                except OSError:
                    shutil.copy2(library, aside)  # a file system without hard links
                for suffix in ("-wal", "-shm"):
                    companion = library.with_name(library.name + suffix)
                    if companion.exists():
                        os.replace(companion, aside.with_name(aside.name + suffix))
        with _os_errors():
            os.replace(staged, library)
            _fsync(library.parent)
    finally:
        with suppress(FileNotFoundError):
            staged.unlink()
    return aside
