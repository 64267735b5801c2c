"""The red bar over the window when edits could not be written: why, that nothing is lost, and Retry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from . import look
from .wording import problem_text

if TYPE_CHECKING:
    from ..storage import Problem


class SaveBanner(QFrame):
    """Hidden until a write fails.

    Signals:
        retryRequested(): the editor pressed Retry.
    """

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveProblem")
        self.setStyleSheet(look.PROBLEM_BANNER_STYLE)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        retry = QPushButton(self.tr("Retry"), self)
        retry.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(retry)
        self.hide()

    def show_problem(self, problem: Problem) -> None:
        """Say that the last edits could not be written, and why; they are kept."""
        self.message.setText(
            self.tr(
                "Your last edits could not be written to the library: {0} They are kept in this window and "
                "will be written with your next edit, or when you press Retry (Ctrl+S)."
            ).format(problem_text(problem))
        )
        self.show()
