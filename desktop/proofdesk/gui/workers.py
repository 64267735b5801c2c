"""Slow work off the GUI thread: opening the library, import, export, re-parsing a page.

Each task runs in Qt's thread pool with its own library connection and reports through `TaskSignals`,
which live on the GUI thread, so results arrive there as queued signals and no worker touches a widget.
The core modules (storage, parsing, importer, export) are imported inside the tasks: they are slow to
import, and the parser may load jieba, which must never happen on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.model import Page, Status

if TYPE_CHECKING:
    from ..location import Location
    from ..ocrfiles import PageScan
    from ..storage import Library


class TaskSignals(QObject):
    """What a running task reports.

    Signals:
        progress(int, int, str): done, total, and the name of what was just done.
        usable(object): a result the task hands over before it ends, usable while it goes on (a suggester
            that already knows the first pages).
        finished(object): the task's result (a Library, an ImportReport, an ExportReport, a parse).
        failed(object): the exception that stopped the task (StorageError, ExportError, or a bug).
    """

    progress = Signal(int, int, str)
    usable = Signal(object)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A piece of slow work. `cancel()` asks it to stop between files or pages."""

    def __init__(self, work: Callable[[Task], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as error:
            _report(self.signals.failed, error)
        else:
            _report(self.signals.finished, result)
        finally:
            self.done.set()


def _report(signal: Any, value: object) -> None:
    """Emit `value`, unless the signals' object is gone: the window that asked for the result has closed (the
    application quitting while a task still runs), and there is no one to tell."""
    with suppress(RuntimeError):  # "Signal source has been deleted"
        signal.emit(value)


_running: set[Task] = set()


def start(task: Task, pool: QThreadPool | None = None) -> Task:
    """Run `task` in `pool` (Qt's global thread pool by default); it is kept alive until it has reported. Connect
    to its signals before: a task that fails or finishes at once reports before `start` returns."""
    _running.add(task)
    task.signals.finished.connect(lambda _r: _running.discard(task))
    task.signals.failed.connect(lambda _e: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def open_library(path: Location, editor: str | None = None) -> Task:
    def work(_task: Task) -> Library:
        from ..storage import Library

        return Library.open(path, editor=editor)

    return Task(work)


def reopen(db: Location, *, read_only: bool = False, editor: str | None = None) -> Library:
    """A task's own connection to the window's library. The file was quick-checked when the window opened it
    (`open_library`) and is not checked again: that reads up to a second of a large library's file."""
    from ..storage import Library

    return Library.open(db, read_only=read_only, editor=editor, quick_check=False)


def import_paths(db: Location, paths: list[Path], editor: str | None = None) -> Task:
    """Import files and folders (searched for page and OCR files); the result is the importer's report."""

    def work(task: Task) -> Any:
        from ..importer import import_files
        from ..text.decoding import expand_arguments

        candidates = expand_arguments(paths)

        def progress(result: Any, done: int, total: int) -> None:
            task.signals.progress.emit(done, total, result.path.name)

        with reopen(db, editor=editor) as library:
            return import_files(
                library, candidates.files, refused=candidates.refused, progress=progress, cancel=task.cancelled
            )

    return Task(work)


def export(db: Location, fmt: str, out: Path, status: Status | None, tag: str | None) -> Task:
    """Export the library; the result is the exporter's report."""

    def work(task: Task) -> Any:
        from ..export import Format
        from ..tagging import export_corpus

        with reopen(db) as library:
            return export_corpus(
                library,
                Format(fmt),
                out,
                status=status,
                tag=tag,
                progress=lambda done, total: task.signals.progress.emit(done, total, ""),
                cancel=task.cancelled,
            )

    return Task(work)


def parse(db: Location, page: Page, scan: PageScan | None = None) -> Task:
    """Parse a page afresh, weighing words over the whole library, with the roles editors gave recurring
    lines and where its lines stand on the scan; the result is (layer, parser version)."""

    def work(_task: Task) -> Any:
        from ..importer import reparse
        from ..parsing import PARSER_VERSION

        with reopen(db) as library:
            return reparse(library, page, scan.line_boxes() if scan else None), PARSER_VERSION

    return Task(work)


def stats(db: Location) -> Task:
    """Count the library's figures (`Library.stats`) on a connection of the worker's own."""

    def work(_task: Task) -> Any:
        with reopen(db, read_only=True) as library:
            return library.stats()

    return Task(work)
