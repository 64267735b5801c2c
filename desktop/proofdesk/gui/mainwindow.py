"""The main window: library | raw page | articles. It wires panels, actions and the session together and
holds no data of its own."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain.model import Change
from . import look, workers
from .actions import WindowActions
from .articleview import ArticlePanel
from .corrections import Corrections
from .findpanel import LibrarySearch
from .librarypanel import LibraryPanel
from .menus import Menus
from .models import LineModel, OutlineModel
from .pageview import PageView
from .scanpane import ScanPane
from .scanview import ScanView
from .session import Session
from .themeui import ThemeUi
from .wording import problem_text

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from .dialogs import CheckDialog, ExportDialog, ShortcutsDialog


class MainWindow(QMainWindow):
    """The review window over one session (one library file)."""

    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.stack = QUndoStack(self)
        self.library = LibraryPanel(self)
        self.lines = LineModel(self)
        self.page_view = PageView(self)
        self.page_view.setModel(self.lines)
        self.outline = OutlineModel(self)
        self.articles = ArticlePanel(self.outline, self)
        self.legend = QLabel(self._legend(), self)
        self.legend.setObjectName("legend")
        page_side = QWidget(self)
        page_layout = QVBoxLayout(page_side)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.page_view)
        page_layout.addWidget(self.legend)
        self.work = QSplitter(Qt.Orientation.Horizontal, self)
        self.work.setObjectName("workSplitter")
        self.scan_view = ScanView(self)
        self.scan_view.hide()
        self.work.addWidget(page_side)
        self.work.addWidget(self.scan_view)
        self.work.addWidget(self.articles)
        self.work.setStretchFactor(0, 3)
        self.work.setStretchFactor(1, 3)
        self.work.setStretchFactor(2, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.work)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([400, 1000])
        self.work.setSizes([640, 0, 460])
        self.banner = self._make_banner()
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self.acts = WindowActions(self, self.work, self.stack)
        self.corrections = Corrections(session, self.stack, self.page_view, self.articles)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Stop"), self)
        self.cancel_button.hide()
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.statusBar().addPermanentWidget(self.saved_label)
        self.import_task: workers.Task | None = None
        # The line each page was left on in this window, so going back to a page goes back to that line.
        self._left_at: dict[int, int] = {}
        self._shown_page: int | None = None
        self.dialog: Any = None
        self.menus = Menus(self, self.acts, self.outline, self.corrections, self.page_view, self.articles)
        self.themes = ThemeUi(self)
        self.finder = LibrarySearch(self)
        self.scan_pane = ScanPane(self, session, self.scan_view, self.work, self.acts.show_scan)
        self._connect()
        self.setAcceptDrops(True)
        self._fit_to_screen()
        self._restore()
        self._title()
        self._set_saved(True)
        if session.library is not None:
            self._library_ready()

    # -- building -----------------------------------------------------------------------------------------

    def _make_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("saveProblem")
        banner.setStyleSheet("#saveProblem { background: #fde2e1; border: 1px solid #e0a0a0; border-radius: 4px; }")
        self.banner_text = QLabel(banner)
        self.banner_text.setWordWrap(True)
        retry = QPushButton(self.tr("Retry"), banner)
        retry.clicked.connect(self.retry_saving)
        layout = QHBoxLayout(banner)
        layout.addWidget(self.banner_text, 1)
        layout.addWidget(retry)
        banner.hide()
        return banner

    def _legend(self) -> str:
        return self.tr("Marks: {0} paragraph break · {1} joined with next line · yellow: doubt · F1: all keys").format(
            look.PARAGRAPH_MARK, look.JOIN_MARK
        )

    def _connect(self) -> None:
        a, c, s = self.acts, self.corrections, self.session
        a.import_files.triggered.connect(self.import_files_dialog)
        a.import_folder.triggered.connect(self.import_folder_dialog)
        a.load_samples.triggered.connect(self.load_samples)
        a.export.triggered.connect(self.export_dialog)
        a.retry.triggered.connect(self.retry_saving)
        a.restore.triggered.connect(self.restore_backup)
        a.quit.triggered.connect(self.close)
        a.edit_text.triggered.connect(lambda: self.page_view.edit(self.page_view.currentIndex()))
        a.restore_raw.triggered.connect(c.restore_raw)
        a.split.triggered.connect(c.split)
        a.merge_previous.triggered.connect(lambda: c.merge(-1))
        a.merge_next.triggered.connect(lambda: c.merge(1))
        a.move_menu.triggered.connect(lambda: self.menus.move_targets_menu(self).exec(QCursor.pos()))
        a.move_previous.triggered.connect(lambda: c.move_lines_by(-1))
        a.move_next.triggered.connect(lambda: c.move_lines_by(1))
        a.move_new.triggered.connect(lambda: c.move_lines(None))
        a.kind_menu.triggered.connect(lambda: self.menus.kind_popup().exec(QCursor.pos()))
        for kind, action in a.kinds.items():
            action.triggered.connect(lambda _c=False, k=kind: c.set_kind(k))
        for role, action in a.roles.items():
            action.triggered.connect(lambda _c=False, r=role: c.set_role(r))
        a.toggle_break.triggered.connect(c.toggle_break)
        a.next_doubt.triggered.connect(lambda: c.doubt(1))
        a.previous_doubt.triggered.connect(lambda: c.doubt(-1))
        a.confirm_doubt.triggered.connect(c.confirm_doubt)
        a.check.triggered.connect(self.check_page)
        a.done.triggered.connect(c.mark_done)
        for status, action in a.statuses.items():
            action.triggered.connect(lambda _c=False, st=status: c.set_status(st))
        a.reparse.triggered.connect(c.reparse)
        a.next_page.triggered.connect(lambda: self._step_page(1))
        a.previous_page.triggered.connect(lambda: self._step_page(-1))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.attach_image.triggered.connect(self.scan_pane.attach_image_dialog)
        self.scan_view.lineClicked.connect(lambda n: self.page_view.select_lines([n], quiet=False))
        c.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        c.checkFailed.connect(self.show_findings)
        c.pageDone.connect(self._next_open_page)
        c.confirm_reopen = self._confirm_reopen
        c.busy.connect(lambda on: self.statusBar().showMessage(self.tr("Re-parsing…") if on else "", 0 if on else 1))
        s.libraryReady.connect(self._library_ready)
        s.pageOpened.connect(self._page_opened)
        s.layerChanged.connect(self._layer_changed)
        s.pageInfoChanged.connect(self.library.update_page)
        s.saveFailed.connect(self._save_failed)
        s.savedChanged.connect(self._set_saved)
        s.changedElsewhere.connect(self._changed_elsewhere)
        self.library.pageChosen.connect(s.open_page)
        self.library.samplesRequested.connect(self.load_samples)
        self.library.importRequested.connect(self.import_files_dialog)
        self.page_view.linesSelected.connect(self._lines_selected)
        self.lines.correctionRequested.connect(c.correct)
        self.articles.itemSelected.connect(self._item_selected)
        self.cancel_button.clicked.connect(lambda: self.import_task.cancel() if self.import_task else None)

    # -- library and pages --------------------------------------------------------------------------------

    def open_library(self) -> workers.Task:
        """Open the session's library in a worker, so the window is on screen at once."""
        self.statusBar().showMessage(self.tr("Opening the library…"))
        task = workers.open_library(self.session.path)
        task.signals.finished.connect(self.session.attach)
        task.signals.failed.connect(self._open_failed)
        return workers.start(task)

    def _open_failed(self, error: Exception) -> None:
        from ..storage import Problem, StorageError

        text = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        on_server = not isinstance(self.session.path, Path)
        if on_server and isinstance(error, StorageError) and error.problem is Problem.DAMAGED:
            text = self.tr(
                "The database is not a Proofdesk library, or another program changed it. It was not changed."
            )
        self.statusBar().showMessage(text)
        if isinstance(error, StorageError) and error.detail:
            text += f"\n({error.detail})"
        QMessageBox.critical(self, self.tr("Cannot open the library"), f"{self.session.path}\n\n{text}")

    def _library_ready(self) -> None:
        assert self.session.library is not None
        self.statusBar().clearMessage()
        self.library.set_pages(self.session.library.pages())
        self._title()
        last = self.settings.value(self._library_key("page"))
        line = self.settings.value(self._library_key("line"))
        first = self.library.neighbour(None, 1)
        wanted = int(last) if last is not None and self.library.model.row_of(int(last)) is not None else first
        if wanted is not None and wanted == (int(last) if last is not None else None) and line is not None:
            self._left_at[wanted] = int(line)
        if wanted is not None:
            self.session.open_page(wanted)

    def _step_page(self, step: int) -> None:
        target = self.library.neighbour(self.session.page_id, step)
        if target is not None:
            self.session.open_page(target)

    def _next_open_page(self) -> None:
        """After a page is done, the next page in the list that is not."""
        target = self.library.next_not_done(self.session.page_id)
        if target is not None:
            self.session.open_page(target)
        else:
            self.statusBar().showMessage(self.tr("Every page in the list is done."), 5000)

    def _confirm_reopen(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Page done"),
            self.tr("This page is marked done. Edit it and put it back in review?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _library_key(self, name: str) -> str:
        """A setting of this library: libraries at different paths keep their own last page and line."""
        where = self.session.path
        # A server's library by its URL with the password masked: no secret lands in the settings file.
        known = str(where.resolve()) if isinstance(where, Path) else str(where)
        digest = hashlib.sha1(known.encode("utf-8")).hexdigest()[:16]
        return f"library-{digest}/{name}"

    def _remember_line(self) -> None:
        line = self.page_view.current_line()
        if self._shown_page is not None and line is not None:
            self._left_at[self._shown_page] = line
            self.settings.setValue(self._library_key("line"), line)

    def _page_opened(self, page_id: int) -> None:
        if self._shown_page != page_id:
            self._remember_line()
        self._shown_page = page_id
        self.lines.set_page(self.session.page, self.session.layer)
        self.outline.set_page(self.session.page, self.session.layer)
        self.articles.fit_outline()
        self.library.select_page(page_id)
        self.settings.setValue(self._library_key("page"), page_id)
        self._title()
        self.scan_pane.page_opened()
        layer = self.session.layer
        if layer is not None and layer.lines:
            # Back at the line the editor left the page on (also after a restart), else at its first line.
            line = self._left_at.get(page_id)
            if line is None or line not in layer.lines:
                line = min(layer.lines)
                self.page_view.scrollToTop()
            self.page_view.select_lines([line])
            self.scan_view.select_lines([line])
            self.articles.select_item(layer.item_of(line))
            self.settings.setValue(self._library_key("line"), line)

    def _layer_changed(self, page_id: int, change: Change) -> None:
        if page_id != self.session.page_id or self.session.layer is None:
            return
        self.lines.set_layer(self.session.layer, change)
        self.outline.set_page(self.session.page, self.session.layer)
        self.scan_view.set_layer(self.session.layer)
        self._lines_selected(self.page_view.selected_lines())

    def _lines_selected(self, lines: list[int]) -> None:
        self.scan_view.select_lines(lines)
        self._remember_line()
        if lines and self.session.layer is not None:
            self.articles.select_item(self.session.layer.item_of(lines[0]))

    def _item_selected(self, key: int) -> None:
        if self.session.layer is not None:
            lines = self.session.layer.item_lines(key)
            self.page_view.select_lines(lines)
            self.scan_view.select_lines(lines)

    def _title(self) -> None:
        page = f" — {self.session.page.name}" if self.session.page is not None else ""
        name = self.tr("Proofdesk")  # 校对台 in Chinese
        self.setWindowTitle(f"{name}{page} — {self.session.path}")

    # -- saving -------------------------------------------------------------------------------------------

    def _set_saved(self, saved: bool) -> None:
        self.saved_label.setText(self.tr("All edits saved") if saved else self.tr("Edits not saved yet"))
        self.saved_label.setStyleSheet("" if saved else "color: #b3261e; font-weight: bold")
        if saved:
            self.banner.hide()

    def _save_failed(self, problem: Any) -> None:
        self.banner_text.setText(
            self.tr(
                "Your last edits could not be written to the library: {0} They are kept in this window and "
                "will be written with your next edit, or when you press Retry (Ctrl+S)."
            ).format(problem_text(problem))
        )
        self.banner.show()

    def retry_saving(self) -> bool:
        saved = self.session.retry()
        self.statusBar().showMessage(self.tr("All edits saved") if saved else self.tr("Still cannot write"), 4000)
        return saved

    def restore_backup(self) -> bool:
        """Replace the library with one of its verified backups, chosen from a list, newest first. The
        current library is kept aside (never deleted); the undo history ends there. True when restored."""
        from ..storage import StorageError, maintenance

        if self.session.unsaved:
            QMessageBox.warning(
                self, self.tr("Restore a backup"), self.tr("Some edits are not saved yet: retry saving first.")
            )
            return False
        if not isinstance(self.session.path, Path):
            QMessageBox.information(
                self,
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
                self, self.tr("Restore a backup"), self.tr("This library has no backups yet (one is made each day).")
            )
            return False
        names = [backup.made.strftime("%Y-%m-%d %H:%M:%S") for backup in found]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Restore a backup"), self.tr("Replace the library with the backup of:"), names, 0, False
        )
        if not ok:
            return False
        backup = found[names.index(chosen)]
        self.session.close()
        try:
            aside = maintenance.restore(Path(self.session.path), backup.path, held_here=True)
        except StorageError as error:
            QMessageBox.critical(self, self.tr("Restore a backup"), problem_text(error.problem))
            self.open_library()
            return False
        self.stack.clear()
        kept = self.tr("The library before it is kept as {0}.").format(aside.name) if aside is not None else ""
        said = self.tr("Restored the backup of {0}.").format(chosen) + " " + kept
        self.session.libraryReady.connect(
            lambda: self.statusBar().showMessage(said, 15000), Qt.ConnectionType.SingleShotConnection
        )
        self.open_library()
        return True

    # -- check before done --------------------------------------------------------------------------------

    def check_page(self) -> None:
        findings = self.corrections.findings()
        if findings:
            self.show_findings(findings)
        else:
            self.statusBar().showMessage(self.tr("Nothing looks wrong on this page."), 5000)

    def show_findings(self, findings: list[Finding]) -> CheckDialog:
        from .dialogs import CheckDialog

        dialog = CheckDialog(findings, self)
        dialog.goTo.connect(self.go_to_finding)
        dialog.accepted.connect(self.corrections.mark_done_anyway)
        dialog.open()
        self.dialog = dialog
        return dialog

    def go_to_finding(self, finding: Finding) -> None:
        self.page_view.select_lines(list(finding.lines[:1] if finding.item is None else finding.lines), quiet=False)
        self.page_view.setFocus()

    # -- import and export --------------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        kinds = self.tr("Pages and OCR files (*.txt *.hocr *.html *.xml *.json);;All files (*)")
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import page files"), str(Path.home()), kinds)
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of pages"), str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def load_samples(self) -> None:
        self.import_paths([paths.seeds_dir()])

    def import_paths(self, chosen: list[Path]) -> workers.Task | None:
        """Import files and folders in a worker, with progress, a Stop button and a report at the end."""
        if self.import_task is not None:
            self.statusBar().showMessage(self.tr("An import is already running."), 4000)
            return None
        task = workers.import_paths(self.session.path, chosen)
        task.signals.progress.connect(self._import_progress)
        task.signals.finished.connect(self._import_finished)
        task.signals.failed.connect(self._import_failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.import_task = workers.start(task)
        return self.import_task

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.statusBar().showMessage(self.tr("Importing {0}/{1}: {2}").format(done, total, name))

    def _import_ended(self) -> None:
        self.import_task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.statusBar().clearMessage()
        if self.session.library is not None:
            self.library.set_pages(self.session.library.pages())
            if self.session.page_id is None:
                first = self.library.neighbour(None, 1)
                if first is not None:
                    self.session.open_page(first)
            elif self.session.page_id is not None:
                self.library.select_page(self.session.page_id)

    def _changed_elsewhere(self) -> None:
        # Pages another program imported show up; an import of our own refreshes the list when it ends.
        if self.import_task is None and self.session.library is not None:
            infos = self.session.library.pages()
            if [i.id for i in infos] != [i.id for i in self.library.model.infos()]:
                self._import_ended()
                self.session.pagesAdded.emit()

    def _import_finished(self, report: Any) -> None:
        from .dialogs import ImportReportDialog

        self._import_ended()
        self.session.pagesAdded.emit()
        if report.refused or report.cancelled:
            self.dialog = ImportReportDialog(report, self)
            self.dialog.open()
        else:
            self.statusBar().showMessage(self.tr("{0} pages imported.").format(len(report.results)), 5000)

    def _import_failed(self, error: Exception) -> None:
        from ..storage import StorageError

        self._import_ended()
        text = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        QMessageBox.warning(self, self.tr("Import stopped"), text)

    def export_dialog(self) -> ExportDialog:
        from .dialogs import ExportDialog

        themes = [t.name for t in self.session.library.themes()] if self.session.library else []
        target = Path(str(self.settings.value("exportTarget", str(Path.home() / "corpus.jsonl"))))
        dialog = ExportDialog(self.session.path, themes, target, self)
        dialog.accepted.connect(lambda: self.settings.setValue("exportTarget", dialog.target.text()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        from .dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self.acts.all, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.import_paths([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # -- window state -------------------------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """First start: 1400×860, or most of a smaller screen (a remembered layout replaces it)."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.92 if screen is not None else QSize(1400, 860)
        self.resize(min(1400, room.width()), min(860, room.height()))

    def _restore(self) -> None:
        for key, restore in (
            ("geometry", self.restoreGeometry),
            ("windowState", self.restoreState),
            ("mainSplitter", self.splitter.restoreState),
            ("workSplitterWithScan", self.work.restoreState),
            ("articleSplitter", self.articles.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sizes are known once the window is on screen: make room for the page's items then.
        QTimer.singleShot(0, self.articles, self.articles.fit_outline)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.unsaved and not self.session.retry():
            answer = QMessageBox.warning(
                self,
                self.tr("Edits not saved"),
                self.tr(
                    "Some edits could not be written to the library. If you close now they are lost. Close anyway?"
                ),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        if self.import_task is not None:
            self.import_task.cancel()
            self.import_task.done.wait(10)
        self.scan_view.shutdown()
        self.themes.shutdown()
        self._remember_line()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("windowState", self.saveState())
        self.settings.setValue("mainSplitter", self.splitter.saveState())
        self.settings.setValue("workSplitterWithScan", self.work.saveState())
        self.settings.setValue("articleSplitter", self.articles.splitter.saveState())
        self.settings.sync()
        event.accept()
