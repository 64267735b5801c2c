"""The window's size, state and pane sizes, kept in its settings: restored at start, written as soon as a
pane is resized (once the dragging stops, so a crash does not lose them) and when the window closes."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter


class WindowLayout:
    SAVE_MS = 500

    def __init__(self, window: QMainWindow, settings: QSettings, splitters: dict[str, QSplitter]) -> None:
        self.window = window
        self.settings = settings
        self.splitters = splitters
        self._timer = QTimer(window)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SAVE_MS)
        self._timer.timeout.connect(self.save)
        for splitter in splitters.values():
            splitter.splitterMoved.connect(self._timer.start)

    def restore(self) -> None:
        """The remembered layout, or on first start 1400×860 (most of a smaller screen)."""
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.92 if screen is not None else QSize(1400, 860)
        self.window.resize(min(1400, room.width()), min(860, room.height()))
        restorers = {"geometry": self.window.restoreGeometry, "windowState": self.window.restoreState}
        restorers |= {key: splitter.restoreState for key, splitter in self.splitters.items()}
        for key, restore in restorers.items():
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save(self) -> None:
        self.settings.setValue("geometry", self.window.saveGeometry())
        self.settings.setValue("windowState", self.window.saveState())
        for key, splitter in self.splitters.items():
            self.settings.setValue(key, splitter.saveState())
        self.settings.sync()
