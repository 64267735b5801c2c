"""Every colour of the window, and the marks shared by the page view, the outline and the legend."""

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
HYPHEN_MARK = "-→"
"""Drawn at the end of a line whose last word runs on into the next line: the hyphen goes on export."""

PARAGRAPH_COLOUR = QColor("#2f6fbf")
DOUBT_BACKGROUND = QColor("#fff1c2")
DOUBT_MARK = QColor("#e0a000")
SELECTED_BACKGROUND = QColor("#cfe2fb")
CORRECTED_TEXT = QColor("#0b57a4")
MUTED_TEXT = QColor("#8a8a8a")
JOIN_COLOUR = QColor("#b4b4b4")
SUBTITLE_TEXT = QColor("#555555")
WHERE_TEXT = QColor("#888888")
"""The line above an item's text that says where on the page it is."""
FOUND_BACKGROUND = QColor("#ffe08a")
"""The found text in the hits of Find in library."""
SCAN_SELECTED = QColor("#d81b60")
"""The outline of the selected lines on the scan."""
SCAN_BACKGROUND = QColor("#e8e8e8")

PROBLEM_BANNER_STYLE = "#saveProblem { background: #fde2e1; border: 1px solid #e0a0a0; border-radius: 4px; }"
"""The red bar that says edits could not be written."""
CLAIMED_ROW = QColor("#fff4d6")
"""The page list's rows of pages other editors have open (the colour of the bar that says so)."""
_AMBER_BAR = f"background: {CLAIMED_ROW.name()}; border: 1px solid #e3c77a; border-radius: 4px;"
CLAIM_BANNER_STYLE = f"#claimed {{ {_AMBER_BAR} }}"
"""The amber bar that says another editor has the open page."""
FONT_BANNER_STYLE = f"#noChineseFont {{ {_AMBER_BAR} }}"
"""The amber bar that says no Chinese font is installed."""
UNSAVED_STYLE = "color: #b3261e; font-weight: bold"
"""The status bar's "Edits not saved yet"."""
NOTE_STYLE = f"color: {MUTED_TEXT.name()}"
THEME_CHIP_STYLE = """
#themeChip { background: #e8eef7; border: 1px solid #b9c9e2; border-radius: 10px; }
#themeChip QLabel { color: #24406b; padding-left: 6px; }
#themeChip QToolButton { border: none; color: #5a6f90; padding: 0 4px; font-weight: bold; }
#themeChip QToolButton:hover { color: #b3261e; }
#suggestionChip { background: #ffffff; color: #2e5c2e; border: 1px dashed #7fae7f; border-radius: 10px;
                  padding: 1px 8px; }
#suggestionChip:hover { background: #eef7ee; border-style: solid; }
#chipNote { color: #8a8a8a; }
"""
"""The theme chips: confirmed themes filled, suggestions dashed."""


def item_colour(index: int | None) -> QColor | None:
    return None if index is None else ITEM_COLOURS[index % len(ITEM_COLOURS)]


def tint(colour: QColor, amount: float = 0.85) -> QColor:
    """`colour` mixed with white: backgrounds that keep dark text readable."""
    return QColor(
        round(colour.red() + (255 - colour.red()) * amount),
        round(colour.green() + (255 - colour.green()) * amount),
        round(colour.blue() + (255 - colour.blue()) * amount),
    )
