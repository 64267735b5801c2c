"""The window's actions: names, keys, and where their keys work.

Single-key shortcuts (J, N, 1…9) only work while the raw page or the article side has the focus, so typing
a page name into the library filter never edits the page. Keys follow the editor's hands: the left hand
on the letters, the right on the arrows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain.model import Kind, Role, Status
from .wording import kind_name, role_name, status_name

# Role keys: numbers in the order a headline block reads, letters for the most frequent ones.
ROLE_KEYS: dict[Role, tuple[str, ...]] = {
    Role.KICKER: ("Y",),
    Role.TITLE: ("1", "T"),
    Role.SUBTITLE: ("2", "S"),
    Role.BYLINE: ("3", "B"),
    Role.HEADING: ("4", "H"),
    Role.BODY: ("5", "P"),
    Role.NOTE: ("6",),
    Role.CAPTION: ("7", "C"),
    Role.CREDIT: ("8",),
    Role.SECTION: ("9",),
    Role.AD: ("0",),
    Role.IGNORED: ("X",),
}


class WindowActions(QObject):
    """Every action of the main window, created once; the window connects them and puts them in menus."""

    def __init__(self, window: QWidget, work_area: QWidget, stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self._work = work_area
        self.all: list[QAction] = []

        def act(text: str, *keys: str | QKeySequence.StandardKey, local: bool = False) -> QAction:
            action = QAction(text, window)
            sequences = [QKeySequence(k) for k in keys]
            action.setShortcuts(sequences)
            if local:
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                work_area.addAction(action)
            else:
                window.addAction(action)
            self.all.append(action)
            return action

        # File
        self.import_files = act(self.tr("&Import files…"), "Ctrl+I")
        self.import_folder = act(self.tr("Import &folder…"), "Ctrl+Shift+I")
        self.load_samples = act(self.tr("Load the &sample pages"))
        self.export = act(self.tr("&Export corpus…"), "Ctrl+E")
        self.retry = act(self.tr("&Retry saving"), "Ctrl+S")
        self.quit = act(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        # Edit
        self.undo = stack.createUndoAction(window, self.tr("Undo"))
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = stack.createRedoAction(window, self.tr("Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            window.addAction(action)
            self.all.append(action)
        self.edit_text = act(self.tr("Correct line &text"), "F2", local=True)
        self.restore_raw = act(self.tr("Restore &raw text"), "Ctrl+Backspace", local=True)
        self.find_in_library = act(self.tr("&Find in library…"), "Ctrl+Shift+F")
        # Item
        self.split = act(self.tr("&New item at this line"), "N", local=True)
        self.merge_previous = act(self.tr("Merge with &previous item"), "Ctrl+Up", local=True)
        self.merge_next = act(self.tr("Merge with ne&xt item"), "Ctrl+Down", local=True)
        self.move_menu = act(self.tr("&Move lines to…"), "M", local=True)
        self.move_previous = act(self.tr("Move lines to previous item"), "Ctrl+Shift+Up", local=True)
        self.move_next = act(self.tr("Move lines to next item"), "Ctrl+Shift+Down", local=True)
        self.move_new = act(self.tr("Move lines to a new item"), "Shift+N", local=True)
        self.kind_menu = act(self.tr("&Kind…"), "K", local=True)
        self.kinds = {kind: act(kind_name(kind), local=True) for kind in Kind}
        # Line
        self.roles = {role: act(role_name(role), *keys, local=True) for role, keys in ROLE_KEYS.items()}
        self.toggle_break = act(self.tr("Toggle &join / paragraph break"), "J", local=True)
        # Page
        self.next_doubt = act(self.tr("Next &doubt"), "Alt+Down", local=True)
        self.previous_doubt = act(self.tr("Previous doubt"), "Alt+Up", local=True)
        self.check = act(self.tr("&Check page"), "Ctrl+Shift+D")
        self.done = act(self.tr("Mark page &done"), "Ctrl+D")
        self.statuses = {status: act(status_name(status)) for status in Status}
        self.reparse = act(self.tr("&Re-parse page"), "Ctrl+Shift+R")
        self.next_page = act(self.tr("Next page"), "Ctrl+PgDown")
        self.previous_page = act(self.tr("Previous page"), "Ctrl+PgUp")
        self.show_scan = act(self.tr("Show the &scan"), "F6")
        self.show_scan.setCheckable(True)
        self.show_scan.setChecked(True)
        self.attach_image = act(self.tr("Attach page &image…"))
        # Help
        self.shortcuts = act(self.tr("&Keys and marks"), "F1", "?")
