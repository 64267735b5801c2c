"""The bars over the window: the red one when edits could not be written (why, that nothing is lost, and Retry;
after another editor's change, apply the edits to their version or drop them), the amber one while
another editor has the open page, and the one that says no Chinese font is installed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import look
from .wording import problem_text

if TYPE_CHECKING:
    from ..storage import Problem


class SaveBanner(QFrame):
    """Hidden until a write fails.

    Signals:
        retryRequested(): the editor pressed Retry.
        resolveRequested(bool): after another editor's change, apply the edits to it (True) or drop them.
    """

    retryRequested = Signal()
    resolveRequested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setStyleSheet(look.PROBLEM_BANNER_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.retry = QPushButton(self.tr("Retry"), self)
        self.retry.clicked.connect(self.retryRequested)
        self.keep = QPushButton(self.tr("&Apply my edits to their version"), self)
        self.keep.clicked.connect(lambda: self.resolveRequested.emit(True))
        self.drop = QPushButton(self.tr("Drop my edits"), self)
        self.drop.clicked.connect(lambda: self.resolveRequested.emit(False))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        for button in (self.retry, self.keep, self.drop):
            layout.addWidget(button)
        self.hide()

    def show_problem(self, problem: Problem) -> None:
        """Say that the last edits could not be written, and why; they are kept."""
        from ..storage import Problem

        conflict = problem is Problem.CONFLICT
        self.retry.setVisible(not conflict)
        self.keep.setVisible(conflict)
        self.drop.setVisible(conflict)
        if conflict:
            self.message.setText(problem_text(problem))
            self.show()
            return
        self.message.setText(
            self.tr(
                "Your last edits could not be written to the library: {0} They are kept in this window and "
                "will be written with your next edit, or when you press Retry (Ctrl+S)."
            ).format(problem_text(problem))
        )
        self.show()

    def show_conflict(self, editor: str, lines: list[int]) -> None:
        """Say who changed the page meanwhile, and which lines, with the two choices."""
        shown = ", ".join(map(str, lines[:12])) + (" …" if len(lines) > 12 else "")
        self.message.setText(
            self.tr(
                "{0} changed this page since it was opened here (lines {1}). Your edits are kept: apply them to "
                "their version, or drop them."
            ).format(editor, shown or "—")
        )


class ClaimBanner(QFrame):
    """Shown while another editor's window holds the open page: who, that the page is read-only here, and a
    button to take the page over (their window turns read-only; their edits not yet written are refused, never
    written over this window's).

    Signals:
        takeOverRequested(): the editor pressed Take over.
    """

    takeOverRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("claimed")
        self.setStyleSheet(look.CLAIM_BANNER_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.take_over = QPushButton(self.tr("Ta&ke over"), self)
        self.take_over.setToolTip(
            self.tr("Edit the page here; the other window shows it read-only (after a crash: your own window).")
        )
        self.take_over.clicked.connect(self.takeOverRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.take_over)
        self.hide()

    def show_holder(self, editor: str | None) -> None:
        """Say who holds the page (None: nobody else, the bar hides)."""
        if editor is None:
            self.hide()
            return
        self.message.setText(
            self.tr("{0} is editing this page. It is read-only here until they move on to another page.").format(editor)
        )
        self.show()


# In English, whatever the interface's language: without a Chinese font the Chinese text would be boxes too.
NO_CHINESE_FONT = (
    "No Chinese font is installed: Chinese characters show as empty boxes. Install one (Debian, Ubuntu: "
    "sudo apt install fonts-noto-cjk; Fedora: sudo dnf install google-noto-sans-cjk-fonts) and open Proofdesk again."
)


class FontBanner(QFrame):
    """Shown when no font on the system draws Chinese (a checkout or a wheel on a system without one; the
    packages depend on one): what the boxes are and how to get a font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noChineseFont")
        self.setStyleSheet(look.FONT_BANNER_STYLE)
        self.message = QLabel(NO_CHINESE_FONT, self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # (the command, to copy)
        close = QPushButton("OK", self)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(close)


def chinese_font_installed() -> bool:
    """Some installed font draws simplified Chinese (asked once the first frame is painted: the font database's
    class is made when first touched)."""
    from PySide6.QtGui import QFontDatabase

    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems()
