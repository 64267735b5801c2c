"""The library's pages as a table model that reads them a block of rows at a time.

The library filters, sorts and counts (`storage.pagelist`); the model holds the number of rows and the blocks
of rows the view has asked for, so a 100,000-page library shows as fast as a small one and the list never
holds every page.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from enum import IntEnum
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from ..domain.model import Status
from . import look
from .wording import status_name

if TYPE_CHECKING:
    from ..storage import PageInfo, PageQuery

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 20


class LibraryColumn(IntEnum):
    NAME = 0
    STATUS = 1
    ITEMS = 2
    DOUBTS = 3
    EDITED = 4


_SORTS = {
    LibraryColumn.NAME: "name",
    LibraryColumn.STATUS: "status",
    LibraryColumn.ITEMS: "items",
    LibraryColumn.DOUBTS: "doubts",
    LibraryColumn.EDITED: "edited",
}


_ROLES = frozenset(
    {
        PAGE_ID_ROLE,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class PageSource(Protocol):
    """What the model reads the pages from (a `Library`): `storage.pagelist`."""

    def count_pages(self, query: PageQuery) -> int: ...
    def page_window(self, query: PageQuery, offset: int, limit: int) -> list[PageInfo]: ...
    def page_position(self, query: PageQuery, page_id: int) -> int | None: ...
    def page_order(self, query: PageQuery) -> list[tuple[int, str]]: ...
    def page_rows(self, names: list[str]) -> list[PageInfo]: ...


class LibraryModel(QAbstractTableModel):
    """The library's pages in the list's order and filter, a row per page. Rows are read `BLOCK` at a time
    when the view first asks for them and at most `KEPT` blocks are held; the counts follow the session's
    `pageInfoChanged` for the rows held."""

    BLOCK = 200
    KEPT = 50

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: PageSource | None = None
        self._query_made: PageQuery | None = None  # made when first needed: storage is not imported before
        self._sort_made = ("name", False)  # the order a query made later takes
        self._count = 0
        self._blocks: OrderedDict[int, list[PageInfo]] = OrderedDict()
        self._held: dict[int, str] = {}
        # Where every page stands, read at the first look for a page among rows not read (a jump across the
        # list: the search panel, a sort); then blocks are read by their pages' ids, not by an OFFSET.
        self._order: list[tuple[int, str]] | None = None
        self._row_by_id: dict[int, int] = {}

    @property
    def _query(self) -> PageQuery:
        if self._query_made is None:
            from ..storage import PageQuery

            sort, descending = self._sort_made
            self._query_made = PageQuery(sort=sort, descending=descending)
        return self._query_made

    @_query.setter
    def _query(self, query: PageQuery) -> None:
        self._query_made = query

    @property
    def query(self) -> PageQuery:
        """The filter and order shown."""
        return self._query

    def set_source(self, source: PageSource | None) -> None:
        """Read the pages from `source` (None: no pages)."""
        self.beginResetModel()
        self._source = source
        self._read_count()
        self.endResetModel()

    def set_query(self, query: PageQuery) -> None:
        """Show the pages `query` lets through, in its order. A filter that keeps the number of rows (a sort)
        moves the views' selection along with its pages; a filter that changes it resets the model."""
        if query == self._query:
            return
        if self._source is None:
            self._query = query
            return
        count = self._source.count_pages(query) if self._source is not None else 0
        if count == self._count and self._count:
            self._move_rows(query)
            return
        self.beginResetModel()
        self._query = query
        self._forget()
        self._count = count
        self.endResetModel()

    def refresh(self) -> bool:
        """Read the pages again (another program changed the library); True when the number changed."""
        if self._source is None:
            return False
        count = self._source.count_pages(self._query)
        if count != self._count:
            self.beginResetModel()
            self._forget()
            self._count = count
            self.endResetModel()
            return True
        self._move_rows(self._query)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(LibraryColumn) - 1))
        return False

    def _move_rows(self, query: PageQuery) -> None:
        """The same number of rows in another order: the views' persistent indexes follow their pages."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        pages = [self.info_at(i.row()).id if 0 <= i.row() < self._count else None for i in kept]
        self._query = query
        self._forget()
        rows: dict[int, int | None] = {}  # the selection's cells share a page: one look each
        moved = []
        for index, page_id in zip(kept, pages, strict=True):
            if page_id is not None and page_id not in rows and self._source is not None:
                rows[page_id] = self._source.page_position(query, page_id)
            row = None if page_id is None else rows[page_id]
            moved.append(_NO_INDEX if row is None else self.index(row, index.column()))
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _forget(self) -> None:
        self._blocks.clear()
        self._order, self._row_by_id = None, {}

    def _read_count(self) -> None:
        self._forget()
        self._count = self._source.count_pages(self._query) if self._source is not None else 0

    def set_claims(self, held: dict[int, str]) -> None:
        """The pages other editors' windows hold, with who holds them."""
        changed = set(held.items()) ^ set(self._held.items())
        self._held = dict(held)
        for page_id, _editor in changed:
            row = self._held_row(page_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(LibraryColumn) - 1))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(LibraryColumn):
            return
        if self._query_made is None:  # storage stays unimported until a library is open
            self._sort_made = (_SORTS[LibraryColumn(column)], order == Qt.SortOrder.DescendingOrder)
            return
        wanted = replace(
            self._query, sort=_SORTS[LibraryColumn(column)], descending=order == Qt.SortOrder.DescendingOrder
        )
        if wanted == self._query:
            return
        if self._source is None:
            self._query = wanted
        else:
            self._move_rows(wanted)

    def update_page(self, info: PageInfo) -> PageInfo | None:
        """Show a page's new counts and status where its row is held; returns what the row showed before
        (None when no held row shows the page)."""
        row = self._held_row(info.id)
        if row is None:
            return None
        block = self._blocks[row // self.BLOCK]
        before = block[row % self.BLOCK]
        block[row % self.BLOCK] = info
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(LibraryColumn) - 1))
        return before

    def _held_row(self, page_id: int) -> int | None:
        """The row of a page among the blocks held (no query)."""
        for start, infos in self._blocks.items():
            for at, info in enumerate(infos):
                if info.id == page_id:
                    return start * self.BLOCK + at
        return None

    def row_of(self, page_id: int) -> int | None:
        """The row of a page, read or not yet; None when the filter leaves it out."""
        row = self._held_row(page_id)
        if row is None and self._source is not None:
            if self._order is None:
                self._order = self._source.page_order(self._query)
                self._row_by_id = {page: at for at, (page, _name) in enumerate(self._order)}
            row = self._row_by_id.get(page_id)
        return row

    def info_at(self, row: int) -> PageInfo:
        block = row // self.BLOCK
        infos = self._blocks.get(block)
        if infos is None:
            assert self._source is not None
            start = block * self.BLOCK
            if self._order is not None:
                infos = self._source.page_rows([name for _id, name in self._order[start : start + self.BLOCK]])
            else:
                infos = self._source.page_window(self._query, start, self.BLOCK)
            self._blocks[block] = infos
            while len(self._blocks) > self.KEPT:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        at = row % self.BLOCK
        if at >= len(infos):
            # Pages deleted by another program since the count: the row shows its neighbour until the next
            # look for changes reads the list again.
            return infos[-1] if infos else self._placeholder()
        return infos[at]

    def _placeholder(self) -> PageInfo:
        from ..storage import PageInfo

        return PageInfo(0, "", Status.NEW, 0, 0, 0, 0)

    def read(self, offset: int, limit: int) -> list[PageInfo]:
        """Rows from `offset` on, read from the library and not held (a look along the list)."""
        return [] if self._source is None else self._source.page_window(self._query, offset, limit)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self._count

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
        # The view asks each cell for a dozen roles on every repaint: the roles shown nothing are answered
        # before a row is looked up.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < self._count:
            return None
        info = self.info_at(index.row())
        column = index.column()
        if role == PAGE_ID_ROLE:
            return info.id
        holder = self._held.get(info.id) if self._held else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LibraryColumn.NAME:
                if holder is not None:  # first, so that a narrow column cuts the name, not the editor
                    return QCoreApplication.translate("Models", "{0} editing · {1}").format(holder, info.name)
                return info.name
            if column == LibraryColumn.STATUS:
                return status_name(info.status)
            return (info.items, info.doubts, info.edited)[column - LibraryColumn.ITEMS]
        if role == Qt.ItemDataRole.BackgroundRole:
            return look.CLAIMED_ROW if holder is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column >= LibraryColumn.ITEMS else None
        # The tooltip.
        tip = QCoreApplication.translate("Models", "{0}: {1} lines, {2} edited by hand").format(
            info.name, info.lines, info.edited
        )
        if holder is not None:
            tip += "\n" + QCoreApplication.translate("Models", "{0} is editing this page.").format(holder)
        return tip
