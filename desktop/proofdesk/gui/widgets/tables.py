"""A read-only table of rows chosen whole, sized to its contents: what the dialogs that list things show."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def read_only_table(model: QAbstractItemModel, parent: QWidget, stretch: int | None = None) -> QTableView:
    """A table showing `model`, whole rows selected, columns as wide as their contents; `stretch` names the
    column that takes the room left (None: the last)."""
    table = QTableView(parent)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
