"""The window's actions: names, keys, and where their keys work.

Single-key shortcuts (J, N, 1…9) only work while the raw page or the article side has the focus, so typing
a page name into the library filter never edits the page, and never while a menu or another popup is open:
a letter typed in an open menu is that menu's mnemonic. Keys follow the editor's hands: the left hand on
the letters, the right on the arrows.

Mnemonics inside menus avoid the single keys (`SINGLE_KEYS`), so a letter means the same thing whether a
menu is open or not, and no menu uses a letter twice (tests/gui/test_keys.py walks every menu).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

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
# Every key that acts on its own while the page or the article side has the focus: roles, items (N, M),
# kind (K), join (J), the first theme suggestion (A) and confirming a doubt (Space).
SINGLE_KEYS = frozenset({k for keys in ROLE_KEYS.values() for k in keys} | {"N", "M", "K", "J", "A", " "})

_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


class PopupKeys(QObject):
    """While a menu or another popup is open, keys without Ctrl/Alt/Meta go to it, never to a shortcut.

    Qt asks the focus object whether it wants a key itself (a shortcut override) before it looks for a
    shortcut. A menu wants only arrows, Enter and Esc, and hands a letter that is none of its mnemonics on
    to the menu bar, where it would be matched as a shortcut again: a role key would act on the page behind
    the menu. Accepting the override for every plain key while a popup is open keeps the key in the menu."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and QApplication.activePopupWidget() is not None:
            assert isinstance(event, QKeyEvent)
            if not event.modifiers() & _COMMAND_MODIFIERS:
                event.accept()
                return True
        return False


class WindowActions(QObject):
    """Every action of the main window, created once; the window connects them and puts them in menus."""

    def __init__(self, window: QWidget, work_area: QWidget, stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self._work = work_area
        self.all: list[QAction] = []
        self._popup_keys = PopupKeys(self)

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
        self.load_samples = act(self.tr("&Load the sample pages"))
        self.export = act(self.tr("&Export corpus…"), "Ctrl+E")
        self.retry = act(self.tr("&Retry saving"), "Ctrl+S")
        self.restore = act(self.tr("Restore a back&up…"))
        self.editor_name = act(self.tr("E&ditor name…"))
        self.overview = act(self.tr("Library &overview…"))
        self.quit = act(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        # Edit
        self.undo = stack.createUndoAction(window, self.tr("Undo"))
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = stack.createRedoAction(window, self.tr("Redo"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo, self.redo):
            window.addAction(action)
            self.all.append(action)
        self.edit_text = act(self.tr("C&orrect line text"), "F2", local=True)
        self.restore_raw = act(self.tr("Restore &raw text"), "Ctrl+Backspace", local=True)
        self.find_in_page = act(self.tr("Find &in page…"), "Ctrl+F")
        self.find_in_library = act(self.tr("&Find in library…"), "Ctrl+Shift+F")
        # Item
        self.split = act(self.tr("New &item at this line"), "N", local=True)
        self.merge_previous = act(self.tr("Merge with previo&us item"), "Ctrl+Up", local=True)
        self.merge_next = act(self.tr("Merge with n&ext item"), "Ctrl+Down", local=True)
        self.move_menu = act(self.tr("Move &lines to…"), "M", local=True)
        self.move_previous = act(self.tr("Move lines to pre&vious item"), "Ctrl+Shift+Up", local=True)
        self.move_next = act(self.tr("M&ove lines to next item"), "Ctrl+Shift+Down", local=True)
        self.move_new = act(self.tr("Move lines to a ne&w item"), "Shift+N", local=True)
        self.kind_menu = act(self.tr("Kin&d…"), "K", local=True)
        self.kinds = {kind: act(kind_name(kind), local=True) for kind in Kind}
        # Line
        self.roles = {role: act(role_name(role), *keys, local=True) for role, keys in ROLE_KEYS.items()}
        self.toggle_break = act(self.tr("To&ggle join / paragraph break"), "J", local=True)
        self.join_word = act(self.tr("Join the word across the hyph&en"), "Shift+J", local=True)
        self.cut_line = act(self.tr("C&ut the line at…"), "Ctrl+K", local=True)
        self.add_before = act(self.tr("A&dd a line before…"), "Ctrl+Shift+Return", local=True)
        self.add_after = act(self.tr("Add a line belo&w…"), "Ctrl+Return", local=True)
        self.remove_piece = act(self.tr("Remo&ve the added line or the cut"), "Ctrl+Shift+K", local=True)
        # Page
        self.next_doubt = act(self.tr("N&ext doubt"), "Alt+Down", local=True)
        self.previous_doubt = act(self.tr("Pre&vious doubt"), "Alt+Up", local=True)
        self.confirm_doubt = act(self.tr("Con&firm the doubt as it is"), "Space", local=True)
        self.check = act(self.tr("Check pa&ge"), "Ctrl+Shift+D")
        self.done = act(self.tr("Mark page &done"), "Ctrl+D")
        self.statuses = {status: act(status_name(status)) for status in Status}
        self.reparse = act(self.tr("&Re-parse page"), "Ctrl+Shift+R")
        self.history = act(self.tr("Page hist&ory…"), "Ctrl+Shift+H")
        self.next_page = act(self.tr("Next page"), "Ctrl+PgDown")
        self.previous_page = act(self.tr("Previous page"), "Ctrl+PgUp")
        self.show_scan = act(self.tr("Sho&w the scan"), "F6")
        self.show_scan.setCheckable(True)
        self.show_scan.setChecked(True)
        self.attach_image = act(self.tr("Attach page &image…"))
        # Help
        self.shortcuts = act(self.tr("K&eys and marks"), "F1", "?")

    def watch_popups(self) -> None:
        """Keep plain keys in an open popup (`PopupKeys`). The window calls this once its first frame is painted,
        before any popup can open: a Python filter over the whole application sees every event of every object,
        and at the first event of an object of a class PySide6 does not wrap it makes PySide6 load every class
        it has not loaded yet."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._popup_keys)
