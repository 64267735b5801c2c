"""The raw page: line numbers, a coloured band per item, role marks, join/break marks, doubts, and the
in-place editor for correcting a line's text."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..domain.model import Break, Role
from . import look
from .models import LineModel, LineRole
from .wording import role_mark

Index = QModelIndex | QPersistentModelIndex


class LineDelegate(QStyledItemDelegate):
    """Paints a raw line with its marks; edits its text with a line edit that commits on Enter or when the
    field loses focus (an input method's composition is never cut short)."""

    BAND = 5

    def _columns(self, option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """x of the band, of the role mark, of the text."""
        fm = QFontMetrics(option.font)
        band_x = option.rect.left() + fm.horizontalAdvance("0000") + 8
        mark_x = band_x + self.BAND + 6
        text_x = mark_x + fm.horizontalAdvance("Sec") + 14
        return band_x, mark_x, text_x

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(fm.horizontalAdvance("国") * 30, fm.height() + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        fm = QFontMetrics(option.font)
        band_x, mark_x, text_x = self._columns(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, look.SELECTED_BACKGROUND)
        elif index.data(LineRole.DOUBT):
            painter.fillRect(rect.adjusted(band_x - rect.left(), 0, 0, 0), look.DOUBT_BACKGROUND)
        if index.data(LineRole.DOUBT):
            painter.fillRect(QRect(rect.right() - 3, rect.top(), 4, rect.height()), look.DOUBT_MARK)

        painter.setPen(look.MUTED_TEXT)
        number_rect = QRect(rect.left(), rect.top(), band_x - rect.left() - 6, rect.height())
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(index.data(LineRole.NUMBER))
        )

        colour = look.item_colour(index.data(LineRole.COLOUR))
        if colour is not None:
            painter.fillRect(QRect(band_x, rect.top(), self.BAND, rect.height()), colour)

        role_value = index.data(LineRole.ROLE)
        role = Role(role_value) if role_value else None
        if role is not None:
            self._paint_role(
                painter, option, role, QRect(mark_x, rect.top() + 2, text_x - mark_x - 8, rect.height() - 4)
            )

        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        pen = look.CORRECTED_TEXT if index.data(LineRole.CORRECTED) else option.palette.text().color()
        if role is Role.IGNORED:
            pen = look.MUTED_TEXT
        painter.setPen(pen)
        font = QFont(option.font)
        font.setStrikeOut(role is Role.IGNORED)
        font.setUnderline(bool(index.data(LineRole.CORRECTED)))
        painter.setFont(font)
        text_rect = QRect(text_x, rect.top(), rect.right() - text_x - 24, rect.height())
        # A line wider than the view ends in "…" (the whole line is in the tooltip and the editor).
        text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

        brk_value = index.data(LineRole.BREAK_AFTER)
        if brk_value:
            brk = Break(brk_value)
            end = min(text_x + fm.horizontalAdvance(text) + 4, rect.right() - 20)
            painter.setFont(option.font)
            mark = look.PARAGRAPH_MARK if brk is Break.PARAGRAPH else look.JOIN_MARK
            painter.setPen(look.PARAGRAPH_COLOUR if brk is Break.PARAGRAPH else look.JOIN_COLOUR)
            painter.drawText(
                QRect(end, rect.top(), 20, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                mark,
            )
        painter.restore()

    def _paint_role(self, painter: QPainter, option: QStyleOptionViewItem, role: Role, box: QRect) -> None:
        mark = role_mark(role)
        if not mark:
            return
        colour = look.ROLE_COLOURS[role]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.tint(colour, 0.82))
        painter.drawRoundedRect(box, 3, 3)
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
        painter.setFont(option.font)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setToolTip(
            self.tr("Enter or leaving the field keeps the correction, Esc cancels. The raw text is kept.")
        )
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        _band, _mark, text_x = self._columns(option)
        rect = QRect(option.rect)
        rect.setLeft(text_x - 3)
        editor.setGeometry(rect)


class PageView(QListView):
    """The raw lines of the open page, several selectable at once.

    Signals:
        linesSelected(list): the editor selected these line numbers (raw order; blank lines left out).
    """

    linesSelected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setItemDelegate(LineDelegate(self))
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._quiet = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.selectionModel().selectionChanged.connect(self._selection_changed)

    def line_model(self) -> LineModel:
        model = self.model()
        assert isinstance(model, LineModel)
        return model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def selected_lines(self) -> list[int]:
        """Selected non-blank lines; the current line when nothing is selected."""
        rows = {i.row() for i in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        model = self.line_model()
        return sorted(r + 1 for r in rows if model.flags(model.index(r)) & Qt.ItemFlag.ItemIsEditable)

    def current_line(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            lines = self.selected_lines()
            return lines[0] if lines else None
        return index.row() + 1

    def select_lines(self, lines: list[int], *, quiet: bool = True) -> None:
        """Select `lines` and scroll to the first, without echoing `linesSelected` when `quiet`."""
        model = self.line_model()
        selection = QItemSelection()
        for n in lines:
            selection.select(model.index(n - 1), model.index(n - 1))
        self._quiet = quiet
        try:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().select(selection, flags)
            if lines:
                first = model.index(lines[0] - 1)
                self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def go_to_line(self, line: int) -> None:
        """Make `line` the current and only selected line (the editor's choice: it echoes)."""
        self.select_lines([line], quiet=False)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self.linesSelected.emit(self.selected_lines())
