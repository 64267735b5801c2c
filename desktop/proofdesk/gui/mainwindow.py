"""The main window: library | raw page | articles. It wires panels, actions and the session together and
holds no data of its own."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCryptographicHash, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QCursor,
    QDragEnterEvent,
    QDropEvent,
    QPaintEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Change, Layer, Page
from . import look, workers
from .actions import WindowActions
from .articleview import ArticlePanel
from .corrections import Corrections
from .finder import LibrarySearch
from .librarypanel import LibraryPanel
from .librarytasks import LibraryTasks
from .menus import Menus
from .models import LineModel, OutlineModel
from .pageview import PageView
from .savebanner import FontBanner, SaveBanner, chinese_font_installed
from .scanpane import ScanPane
from .scanview import ScanView
from .session import Session
from .tagging import install as install_tagging
from .teamwork import Teamwork
from .windowlayout import WindowLayout
from .wording import problem_text

if TYPE_CHECKING:
    from ..domain.checks import Finding
    from .dialogs import CheckDialog, ShortcutsDialog
    from .historydialog import HistoryDialog


class MainWindow(QMainWindow):
    """The review window over one session (one library file).

    Signals:
        pageShown(int): the page with this id is on screen (also the glance at a file's page, shown
            read-only before the library is open).
    """

    pageShown = Signal(int)

    def __init__(self, session: Session, settings: QSettings) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self.settings = settings
        self.stack = QUndoStack(self)
        self.library_panel = LibraryPanel(self)
        self.lines = LineModel(self)
        self.page_view = PageView(self)
        self.page_view.setModel(self.lines)
        self.outline_model = OutlineModel(self)
        self.articles = ArticlePanel(self.outline_model, self)
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
        self.splitter.addWidget(self.library_panel)
        self.splitter.addWidget(self.work)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([400, 1000])
        self.work.setSizes([640, 0, 460])
        self.banner = SaveBanner(self)
        self.banner.retryRequested.connect(self.retry_saving)
        self.team = Teamwork(self, session, self.stack, self.library_panel, self.banner)
        self.team.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        central = QWidget(self)
        central_layout = self._bars = QVBoxLayout(central)  # the bars over the panes, then the panes
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.team.claim_banner)
        central_layout.addWidget(self.splitter, 1)  # the panes take the room; the red bar is as tall as its text
        self.setCentralWidget(central)

        self.acts = WindowActions(self, self.work, self.stack)
        self.corrections = Corrections(session, self.stack, self.page_view, self.articles)
        self.tasks = LibraryTasks(self, session, self.stack, settings, self.library_panel, self.open_library)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        # The line each page was left on in this window, so going back to a page goes back to that line.
        self._left_at: dict[int, int] = {}
        self._shown_page: int | None = None
        self._painted = False
        self._open_when_painted = False
        self._glanced = False  # a page is shown from the file until the library is open (`glance_at_page`)
        # The page and line the editor is at, by settings key: written to the settings once switching pages
        # stops for a moment (each write of the settings is a file written and synced) and at close.
        self._place: dict[str, int] = {}
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(WindowLayout.SAVE_MS)
        self._place_timer.timeout.connect(self._write_place)
        self.dialog: Any = None
        self.menus = Menus(self, self.acts, self.outline_model, self.corrections, self.page_view, self.articles)
        self.themes = install_tagging(self, session, self.stack, self.articles, self.library_panel, self.work)
        self.acts.all.extend(self.themes.key_actions)
        self.finder = LibrarySearch(
            self, session, self.stack, self.page_view, self.acts.find_in_library, self.acts.find_in_page
        )
        self.scan_pane = ScanPane(self, session, self.scan_view, self.work, self.acts.show_scan)
        self._connect()
        self.setAcceptDrops(True)
        splitters = {"mainSplitter": self.splitter, "workSplitterWithScan": self.work}
        self.layout_state = WindowLayout(self, settings, splitters | {"articleSplitter": self.articles.splitter})
        self.layout_state.restore()
        self._title()
        self._set_saved(True)
        # The editor's keys go to the raw page from the start, not to the first field of the library panel
        # (where arrow keys would change the status filter).
        self.page_view.setFocus()
        if session.library is not None:
            self._library_ready()

    # -- building -----------------------------------------------------------------------------------------

    def _legend(self) -> str:
        return self.tr("Marks: {0} paragraph break · {1} joined with next line · yellow: doubt · F1: all keys").format(
            look.PARAGRAPH_MARK, look.JOIN_MARK
        )

    def _connect(self) -> None:
        a, c, s = self.acts, self.corrections, self.session
        t = self.tasks
        a.import_files.triggered.connect(t.import_files_dialog)
        a.import_folder.triggered.connect(t.import_folder_dialog)
        a.load_samples.triggered.connect(t.load_samples)
        a.export.triggered.connect(t.export_dialog)
        a.overview.triggered.connect(t.stats_dialog)
        a.retry.triggered.connect(self.retry_saving)
        a.restore.triggered.connect(t.restore_backup)
        a.editor_name.triggered.connect(t.editor_name_dialog)
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
        a.join_word.triggered.connect(c.join_word)
        a.cut_line.triggered.connect(lambda: c.cut_line_dialog(self))
        a.add_before.triggered.connect(lambda: c.add_line_dialog(self, after=False))
        a.add_after.triggered.connect(lambda: c.add_line_dialog(self, after=True))
        a.remove_piece.triggered.connect(c.remove_piece)
        a.next_doubt.triggered.connect(lambda: c.doubt(1))
        a.previous_doubt.triggered.connect(lambda: c.doubt(-1))
        a.confirm_doubt.triggered.connect(c.confirm_doubt)
        a.check.triggered.connect(self.check_page)
        a.done.triggered.connect(c.mark_done)
        for status, action in a.statuses.items():
            action.triggered.connect(lambda _c=False, st=status: c.set_status(st))
        a.reparse.triggered.connect(c.reparse)
        a.history.triggered.connect(self.show_history)
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
        s.pageInfoChanged.connect(self.library_panel.update_page)
        s.saveFailed.connect(self.banner.show_problem)
        s.savedChanged.connect(self._set_saved)
        self.library_panel.pageChosen.connect(s.open_page)
        self.page_view.linesSelected.connect(self._lines_selected)
        self.lines.correctionRequested.connect(c.correct)
        self.articles.itemSelected.connect(self._item_selected)

    # -- library and pages --------------------------------------------------------------------------------

    @property
    def shown_page(self) -> int | None:
        """The page on screen (a glance at it before the library is open included)."""
        return self._shown_page

    def glance_at_page(self) -> bool:
        """Show the page the editor left in this library file (on a first start, the first page of the list),
        read without opening the library, until the library is open (read-only meanwhile: no page is open in
        the session, so no edit applies). True when a page is shown."""
        from ..storage.glance import glance, glance_first

        if not isinstance(self.session.path, Path):
            return False
        # The window's size settled first: a window shown narrower than its panes need (a small screen) is widened
        # only once Qt handles the layout requests it queued, and the page's lines would be measured twice.
        if (layout := self.layout()) is not None:
            layout.activate()
        last, line = self._last_place()
        seen = None if last is None else glance(self.session.path, last)
        if last is not None and seen is not None:
            if line is not None:
                self._left_at[last] = line
            self._show_page(last, *seen)
        elif (first := glance_first(self.session.path)) is not None:
            self._show_page(*first)
        else:
            return False
        self._glanced = True
        return True

    def _last_place(self) -> tuple[int | None, int | None]:
        """The page and line the editor was on in this library (in an earlier session, or until now)."""
        self._write_place()
        page, line = (self.settings.value(self._library_key(name)) for name in ("page", "line"))
        return (None if page is None else int(page)), (None if line is None else int(line))

    def open_library(self) -> workers.Task:
        """Open the session's library in a worker, so the window is on screen at once."""
        self.statusBar().showMessage(self.tr("Opening the library…"))
        task = workers.open_library(self.session.path, self.session.editor)
        task.signals.finished.connect(self.session.attach)
        task.signals.failed.connect(self._open_failed)
        workers.start(task)
        if self._glanced:  # the file is a library of the latest schema: the suggester may read it meanwhile
            self.themes.suggestions.start_ahead()
        return task

    def open_library_when_painted(self, latest_ms: int = 1000) -> None:
        """Open the session's library in a worker once the window's first frame is painted (or after
        `latest_ms`, should it not be painted by then): the worker's imports of the database layer would slow
        the painting of the page on screen."""
        self.statusBar().showMessage(self.tr("Opening the library…"))
        self._open_when_painted = True
        QTimer.singleShot(latest_ms, self, self._open_library_if_waiting)

    def _open_library_if_waiting(self) -> None:
        if self._open_when_painted:
            self._open_when_painted = False
            self.open_library()

    def _open_failed(self, error: Exception) -> None:
        # The message box's class is imported where one opens: PySide makes the enums of a class the first time it
        # is touched, and none opens before the first page is painted.
        from PySide6.QtWidgets import QMessageBox

        from ..storage import Problem, StorageError

        text = problem_text(error.problem) if isinstance(error, StorageError) else str(error)
        self._show_page(None, None, None)  # a glance at a page is not the library
        self.themes.suggestions.stop()
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
        self.library_panel.set_library(self.session.library)
        self._title()
        last, line = self._last_place()
        first = self.library_panel.neighbour(None, 1)
        wanted = last if last is not None and self.library_panel.model.row_of(last) is not None else first
        if wanted is not None and wanted == last and line is not None:
            self._left_at[wanted] = line
        if wanted is not None:
            self.session.open_page(wanted)

    def _step_page(self, step: int) -> None:
        target = self.library_panel.neighbour(self.session.page_id, step)
        if target is not None:
            self.session.open_page(target)

    def _next_open_page(self) -> None:
        """After a page is done, the next page in the list that is not."""
        target = self.library_panel.next_not_done(self.session.page_id)
        if target is not None:
            self.session.open_page(target)
        else:
            self.statusBar().showMessage(self.tr("Every page in the list is done."), 5000)

    def _confirm_reopen(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

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
        # Qt's SHA-1 rather than hashlib's, which loads OpenSSL (some 3 ms before the first page).
        sha1 = QCryptographicHash.hash(known.encode("utf-8"), QCryptographicHash.Algorithm.Sha1)
        digest = bytes(sha1.toHex().data()).decode("ascii")[:16]
        return f"library-{digest}/{name}"

    def _remember_line(self) -> None:
        line = self.page_view.current_line()
        if self._shown_page is not None and line is not None:
            self._left_at[self._shown_page] = line
            self._keep_place("line", line)

    def _keep_place(self, name: str, value: int) -> None:
        self._place[self._library_key(name)] = value
        self._place_timer.start()

    def _write_place(self) -> None:
        self._place_timer.stop()
        for key, value in self._place.items():
            self.settings.setValue(key, value)
        self._place.clear()

    def _page_opened(self, page_id: int) -> None:
        self.library_panel.select_page(page_id)
        self._keep_place("page", page_id)
        self._title()
        self.scan_pane.page_opened()
        self._show_page(page_id, self.session.page, self.session.layer)

    def _show_page(self, page_id: int | None, page: Page | None, layer: Layer | None) -> None:
        """Put the page on the page side and its items on the article side, at the line the editor left it
        on (also after a restart), else at its first line."""
        if self._shown_page != page_id:
            self._remember_line()
        self._shown_page = page_id
        line: int | None = None
        left: int | None = None
        if page_id is not None and layer is not None and layer.lines:
            left = self._left_at.get(page_id)
            line = left if left is not None and left in layer.lines else layer.order[0]
        self.lines.set_page(page, layer)
        # The outline read again selects the item of the line selected below: its text is laid out once, not
        # first for the item of the same key on the page before.
        self.articles.set_page(page, layer, None if line is None or layer is None else layer.item_of(line))
        self.articles.fit_outline()
        if line is not None:
            if line != left:
                self.page_view.scrollToTop()
            self.page_view.select_lines([line])
            self.scan_view.select_lines([line])
            self._keep_place("line", line)
        if page_id is not None:
            self.pageShown.emit(page_id)

    def _layer_changed(self, page_id: int, change: Change) -> None:
        if page_id != self.session.page_id or self.session.layer is None:
            return
        self.lines.set_layer(self.session.layer, change)
        self.outline_model.set_page(self.session.page, self.session.layer)
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
        self.saved_label.setStyleSheet("" if saved else look.UNSAVED_STYLE)
        if saved:
            self.banner.hide()

    def retry_saving(self) -> bool:
        saved = self.session.retry()
        self.statusBar().showMessage(self.tr("All edits saved") if saved else self.tr("Still cannot write"), 4000)
        return saved

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

    # -- dialogs ------------------------------------------------------------------------------------------

    def show_history(self) -> HistoryDialog | None:
        dialog = self.corrections.history(self)
        if dialog is not None:
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
        self.tasks.import_paths([Path(u.toLocalFile()) for u in event.mimeData().urls()])
        event.acceptProposedAction()

    # -- window state -------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted or self._open_when_painted:
            QTimer.singleShot(0, self, self._frame_painted)  # once the rest of the frame is painted

    def _frame_painted(self) -> None:
        """What waits for the window's first frame: the filter that keeps keys in popups, the word that no Chinese
        font is installed, the library."""
        if not self._painted:
            self._painted = True
            self.acts.watch_popups()
            if not chinese_font_installed():
                # (made only then: the first frame is painted without it)
                self._bars.insertWidget(0, FontBanner(self))
        self._open_library_if_waiting()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Sizes are known once the window is on screen: make room for the page's items then.
        QTimer.singleShot(0, self.articles, self.articles.fit_outline)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.unsaved and not self.session.retry():
            from PySide6.QtWidgets import QMessageBox

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
        self.tasks.shutdown()
        self.scan_view.shutdown()
        self.themes.shutdown()
        self._remember_line()
        self._write_place()
        self.layout_state.save()
        event.accept()
