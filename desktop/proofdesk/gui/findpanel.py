"""Find in library (Ctrl+Shift+F): every line of the library that holds a text, with its page and line, the
match emphasised; Enter or a double click opens the page at the line; Replace all corrects the text on every
line that shows it, as one undo step (`commands.ReplaceAll`)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..domain import ops
from ..domain.model import Status
from . import look
from .commands import ReplaceAll
from .wording import edit_problem_text, problem_text, status_name

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from ..replacing import PageReplacement
    from ..storage import Hit
    from .pageview import PageView
    from .session import Session

Index = QModelIndex | QPersistentModelIndex
LIMIT = 1000
"""Hits listed at most; Replace all changes every line of the library all the same."""
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE, LINE, TEXT = range(3)
_MARK = f'<span style="background-color:{look.FOUND_BACKGROUND.name()};color:black;font-weight:bold">{{0}}</span>'


def emphasised(text: str, query: str) -> str:
    """`text` as HTML with every occurrence of `query` marked."""
    if not query:
        return html.escape(text)
    return _MARK.format(html.escape(query)).join(html.escape(part) for part in text.split(query))


class HitModel(QAbstractTableModel):
    """The hits of the last search: page, line, text (with the raw text after it when only the raw text of
    a corrected line holds the query)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.query = ""

    def set_hits(self, hits: list[Hit], query: str) -> None:
        self.beginResetModel()
        self.hits, self.query = hits, query
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def text_of(self, hit: Hit) -> str:
        if self.query in hit.text or not hit.corrected:
            return hit.text
        return self.tr("{0}    (raw text: {1})").format(hit.text, hit.raw)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.DisplayRole:
            return (hit.page, hit.where, self.text_of(hit))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and hit.corrected:
            return self.tr("Raw text: {0}").format(hit.raw)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Page"), self.tr("Line"), self.tr("Text"))[section]
        return None


class EmphasisDelegate(QStyledItemDelegate):
    """Draws a hit's text with the query marked."""

    def __init__(self, model: HitModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        document = QTextDocument()
        document.setDocumentMargin(1)
        document.setDefaultFont(opt.font)
        document.setHtml(f'<span style="color:{colour.name()}">{emphasised(text, self.model.query)}</span>')
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.translate(box.left(), box.top() + max(0.0, (box.height() - document.size().height()) / 2))
        painter.setClipRect(box.translated(-box.topLeft()))
        document.drawContents(painter)
        painter.restore()


class FindDialog(QDialog):
    """Find in library: a query, a status filter, the hits, and Replace all.

    Signals:
        hitChosen(int, int): the editor chose the hit on this page id at this line.
        message(str): a short note for the window's status bar.
    """

    hitChosen = Signal(int, int)
    message = Signal(str)

    def __init__(self, session: Session, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.setWindowTitle(self.tr("Find in library"))
        self.session = session
        self.stack = stack
        self.query = QLineEdit(self)
        self.query.setObjectName("findQuery")
        self.query.setPlaceholderText(self.tr("Text to find (raw or corrected)"))
        self.query.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All pages"), None)
        for status in Status:
            self.status.addItem(status_name(status), status)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAutoDefault(False)
        self.model = HitModel(self)
        self.results = QTableView(self)
        self.results.setObjectName("findResults")
        self.results.setModel(self.model)
        self.results.setItemDelegateForColumn(TEXT, EmphasisDelegate(self.model, self.results))
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.results.setWordWrap(False)
        self.count = QLabel(self)
        self.replacement = QLineEdit(self)
        self.replacement.setObjectName("replaceWith")
        self.replacement.setPlaceholderText(self.tr("Replace with"))
        self.replace_button = QPushButton(self.tr("&Replace all"), self)
        self.replace_button.setAutoDefault(False)
        self.replace_button.setToolTip(
            self.tr("Correct every line of the library that shows the text; the raw pages are kept. One undo step.")
        )
        layout = QGridLayout(self)
        layout.addWidget(self.query, 0, 0)
        layout.addWidget(self.status, 0, 1)
        layout.addWidget(self.find_button, 0, 2)
        layout.addWidget(self.results, 1, 0, 1, 3)
        layout.addWidget(self.count, 2, 0, 1, 3)
        layout.addWidget(self.replacement, 3, 0, 1, 2)
        layout.addWidget(self.replace_button, 3, 2)
        self.resize(760, 480)
        # Asked before Replace all changes anything: (lines, pages, pages done) → go ahead?
        self.confirm: Callable[[int, int, int], bool] = self._confirm
        self.query.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.status.currentIndexChanged.connect(lambda _row: self.search() if self.query.text() else None)
        self.results.activated.connect(self._chosen)
        self.replace_button.clicked.connect(self.replace_all)

    def _status(self) -> Status | None:
        value = self.status.currentData()
        return value if isinstance(value, Status) else None

    def search(self) -> list[Hit]:
        """Search the library for the query; the hits are listed (at most `LIMIT`)."""
        from ..storage import StorageError

        query = self.query.text()
        library = self.session.library
        if not query or library is None:
            self.model.set_hits([], query)
            self.count.setText("")
            return []
        try:
            hits = library.search(query, self._status(), LIMIT + 1)
        except StorageError as error:
            self.count.setText(problem_text(error.problem))
            return []
        shown = hits[:LIMIT]
        self.model.set_hits(shown, query)
        pages = len({h.page_id for h in shown})
        if len(hits) > LIMIT:
            self.count.setText(self.tr("More than {0} lines; the first {0} are listed.").format(LIMIT))
        elif hits:
            self.count.setText(self.tr("{0} lines on {1} pages").format(len(hits), pages))
        else:
            self.count.setText(self.tr("No line holds this text."))
        if shown:
            self.results.selectRow(0)
        self.results.resizeColumnToContents(PAGE)
        self.results.resizeColumnToContents(LINE)
        return shown

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hitChosen.emit(hit.page_id, hit.line)

    def plan(self, old: str, new: str) -> tuple[list[PageReplacement], int]:
        """Each page's edit for replacing `old` by `new`, from the layers the editor sees, and how many pages
        were left out because other editors have them open."""
        from .. import replacing

        library = self.session.library
        assert library is not None
        planned = []
        held = {page_id for page_id, claim in library.claims().items() if not claim.mine}
        holding = replacing.page_ids_holding(library, old, self._status())
        shown = self.session.layers_of([p for p in holding if p not in held])
        for page_id, (page, layer) in shown.items():
            found = replacing.replacement(page_id, page, layer, old, new)
            if found is not None:
                planned.append(found)
        return planned, len(held.intersection(holding))

    def replace_all(self) -> bool:
        """Replace the query by the replacement text on every line that shows it (of the pages with the
        chosen status), after the editor confirms; one undo step. True when something was replaced."""
        from ..storage import StorageError

        old, new = self.query.text(), self.replacement.text()
        try:
            ops.check_replacement(old, new)
        except ops.EditError as error:
            self.message.emit(edit_problem_text(error))
            return False
        if self.session.library is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            planned, held = self.plan(old, new)
        except StorageError as error:
            self.message.emit(problem_text(error.problem))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        lines = sum(len(p.lines) for p in planned)
        left_out = self.tr(" {0} pages other editors have open were left as they are.").format(held) if held else ""
        if not planned:
            self.message.emit(self.tr("No line shows this text; nothing was replaced.") + left_out)
            return False
        done = sum(1 for p in planned if p.before.status is Status.DONE)
        if not self.confirm(lines, len(planned), done):
            return False
        self.stack.push(ReplaceAll(self.session, planned, old, new))
        self.message.emit(
            self.tr("Replaced on {0} lines of {1} pages. Undo (Ctrl+Z) takes it all back.").format(lines, len(planned))
            + left_out
        )
        self.search()
        return True

    def _confirm(self, lines: int, pages: int, done: int) -> bool:
        text = self.tr("Replace “{0}” with “{1}” on {2} lines of {3} pages? The raw pages are kept.").format(
            self.query.text(), self.replacement.text(), lines, pages
        )
        if done:
            text += "\n\n" + self.tr("{0} of these pages are done; they go back to review.").format(done)
        answer = QMessageBox.question(
            self,
            self.tr("Replace all"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class LibrarySearch(QObject):
    """Find in library wired into the main window: Edit → Find in library… (Ctrl+Shift+F)."""

    def __init__(
        self, window: QMainWindow, session: Session, stack: QUndoStack, page_view: PageView, find: QAction
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.stack = stack
        self.page_view = page_view
        self.dialog: FindDialog | None = None
        find.triggered.connect(self.open)

    def open(self) -> FindDialog:
        """Show the dialog (made on first use) with the query selected, ready to type over."""
        if self.dialog is None:
            self.dialog = FindDialog(self.session, self.stack, self.window)
            self.dialog.hitChosen.connect(self.open_hit)
            self.dialog.message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        if self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.show()
        self.dialog.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.dialog.query.selectAll()
        return self.dialog

    def open_hit(self, page_id: int, line: int) -> None:
        """Open the page (when it is not open) and select the line."""
        session = self.session
        if page_id != session.page_id:
            session.open_page(page_id)
        if session.page_id == page_id:
            self.page_view.select_lines([line], quiet=False)
