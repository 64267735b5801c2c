"""The window's work on the whole library: importing files and folders (in a worker, with progress and a
Stop button), exporting the corpus, restoring a backup, and the name the editor's changes are recorded as."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMainWindow, QProgressBar, QPushButton

from .. import paths
from ..pace import Pace
from . import workers
from .librarypanel import LibraryPanel
from .session import Session
from .wording import problem_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QInputDialog

    from .dialogs import ExportDialog

EDITOR_KEY = "editor/name"
"""The setting that names the editor (see `Session.editor`)."""
EDITOR_NAME_MAX = 64


class LibraryTasks(QObject):
    """Import, export and restore for the window: the progress bar and Stop button in its status bar, and the
    dialog of the last task (`dialog`). `reopen` opens the library again (after a restore)."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        stack: QUndoStack,
        settings: QSettings,
        panel: LibraryPanel,
        reopen: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.stack = stack
        self.settings = settings
        self.panel = panel
        self.reopen = reopen
        self.dialog: Any = None
        session.editor = str(settings.value(EDITOR_KEY, "") or "").strip() or None
        self.import_task: workers.Task | None = None
        self.pace = Pace()
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"), window)
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(lambda: self.import_task.cancel() if self.import_task else None)
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)
        session.changedElsewhere.connect(self._changed_elsewhere)
        panel.samplesRequested.connect(self.load_samples)
        panel.importRequested.connect(self.import_files_dialog)

    def shutdown(self) -> None:
        """Stop an import before the window closes (it stops after the current file)."""
        if self.import_task is not None:
            self.import_task.cancel()
            self.import_task.done.wait(10)

    def editor_name_dialog(self) -> QInputDialog:
        """Ask for the name the editor's changes are recorded as (kept in the settings)."""
        # The dialogs' classes are imported where a dialog opens: PySide makes the enums of a class the first time
        # it is touched, and none opens before the first page is painted.
        from PySide6.QtWidgets import QInputDialog

        library = self.session.library
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Editor name"))
        dialog.setLabelText(self.tr("Your changes are recorded under this name (empty: the system user name):"))
        dialog.setTextValue(self.session.editor or (library.editor if library is not None else ""))
        dialog.textValueSelected.connect(self.set_editor)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_editor(self, name: str) -> bool:
        """Record the changes made from now on as `name` (empty: the default name). A name too long or with
        control characters is refused with a message, and nothing changes."""
        from ..storage.history import default_editor

        name = name.strip()
        if len(name) > EDITOR_NAME_MAX or any(unicodedata.category(c).startswith("C") for c in name):
            self.window.statusBar().showMessage(
                self.tr("An editor name is at most {0} characters, with no control characters.").format(
                    EDITOR_NAME_MAX
                ),
                8000,
            )
            return False
        if name:
            self.settings.setValue(EDITOR_KEY, name)
        else:
            self.settings.remove(EDITOR_KEY)
        self.session.editor = name or None
        if self.session.library is not None:
            self.session.library.editor = name or default_editor()
        shown = name or default_editor()
        self.window.statusBar().showMessage(self.tr("Your changes are recorded as {0}.").format(shown), 5000)
        return True

    def restore_backup(self) -> bool:
        """Replace the library with one of its verified backups, chosen from a list, newest first. The
        current library is kept aside (never deleted); the undo history ends there. True when restored."""
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from ..storage import StorageError, maintenance

        if self.session.unsaved:
            QMessageBox.warning(
                self.window, self.tr("Restore a backup"), self.tr("Some edits are not saved yet: retry saving first.")
            )
            return False
        if not isinstance(self.session.path, Path):
            QMessageBox.information(
                self.window,
                self.tr("Restore a backup"),
                self.tr(
                    "A library on a server is backed up on the server (pg_dump); 'proofdesk copy' copies it to a"
                    " library file."
                ),
            )
            return False
        found = maintenance.backups(self.session.path)
        if not found:
            QMessageBox.information(
                self.window,
                self.tr("Restore a backup"),
                self.tr("This library has no backups yet (one is made each day)."),
            )
            return False
        names = [backup.made.strftime("%Y-%m-%d %H:%M:%S") for backup in found]
        chosen, ok = QInputDialog.getItem(
            self.window,
            self.tr("Restore a backup"),
            self.tr("Replace the library with the backup of:"),
            names,
            0,
            False,
        )
        if not ok:
            return False
        backup = found[names.index(chosen)]
        self.session.close()
        try:
            aside = maintenance.restore(self.session.path, backup.path, held_here=True)
        except StorageError as error:
            QMessageBox.critical(self.window, self.tr("Restore a backup"), problem_text(error.problem))
            self.reopen()
            return False
        self.stack.clear()
        kept = self.tr("The library before it is kept as {0}.").format(aside.name) if aside is not None else ""
        said = self.tr("Restored the backup of {0}.").format(chosen) + " " + kept
        self.session.libraryReady.connect(
            lambda: self.window.statusBar().showMessage(said, 15000), Qt.ConnectionType.SingleShotConnection
        )
        self.reopen()
        return True

    def import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        kinds = self.tr("Pages and OCR files (*.txt *.hocr *.html *.xml *.json);;All files (*)")
        files, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import page files"), str(Path.home()), kinds
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a folder of pages"), str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def load_samples(self) -> None:
        self.import_paths([paths.seeds_dir()])

    def import_paths(self, chosen: list[Path]) -> workers.Task | None:
        """Import files and folders in a worker, with progress, a Stop button and a report at the end."""
        if self.import_task is not None:
            self.window.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return None
        task = workers.import_paths(self.session.path, chosen, self.session.editor)
        task.signals.progress.connect(self._import_progress)
        task.signals.finished.connect(self._import_finished)
        task.signals.failed.connect(self._import_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.pace = Pace()
        self.import_task = workers.start(task)
        return self.import_task

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        rate, left = self.pace.of(done, total)
        self.window.statusBar().showMessage(
            self.tr("Importing {0}/{1} ({2} files/s, {3} left): {4}").format(done, total, f"{rate:.1f}", left, name)
        )

    def _import_ended(self) -> None:
        self.import_task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.window.statusBar().clearMessage()
        if self.session.library is not None:
            self.panel.refresh()
            if self.session.page_id is None:
                first = self.panel.neighbour(None, 1)
                if first is not None:
                    self.session.open_page(first)
            elif self.session.page_id is not None:
                self.panel.select_page(self.session.page_id)

    def _changed_elsewhere(self) -> None:
        # Pages another program imported show up (an import of our own refreshes the list when it ends); the
        # status and counts another editor changed show in the list as it is read again.
        if self.import_task is None and self.session.library is not None:
            total = sum(self.panel.counts().values())
            self.panel.refresh()
            if sum(self.panel.counts().values()) != total:
                self._import_ended()
                self.session.pagesAdded.emit()

    def _import_finished(self, report: Any) -> None:
        from .dialogs import ImportReportDialog

        self._import_ended()
        self.session.pagesAdded.emit()
        if report.refused or report.cancelled:
            self.dialog = ImportReportDialog(report, self.window)
            self.dialog.open()
        else:
            self.window.statusBar().showMessage(self.tr("{0} pages imported.").format(len(report.results)), 5000)

    def _import_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..storage import StorageError

        self._import_ended()
        text = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(self.window, self.tr("Import stopped"), text)

    def export_dialog(self) -> ExportDialog:
        from .dialogs import ExportDialog

        themes = [t.name for t in self.session.library.themes()] if self.session.library else []
        target = Path(str(self.settings.value("exportTarget", str(Path.home() / "corpus.jsonl"))))
        dialog = ExportDialog(self.session.path, themes, target, self.window)
        dialog.accepted.connect(lambda: self.settings.setValue("exportTarget", dialog.target.text()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def stats_dialog(self) -> workers.Task:
        """Count the library's figures in a worker, then show them (File → Library overview…)."""
        self.window.statusBar().showMessage(self.tr("Counting…"))
        task = workers.stats(self.session.path)
        task.signals.finished.connect(self._show_stats)
        task.signals.failed.connect(self._stats_failed)
        return workers.start(task)

    def _show_stats(self, stats: Any) -> None:
        from .statsdialog import StatsDialog

        self.window.statusBar().clearMessage()
        dialog = StatsDialog(stats, self.window)
        dialog.open()
        self.dialog = dialog

    def _stats_failed(self, error: Exception) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..storage import StorageError

        self.window.statusBar().clearMessage()
        text = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(self.window, self.tr("Library overview"), text)
