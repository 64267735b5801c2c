"""The two small dialogs of sub-line edits: where to cut a line, and the text of a line to add."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

_MARK = re.compile(r"[■□●◆▲★]")
_SENTENCE_END = re.compile(r"[。！？]\s*(?=\S)")
_GAP = re.compile(r"\s{2,}(?=\S)")


def likely_cut(text: str) -> int:
    """Where a line most likely wants cutting: before the last byline mark (`…丰收。 ■ 马红坤` → before `■`),
    else after the last sentence that more text follows, else after a wide gap; else its middle."""
    for pattern, at_end in ((_MARK, False), (_SENTENCE_END, True), (_GAP, True)):
        places = [m.end() if at_end else m.start() for m in pattern.finditer(text)]
        places = [p for p in places if 0 < p < len(text)]
        if places:
            return places[-1]
    return len(text) // 2


class _LineDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.field = QLineEdit(self)
        self.field.setMinimumWidth(520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(buttons)


class CutLineDialog(_LineDialog):
    """The line's text with a cursor: the editor puts the cursor where the line is to be cut and presses
    Enter. The text cannot be changed here (the cut keeps every character)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Cut the line"),
            self.tr(
                "Put the cursor where the line is to be cut (arrow keys, Home, End) and press Enter. The part"
                " after the cursor becomes a line of its own that can take another role or item; the raw text"
                " is kept."
            ),
            parent,
        )
        self.setObjectName("cutLineDialog")
        self.field.setText(text)
        self.field.setReadOnly(True)
        self.field.setCursorPosition(likely_cut(text))

    def cut_at(self) -> int:
        return self.field.cursorPosition()


class AddLineDialog(_LineDialog):
    """The text of a line the OCR lost; it is added as the editor's, the raw page untouched."""

    def __init__(self, after: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a line"),
            self.tr("Type the line the OCR lost. It goes after the current line.")
            if after
            else self.tr("Type the line the OCR lost (a headline, a word). It goes before the current line."),
            parent,
        )
        self.setObjectName("addLineDialog")

    def text(self) -> str:
        return self.field.text()
