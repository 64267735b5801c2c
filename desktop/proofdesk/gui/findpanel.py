"""Find in library (Ctrl+Shift+F): every line of the library that holds a text, with its page and line, the
match emphasised; Enter or a double click opens the page at the line; Replace all corrects the text on every
line that shows it, as one undo step (`commands.ReplaceAll`)."""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import paths
from ..domain import ops
from ..domain.model import Role, Status, line_label
from ..text.matching import Mode, Pattern, PatternError
from ..text.words import load_jieba
from . import look
from .commands import ReplaceAll
from .wording import edit_problem_text, pattern_problem_text, problem_text, role_name, status_name

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack

    from ..replacing import PageReplacement
    from ..storage import Hit
    from .session import Session

Index = QModelIndex | QPersistentModelIndex
LIMIT = 1000
"""Hits listed at most; Replace all changes every line of the library all the same."""
STRETCH_SECONDS = 0.1
"""How long a search that reads page by page goes on before the window takes the editor's keys and clicks
again (then it goes on from the page where it stopped)."""
PLAN_PAGES = 100
"""Pages Replace all reads from the library at a time while it plans, its progress shown between them."""
PROGRESS_AFTER_MS = 400
"""How long Replace all plans before its progress is shown (a short plan shows none)."""
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE, LINE, TEXT = range(3)
THIS_PAGE = "this page"
"""The pages filter's choice of the open page alone (Find in page, Ctrl+F)."""
_MARK = f'<span style="background-color:{look.FOUND_BACKGROUND.name()};color:black;font-weight:bold">{{0}}</span>'


class Progress(Protocol):
    """How planning Replace all tells how far it has gone (pages searched of the library's pages to search, or
    pages found read of those found), and is told whether to go on."""

    def __call__(self, done: int, total: int, searching: bool = False) -> bool: ...


def emphasised(text: str, find: Pattern | None) -> str:
    """`text` as HTML with every match of `find` marked."""
    if find is None:
        return html.escape(text)
    out, at = [], 0
    for start, end in find.spans(text):
        out += [html.escape(text[at:start]), _MARK.format(html.escape(text[start:end]))]
        at = end
    return "".join([*out, html.escape(text[at:])])


class HitModel(QAbstractTableModel):
    """The hits of the last search: page, line, text (with the raw text after it when only the raw text of
    a corrected line holds the query)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.find: Pattern | None = None

    def set_hits(self, hits: list[Hit], find: Pattern | None) -> None:
        self.beginResetModel()
        self.hits, self.find = hits, find
        self.endResetModel()

    def add_hits(self, hits: list[Hit]) -> None:
        """List `hits` after those listed (the next stretch of a search)."""
        if hits:
            self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(hits) - 1)
            self.hits += hits
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def text_of(self, hit: Hit) -> str:
        if self.find is None or self.find.holds(hit.text) or not hit.corrected:
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
        document.setHtml(f'<span style="color:{colour.name()}">{emphasised(text, self.model.find)}</span>')
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        painter.save()
        painter.translate(box.left(), box.top() + max(0.0, (box.height() - document.size().height()) / 2))
        painter.setClipRect(box.translated(-box.topLeft()))
        document.drawContents(painter)
        painter.restore()


@dataclass
class _Search:
    """A search going on: what it looks for, where, the lines found so far and the last page it read."""

    find: Pattern
    status: Status | None
    scope: dict[str, Any]
    hits: list[Hit] = field(default_factory=list)
    after: str | None = None


class FindDialog(QDialog):
    """Find in library: what to find and how (text, whole word, regular expression; widths and case as one),
    which lines (pages of a status or the open page, a theme, a role, corrected or not), the hits, and
    Replace all with a preview of every line it changes.

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
        self.status.setToolTip(self.tr("Which pages to search"))
        self.status.addItem(self.tr("All pages"), None)
        self.status.addItem(self.tr("This page"), THIS_PAGE)
        for status in Status:
            self.status.addItem(status_name(status), status)
        self.find_button = QPushButton(self.tr("&Find"), self)
        self.find_button.setAutoDefault(False)
        self.stop_button = QPushButton(self.tr("S&top"), self)
        self.stop_button.setAutoDefault(False)
        self.stop_button.setToolTip(self.tr("Stop searching; the lines found so far stay listed"))
        self.stop_button.hide()
        self._search: _Search | None = None
        self.mode = QComboBox(self)
        self.mode.setObjectName("findMode")
        for mode, name in (
            (Mode.TEXT, self.tr("Text")),
            (Mode.WORD, self.tr("Whole word")),
            (Mode.REGEX, self.tr("Regular expression")),
        ):
            self.mode.addItem(name, mode)
        self.folded = QCheckBox(self.tr("Width, case and script as one"), self)
        self.folded.setToolTip(
            self.tr(
                "Full-width and half-width forms, capitals and small letters, traditional and simplified"
                " characters are not told apart"
            )
        )
        self.role = QComboBox(self)
        self.role.addItem(self.tr("Any role"), None)
        for role in Role:
            self.role.addItem(role_name(role), role)
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Any theme"), None)
        self.corrected = QComboBox(self)
        self.corrected.addItem(self.tr("Corrected or not"), None)
        self.corrected.addItem(self.tr("Corrected lines"), True)
        self.corrected.addItem(self.tr("Lines not corrected"), False)
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
        self.replace_button = QPushButton(self.tr("&Replace all…"), self)
        self.replace_button.setAutoDefault(False)
        self.replace_button.setToolTip(
            self.tr("Correct every line found, after a preview of each; the raw pages are kept. One undo step.")
        )
        filters = QHBoxLayout()
        for widget in (self.mode, self.folded, self.role, self.theme, self.corrected):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QGridLayout(self)
        layout.addWidget(self.query, 0, 0)
        layout.addWidget(self.status, 0, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.stop_button)  # beside Find while a search goes on
        layout.addLayout(buttons, 0, 2)
        layout.addLayout(filters, 1, 0, 1, 3)
        layout.addWidget(self.results, 2, 0, 1, 3)
        layout.addWidget(self.count, 3, 0, 1, 3)
        layout.addWidget(self.replacement, 4, 0, 1, 2)
        layout.addWidget(self.replace_button, 4, 2)
        self.resize(860, 520)
        # Asked before Replace all changes anything: every planned page edit (and what it finds and puts) →
        # the edits to make (None: cancel).
        self.choose: Callable[[list[PageReplacement], Pattern, str], list[PageReplacement] | None] = self._choose
        self.query.returnPressed.connect(self.search)
        self.find_button.clicked.connect(self.search)
        self.stop_button.clicked.connect(self.stop)
        for combo in (self.status, self.mode, self.role, self.theme, self.corrected):
            combo.currentIndexChanged.connect(self._again)
        self.folded.toggled.connect(self._again)
        self.results.activated.connect(self._chosen)
        self.replace_button.clicked.connect(self.replace_all)

    def _again(self) -> None:
        if self.query.text():
            self.search()

    def show_themes(self, names: list[str]) -> None:
        """Offer these themes in the theme filter (keeping the one chosen, when it is still there)."""
        chosen = self.theme.currentData()
        self.theme.blockSignals(True)
        while self.theme.count() > 1:
            self.theme.removeItem(1)
        for name in names:
            self.theme.addItem(name, name)
        self.theme.setCurrentIndex(max(0, self.theme.findData(chosen)) if chosen is not None else 0)
        self.theme.blockSignals(False)

    def _status(self) -> Status | None:
        # A combo box gives back a StrEnum as its plain text.
        value = self.status.currentData()
        return Status(value) if value in set(Status) else None

    def _scope(self) -> dict[str, Any]:
        """The lines to look at, as `Library.search` takes them (besides the status)."""
        page_id = self.session.page_id if self.status.currentData() == THIS_PAGE else None
        if self.status.currentData() == THIS_PAGE and page_id is None:
            page_id = -1  # no page open: nothing to find
        return {
            "page_id": page_id,
            "tag": self.theme.currentData(),
            "role": Role(self.role.currentData()) if self.role.currentData() else None,
            "corrected": self.corrected.currentData(),
        }

    def pattern(self) -> Pattern:
        """What to find, as typed and chosen; raises `PatternError`."""
        find = Pattern(self.query.text(), Mode(self.mode.currentData()), self.folded.isChecked())
        if find.mode is Mode.WORD:
            load_jieba(paths.cache_dir())  # at once when the window has loaded it already, as it does at start
        return find

    def search(self) -> list[Hit]:
        """Search the library; the hits are listed (at most `LIMIT`) as they are found. A search that reads
        page by page goes on in stretches of `STRETCH_SECONDS` between the editor's keys and clicks, until it
        is done, stopped (Stop, a new search, the dialog closed) or `LIMIT` lines are found. Returns the lines
        listed when this call returns (all of them, but for a long search)."""
        self.stop()
        library = self.session.library
        if not self.query.text() or library is None:
            self.model.set_hits([], None)
            self.count.setText("")
            return []
        try:
            find = self.pattern()
        except PatternError as error:
            self.model.set_hits([], None)
            self.count.setText(pattern_problem_text(error))
            return []
        self.model.set_hits([], find)
        self._search = _Search(find, self._status(), self._scope())
        self._go_on(self._search)
        return list(self.model.hits)

    def _go_on(self, search: _Search) -> None:
        """The next stretch of `search`, when it is still the one wanted."""
        from ..storage import StorageError

        library = self.session.library
        if search is not self._search or library is None:
            return
        try:
            part = library.search_part(
                search.find,
                search.status,
                LIMIT + 1 - len(search.hits),
                **search.scope,
                after=search.after,
                seconds=STRETCH_SECONDS,
            )
        except StorageError as error:
            self._search = None
            self.stop_button.hide()
            self.count.setText(problem_text(error.problem))
            return
        search.hits += part.hits
        first = not self.model.hits
        self.model.add_hits(part.hits[: max(0, LIMIT - len(self.model.hits))])
        if first and self.model.hits:
            self.results.selectRow(0)
            self.results.resizeColumnToContents(PAGE)
            self.results.resizeColumnToContents(LINE)
        if part.stopped_after is not None and len(search.hits) <= LIMIT:
            search.after = part.stopped_after
            self.stop_button.show()
            self.count.setText(
                self.tr("Searching… {0} lines so far, up to page {1}").format(len(search.hits), part.stopped_after)
            )
            QTimer.singleShot(0, lambda: self._go_on(search))
            return
        self._search = None
        self.stop_button.hide()
        self.count.setText(self._found_text(search.hits))
        self.results.resizeColumnToContents(PAGE)
        self.results.resizeColumnToContents(LINE)

    def _found_text(self, hits: list[Hit]) -> str:
        if len(hits) > LIMIT:
            return self.tr("More than {0} lines; the first {0} are listed.").format(LIMIT)
        if hits:
            return self.tr("{0} lines on {1} pages").format(len(hits), len({h.page_id for h in hits}))
        return self.tr("No line holds this text.")

    def stop(self) -> None:
        """Stop the search going on, if any; its lines found so far stay listed."""
        search, self._search = self._search, None
        self.stop_button.hide()
        if search is not None:
            self.count.setText(
                self.tr("Stopped after page {0}: {1} lines found so far.").format(search.after, len(search.hits))
            )

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop()
        super().hideEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hitChosen.emit(hit.page_id, hit.line)

    def plan(
        self, find: Pattern, new: str, progress: Progress | None = None
    ) -> tuple[list[PageReplacement], int] | None:
        """Each page's edit for replacing `find` by `new` on the lines found, from the layers the editor sees,
        and how many pages were left out because other editors have them open. A search that reads page by page
        goes on in stretches of `STRETCH_SECONDS`, `progress(pages searched, pages to search, searching=True)`
        called after each but the last; then the pages found are read `PLAN_PAGES` at a time, `progress(pages
        read, pages found)` called before each batch and after the last. `progress` returning False stops the
        plan: then None (nothing is changed)."""
        from .. import replacing
        from ..storage import PageQuery

        library = self.session.library
        assert library is not None
        held = {page_id for page_id, claim in library.claims().items() if not claim.mine}
        status = self._status()
        pages_of = PageQuery(status=status)
        searched, of = 0, 0
        stretches = replacing.stretches(library, find, status, STRETCH_SECONDS, **self._scope())
        found, reached = next(stretches)
        while reached is not None:
            if progress is not None:
                of = of or library.count_pages(pages_of)
                reached_id = library.page_id(reached)  # None: deleted meanwhile, the count stays as it was
                if reached_id is not None:
                    searched = (library.page_position(pages_of, reached_id) or 0) + 1
                if not progress(searched, of, searching=True):
                    return None
            found, reached = next(stretches)
        pages = [p for p in found if p not in held]
        planned = []
        for start in range(0, len(pages), PLAN_PAGES):
            if progress is not None and not progress(start, len(pages)):
                return None
            for page_id, (page, layer) in self.session.layers_of(pages[start : start + PLAN_PAGES]).items():
                edit = replacing.replacement(page_id, page, layer, find, new, found[page_id])
                if edit is not None:
                    planned.append(edit)
        if progress is not None and not progress(len(pages), len(pages)):
            return None
        return planned, len(held.intersection(found))

    def _planning_progress(self) -> tuple[QProgressDialog, Progress]:
        """A window-modal progress dialog for planning Replace all (shown when it takes a moment), and the
        `progress` for `plan` that moves it and says whether to go on (not when Cancel was pressed)."""
        dialog = QProgressDialog(self)  # Qt's own Cancel button, in the application's language
        dialog.setObjectName("replaceProgress")
        dialog.setWindowTitle(self.tr("Replace all"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_AFTER_MS)
        dialog.setAutoReset(False)  # a Cancel pressed while the last batch is shown still counts
        started = time.monotonic()

        def progress(done: int, total: int, searching: bool = False) -> bool:
            if dialog.wasCanceled():
                return False
            dialog.setMaximum(total)
            if searching:
                dialog.setLabelText(self.tr("Searching the library: page {0} of {1}").format(done, total))
            else:
                dialog.setLabelText(self.tr("Reading the pages found: {0} of {1}").format(done, total))
            dialog.setValue(done)  # shown now when the plan looks long; then it takes the clicks on Cancel
            if not dialog.isVisible() and time.monotonic() - started >= PROGRESS_AFTER_MS / 1000:
                # Qt times the dialog afresh when the value goes back to 0 (the reading after the search): one wait.
                dialog.forceShow()
                QGuiApplication.processEvents()
            if dialog.isVisible():
                QGuiApplication.changeOverrideCursor(Qt.CursorShape.BusyCursor)
            return not dialog.wasCanceled()

        return dialog, progress

    def replace_all(self) -> bool:
        """Replace what is found by the replacement text on every line found (of the chosen pages and lines),
        after the editor has seen and chosen the lines; one undo step. True when something was replaced."""
        from ..storage import StorageError

        old, new = self.query.text(), self.replacement.text()
        if self.session.library is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        shown, progress = self._planning_progress()
        try:
            ops.check_replacement(old, new)
            find = self.pattern()
            plan = self.plan(find, new, progress)
        except StorageError as error:
            self.message.emit(problem_text(error.problem))
            return False
        except ops.EditError as error:
            self.message.emit(edit_problem_text(error))
            return False
        except PatternError as error:
            self.message.emit(pattern_problem_text(error))
            return False
        finally:
            shown.reset()
            shown.deleteLater()
            QGuiApplication.restoreOverrideCursor()
        if plan is None:
            self.message.emit(self.tr("Replace all was stopped; nothing was replaced."))
            return False
        planned, held = plan
        left_out = self.tr(" {0} pages other editors have open were left as they are.").format(held) if held else ""
        if not planned:
            self.message.emit(self.tr("No line shows this text; nothing was replaced.") + left_out)
            return False
        chosen = self.choose(planned, find, new)
        if not chosen:
            return False
        lines = sum(len(p.lines) for p in chosen)
        # The write has no progress bar: it is one transaction on the library's connection, which the window's
        # timers use too (the look for changes elsewhere, a search going on in stretches); processing events
        # to draw a progress bar would let them use the connection in the middle of the transaction.
        self.count.setText(self.tr("Writing {0} pages…").format(len(chosen)))
        self.repaint()  # the note drawn at once, without processing events
        self.stack.push(ReplaceAll(self.session, chosen, old, new))  # under a wait cursor (`ReplaceAll`)
        self.message.emit(
            self.tr("Replaced on {0} lines of {1} pages. Undo (Ctrl+Z) takes it all back.").format(lines, len(chosen))
            + left_out
        )
        self.search()
        return True

    def _choose(self, planned: list[PageReplacement], find: Pattern, new: str) -> list[PageReplacement] | None:
        preview = ReplacePreview(planned, find, new, self)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return None
        return preview.chosen()


class ChangeModel(QAbstractTableModel):
    """The lines a replacement changes, each with a tick: page, line, text before, text after."""

    def __init__(self, planned: list[PageReplacement], find: Pattern, new: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.find, self.new = find, new
        self.rows = [(edit, n, before, after) for edit in planned for n, before, after in edit.lines]
        self.ticked = [True] * len(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        edit, n, before, after = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return (edit.page.name, line_label(edit.before, n), before, after)[index.column()]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or not index.isValid():
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def tick_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Page"), self.tr("Line"), self.tr("Before"), self.tr("After"))[section]
        return None

    def chosen(self) -> list[PageReplacement]:
        """Each page's edit made again on its ticked lines alone (pages with none ticked left out)."""
        from .. import replacing

        lines: dict[int, set[int]] = {}
        edits: dict[int, PageReplacement] = {}
        for (edit, n, _before, _after), ticked in zip(self.rows, self.ticked, strict=True):
            if ticked:
                edits[edit.page_id] = edit
                lines.setdefault(edit.page_id, set()).add(n)
        remade = (
            replacing.replacement(e.page_id, e.page, e.before, self.find, self.new, lines[e.page_id])
            for e in edits.values()
        )
        return [edit for edit in remade if edit is not None]


class ReplacePreview(QDialog):
    """Every line Replace all would change, before and after, each ticked: the editor unticks what should
    stay and replaces the rest."""

    def __init__(self, planned: list[PageReplacement], find: Pattern, new: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replacePreview")
        self.setWindowTitle(self.tr("Replace all"))
        self.model = ChangeModel(planned, find, new, self)
        lines, pages = len(self.model.rows), len(planned)
        done = sum(1 for p in planned if p.before.status is Status.DONE)
        text = self.tr("Replace “{0}” with “{1}” on {2} lines of {3} pages? The raw pages are kept.").format(
            find.text, new, lines, pages
        )
        if done:
            text += " " + self.tr("{0} of these pages are done; they go back to review.").format(done)
        summary = QLabel(text, self)
        summary.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("replaceLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tick_all = QPushButton(self.tr("Tick all"), self)
        tick_none = QPushButton(self.tr("Tick none"), self)
        tick_all.clicked.connect(lambda: self.model.tick_all(True))
        tick_none.clicked.connect(lambda: self.model.tick_all(False))
        buttons = QDialogButtonBox(self)
        self.replace_button = buttons.addButton(
            self.tr("&Replace ticked lines"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(tick_all)
        row.addWidget(tick_none)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.resize(900, 520)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        self.model.dataChanged.connect(self._count)
        self._count()

    def _count(self) -> None:
        self.replace_button.setEnabled(any(self.model.ticked))

    def chosen(self) -> list[PageReplacement]:
        return self.model.chosen()
