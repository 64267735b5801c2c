"""The article side: the page's items as an outline, and the selected item as clean text, exactly the
title, subtitle, byline and paragraphs the export will hold."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain.model import Layer, Page, Role
from . import look
from .models import LineRole, OutlineModel
from .widgets.listview import ListView
from .wording import item_headline, kind_name

if TYPE_CHECKING:
    from ..domain.derive import Article

Index = QModelIndex | QPersistentModelIndex


class OutlineDelegate(QStyledItemDelegate):
    """One row per item, so a page's items fit in the outline: number and kind, the headline in bold, then
    byline and themes in grey as room allows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._font_key = ""
        self._fm = QFontMetrics(QFont())
        self._bold = QFont()
        self._bold_fm = self._fm

    def _metrics(self, font: QFont) -> QFontMetrics:
        """The metrics of `font`, and its bold face and theirs, made once per font (every row asks)."""
        key = font.key()
        if key != self._font_key:
            self._font_key = key
            self._fm = QFontMetrics(font)
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._bold_fm = QFontMetrics(self._bold)
        return self._fm

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, self._metrics(option.font).height() + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        article = index.data(LineRole.ARTICLE)
        if article is None:
            return
        painter.save()
        rect: QRect = option.rect
        if self._view.selectionModel().isSelected(index):  # not `option.state`: see `LineDelegate._selected`
            painter.fillRect(rect, look.SELECTED_BACKGROUND)
        colour = look.item_colour(index.data(LineRole.COLOUR))
        if colour is not None:
            painter.fillRect(QRect(rect.left() + 2, rect.top() + 2, 5, rect.height() - 4), colour)
        font = option.font
        fm = self._metrics(font)
        left = rect.left() + 14
        right = rect.right() - 4
        row = QRect(left, rect.top() + 4, right - left, fm.height())
        headline = item_headline(article) or self.tr("(no text)")
        first = f"{article.number}  {kind_name(article.kind)}  "
        painter.setPen(look.MUTED_TEXT)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft, first)
        row.setLeft(row.left() + fm.horizontalAdvance(first))
        head_font, head_metrics = (self._bold, self._bold_fm) if article.title else (font, fm)
        painter.setFont(head_font)
        painter.setPen(option.palette.text().color())
        shown = head_metrics.elidedText(headline, Qt.TextElideMode.ElideRight, row.width())
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft, shown)
        row.setLeft(row.left() + head_metrics.horizontalAdvance(shown) + fm.horizontalAdvance("  "))
        second = "  ".join(p for p in (article.byline, " ".join(f"#{t}" for t in article.tags)) if p)
        if second and row.width() > fm.horizontalAdvance("国国"):
            painter.setFont(font)
            painter.setPen(look.MUTED_TEXT)
            painter.drawText(
                row, Qt.AlignmentFlag.AlignLeft, fm.elidedText(second, Qt.TextElideMode.ElideRight, row.width())
            )
        painter.restore()


class OutlineFilter(QSortFilterProxyModel):
    """The outline's items that pass a test (every item when there is none), in page order; rows follow
    the page's edits as they are made."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accept: Callable[[Article], bool] | None = None

    def set_test(self, accept: Callable[[Article], bool] | None) -> None:
        """Show only the items for which `accept` is true; None shows every item."""
        self.beginFilterChange()
        self._accept = accept
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._accept is None:
            return True
        article = self.sourceModel().index(source_row, 0, source_parent).data(LineRole.ARTICLE)
        return article is None or self._accept(article)


class ArticlePanel(QWidget):
    """The outline of the open page and the selected item's clean text.

    Signals:
        itemSelected(int): the editor picked the item with this layer key in the outline.
        itemShown(object): the text side now shows this `Article` (None: no item).
    """

    itemSelected = Signal(int)
    itemShown = Signal(object)

    def __init__(self, model: OutlineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.shown = OutlineFilter(self)
        self.shown.setSourceModel(model)
        self.outline = ListView(self)
        self.outline.setObjectName("outline")
        self.outline.setModel(self.shown)
        self.outline.setItemDelegate(OutlineDelegate(self.outline))
        self.outline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.text = QTextBrowser(self)
        self.text.setObjectName("articleText")
        self.text.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("articleSplitter")
        reading = QWidget(self)
        self.reading_layout = QVBoxLayout(reading)
        self.reading_layout.setContentsMargins(0, 0, 0, 0)
        self.reading_layout.setSpacing(2)
        self.reading_layout.addWidget(self.text)
        splitter.addWidget(self.outline)
        splitter.addWidget(reading)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.splitter = splitter
        self._quiet = False
        self._key: int | None = None
        # The article the text side shows: a page opening selects its item three ways (the outline read
        # again, the window's choice, the outline's selection), and the text is laid out once.
        self._shown: Article | None = None
        self.outline.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._refresh)
        model.dataChanged.connect(self._refresh)

    @property
    def current_key(self) -> int | None:
        return self._key

    def fit_outline(self, share: float = 0.55) -> None:
        """Give the outline room for every item of the page, up to `share` of the side; never shrink it."""
        rows = self.shown.rowCount()
        if rows == 0:
            return
        row_height = self.outline.sizeHintForRow(0)
        frame = self.outline.height() - self.outline.viewport_size().height()
        needed = rows * row_height + frame + 2
        sizes = self.splitter.sizes()
        total = sum(sizes)
        if total <= 0 or sizes[0] >= needed:
            return
        outline = min(needed, int(total * share))
        if outline > sizes[0]:
            self.splitter.setSizes([outline, total - outline])

    def set_page(self, page: Page | None, layer: Layer | None, key: int | None) -> None:
        """Show the items of a page that opens, and the text of its item `key` (None: no item)."""
        self._key = key  # what the outline selects once it is read again
        self.model.set_page(page, layer)

    def add_above_text(self, widget: QWidget) -> None:
        """Put `widget` (the theme chips) between the outline and the item's text."""
        self.reading_layout.insertWidget(0, widget)

    def select_item(self, key: int | None) -> None:
        """Select the item (from the page side): no echo back to the page."""
        row = self.model.row_of(key)
        self._quiet = True
        try:
            index = self.shown.mapFromSource(self.model.index(row)) if row is not None else QModelIndex()
            if not index.isValid():
                self.outline.selectionModel().clearSelection()
            else:
                self.outline.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.outline.scrollTo(index)
        finally:
            self._quiet = False
        self._show(key)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        key = indexes[0].data(LineRole.ITEM_KEY)
        self._show(key)
        if not self._quiet and key is not None:
            self.itemSelected.emit(key)

    def _refresh(self) -> None:
        self.select_item(self._key)

    def _show(self, key: int | None) -> None:
        self._key = key
        row = self.model.row_of(key)
        article = None if row is None else self.model.article(row)
        if article == self._shown:
            return
        self._shown = article
        self.text.setHtml(self._html(article) if article else "")
        self.itemShown.emit(article)

    def _html(self, article: Article) -> str:
        """The item as the export will hold it, laid out for reading."""
        lines = article.source_lines
        where = self.tr("Item {0} · {1} · lines {2}–{3}").format(
            article.number, kind_name(article.kind), lines[0] if lines else "", lines[-1] if lines else ""
        )
        parts = [f"<p style='color:{look.WHERE_TEXT.name()};font-size:small'>{escape(where)}</p>"]
        if article.title:
            parts.append(f"<h2 style='margin-bottom:2px'>{escape(article.title)}</h2>")
        if article.subtitle:
            colour = look.SUBTITLE_TEXT.name()
            parts.append(f"<h4 style='color:{colour};margin-top:2px'>{escape(article.subtitle)}</h4>")
        if article.byline:
            parts.append(f"<p style='color:{look.ROLE_COLOURS[Role.BYLINE].name()}'>{escape(article.byline)}</p>")
        # The item's themes are the chips above the text (`ThemeChips`), where they can be edited.
        for paragraph in article.paragraphs:
            parts.append(f"<p style='text-indent:2em;line-height:150%'>{escape(paragraph)}</p>")
        return "\n".join(parts)
