"""The library side: pages with status and progress, sorted and filtered; an offer of the sample pages
when the library is empty."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Status
from .models import PAGE_ID_ROLE, LibraryColumn, LibraryFilter, LibraryModel
from .wording import status_name

if TYPE_CHECKING:
    from ..storage import PageInfo


class LibraryPanel(QWidget):
    """The list of pages.

    Signals:
        pageChosen(int): the editor picked the page with this id.
        samplesRequested(): the editor asked for the bundled sample pages.
        importRequested(): the editor asked to import files.
    """

    pageChosen = Signal(int)
    samplesRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.summary = QLabel(self)
        self.summary.setObjectName("librarySummary")
        self.status = QComboBox(self)
        self.status.addItem(self.tr("All"), None)
        # Enums cross QVariant as plain strings: the combo holds the values.
        for status in Status:
            self.status.addItem(status_name(status), status.value)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Page name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_name)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        self.filters = filters

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LibraryColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LibraryColumn.NAME, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing columns to their contents would read every row of a 10,000-page library.
        fm = self.fontMetrics()
        for column in list(LibraryColumn)[1:]:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(label, status_name(Status.REVIEW) if column is LibraryColumn.STATUS else "0000", key=len)
            header.resizeSection(column, fm.horizontalAdvance(widest) + 18)
        # Page names are long and differ at both ends (`000_de1ca149…`): keep both ends visible.
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setWordWrap(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._quiet = False

        empty = QWidget(self)
        offer = QLabel(self.tr("The library is empty.\nStart with the sample pages, or import your own."), empty)
        offer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        offer.setWordWrap(True)
        self.samples_button = QPushButton(self.tr("Load the sample pages"), empty)
        self.samples_button.clicked.connect(self.samplesRequested)
        import_button = QPushButton(self.tr("Import files…"), empty)
        import_button.clicked.connect(self.importRequested)
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(offer)
        empty_layout.addWidget(self.samples_button)
        empty_layout.addWidget(import_button)
        empty_layout.addStretch(2)

        listing = QWidget(self)
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addLayout(filters)
        listing_layout.addWidget(self.table)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(listing)
        self.stack.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack)
        self.empty_page = empty

    def add_filter(self, widget: QWidget) -> None:
        """Put another filter (the theme filter) beside the status filter."""
        self.filters.insertWidget(1, widget)

    def set_page_filter(self, page_ids: set[int] | None) -> None:
        """List only these pages (None: every page)."""
        self.proxy.set_pages(page_ids)

    def _status_chosen(self) -> None:
        value = self.status.currentData()
        self.proxy.set_status(Status(value) if value else None)

    def set_pages(self, infos: list[PageInfo]) -> None:
        self.model.set_pages(infos)
        self.stack.setCurrentIndex(1 if not infos else 0)
        self._summarise()

    def update_page(self, info: PageInfo) -> None:
        self.model.update_page(info)
        self._summarise()

    def _summarise(self) -> None:
        infos = self.model.infos()
        counts = {s: 0 for s in Status}
        for info in infos:
            counts[info.status] += 1
        self.summary.setText(
            self.tr("{0} pages · {1} {2} · {3} {4} · {5} {6}").format(
                len(infos),
                counts[Status.DONE],
                status_name(Status.DONE),
                counts[Status.REVIEW],
                status_name(Status.REVIEW),
                counts[Status.NEW],
                status_name(Status.NEW),
            )
        )

    def select_page(self, page_id: int) -> None:
        """Show `page_id` as the selected row (no echo)."""
        row = self.model.row_of(page_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self._quiet = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def neighbour(self, page_id: int | None, step: int) -> int | None:
        """The page before or after `page_id` in the order and filter shown."""
        rows = self.proxy.rowCount()
        if not rows:
            return None
        current = None
        if page_id is not None and (row := self.model.row_of(page_id)) is not None:
            current = self.proxy.mapFromSource(self.model.index(row, 0)).row()
        target = 0 if current is None or current < 0 else current + step
        if not 0 <= target < rows:
            return None
        page = self.proxy.index(target, 0).data(PAGE_ID_ROLE)
        return int(page)

    def next_not_done(self, page_id: int | None) -> int | None:
        """The first page after `page_id` (wrapping round) in the order and filter shown that is not done."""
        pages = [int(self.proxy.index(row, 0).data(PAGE_ID_ROLE)) for row in range(self.proxy.rowCount())]
        start = pages.index(page_id) + 1 if page_id in pages else 0
        for candidate in pages[start:] + pages[:start]:
            if candidate != page_id and self.model.info(candidate).status is not Status.DONE:
                return candidate
        return None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._quiet:
            self.pageChosen.emit(int(indexes[0].data(PAGE_ID_ROLE)))
