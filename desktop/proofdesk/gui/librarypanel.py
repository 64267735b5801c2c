"""The library side: pages with status and progress, sorted and filtered by the library; an offer of the sample pages
when the library is empty."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

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
from .librarymodel import PAGE_ID_ROLE, LibraryColumn, LibraryModel
from .wording import status_name

if TYPE_CHECKING:
    from ..storage import Library, PageInfo


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

    SCAN = 2000
    """Rows read at a time when looking for the next page not done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(self)
        self._library: Library | None = None
        self._counts = dict.fromkeys(Status, 0)
        self._shown: int | None = None  # the page the list shows as selected
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
        self.search.textChanged.connect(self._name_typed)
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        self.filters = filters

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setModel(self.model)
        # After the view's own handling of the reset, which clears its selection.
        self.model.modelReset.connect(self._reselect)
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
        self._filter(pages=None if page_ids is None else frozenset(page_ids))

    def _status_chosen(self) -> None:
        value = self.status.currentData()
        self._filter(status=Status(value) if value else None)

    def _name_typed(self, part: str) -> None:
        self._filter(name=part)

    def _filter(self, **changes: Any) -> None:
        self.model.set_query(replace(self.model.query, **changes))

    def set_library(self, library: Library | None) -> None:
        """List the pages of `library` (None: no library)."""
        self._library = library
        self.model.set_source(library)
        self._counts = library.status_counts() if library is not None else dict.fromkeys(Status, 0)
        self.stack.setCurrentIndex(0 if sum(self._counts.values()) else 1)
        self._summarise()

    def refresh(self) -> bool:
        """Read the list again (another program changed the library); True when the number of pages shown
        changed."""
        if self._library is None:
            return False
        changed = self.model.refresh()
        self._counts = self._library.status_counts()
        self.stack.setCurrentIndex(0 if sum(self._counts.values()) else 1)
        self._summarise()
        return changed

    def counts(self) -> dict[Status, int]:
        """How many pages of the library have each status (whatever the filter)."""
        return dict(self._counts)

    def update_page(self, info: PageInfo) -> None:
        wanted = self.model.query.status
        if wanted is not None and info.status is not wanted:
            self.refresh()  # the page leaves the list its status filtered
            return
        before = self.model.update_page(info)
        if before is not None and before.id == info.id:
            if before.status is info.status:
                return
            self._counts[before.status] -= 1
            self._counts[info.status] += 1
        elif self._library is not None:
            self._counts = self._library.status_counts()  # a row not held: counted again
        self._summarise()

    def _summarise(self) -> None:
        counts = self._counts
        self.summary.setText(
            self.tr("{0} pages · {1} {2} · {3} {4} · {5} {6}").format(
                sum(counts.values()),
                counts[Status.DONE],
                status_name(Status.DONE),
                counts[Status.REVIEW],
                status_name(Status.REVIEW),
                counts[Status.NEW],
                status_name(Status.NEW),
            )
        )

    def select_page(self, page_id: int) -> None:
        """Show `page_id` as the selected row (no echo), also when its row was not read yet."""
        self._shown = page_id
        row = self.model.row_of(page_id)
        if row is None:
            self.table.selectionModel().clearSelection()
            return
        index = self.model.index(row, 0)
        self._quiet = True
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
        finally:
            self._quiet = False

    def _reselect(self) -> None:
        """After the filter changed the rows: the open page selected again where the filter shows it."""
        if self._shown is not None:
            self.select_page(self._shown)

    def neighbour(self, page_id: int | None, step: int) -> int | None:
        """The page before or after `page_id` in the order and filter shown."""
        rows = self.model.rowCount()
        if not rows:
            return None
        current = None if page_id is None else self.model.row_of(page_id)
        target = 0 if current is None else current + step
        if not 0 <= target < rows:
            return None
        return self.model.info_at(target).id

    def next_not_done(self, page_id: int | None) -> int | None:
        """The first page after `page_id` (wrapping round) in the order and filter shown that is not done."""
        rows = self.model.rowCount()
        current = None if page_id is None else self.model.row_of(page_id)
        start = 0 if current is None else current + 1
        for begin, end in ((start, rows), (0, start)):
            for offset in range(begin, end, self.SCAN):
                for info in self.model.read(offset, min(self.SCAN, end - offset)):
                    if info.id != page_id and info.status is not Status.DONE:
                        return info.id
        return None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes and not self._quiet:
            page_id = int(indexes[0].data(PAGE_ID_ROLE))
            self._shown = page_id
            self.pageChosen.emit(page_id)
