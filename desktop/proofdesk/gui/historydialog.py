"""The page's history: every change of the page, when and by whom, and a way back to the page as any of
them left it (pushed as one undoable command)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Status
from .widgets.tables import read_only_table
from .wording import action_name, status_name

if TYPE_CHECKING:
    from ..storage.history import Entry


def local_time(at: str) -> str:
    """A history time (UTC, ISO 8601) in the editor's time zone, to the minute."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def _lines(numbers: Sequence[int], label: Callable[[int], str]) -> str:
    shown = ", ".join(map(label, numbers[:8]))
    return shown + (" …" if len(numbers) > 8 else "")


class HistoryDialog(QDialog):
    """The changes of one page, newest first. Choosing one and "Restore" asks for the page as it left it.

    Signals:
        restore(object): the editor wants the page back as this change left it (an `Entry`).
    """

    restore = Signal(object)

    def __init__(
        self, page: str, entries: Sequence[Entry], label: Callable[[int], str] = str, parent: QWidget | None = None
    ) -> None:
        """`label` numbers a line as the window does (a cut line's part `12.2`, an added line `+`)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {0}").format(page))
        self.entries = list(reversed(entries))
        # The page as an entry left it can be rebuilt when every later change kept what it replaced.
        self._restorable = []
        later_kept = True
        for entry in self.entries:
            self._restorable.append(later_kept)
            later_kept = later_kept and entry.rewindable
        self.model = QStandardItemModel(0, 5, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Editor"), self.tr("Change"), self.tr("Lines"), self.tr("Status")]
        )
        for entry in self.entries:
            status = status_name(Status(entry.status)) if entry.status else ""
            cells = (local_time(entry.at), entry.editor, action_name(entry.action), _lines(entry.lines, label), status)
            self.model.appendRow([QStandardItem(text) for text in cells])
        self.table = read_only_table(self.model, self)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self._restore())
        intro = QLabel(
            self.tr("Every change of this page, newest first. Restoring a version is one step you can undo."), self
        )
        intro.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore this version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.restore_button.setDefault(True)  # Enter restores the chosen version: one step, undone by Ctrl+Z
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._chosen(current.row()))
        if self.entries:
            self.table.selectRow(0)
        self._chosen(self.table.currentIndex().row())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(680, 380)

    def _chosen(self, row: int) -> None:
        usable = 0 < row < len(self.entries) and self._restorable[row]
        self.restore_button.setEnabled(usable)
        if row == 0:
            self.note.setText(self.tr("This is the page as it is now."))
        elif 0 < row < len(self.entries) and not usable:
            self.note.setText(self.tr("This version cannot be restored: a later change did not keep what it replaced."))
        else:
            self.note.setText("")

    def _restore(self) -> None:
        row = self.table.currentIndex().row()
        if 0 < row < len(self.entries) and self._restorable[row]:
            self.restore.emit(self.entries[row])
            self.accept()
