"""Writing an export so that the target is either the old one or the complete new one, never half of either.

Everything is written beside the target under a hidden temporary name and moved into place with
`os.replace`; any failure (including cancel and Ctrl-C) removes the temporary file or folder.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import TextIO

MARKER = ".proofdesk-export"
"""Left in every exported folder: only a folder that has it (or an empty one) is ever replaced, so that
`--out ~/Documents` cannot wipe a folder of the user's own files."""


class ExportProblem(StrEnum):
    OUT_IS_FOLDER = "out-is-folder"
    """A file export was asked to write over a folder."""
    OUT_IS_FILE = "out-is-file"
    """A folder export was asked to write over a file."""
    FOLDER_NOT_EXPORT = "folder-not-export"
    """A folder export was asked to replace a non-empty folder that no export made."""
    CANNOT_WRITE = "cannot-write"
    """The operating system refused (`detail`: its message, e.g. no space left on device)."""
    OUT_IS_LIBRARY = "out-is-library"
    """The target is the library being exported, one of its companion files (`-wal`, `-shm`, `-journal`,
    `.lock`), or another SQLite database: writing there would destroy it."""
    UNKNOWN_TAG = "unknown-tag"
    """`--tag` names a theme that is neither in the taxonomy nor on any item (`detail`: the theme)."""


class ExportError(Exception):
    def __init__(self, problem: ExportProblem, path: Path, detail: str = "") -> None:
        super().__init__(problem, path, detail)
        self.problem = problem
        self.path = path
        self.detail = detail


def _temporary(target: Path, kind: str) -> Path:
    # Short names: a target name near the 255-byte limit must not make the temporary name too long. The
    # process id tells a later export whether the one that left it is still running.
    return target.parent / f".proofdesk-{os.getpid()}-{secrets.token_hex(6)}.{kind}"


_LEFTOVER = re.compile(r"\.proofdesk-(?:(\d+)-)?[0-9a-f]{12}\.(?:tmp|old)")
STALE_SECONDS = 24 * 3600
"""A temporary export older than this is left over whatever process made it (process ids are reused)."""
_ORPHAN_SECONDS = 3600
"""One without a process id (made before they carried one), or whose process is gone, after this long."""


def remove_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files and folders that exports into `folder` left behind when they were killed
    (kill -9, power cut): those of a process that no longer runs, or older than `STALE_SECONDS`. Those of a
    running export are kept. Returns what was removed; what cannot be removed stays, silently."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = _LEFTOVER.fullmatch(entry.name)
        if found is None:
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        pid = int(found[1]) if found[1] else None
        if pid == os.getpid():
            continue
        if not (age > STALE_SECONDS or (age > _ORPHAN_SECONDS if pid is None else not _running(pid))):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(path)
            else:
                path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # Windows has no harmless way to ask; age alone decides there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


@contextmanager
def os_errors(target: Path) -> Iterator[None]:
    try:
        yield
    except OSError as error:
        raise ExportError(ExportProblem.CANNOT_WRITE, target, error.strerror or str(error)) from error


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open a folder for this and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_file(target: Path, *, encoding: str = "utf-8", newline: str | None = None) -> Iterator[TextIO]:
    """A text file that becomes `target` only when the block ends without an exception."""
    if target.is_dir():
        raise ExportError(ExportProblem.OUT_IS_FOLDER, target)
    with os_errors(target):
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            # A device or pipe (/dev/stdout) is written through, never replaced: see `corpus`.
            raise ExportError(ExportProblem.CANNOT_WRITE, target, "not a regular file")
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target.parent)
        temporary = _temporary(target, "tmp")
        # os.open with 0o666 keeps the user's umask (mkstemp would make the export readable by its owner only).
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os_errors(target), open(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        with os_errors(target):
            os.replace(temporary, target)
            _sync_folder(target.parent)
    except BaseException:
        with suppress(FileNotFoundError):
            temporary.unlink()
        raise


MARKER_HEADER = "Written by Proofdesk; replaced by the next export."
_LEGACY_ITEM = re.compile(r"\d+_.*\.txt")


def _replaceable(folder: Path) -> bool:
    """Whether `folder` is empty or holds nothing but what an earlier export wrote there: files a user added
    to an export folder must not go when the next export replaces it."""
    if not any(folder.iterdir()):
        return True
    marker = folder / MARKER
    if not marker.is_file():
        return False
    written = marker.read_text("utf-8", errors="replace").splitlines()[1:]
    found = []
    for root, dirs, names in os.walk(folder):
        base = Path(root).relative_to(folder)
        found += [(base / d).as_posix() + "/" for d in dirs]
        found += [(base / n).as_posix() for n in names if (base / n).as_posix() != MARKER]
    if written:
        allowed = set(written) | {str(PurePosixPath(w).parent) + "/" for w in written}
        return all(f in allowed for f in found)
    # A marker from before exports listed their files: page folders of `NN_title.txt` files only.
    return all(f.count("/") == 1 and (f.endswith("/") or _LEGACY_ITEM.fullmatch(f[f.index("/") + 1 :])) for f in found)


def _write_marker(folder: Path) -> None:
    """The marker, listing every file the export wrote (so that only those are ever replaced)."""
    written = sorted(
        (Path(root).relative_to(folder) / n).as_posix() for root, _dirs, names in os.walk(folder) for n in names
    )
    lines = [MARKER_HEADER, *(w for w in written if w != MARKER)]
    (folder / MARKER).write_text("\n".join(lines) + "\n", "utf-8")


@contextmanager
def atomic_folder(target: Path) -> Iterator[Path]:
    """A folder to fill that replaces `target` when the block ends without an exception.

    Folders cannot be swapped in one step: the old export is moved aside, the new one moved in, and the old
    one deleted; if the second move fails the old one is moved back."""
    if target.exists() and not target.is_dir():
        raise ExportError(ExportProblem.OUT_IS_FILE, target)
    with os_errors(target):
        if target.is_dir() and not _replaceable(target):
            raise ExportError(ExportProblem.FOLDER_NOT_EXPORT, target)
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_leftovers(target.parent)
        temporary = _temporary(target, "tmp")
        temporary.mkdir()
    try:
        with os_errors(target):
            (temporary / MARKER).write_text(MARKER_HEADER + "\n", "utf-8")
            yield temporary
            _write_marker(temporary)
            if target.exists():
                old = _temporary(target, "old")
                os.replace(target, old)
                try:
                    os.replace(temporary, target)
                except BaseException:
                    os.replace(old, target)
                    raise
                shutil.rmtree(old, ignore_errors=True)
            else:
                os.replace(temporary, target)
            _sync_folder(target.parent)
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
