"""The page's history in the window: every change listed, newest first, and a version restored as one step
that undo takes back; the restored page is what the library stores."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from proofdesk.domain.model import Role, Status
from proofdesk.gui.historydialog import HistoryDialog
from proofdesk.gui.mainwindow import MainWindow
from tests.gui.helpers import item_with_lines, layer_of, on_disk


def test_a_version_is_restored_as_one_undoable_step(window: MainWindow) -> None:
    page_id = window.session.page_id
    assert page_id is not None
    first = layer_of(window)
    key = item_with_lines(window)
    window.page_view.select_lines(first.item_lines(key)[:1], quiet=False)
    window.acts.roles[Role.NOTE].trigger()
    after_role = layer_of(window)
    window.acts.statuses[Status.DONE].trigger()
    assert layer_of(window).status is Status.DONE

    window.acts.history.trigger()
    dialog = window.dialog
    assert isinstance(dialog, HistoryDialog) and dialog.isVisible()
    assert [e.action for e in dialog.entries] == ["edit", "edit", "import"]  # newest first
    assert not dialog.restore_button.isEnabled()  # the newest is the page as it is
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    QTest.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter restores the chosen version, as the button does
    assert not dialog.isVisible()
    assert layer_of(window) == after_role and on_disk(window.session.path, page_id) == after_role
    assert window.stack.undoText().startswith("Restore version of")

    window.acts.history.trigger()
    dialog = window.dialog
    assert isinstance(dialog, HistoryDialog)
    dialog.table.selectRow(len(dialog.entries) - 1)  # as it was imported
    dialog.restore_button.click()
    assert layer_of(window) == first
    window.stack.undo()
    assert layer_of(window) == after_role
    window.stack.undo()
    assert layer_of(window).status is Status.DONE
    assert on_disk(window.session.path, page_id) == layer_of(window)


def test_a_version_that_cannot_be_rebuilt_is_not_offered(window: MainWindow) -> None:
    import sqlite3

    from tests.gui.helpers import library_file

    page_id = window.session.page_id
    window.acts.statuses[Status.REVIEW].trigger()
    window.acts.statuses[Status.DONE].trigger()
    with sqlite3.connect(library_file(window)) as conn:  # as an older Proofdesk recorded the first change
        conn.execute("UPDATE history SET replaced = NULL WHERE page_id = ? AND action = 'edit'", (page_id,))
        conn.execute('UPDATE history SET replaced = \'{"status":"review"}\' WHERE id = (SELECT max(id) FROM history)')
    window.acts.history.trigger()
    dialog = window.dialog
    assert isinstance(dialog, HistoryDialog)
    dialog.table.selectRow(1)
    assert dialog.restore_button.isEnabled()
    dialog.table.selectRow(2)
    assert not dialog.restore_button.isEnabled() and "cannot be restored" in dialog.note.text()
    dialog.reject()
