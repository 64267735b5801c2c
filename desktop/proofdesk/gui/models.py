"""Qt item models over domain data: the library's pages, a page's lines, a page's items.

The models hold no decisions of their own. They read the session's page and layer and say what changed
when the session says so; an edit typed into a view is handed on as a request (a signal), never written
into the model, so state flows one way: command -> session -> signal -> models -> views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import IntEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ..domain.model import DOUBT_THRESHOLD, Break, Change, Layer, Page, Status, line_label
from . import look
from .wording import item_label, role_name, rule_name, status_name

if TYPE_CHECKING:
    from ..domain.derive import Article
    from ..storage import PageInfo

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class LineRole(IntEnum):
    """Custom data roles of `LineModel` (and `ITEM_KEY`/`COLOUR` of `OutlineModel`)."""

    NUMBER = Qt.ItemDataRole.UserRole + 1
    ROLE = NUMBER + 1
    ITEM_KEY = NUMBER + 2
    COLOUR = NUMBER + 3
    BREAK_AFTER = NUMBER + 4
    DOUBT = NUMBER + 5
    CORRECTED = NUMBER + 6
    RAW = NUMBER + 7
    ARTICLE = NUMBER + 8
    ADDED = NUMBER + 9


class LineModel(QAbstractListModel):
    """Every raw line of the open page, blank ones too, with the segments and added lines among them where
    they stand (`rows`: the line key of each row; without them, row + 1 is the line number).

    Signals:
        correctionRequested(int, str): the editor typed `str` as the text of line `int`.
    """

    correctionRequested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page: Page | None = None
        self._layer: Layer | None = None
        self._colour: dict[int, int] = {}
        self._break_after: dict[int, Break] = {}
        self._rows: list[int] = []
        self._row_of: dict[int, int] = {}

    def set_page(self, page: Page | None, layer: Layer | None) -> None:
        self.beginResetModel()
        self._page, self._layer = page, layer
        self._index_layer()
        self.endResetModel()

    def set_layer(self, layer: Layer, change: Change) -> None:
        """Take an edited layer of the same page; rows keep their selection and scroll position (a line
        cut in two or added, or taken away, lays the rows out anew: the view selects by keys again)."""
        if self._rows != self._rows_of(layer):
            self.set_page(self._page, layer)
            return
        self._layer = layer
        self._index_layer()
        if self.rowCount():
            # Colours follow item order and the mark at a line's end depends on the next line, so an edit
            # can change rows it did not touch; a page is a few hundred rows, repainting all is cheap.
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _rows_of(self, layer: Layer | None) -> list[int]:
        if self._page is None:
            return []
        return list(range(1, len(self._page.lines) + 1)) if layer is None else layer.rows(self._page)

    def _index_layer(self) -> None:
        self._colour, self._break_after = {}, {}
        self._rows = self._rows_of(self._layer)
        self._row_of = {n: row for row, n in enumerate(self._rows)}
        if self._layer is None:
            return
        layer = self._layer
        self._colour = {key: i for i, key in enumerate(layer.item_order())}
        for n, following in pairwise(layer.order):
            item = layer.lines[n].item
            if item is not None and layer.lines[following].item == item:
                self._break_after[n] = layer.lines[following].brk

    def line_at(self, row: int) -> int:
        """The key of the line shown in `row`."""
        return self._rows[row]

    def row_of(self, line: int) -> int | None:
        """The row that shows line `line` (a layer key or a blank raw line's number)."""
        return self._row_of.get(line)

    def next_line(self, line: int) -> int | None:
        """The next non-blank line after `line`: the break at `line`'s end is the break before it."""
        if self._layer is None or line not in self._layer.lines:
            return None
        order = self._layer.order
        at = order.index(line)
        return order[at + 1] if at + 1 < len(order) else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid() or self._page is None:
            return 0
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if self._layer is not None and self._rows[index.row()] in self._layer.lines:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._page is None or self._layer is None:
            return None
        n = self._rows[index.row()]
        state = self._layer.lines.get(n)
        raw = self._layer.raw_text(self._page, n) if state is not None else self._page.lines[n - 1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return state.correction if state is not None and state.correction is not None else raw
        if role == LineRole.NUMBER:
            return line_label(self._layer, n) if state is not None else str(n)
        if role == LineRole.ADDED:
            return state is not None and state.piece is not None and state.piece.added
        if role == LineRole.RAW:
            return raw
        if state is None:
            return None
        # Enum values cross QVariant as plain strings; views turn them back with Role(...) / Break(...).
        if role == LineRole.ROLE:
            return state.role.value
        if role == LineRole.ITEM_KEY:
            return state.item
        if role == LineRole.COLOUR:
            return None if state.item is None else self._colour.get(state.item)
        if role == LineRole.BREAK_AFTER:
            brk = self._break_after.get(n)
            return None if brk is None else brk.value
        if role == LineRole.DOUBT:
            return state.confidence < DOUBT_THRESHOLD and not state.edited
        if role == LineRole.CORRECTED:
            return state.correction is not None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(n, raw)
        return None

    def _tooltip(self, n: int, raw: str) -> str:
        assert self._layer is not None
        state = self._layer.lines[n]
        parts = [
            QCoreApplication.translate("Models", "Line {0}: {1}").format(
                line_label(self._layer, n), role_name(state.role)
            )
        ]
        if state.item is not None:
            parts.append(QCoreApplication.translate("Models", "item {0}").format(self._colour.get(state.item, 0) + 1))
        shown = state.correction if state.correction is not None else raw
        text = shown + "\n" + "; ".join(parts)
        if state.piece is not None and state.piece.added:
            text += "\n" + QCoreApplication.translate("Models", "Added by the editor: not in the raw page")
        elif state.correction is not None:
            text += "\n" + QCoreApplication.translate("Models", "Raw text: {0}").format(raw)
        if state.edited:
            text += "\n" + QCoreApplication.translate("Models", "Set by the editor")
        elif state.rule:
            text += "\n" + QCoreApplication.translate("Models", "Parser: {0}, sure {1:.0%}").format(
                rule_name(state.rule), state.confidence
            )
        return text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value)
        if text != self.data(index):
            self.correctionRequested.emit(self._rows[index.row()], text)
        return True


class OutlineModel(QAbstractListModel):
    """The open page's items in page order, each as `derive` makes it (what the export will hold)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles: list[Article] = []

    def set_page(self, page: Page | None, layer: Layer | None) -> None:
        # Imported here: the cleaning rules behind derive are not needed before the first page shows.
        from ..domain.derive import derive

        articles = derive(page, layer) if page is not None and layer is not None else []
        if len(articles) == len(self._articles) and articles:
            self._articles = articles
            self.dataChanged.emit(self.index(0), self.index(len(articles) - 1))
            return
        self.beginResetModel()
        self._articles = articles
        self.endResetModel()

    def article(self, row: int) -> Article | None:
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def row_of(self, key: int | None) -> int | None:
        for row, article in enumerate(self._articles):
            if article.key == key:
                return row
        return None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(article)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = article.source_lines
            return QCoreApplication.translate("Models", "Lines {0}–{1}").format(lines[0], lines[-1]) if lines else None
        if role == LineRole.ITEM_KEY:
            return article.key
        if role == LineRole.COLOUR:
            return index.row()
        if role == LineRole.ARTICLE:
            return article
        return None


class LibraryColumn(IntEnum):
    NAME = 0
    STATUS = 1
    ITEMS = 2
    DOUBTS = 3
    EDITED = 4


_STATUS_ORDER = {Status.NEW: 0, Status.REVIEW: 1, Status.DONE: 2}
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 20


def _sort_key(column: LibraryColumn) -> Callable[[PageInfo], Any]:
    if column is LibraryColumn.NAME:
        return lambda info: info.name
    if column is LibraryColumn.STATUS:
        return lambda info: _STATUS_ORDER[info.status]
    field = {LibraryColumn.ITEMS: "items", LibraryColumn.DOUBTS: "doubts", LibraryColumn.EDITED: "edited"}[column]
    return lambda info: getattr(info, field)


class LibraryModel(QAbstractTableModel):
    """The library's pages: a row per page id. The counts come from one query when the library is read and
    follow the session's `pageInfoChanged` afterwards, a row at a time. The model sorts itself (one key sort
    of the list: a proxy comparing rows through `data` would take seconds for 100,000 pages)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._infos: dict[int, PageInfo] = {}
        self._row: dict[int, int] = {}
        self._held: dict[int, str] = {}
        self._order = (LibraryColumn.NAME, Qt.SortOrder.AscendingOrder)

    def set_claims(self, held: dict[int, str]) -> None:
        """The pages other editors' windows hold, with who holds them."""
        changed = set(held.items()) ^ set(self._held.items())
        self._held = dict(held)
        for page_id, _editor in changed:
            row = self._row.get(page_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(LibraryColumn) - 1))

    def set_pages(self, infos: list[PageInfo]) -> None:
        self.beginResetModel()
        self._infos = {i.id: i for i in infos}
        self._ids = self._sorted(self._infos.values())
        self._row = {page_id: row for row, page_id in enumerate(self._ids)}
        self.endResetModel()

    def _sorted(self, infos: Iterable[PageInfo]) -> list[int]:
        column, order = self._order
        # Pages of equal counts or status stay in name order, either way round (the sort is stable).
        ordered = sorted(infos, key=_sort_key(LibraryColumn.NAME))
        ordered.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        return [info.id for info in ordered]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LibraryColumn):
            return
        self.layoutAboutToBeChanged.emit()
        before = self._ids
        self._order = (LibraryColumn(column), order)
        self._ids = self._sorted(self._infos.values())
        self._row = {page_id: row for row, page_id in enumerate(self._ids)}
        kept = self.persistentIndexList()
        self.changePersistentIndexList(kept, [self.index(self._row[before[i.row()]], i.column()) for i in kept])
        self.layoutChanged.emit()

    def update_page(self, info: PageInfo) -> None:
        row = self._row.get(info.id)
        if row is None:
            return
        self._infos[info.id] = info
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LibraryColumn) - 1))

    def row_of(self, page_id: int) -> int | None:
        return self._row.get(page_id)

    def info(self, page_id: int) -> PageInfo:
        return self._infos[page_id]

    def infos(self) -> list[PageInfo]:
        return [self._infos[i] for i in self._ids]

    def info_at(self, row: int) -> PageInfo:
        return self._infos[self._ids[row]]

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(LibraryColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(LibraryColumn):
            return None
        return [
            QCoreApplication.translate("Models", "Page"),
            QCoreApplication.translate("Models", "Status"),
            QCoreApplication.translate("Models", "Items"),
            QCoreApplication.translate("Models", "Doubts"),
            QCoreApplication.translate("Models", "Edited"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._infos[self._ids[index.row()]]
        column = LibraryColumn(index.column())
        if role == PAGE_ID_ROLE:
            return info.id
        holder = self._held.get(info.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column is LibraryColumn.NAME:
                if holder is not None:  # first, so that a narrow column cuts the name, not the editor
                    return QCoreApplication.translate("Models", "{0} editing · {1}").format(holder, info.name)
                return info.name
            if column is LibraryColumn.STATUS:
                return status_name(info.status)
            return (info.items, info.doubts, info.edited)[column - LibraryColumn.ITEMS]
        if role == Qt.ItemDataRole.BackgroundRole and holder is not None:
            return look.CLAIMED_ROW
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= LibraryColumn.ITEMS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = QCoreApplication.translate("Models", "{0}: {1} lines, {2} edited by hand").format(
                info.name, info.lines, info.edited
            )
            if holder is not None:
                tip += "\n" + QCoreApplication.translate("Models", "{0} is editing this page.").format(holder)
            return tip
        return None


class LibraryFilter(QSortFilterProxyModel):
    """Filtering by status, by theme (the pages listed) and by a part of the page name; sorting is the
    library model's own, in its order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: Status | None = None
        self._pages: set[int] | None = None
        self._name = ""

    def set_name(self, part: str) -> None:
        """Show only pages whose name holds `part` (any case); "" shows every page."""
        self.beginFilterChange()
        self._name = part.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: Status | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pages(self, page_ids: set[int] | None) -> None:
        """Show only these pages (the theme filter); None shows every page."""
        self.beginFilterChange()
        self._pages = None if page_ids is None else set(page_ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        info = model.info_at(source_row)
        if self._status is not None and info.status is not self._status:
            return False
        if self._pages is not None and info.id not in self._pages:
            return False
        return not self._name or self._name in info.name.casefold()
