"""The library in figures (File → Library overview…): pages by status, the parser's accuracy measured on the
done pages, the editors' most frequent corrections and each editor's work by day; what `proofdesk stats`
prints, counted by a worker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Status
from .widgets.tables import read_only_table
from .wording import status_name

if TYPE_CHECKING:
    from ..storage.history import Stats


class StatsDialog(QDialog):
    """Shows one `Stats`; read-only."""

    def __init__(self, stats: Stats, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Library overview"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        total = sum(stats.pages.values())
        by_status = self.tr(", ").join(f"{status_name(s)} {stats.pages.get(s.value, 0)}" for s in Status)
        self.summary = QLabel(self.tr("{0} pages: {1}").format(total, by_status), self)
        layout.addWidget(self.summary)
        self.accuracy = QLabel(self._accuracy(stats), self)
        self.accuracy.setWordWrap(True)
        layout.addWidget(self.accuracy)
        if not stats.search_indexed:
            layout.addWidget(QLabel(self.tr("Searches read every line: the server has no pg_trgm extension."), self))
        self.corrections = self._table(
            [self.tr("OCR text"), self.tr("Corrected to"), self.tr("Times")],
            [(a or self.tr("(nothing)"), b or self.tr("(nothing)"), str(n)) for a, b, n in stats.corrections],
        )
        box = QGroupBox(self.tr("Most frequent corrections (candidates for a replace across the library)"), self)
        QVBoxLayout(box).addWidget(self.corrections)
        layout.addWidget(box, 1)
        self.days = self._table(
            [self.tr("Editor"), self.tr("Day"), self.tr("Pages done"), self.tr("Edits"), self.tr("Lines changed")],
            [(d.editor, d.day, str(len(d.pages_done)), str(d.edits), str(d.lines)) for d in stats.days],
        )
        box = QGroupBox(self.tr("Each editor's work by day (UTC)"), self)
        QVBoxLayout(box).addWidget(self.days)
        layout.addWidget(box, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accuracy(self, stats: Stats) -> str:
        from ..messages import share  # (not at start: it brings the storage stack)

        if not stats.done_lines:
            return self.tr("Parser accuracy: no page is done yet; it is measured on the done pages.")
        whole = stats.done_lines
        kept = whole - stats.changed["any"]
        return self.tr(
            "Parser accuracy on the done pages: {0} of {1} lines kept as parsed. Changed by editors: item {2},"
            " role {3}, break {4}, text {5}."
        ).format(
            share(kept, whole),
            whole,
            *(share(stats.changed[key], whole) for key in ("item", "role", "brk", "correction")),
        )

    def _table(self, headers: list[str], rows: Sequence[tuple[str, ...]]) -> QTableView:
        model = QStandardItemModel(0, len(headers), self)
        model.setHorizontalHeaderLabels(headers)
        for row in rows:
            items = [QStandardItem(text) for text in row]
            for item in items:
                if item.text().isdigit():
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            model.appendRow(items)
        return read_only_table(model, self, stretch=0)
