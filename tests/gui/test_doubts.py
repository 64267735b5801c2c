"""A doubt can be confirmed as it is: Space on the raw page, or Page → Confirm the doubt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from proofdesk.domain.checks import Check
from proofdesk.gui.mainwindow import MainWindow
from tests.gui.helpers import layer_of, on_disk


def _page_with_doubts(window: MainWindow, at_least: int = 2) -> list[int]:
    """The doubts after the first line of the first sample page with `at_least` of them, that page open."""
    for _ in range(5):
        layer = layer_of(window)
        doubts = [n for n in layer.doubts() if n > min(layer.lines)]
        if len(doubts) >= at_least:
            return doubts
        window.acts.next_page.trigger()
    raise AssertionError("the sample pages have doubts")


def test_space_confirms_a_doubt_and_alt_down_goes_on_to_the_next(window: MainWindow, qtbot: QtBot) -> None:
    doubts = _page_with_doubts(window)
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    window.page_view.go_to_line(min(layer_of(window).lines))
    qtbot.keyClick(window.page_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    first = window.page_view.current_line()
    assert first == doubts[0]
    before = layer_of(window).lines[first]

    qtbot.keyClick(window.page_view, Qt.Key.Key_Space)
    after = layer_of(window).lines[first]
    assert first not in layer_of(window).doubts()
    assert (after.item, after.role, after.brk, after.correction) == (
        before.item,
        before.role,
        before.brk,
        before.correction,
    ), "the parser's decision is kept as it was"
    assert window.stack.count() == 1, "one undo step"
    page_id = window.session.page_id or 0
    assert first not in on_disk(window.session.path, page_id).doubts(), "saved at once"
    findings = window.corrections.findings()
    assert all(first not in f.lines for f in findings if f.check is Check.DOUBTS)

    qtbot.keyClick(window.page_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.page_view.current_line() == doubts[1]

    window.acts.undo.trigger()
    assert first in layer_of(window).doubts()


def test_confirm_is_in_the_menus_and_refuses_a_line_without_doubt(window: MainWindow) -> None:
    page_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == window.tr("&Page"))
    assert isinstance(page_menu, QMenu) and window.acts.confirm_doubt in page_menu.actions()
    assert window.acts.confirm_doubt in window.menus.context_menu().actions()
    doubts = _page_with_doubts(window, at_least=1)
    sure = next(n for n in sorted(layer_of(window).lines) if n not in layer_of(window).doubts())
    window.page_view.go_to_line(sure)
    window.acts.confirm_doubt.trigger()
    assert window.stack.count() == 0
    window.page_view.go_to_line(doubts[0])
    window.acts.confirm_doubt.trigger()
    assert window.stack.count() == 1
    assert doubts[0] not in layer_of(window).doubts()
