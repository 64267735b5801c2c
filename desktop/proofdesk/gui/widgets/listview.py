"""A list view that knows the size of its viewport without asking the viewport."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import QListView, QWidget


class ListView(QListView):
    """A list view whose viewport's size is the one its resize events gave (Qt sends the view those of its
    viewport, not its own) while it is on screen.

    Asking for `viewport()` the first time makes PySide wrap a widget that Qt made, and to learn its class PySide
    loads every widget class it has not loaded yet (some 5 ms, and the dialogs' classes with them): the first page
    is laid out and painted without it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewport_size: QSize | None = None

    def viewport_size(self) -> QSize:
        """The viewport's size (asked of the viewport before the first resize event since the view was shown)."""
        return self.viewport().size() if self._viewport_size is None else QSize(self._viewport_size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._viewport_size = QSize(event.size())
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden viewport is resized without an event: it gets it when shown again.
        self._viewport_size = None
        super().hideEvent(event)
