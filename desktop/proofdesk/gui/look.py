"""Colours and marks shared by the page view, the outline and the legend."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ..domain.model import Role

# Soft, distinct colours; neighbouring items never share one because colours follow page order.
ITEM_COLOURS = tuple(
    QColor(c) for c in ("#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#e15759", "#76b7b2", "#edc948", "#9c755f")
)

# Text colour of each role's mark (its background is a light tint of the same colour).
ROLE_COLOURS = {
    Role.KICKER: QColor("#c05a00"),
    Role.TITLE: QColor("#b3261e"),
    Role.SUBTITLE: QColor("#c05a00"),
    Role.BYLINE: QColor("#2e7d32"),
    Role.HEADING: QColor("#6a3d9a"),
    Role.BODY: QColor("#555555"),
    Role.NOTE: QColor("#5d6d7e"),
    Role.CAPTION: QColor("#00796b"),
    Role.CREDIT: QColor("#00796b"),
    Role.SECTION: QColor("#8d6e63"),
    Role.AD: QColor("#8d6e63"),
    Role.IGNORED: QColor("#9e9e9e"),
}

PARAGRAPH_MARK = "↵"
"""Drawn at the end of a line whose next line starts a new paragraph."""
JOIN_MARK = "→"
"""Drawn at the end of a line that runs on into the next line (a soft wrap, joined on export)."""

PARAGRAPH_COLOUR = QColor("#2f6fbf")
DOUBT_BACKGROUND = QColor("#fff1c2")
DOUBT_MARK = QColor("#e0a000")
SELECTED_BACKGROUND = QColor("#cfe2fb")
CORRECTED_TEXT = QColor("#0b57a4")
MUTED_TEXT = QColor("#8a8a8a")
JOIN_COLOUR = QColor("#b4b4b4")


def item_colour(index: int | None) -> QColor | None:
    return None if index is None else ITEM_COLOURS[index % len(ITEM_COLOURS)]


def tint(colour: QColor, amount: float = 0.85) -> QColor:
    """`colour` mixed with white: backgrounds that keep dark text readable."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )
