"""A list view knows its viewport's size without asking the viewport: it is the viewport's size at every turn."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from pytestqt.qtbot import QtBot

from proofdesk.gui.widgets.listview import ListView


def test_the_viewport_size_is_the_viewports(qtbot: QtBot) -> None:
    view = ListView()
    qtbot.addWidget(view)
    assert view.viewport_size() == view.viewport().size()  # never shown: asked of the viewport
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert view.viewport_size() == view.viewport().size()
    model = QStringListModel([f"line {n}" for n in range(200)])
    view.setModel(model)  # the scroll bar appears: the viewport gets narrower, the view does not
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    assert view.viewport_size() == view.viewport().size()
    view.resize(420, 260)
    assert view.viewport_size() == view.viewport().size()
    view.hide()
    view.resize(240, 180)
    assert view.viewport_size() == view.viewport().size()
    view.show()
    qtbot.waitExposed(view)
    assert view.viewport_size() == view.viewport().size()
