"""The automatic backup while the window is open: at most one a day, made off the GUI thread.

The window also backs up when it closes (`app.run`); an editor who leaves it open for days gets one a day
all the same. Each backup is verified and rotated by `storage.maintenance`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from . import workers
from .session import Session
from .wording import problem_text


def backup_if_due(db: Path) -> workers.Task:
    """A verified backup of the library at `db` when the last one is a day old; the result is its path, or
    None when none was due."""

    def work(_task: workers.Task) -> Path | None:
        from ..storage import maintenance

        return maintenance.backup_if_due(db)

    return workers.Task(work)


class DailyBackup(QObject):
    """Looks every `CHECK_MS` whether the open library file's daily backup is due and makes it in a worker.

    Signals:
        made(Path): a backup was made and verified.
        failed(object): the StorageError that stopped it (the library itself is untouched).
        message(str): either, in words for the status bar.
    """

    made = Signal(Path)
    failed = Signal(object)
    message = Signal(str)

    CHECK_MS = 60 * 60 * 1000

    def __init__(self, session: Session, parent: QObject | None = None, check_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: workers.Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms or self.CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Start the backup when one is due, the library is open and no backup is running."""
        where = self.session.path
        if not isinstance(where, Path):
            return  # a library on a server is backed up on the server
        if self.session.library is None or (self._task is not None and not self._task.done.is_set()):
            return
        task = backup_if_due(where)
        task.signals.finished.connect(self._finished)
        task.signals.failed.connect(self._failed)
        self._task = workers.start(task)

    def _finished(self, made: Path | None) -> None:
        if made is not None:
            self.made.emit(made)
            self.message.emit(self.tr("Daily backup made: {0}").format(made.name))

    def _failed(self, error: Exception) -> None:
        from ..storage import StorageError

        self.failed.emit(error)
        reason = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        self.message.emit(self.tr("No backup was made: {0}").format(reason))
