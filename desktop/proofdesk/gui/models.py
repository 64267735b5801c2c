"""Qt item models over domain data: a page's lines, a page's items (the library's pages: `librarymodel`).

The models hold no decisions of their own. They read the session's page and layer and say what changed
when the session says so; an edit typed into a view is handed on as a request (a signal), never written
into the model, so state flows one way: command -> session -> signal -> models -> views.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ..domain.derive import line_text
from ..domain.model import DOUBT_THRESHOLD, Break, Change, Layer, Page, Role, line_label
from .wording import item_label, role_name, rule_name

if TYPE_CHECKING:
    from ..domain.derive import Article

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
# Flags made once: the view asks for a row's flags each time it paints it, and combining Qt's enums in Python
# costs more than the rest of `flags`.
_LINE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_LINE_FLAGS = _LINE_FLAGS | Qt.ItemFlag.ItemIsEditable


class LineRole(IntEnum):
    """Custom data roles of `LineModel` (and `ITEM_KEY`/`COLOUR` of `OutlineModel`)."""

    NUMBER = Qt.ItemDataRole.UserRole + 1
    ROLE = NUMBER + 1
    ITEM_KEY = NUMBER + 2
    COLOUR = NUMBER + 3
    BREAK_AFTER = NUMBER + 4
    DOUBT = NUMBER + 5
    CORRECTED = NUMBER + 6
    RAW = NUMBER + 7
    ARTICLE = NUMBER + 8
    ADDED = NUMBER + 9
    LOOK = NUMBER + 10


@dataclass(frozen=True, slots=True)
class LineLook:
    """Everything the page view draws for a row, asked for in one go (`LineRole.LOOK`): a row is measured and
    painted each time the page opens."""

    text: str
    """The line as the editor sees it: the correction where there is one."""
    raw: str
    number: str
    role: Role | None
    """None for a blank raw line (which has no state in the layer)."""
    colour: int | None
    break_after: Break | None
    doubt: bool
    corrected: bool
    added: bool


class LineModel(QAbstractListModel):
    """Every raw line of the open page, blank ones too, with the segments and added lines among them where
    they stand (`rows`: the line key of each row; without them, row + 1 is the line number).

    Signals:
        correctionRequested(int, str): the editor typed `str` as the text of line `int`.
    """

    correctionRequested = Signal(int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page: Page | None = None
        self._layer: Layer | None = None
        self._colour: dict[int, int] = {}
        self._break_after: dict[int, Break] = {}
        self._rows: list[int] = []
        self._row_of: dict[int, int] = {}
        self._looks: dict[int, LineLook] = {}
        self._texts: list[str] | None = None

    def set_page(self, page: Page | None, layer: Layer | None) -> None:
        self.beginResetModel()
        self._page, self._layer = page, layer
        self._index_layer()
        self.endResetModel()

    def set_layer(self, layer: Layer, change: Change) -> None:
        """Take an edited layer of the same page; rows keep their selection and scroll position (a line
        cut in two or added, or taken away, lays the rows out anew: the view selects by keys again)."""
        if self._rows != self._rows_of(layer):
            self.set_page(self._page, layer)
            return
        self._layer = layer
        self._index_layer()
        if self.rowCount():
            # Colours follow item order and the mark at a line's end depends on the next line, so an edit
            # can change rows it did not touch; a page is a few hundred rows, repainting all is cheap.
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _rows_of(self, layer: Layer | None) -> list[int]:
        if self._page is None:
            return []
        return list(range(1, len(self._page.lines) + 1)) if layer is None else layer.rows(self._page)

    def _index_layer(self) -> None:
        self._colour, self._break_after, self._looks, self._texts = {}, {}, {}, None
        self._rows = self._rows_of(self._layer)
        self._row_of = {n: row for row, n in enumerate(self._rows)}
        if self._layer is None:
            return
        layer = self._layer
        self._colour = {key: i for i, key in enumerate(layer.item_order())}
        for n, following in pairwise(layer.order):
            item = layer.lines[n].item
            if item is not None and layer.lines[following].item == item:
                self._break_after[n] = layer.lines[following].brk

    @property
    def page_name(self) -> str | None:
        """The name of the page shown (None: none)."""
        return None if self._page is None else self._page.name

    def line_at(self, row: int) -> int:
        """The key of the line shown in `row`."""
        return self._rows[row]

    def row_of(self, line: int) -> int | None:
        """The row that shows line `line` (a layer key or a blank raw line's number)."""
        return self._row_of.get(line)

    def next_line(self, line: int) -> int | None:
        """The next non-blank line after `line`: the break at `line`'s end is the break before it."""
        if self._layer is None or line not in self._layer.lines:
            return None
        order = self._layer.order
        at = order.index(line)
        return order[at + 1] if at + 1 < len(order) else None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if parent.isValid() or self._page is None:
            return 0
        return len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._layer is not None and self._rows[index.row()] in self._layer.lines:
            return _EDITABLE_LINE_FLAGS
        return _LINE_FLAGS

    def look(self, row: int) -> LineLook:
        """What the view draws for `row`, worked out when the row is first asked for."""
        look = self._looks.get(row)
        if look is None:
            look = self._looks[row] = self._look_of(self._rows[row])
        return look

    def text_at(self, row: int) -> str:
        """The text of `row` as the editor sees it (`look(row).text`): the view measures every row of a page
        to lay it out, and paints only the few on screen, so the texts are read in one pass without the rest."""
        texts = self._texts
        if texts is None:
            texts = self._texts = self._all_texts()
        return texts[row]

    def _all_texts(self) -> list[str]:
        page, layer = self._page, self._layer
        if page is None:
            return []
        if layer is None:
            return list(page.lines)
        return [line_text(page, layer, n) if n in layer.lines else page.lines[n - 1] for n in self._rows]

    def _look_of(self, n: int) -> LineLook:
        assert self._page is not None and self._layer is not None
        state = self._layer.lines.get(n)
        if state is None:
            text = self._page.lines[n - 1]
            return LineLook(text, text, str(n), None, None, None, False, False, False)
        raw = self._layer.raw_text(self._page, n)
        return LineLook(
            text=state.correction if state.correction is not None else raw,
            raw=raw,
            number=line_label(self._layer, n),
            role=state.role,
            colour=None if state.item is None else self._colour.get(state.item),
            break_after=self._break_after.get(n),
            doubt=state.confidence < DOUBT_THRESHOLD and not state.edited,
            corrected=state.correction is not None,
            added=state.piece is not None and state.piece.added,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._page is None or self._layer is None:
            return None
        look = self.look(index.row())
        if role == LineRole.LOOK:
            return look
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return look.text
        if role == LineRole.NUMBER:
            return look.number
        if role == LineRole.ADDED:
            return look.added
        if role == LineRole.RAW:
            return look.raw
        if look.role is None:
            return None
        # Enum values cross QVariant as plain strings; views turn them back with Role(...) / Break(...).
        if role == LineRole.ROLE:
            return look.role.value
        if role == LineRole.ITEM_KEY:
            return self._layer.lines[self._rows[index.row()]].item
        if role == LineRole.COLOUR:
            return look.colour
        if role == LineRole.BREAK_AFTER:
            return None if look.break_after is None else look.break_after.value
        if role == LineRole.DOUBT:
            return look.doubt
        if role == LineRole.CORRECTED:
            return look.corrected
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(self._rows[index.row()], look.raw)
        return None

    def _tooltip(self, n: int, raw: str) -> str:
        assert self._layer is not None
        state = self._layer.lines[n]
        parts = [
            QCoreApplication.translate("Models", "Line {0}: {1}").format(
                line_label(self._layer, n), role_name(state.role)
            )
        ]
        if state.item is not None:
            parts.append(QCoreApplication.translate("Models", "item {0}").format(self._colour.get(state.item, 0) + 1))
        shown = state.correction if state.correction is not None else raw
        text = shown + "\n" + "; ".join(parts)
        if state.piece is not None and state.piece.added:
            text += "\n" + QCoreApplication.translate("Models", "Added by the editor: not in the raw page")
        elif state.correction is not None:
            text += "\n" + QCoreApplication.translate("Models", "Raw text: {0}").format(raw)
        if state.edited:
            text += "\n" + QCoreApplication.translate("Models", "Set by the editor")
        elif state.rule:
            text += "\n" + QCoreApplication.translate("Models", "Parser: {0}, sure {1:.0%}").format(
                rule_name(state.rule), state.confidence
            )
        return text

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        text = str(value)
        if text != self.data(index):
            self.correctionRequested.emit(self._rows[index.row()], text)
        return True


class OutlineModel(QAbstractListModel):
    """The open page's items in page order, each as `derive` makes it (what the export will hold)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._articles: list[Article] = []

    def set_page(self, page: Page | None, layer: Layer | None) -> None:
        # Imported here: the cleaning rules behind derive are not needed before the first page shows.
        from ..domain.derive import derive

        articles = derive(page, layer) if page is not None and layer is not None else []
        if len(articles) == len(self._articles) and articles:
            self._articles = articles
            self.dataChanged.emit(self.index(0), self.index(len(articles) - 1))
            return
        self.beginResetModel()
        self._articles = articles
        self.endResetModel()

    def article(self, row: int) -> Article | None:
        return self._articles[row] if 0 <= row < len(self._articles) else None

    def row_of(self, key: int | None) -> int | None:
        for row, article in enumerate(self._articles):
            if article.key == key:
                return row
        return None

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._articles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article = self._articles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(article)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = article.source_lines
            return QCoreApplication.translate("Models", "Lines {0}–{1}").format(lines[0], lines[-1]) if lines else None
        if role == LineRole.ITEM_KEY:
            return article.key
        if role == LineRole.COLOUR:
            return index.row()
        if role == LineRole.ARTICLE:
            return article
        return None
