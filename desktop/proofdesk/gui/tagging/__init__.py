"""Theme tagging in the window.

`install` puts it into the main window. Inside: `suggestions` (the suggester, built, asked and taught off
the GUI thread), `taxonomy` (the library's themes and counts, and the taxonomy edits), `controller` (the
selected item's themes), `chips` (the widget that shows them), `filter` (filtering by theme), `model` (the
taxonomy as a list model) and `dialog` (the taxonomy dialog, imported when first opened).
"""

from .ui import ThemeUi, install

__all__ = ["ThemeUi", "install"]
