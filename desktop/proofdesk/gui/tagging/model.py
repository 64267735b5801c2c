"""The taxonomy as a list model: one row per theme, with how many items carry it.

One model serves the theme filter, the completer of the theme input and the taxonomy dialog. It holds the
taxonomy and the counts it is given and reads nothing itself; `Taxonomy` feeds it after every change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from ...themes import Theme

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()

NAME_ROLE = Qt.ItemDataRole.UserRole + 40
"""The theme's name (None on the "all themes" row)."""
COUNT_ROLE = Qt.ItemDataRole.UserRole + 41
"""How many items carry the theme."""


class ThemeModel(QAbstractListModel):
    """Themes in taxonomy order. DisplayRole: "name (count)"; EditRole: the bare name, which the completer
    matches. With `all_row`, row 0 stands for "every theme" (the filter's first choice)."""

    def __init__(self, parent: QObject | None = None, *, all_row: bool = False) -> None:
        super().__init__(parent)
        self._all_row = all_row
        self._themes: tuple[Theme, ...] = ()
        self._counts: dict[str, int] = {}

    def set_themes(self, themes: Sequence[Theme], counts: Mapping[str, int]) -> None:
        names_before = [t.name for t in self._themes]
        if names_before == [t.name for t in themes]:
            self._themes, self._counts = tuple(themes), dict(counts)
            if self.rowCount():
                self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))
            return
        self.beginResetModel()
        self._themes, self._counts = tuple(themes), dict(counts)
        self.endResetModel()

    @property
    def themes(self) -> tuple[Theme, ...]:
        return self._themes

    def count(self, name: str) -> int:
        return self._counts.get(name, 0)

    def counts(self) -> dict[str, int]:
        """How many items carry each theme name (a copy)."""
        return dict(self._counts)

    def theme_at(self, row: int) -> Theme | None:
        row -= 1 if self._all_row else 0
        return self._themes[row] if 0 <= row < len(self._themes) else None

    def row_of(self, name: str | None) -> int | None:
        if name is None:
            return 0 if self._all_row else None
        for row, theme in enumerate(self._themes):
            if theme.name == name:
                return row + (1 if self._all_row else 0)
        return None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid():
            return 0
        return len(self._themes) + (1 if self._all_row else 0)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self.theme_at(index.row())
        if theme is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("ThemeModel", "All themes")
            return None
        count = self._counts.get(theme.name, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{theme.name} ({count})"
        if role in (Qt.ItemDataRole.EditRole, NAME_ROLE):
            return theme.name
        if role == COUNT_ROLE:
            return count
        if role == Qt.ItemDataRole.ToolTipRole:
            return theme.description or None
        return None
