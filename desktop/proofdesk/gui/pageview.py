"""The raw page: line numbers, a coloured band per item, role marks, join/break marks, doubts, and the
in-place editor for correcting a line's text. Long lines wrap in the view instead of being cut."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QInputMethodEvent,
    QKeyEvent,
    QPainter,
    QTextCursor,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from ..domain.model import Break, Role
from . import look
from .models import LineLook, LineModel, LineRole
from .widgets.listview import ListView
from .wording import role_mark

Index = QModelIndex | QPersistentModelIndex
# Combined once: Qt's enums are combined in Python, which a row painted would do several times.
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MARK_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_BREAK_MARKS = {Break.PARAGRAPH: look.PARAGRAPH_MARK, Break.JOIN: look.JOIN_MARK, Break.HYPHEN: look.HYPHEN_MARK}


class LineTextEdit(QTextEdit):
    """The editor of a raw line too long for one row: the line wraps as it does on the page.

    A corrected line holds no line break, so Enter keeps the correction (Esc cancels, as in the one-row
    editor) and pasted line breaks are dropped. While an input method composes, Enter and the text being
    composed belong to the input method: nothing is kept until it commits.

    Signals:
        finished(): the editor pressed Enter to keep the correction.
    """

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lineTextEdit")
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.composing = False

    def text(self) -> str:
        """The line as typed: what an input method still composes is not part of it."""
        return self.toPlainText().replace("\n", "").replace("\u2029", "")

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self.composing = bool(event.preeditString())
        super().inputMethodEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.composing:
            self.finished.emit()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        self.insertPlainText("".join(source.text().splitlines()))


class LineDelegate(QStyledItemDelegate):
    """Paints a raw line with its marks, wrapped to the width of the view (the number and role mark stand
    at its first row, the break mark after its last); edits its text in place, committing on Enter or
    when the field loses focus (an input method's composition is never cut short). A line that wraps is
    edited in a field that wraps too."""

    BAND = 5
    PAD = 3  # above and below the text of a line
    END_ROOM = 24  # right of the text: the break mark and the doubt edge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[str, str, int], tuple[int, int]] = {}
        # Each line's width in one row, whatever the view's: a page is laid out twice as it opens (its scroll bar
        # appears once the rows are measured and makes the view narrower), and again on every resize.
        self._advances: dict[tuple[str, str], float] = {}
        # The lines that wrap, as measured last (a page's), kept for painting them: laid out once, not twice.
        self._layouts: dict[tuple[str, str, int], QTextLayout] = {}
        self._font = QFont()
        self._font_key = ""
        self._offsets = (0, 0, 0, 0)
        self._mark_font = QFont()
        # A line's width in fractions of a pixel, as its layout measures it: rounded to whole pixels, a line a
        # fraction wider than the view would be counted as one row and wrap into the row under it.
        self._fm = QFontMetricsF(self._font)
        self._one_row = 0
        self._view = parent if isinstance(parent, ListView) else None
        # Each role's mark and its background, worked out at the first line painted with it.
        self._marks: dict[Role, tuple[str, QColor]] = {}

    def _metrics(self, font: QFont) -> tuple[str, int, int, int, int]:
        """For `font`: its key, the offsets of the band, role mark and text from a row's left, and the
        height of one row of text (measured once per font: a page asks for them on every line)."""
        if not self._font_key or font != self._font:
            fm = QFontMetrics(font)
            band = fm.horizontalAdvance("000.0") + 8
            mark = band + self.BAND + 6
            text = mark + fm.horizontalAdvance("Sec") + 14
            self._font, self._font_key, self._offsets = QFont(font), font.key(), (band, mark, text, fm.height())
            self._fm = QFontMetricsF(font)
            # A row of Chinese text may stand taller than the font's own (the characters from a fallback font).
            probe = self.text_layout("国Ag", font, 10_000)
            self._one_row = max(fm.height(), math.ceil(probe.boundingRect().height()))
            self._mark_font = QFont(font)
            self._mark_font.setPointSizeF(font.pointSizeF() * 0.85)
            self._mark_font.setBold(True)
        return (self._font_key, *self._offsets)

    def _columns(self, option: QStyleOptionViewItem) -> tuple[int, int, int]:
        """x of the band, of the role mark, of the text."""
        _key, band, mark, text, _height = self._metrics(option.font)
        left = option.rect.left()
        return left + band, left + mark, left + text

    def _text_width(self, option: QStyleOptionViewItem, text_dx: int | None = None) -> int:
        """The width the line's text wraps at; `text_dx`: the text's offset when the caller has it."""
        if text_dx is None:
            text_dx = self._metrics(option.font)[3]
        view = self._view
        right = view.viewport_size().width() if view is not None else option.rect.right()
        return max(80, right - text_dx - self.END_ROOM)

    @staticmethod
    def text_layout(text: str, font: QFont, width: int) -> QTextLayout:
        """`text` laid out in rows of at most `width` pixels (breaking anywhere between Chinese characters)."""
        layout = QTextLayout(text, font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(text_option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    @staticmethod
    def _line_font(option: QStyleOptionViewItem, row: LineLook) -> QFont:
        font = QFont(option.font)
        font.setStrikeOut(row.role is Role.IGNORED)
        font.setUnderline(row.corrected)
        return font

    def _selected(self, option: QStyleOptionViewItem, index: Index) -> bool:
        """The row is selected, as the view tells the style: asked of the view's selection, as the view does, not
        read from `option.state`, whose class (`QStyle`, some 10 ms of enums) is then made before the first page
        is painted."""
        if self._view is not None:
            return self._view.selectionModel().isSelected(index)
        from PySide6.QtWidgets import QStyle

        return bool(option.state & QStyle.StateFlag.State_Selected)

    def _measure(self, option: QStyleOptionViewItem, index: Index) -> tuple[int, int]:
        """Rows and height in pixels of the line's text at the view's width (at least one row's)."""
        model = index.model()
        assert isinstance(model, LineModel)
        text = model.text_at(index.row())
        font_key, _band, _mark, text_dx, height = self._metrics(option.font)
        if not text:
            return 1, height
        # Underline and strike-out (corrected, ignored) do not change where a line wraps: the plain font
        # measures every line.
        width = self._text_width(option, text_dx)
        key = (text, font_key, width)
        measured = self._sizes.get(key)
        if measured is None:
            # Laying out every line of a long page again on each pass is what makes a page open slowly; most
            # lines fit in one row, which their width alone tells.
            if len(self._sizes) > 20_000:
                self._sizes.clear()
                self._advances.clear()
            advance = self._advances.get((text, font_key))
            if advance is None:
                advance = self._advances[text, font_key] = self._fm.horizontalAdvance(text)
            if advance <= width:
                measured = (1, self._one_row)
            else:
                if len(self._layouts) > 2_000:
                    self._layouts.clear()
                layout = self._layouts[key] = self.text_layout(text, option.font, width)
                measured = (max(1, layout.lineCount()), max(height, math.ceil(layout.boundingRect().height())))
            self._sizes[key] = measured
        return measured

    def rows(self, option: QStyleOptionViewItem, index: Index) -> int:
        """How many rows the line takes in the view."""
        return self._measure(option, index)[0]

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = self._measure(option, index)[1]
        return QSize(self._offsets[3] * 20, height + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: LineLook | None = index.data(LineRole.LOOK)
        if row is None:
            return
        painter.save()
        # Each value of the option read once: every read is a call into Qt, and a page paints its rows anew.
        rect: QRect = option.rect
        font = option.font
        font_key, band, mark, text_dx, height = self._metrics(font)
        left, top_y, rect_height = rect.left(), rect.top(), rect.height()
        band_x, mark_x, text_x = left + band, left + mark, left + text_dx
        first_row_height = height + 2 * self.PAD
        if self._selected(option, index):
            painter.fillRect(rect, look.SELECTED_BACKGROUND)
        elif row.doubt:
            painter.fillRect(rect.adjusted(band, 0, 0, 0), look.DOUBT_BACKGROUND)
        if row.doubt:
            painter.fillRect(QRect(rect.right() - 3, top_y, 4, rect_height), look.DOUBT_MARK)

        # An added line's `+` in the colour of the editor's text: it is not on the raw page.
        painter.setPen(look.CORRECTED_TEXT if row.added else look.MUTED_TEXT)
        painter.drawText(QRect(left, top_y, band - 6, first_row_height), _NUMBER_ALIGN, row.number)

        colour = look.item_colour(row.colour)
        if colour is not None:
            painter.fillRect(QRect(band_x, top_y, self.BAND, rect_height), colour)

        if row.role is not None:
            box = QRect(mark_x, top_y + 2, text_x - mark_x - 8, first_row_height - 4)
            self._paint_role(painter, font, row.role, box)

        plain = not row.corrected and row.role is not Role.IGNORED
        if row.role is Role.IGNORED:
            painter.setPen(look.MUTED_TEXT)
        else:
            painter.setPen(look.CORRECTED_TEXT if row.corrected else option.palette.text().color())
        width = self._text_width(option, text_dx)
        # A line wider than the view wraps; every row of it stays in the text column.
        layout = self._layouts.get((row.text, font_key, width)) if plain else None
        line_font = font if plain else self._line_font(option, row)
        if layout is None:
            layout = self.text_layout(row.text, line_font, width)
        top = top_y + self.PAD + (0 if plain else max(0, (height - QFontMetrics(line_font).height()) // 2))
        layout.draw(painter, QPointF(text_x, top))

        if row.break_after is not None:
            self._paint_break(painter, font, rect.right(), row.break_after, layout, QPoint(text_x, top))
        painter.restore()

    def _paint_break(
        self, painter: QPainter, font: QFont, right: int, brk: Break, layout: QTextLayout, origin: QPoint
    ) -> None:
        """The break mark after the end of the line's text (on its last row when it wraps), left of `right`."""
        rows = layout.lineCount()
        last = layout.lineAt(rows - 1) if rows else None
        end_x = origin.x() + (math.ceil(last.naturalTextWidth()) if last is not None else 0) + 4
        row_top = origin.y() + (round(last.y()) if last is not None else 0)
        row_height = round(last.height()) if last is not None else QFontMetrics(font).height()
        painter.setFont(font)
        painter.setPen(look.PARAGRAPH_COLOUR if brk is Break.PARAGRAPH else look.JOIN_COLOUR)
        painter.drawText(QRect(min(end_x, right - 24), row_top, 24, row_height), _MARK_ALIGN, _BREAK_MARKS[brk])

    def _paint_role(self, painter: QPainter, font: QFont, role: Role, box: QRect) -> None:
        known = self._marks.get(role)
        if known is None:
            known = self._marks[role] = (role_mark(role), look.tint(look.ROLE_COLOURS[role], 0.82))
        mark, background = known
        if not mark:
            return
        colour = look.ROLE_COLOURS[role]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(self._mark_font)
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, mark)
        painter.setFont(font)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        tip = self.tr("Enter or leaving the field keeps the correction, Esc cancels. The raw text is kept.")
        if self.rows(option, index) > 1:
            text_edit = LineTextEdit(parent)
            text_edit.setToolTip(tip)
            text_edit.finished.connect(lambda: self._finish(text_edit))
            return text_edit
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setToolTip(tip)
        return editor

    def _finish(self, editor: LineTextEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, LineTextEdit):
            editor.setPlainText(text)
            editor.moveCursor(QTextCursor.MoveOperation.End)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, LineTextEdit | QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        _band, _mark, text_x = self._columns(option)
        rect = QRect(option.rect)
        rect.setLeft(text_x - 3)
        if isinstance(editor, LineTextEdit):
            # Rows break where they break on the page; the room to the right keeps the cursor in view.
            width = self._text_width(option)
            editor.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            editor.setLineWrapColumnOrWidth(width)
            rect.setTop(rect.top() + self.PAD)
            rect.setRight(text_x + width + 12)
        editor.setGeometry(rect)


class PageView(ListView):
    """The raw lines of the open page, several selectable at once.

    Signals:
        linesSelected(list): the editor selected these lines (layer keys in page order; blank lines left out).
    """

    linesSelected = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self.setItemDelegate(LineDelegate(self))
        # Rows are as high as their wrapped line; a narrower or wider view lays them out again.
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)  # lays the rows out again when the view gets narrower or wider
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._quiet = False
        self._kept: tuple[list[int], int | None] = ([], None)
        self._kept_page: str | None = None

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            self.selectionModel().selectionChanged.connect(self._selection_changed)
            # A line cut in two, added or taken away lays the rows out anew: the same lines stay selected.
            model.modelAboutToBeReset.connect(self._keep_selection)
            model.modelReset.connect(self._restore_selection)

    def _keep_selection(self) -> None:
        self._kept = (self.selected_lines(), self.current_line())
        self._kept_page = self.line_model().page_name

    def _restore_selection(self) -> None:
        lines, current = self._kept
        model = self.line_model()
        if model.page_name != self._kept_page:
            return  # another page: the window selects its line (selecting these first lays out every row)
        rows = [row for n in lines if (row := model.row_of(n)) is not None]
        if not rows:
            return
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row), model.index(row))
        self._quiet = True
        try:
            self.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            row = model.row_of(current) if current is not None else None
            current_index = model.index(row if row is not None else rows[0])
            self.selectionModel().setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._quiet = False

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
        editable = [r for r in sorted(rows) if model.flags(model.index(r)) & Qt.ItemFlag.ItemIsEditable]
        return [model.line_at(r) for r in editable]

    def current_line(self) -> int | None:
        index = self.currentIndex()
        if not index.isValid():
            lines = self.selected_lines()
            return lines[0] if lines else None
        return self.line_model().line_at(index.row())

    def select_lines(self, lines: list[int], *, quiet: bool = True) -> None:
        """Select `lines` and scroll to the first, without echoing `linesSelected` when `quiet`."""
        model = self.line_model()
        rows = [row for n in lines if (row := model.row_of(n)) is not None]
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row), model.index(row))
        self._quiet = quiet
        try:
            first = model.index(rows[0]) if rows else None
            if first is not None:  # current before the selection moves: whoever hears of it reads the new line
                self.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().select(selection, flags)
            if first is not None:
                self.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._quiet = False

    def go_to_line(self, line: int) -> None:
        """Make `line` the current and only selected line (the editor's choice: it echoes)."""
        self.select_lines([line], quiet=False)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._quiet:
            self.linesSelected.emit(self.selected_lines())
