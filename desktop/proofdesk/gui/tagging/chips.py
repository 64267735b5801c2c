"""The theme chips of the selected item: its confirmed themes (each with × to remove it), the suggested
themes beside them (each with the key that accepts it) and an input that completes theme names from the
taxonomy.

The chips are a view: they show what `ItemTags` gives them and hand every click on as a request (a
signal); tags change only through an undoable command, and the chips are redrawn from the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from .. import look
from ..widgets.flow import FlowLayout
from .model import ThemeModel

if TYPE_CHECKING:
    from ...themes import Suggestion


def reason_text(suggestion: Suggestion) -> str:
    """Why a theme is suggested, for the chip's tooltip."""
    from ...themes import Reason

    keywords = "、".join(suggestion.keywords[:5])
    similar = len(suggestion.similar)
    if suggestion.reason is Reason.KEYWORDS:
        return QCoreApplication.translate("ThemeChips", "Its keywords are in the text: {0}").format(keywords)
    if suggestion.reason is Reason.SIMILAR:
        return QCoreApplication.translate("ThemeChips", "Confirmed on {0} similar items").format(similar)
    if suggestion.reason is Reason.BOTH:
        text = QCoreApplication.translate("ThemeChips", "Keywords in the text ({0}), confirmed on {1} similar items")
        return text.format(keywords, similar)
    return QCoreApplication.translate("ThemeChips", "One of the themes confirmed most often")


class ThemeInput(QLineEdit):
    """The theme name input; Backspace in an empty input asks to remove the last chip.

    Signals:
        removeLast(): Backspace was pressed with nothing typed.
        dismissed(): Esc was pressed with nothing typed (the editor is done with the input).
    """

    removeLast = Signal()
    dismissed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.removeLast.emit()
            return
        if event.key() == Qt.Key.Key_Escape and not self.text() and self.parentWidget() is not None:
            self.clearFocus()
            self.dismissed.emit()
            return
        super().keyPressEvent(event)


class ThemeChips(QWidget):
    """Confirmed and suggested themes of one item, and the input to add one by name.

    Signals:
        addRequested(str): the editor typed or picked this theme name.
        removeRequested(str): the editor clicked × on this confirmed theme.
        acceptRequested(int): the editor clicked the suggestion at this position (0 = the first).
    """

    addRequested = Signal(str)
    removeRequested = Signal(str)
    acceptRequested = Signal(int)

    def __init__(self, model: ThemeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themeChips")
        self.setStyleSheet(look.THEME_CHIP_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(QMargins(2, 4, 2, 4))
        self.input = ThemeInput(self)
        self.input.setObjectName("themeInput")
        self.input.setPlaceholderText(self.tr("Add a theme…"))
        self.input.setFixedWidth(self.fontMetrics().horizontalAdvance("M" * 9))
        self.completer = QCompleter(model, self)
        self.completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.input.returnPressed.connect(self._typed)
        self.completer.activated.connect(self._picked)
        self.input.removeLast.connect(self._remove_last)
        self.note = QLabel(self)
        self.note.setObjectName("chipNote")
        self._tags: tuple[str, ...] = ()
        self._suggestions: list[Suggestion] = []
        self._hints: list[str] = []
        self._chips: list[QWidget] = []
        self._note_text = ""
        # What the chips on screen show: a page opening shows an item's themes and suggestions in several
        # steps, and chips are widgets, made and laid out again only when what they show changed.
        self._built: tuple[object, ...] | None = None
        self._rebuild()

    # -- what is shown --------------------------------------------------------------------------------

    def show_item(self, tags: Sequence[str] | None, *, keep_suggestions: bool = True) -> None:
        """The item's confirmed themes; None when no item (or an item that carries no themes) is selected.
        `keep_suggestions` False: the suggestions shown go (they were another item's)."""
        self.setEnabled(tags is not None)
        self.setHidden(tags is None)  # nothing to tag: no empty input standing over an empty article
        self._tags = tuple(tags or ())
        self._suggestions = [s for s in self._suggestions if s.theme not in self._tags] if keep_suggestions else []
        self._rebuild()

    def show_suggestions(self, suggestions: Sequence[Suggestion], note: str = "") -> None:
        """Suggested themes, best first, or a note instead (loading, unavailable)."""
        self._suggestions = [s for s in suggestions if s.theme not in self._tags]
        self._note_text = note
        self._rebuild()

    def set_key_hints(self, hints: Sequence[str]) -> None:
        """The keys that accept the first, second... suggestion, shown on the chips."""
        self._hints = list(hints)
        self._rebuild()

    @property
    def tags(self) -> tuple[str, ...]:
        return self._tags

    @property
    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def chip_texts(self) -> list[str]:
        """What the chips read, in order (for tests and accessibility checks)."""
        texts = []
        for chip in self._chips:
            label = chip.findChild(QLabel)
            texts.append(label.text() if label is not None else chip.property("text") or "")
        return texts

    # -- building -------------------------------------------------------------------------------------

    def _rebuild(self) -> None:
        shown = (self._tags, tuple(self._suggestions), tuple(self._hints), self._note_text)
        if shown == self._built:
            return
        self._built = shown
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self._chips = []
        self.flow.removeWidget(self.input)
        self.flow.removeWidget(self.note)
        for name in self._tags:
            self._chips.append(self._confirmed_chip(name))
        for i, suggestion in enumerate(self._suggestions):
            self._chips.append(self._suggestion_chip(i, suggestion))
        for chip in self._chips:
            self.flow.addWidget(chip)
        self.flow.addWidget(self.input)
        self.note.setText(self._note_text)
        self.note.setVisible(bool(self._note_text))
        self.flow.addWidget(self.note)
        self.updateGeometry()

    def _confirmed_chip(self, name: str) -> QWidget:
        chip = QFrame(self)
        chip.setObjectName("themeChip")
        label = QLabel(name, chip)
        remove = QToolButton(chip)
        remove.setText("×")
        remove.setToolTip(self.tr("Remove the theme {0}").format(name))
        remove.setAccessibleName(self.tr("Remove the theme {0}").format(name))
        remove.setCursor(Qt.CursorShape.PointingHandCursor)
        remove.clicked.connect(lambda _c=False, n=name: self.removeRequested.emit(n))
        layout = QHBoxLayout(chip)
        layout.setContentsMargins(2, 1, 2, 1)
        layout.setSpacing(0)
        layout.addWidget(label)
        layout.addWidget(remove)
        chip.show()
        return chip

    def _suggestion_chip(self, position: int, suggestion: Suggestion) -> QWidget:
        chip = QToolButton(self)
        chip.setObjectName("suggestionChip")
        hint = self._hints[position] if position < len(self._hints) else ""
        chip.setText(f"+ {suggestion.theme}" + (f"   {hint}" if hint else ""))
        tip = reason_text(suggestion)
        if hint:
            tip += "\n" + self.tr("Accept with {0}").format(hint)
        chip.setToolTip(tip)
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.clicked.connect(lambda _c=False, p=position: self.acceptRequested.emit(p))
        chip.show()
        return chip

    # -- input ----------------------------------------------------------------------------------------

    def _typed(self) -> None:
        name = self.input.text().strip()
        if name:
            # Enter takes the only completion on screen: `理论` is `理论学习` when nothing else matches.
            self.completer.setCompletionPrefix(name)
            found = self.completer.completionModel()
            names = [str(found.index(row, 0).data(Qt.ItemDataRole.EditRole)) for row in range(found.rowCount())]
            if len(names) == 1 and name.casefold() not in (n.casefold() for n in names):
                name = names[0]
            self.addRequested.emit(name)
        # The completer writes the picked name into the input after `activated`: clear once it has.
        QTimer.singleShot(0, self.input.clear)

    def _picked(self, name: str) -> None:
        if name.strip() and name.strip() not in self._tags:
            self.addRequested.emit(name.strip())
        QTimer.singleShot(0, self.input.clear)

    def _remove_last(self) -> None:
        if self._tags:
            self.removeRequested.emit(self._tags[-1])
