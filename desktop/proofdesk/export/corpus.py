"""Choosing what to export and writing it atomically in one of the formats."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO, TextIO

from ..domain.derive import Article, derive
from ..domain.model import Status
from ..location import Server
from ..storage import Library, PageInfo
from .atomic import ExportError, ExportProblem, atomic_file, atomic_folder, os_errors
from .names import UniqueNames, safe_name
from .pagexml import page_xml
from .writers import Batches, Entry, Suggest, write_csv, write_jsonl, write_txt


class Format(StrEnum):
    JSONL = "jsonl"
    TXT = "txt"
    CSV = "csv"
    PAGEXML = "pagexml"
    """A folder with a PAGE-XML file per page."""


@dataclass(frozen=True, slots=True)
class ExportReport:
    pages: int
    items: int
    cancelled: bool = False


Progress = Callable[[int, int], None]
"""Called after each page with the number of pages done and the total."""
Cancel = Callable[[], bool]
"""Asked between pages; True abandons the export and leaves the old target as it was."""


class _Cancelled(Exception):
    pass


_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
_SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_library(out: Path, library: Path) -> None:
    """Raise when writing `out` would destroy the library (its file, or a companion file SQLite or Proofdesk
    keeps beside it) or any other SQLite database. (A folder holding the library is never replaced: it
    holds files no export wrote.)"""
    target = _resolved(out)
    home = _resolved(library)
    protected = {home.with_name(home.name + suffix) for suffix in _COMPANIONS}
    if target in protected or _is_sqlite(out):
        raise ExportError(ExportProblem.OUT_IS_LIBRARY, out)
    # The same file under another name (a hard link): same device and inode.
    for path in protected:
        with suppress(OSError):
            if out.exists() and os.path.samefile(out, path):
                raise ExportError(ExportProblem.OUT_IS_LIBRARY, out)


def _refuse_overwriting(out: Path, library: Path | Server, stream: BinaryIO | None) -> None:
    """Raise when the export would overwrite the library (see `_refuse_library`), or, for a library on a
    server, any SQLite database."""
    if stream is not None:
        with suppress(OSError, ValueError):  # a stream with no file behind it cannot be the library
            opened = os.fstat(stream.fileno())
            if isinstance(library, Path):
                _refuse_same_file(opened, out, library)
    elif isinstance(library, Path):
        _refuse_library(out, library)
    elif _is_sqlite(out):
        raise ExportError(ExportProblem.OUT_IS_LIBRARY, out)


def _refuse_same_file(opened: os.stat_result, out: Path, library: Path) -> None:
    """Raise when an open output (standard output redirected to a file) is the library or one of its files."""
    for suffix in _COMPANIONS:
        with suppress(OSError):
            known = library.with_name(library.name + suffix).stat()
            if (known.st_dev, known.st_ino) == (opened.st_dev, opened.st_ino):
                raise ExportError(ExportProblem.OUT_IS_LIBRARY, out)


def _is_device(out: Path) -> bool:
    """A character device, pipe or socket (`/dev/stdout`, a named pipe): written in place, not replaced."""
    try:
        mode = out.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_stream(raw: BinaryIO, encoding: str, newline: str, write: Callable[[TextIO], int]) -> int:
    handle = io.TextIOWrapper(raw, encoding=encoding, newline=newline)
    try:
        items = write(handle)
        handle.flush()
    finally:
        handle.detach()  # the stream stays open: it is the caller's
    raw.flush()
    return items


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _is_sqlite(path: Path) -> bool:
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # never read from a pipe or a terminal
            return False
        with path.open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _check_request(library: Library, out: Path, tag: str | None, stream: BinaryIO | None) -> None:
    """Refuse an export onto the library itself, or by a theme the library does not know."""
    _refuse_overwriting(out, library.path, stream)
    if tag is not None and tag not in {t.name for t in library.themes()} and tag not in library.tag_counts():
        raise ExportError(ExportProblem.UNKNOWN_TAG, out, tag)


def export_library(
    library: Library,
    fmt: Format,
    out: Path,
    *,
    status: Status | None = None,
    tag: str | None = None,
    suggest: Suggest | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    stream: BinaryIO | None = None,
    derived: Mapping[int, list[Article]] | None = None,
) -> ExportReport:
    """Write the library's items to `out`, in page order, each as `derive` makes it.

    `status` keeps the pages with that review status; `tag` keeps the items with that confirmed theme.
    `suggest` ranks themes for an item (none: `suggested_tags` stays empty). With `stream` (standard output)
    a JSONL or CSV export is written there as it goes and `out` only names it; so it is when `out` is a
    device or a pipe (`/dev/stdout`), which cannot be replaced atomically. Raises `ExportError` when `out`
    cannot be written, is the library itself or `tag` is no theme of the library; the old `out`, if any, is
    then untouched, and so it is after a cancel. `derived`: the items of pages derived already (by the
    suggester that ranks them), by page id; those pages are not read again."""
    _check_request(library, out, tag, stream)
    infos = library.pages(status=status, tag=tag)
    pages = 0

    def batches() -> Batches:
        nonlocal pages
        for info, page_articles in _items(library, [i.id for i in infos], derived or {}):
            if cancel is not None and cancel():
                raise _Cancelled
            articles = [a for a in page_articles if tag is None or tag in a.tags]
            yield [Entry(info, a, tuple(suggest(a)) if suggest else ()) for a in articles]
            pages += 1
            if progress is not None:
                progress(pages, len(infos))

    device = stream is None and fmt is not Format.TXT and _is_device(out)
    try:
        if fmt is Format.PAGEXML:
            return _export_pagexml(library, out, [i.id for i in infos], tag, progress, cancel)
        if fmt is Format.TXT:
            if stream is not None:
                raise ExportError(ExportProblem.OUT_IS_FILE, out)
            with atomic_folder(out) as folder:
                items = write_txt(batches(), folder)
        else:
            # The BOM lets Excel recognise UTF-8 and show the Chinese; Python's csv module wants newline="".
            encoding, newline = ("utf-8-sig", "") if fmt is Format.CSV else ("utf-8", "\n")
            writer = write_csv if fmt is Format.CSV else write_jsonl
            if stream is not None or device:
                with os_errors(out), ExitStack() as stack:
                    raw = stream if stream is not None else stack.enter_context(out.open("wb"))
                    items = _write_stream(raw, encoding, newline, lambda handle: writer(batches(), handle))
            else:
                with atomic_file(out, encoding=encoding, newline=newline) as handle:
                    items = writer(batches(), handle)
    except _Cancelled:
        return ExportReport(pages, 0, cancelled=True)
    return ExportReport(pages, items)


def _items(
    library: Library, page_ids: list[int], derived: Mapping[int, list[Article]]
) -> Iterator[tuple[PageInfo, list[Article]]]:
    """Each page with its items, in page order: as `derived` has them, else read and derived now."""
    for info in library.pages_by_id(page_ids):
        articles = derived.get(info.id)
        yield info, derive(*library.load(info.id)) if articles is None else articles


def _export_pagexml(
    library: Library,
    out: Path,
    page_ids: list[int],
    tag: str | None,
    progress: Progress | None,
    cancel: Cancel | None,
) -> ExportReport:
    """A PAGE-XML file per page, named after the page, in the folder `out`."""
    names = UniqueNames()
    pages = items = 0
    with atomic_folder(out) as folder:
        for info, page, layer in library.iter_pages(page_ids):
            if cancel is not None and cancel():
                raise _Cancelled
            articles = [a for a in derive(page, layer) if tag is None or tag in a.tags]
            scan = library.scan(info.id)
            name = names.take(safe_name(page.name, "page"))
            (folder / f"{name}.xml").write_bytes(page_xml(page, layer, articles, scan))
            pages += 1
            items += len(articles)
            if progress is not None:
                progress(pages, len(page_ids))
    return ExportReport(pages, items)
