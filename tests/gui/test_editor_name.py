"""The editor's name in the window: asked in File → Editor name…, kept in the settings, recorded with every
change made from then on; a name that cannot be one is refused with a message and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from proofdesk.domain.model import Role
from proofdesk.gui.librarytasks import EDITOR_KEY
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.storage import Library
from proofdesk.storage.history import default_editor
from tests.gui.helpers import item_with_lines, layer_of


def _edit(window: MainWindow) -> None:
    lines = layer_of(window).item_lines(item_with_lines(window))
    window.page_view.select_lines(lines[:1], quiet=False)
    window.acts.roles[Role.NOTE].trigger()


def _last_editor(window: MainWindow) -> str:
    page_id = window.session.page_id
    assert page_id is not None
    with Library.open(window.session.path) as library:
        return library.page_history(page_id)[-1].editor


def test_changes_are_recorded_under_the_name_given(window: MainWindow, window_settings: QSettings) -> None:
    window.acts.editor_name.trigger()
    dialog = window.tasks.dialog
    assert dialog.isVisible() and dialog.textValue() == default_editor()
    dialog.setTextValue("  王五 ")
    dialog.accept()
    assert window_settings.value(EDITOR_KEY) == "王五" and window.session.editor == "王五"
    _edit(window)
    assert _last_editor(window) == "王五"

    assert window.tasks.set_editor("")  # back to the system's name
    assert window_settings.value(EDITOR_KEY) is None
    window.stack.undo()
    assert _last_editor(window) == default_editor()


def test_a_name_that_cannot_be_one_is_refused(window: MainWindow, window_settings: QSettings) -> None:
    assert window.tasks.set_editor("李四")
    for bad in ("名" * 65, "王\x1b[31m五", "王\n五"):
        assert not window.tasks.set_editor(bad)
        assert "at most 64 characters" in window.statusBar().currentMessage()
    assert window_settings.value(EDITOR_KEY) == "李四" and window.session.editor == "李四"
    _edit(window)
    assert _last_editor(window) == "李四"
