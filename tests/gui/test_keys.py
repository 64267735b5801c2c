"""Single keys act on the page only while no menu is open, and menu mnemonics never clash: with each other
inside a menu, or with the single keys of the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu
from pytestqt.qtbot import QtBot

from proofdesk.gui.actions import SINGLE_KEYS
from proofdesk.gui.app import create_main_window, install_translators
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from tests.gui.helpers import layer_of

# The offscreen platform cannot raise a menu or grab the keyboard for it; the menu works all the same.
popup_on_offscreen = pytest.mark.qt_log_ignore(
    r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))"
)


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(.)", text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _menus(window: MainWindow) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the window: the menu bar's with their submenus, and the context menus."""

    def walk(path: str, menu: QMenu) -> Iterator[tuple[str, QMenu]]:
        yield path, menu
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                yield from walk(f"{path} → {sub.title()}", sub)

    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        yield from walk(menu.title(), menu)
    menus = window.menus
    yield from walk("context menu of the page", menus.context_menu())
    yield from walk("context menu of the outline", menus.item_menu())
    yield from walk("move lines to", menus.move_targets_menu(window))
    yield from walk("kind", menus.kind_popup())


def _mnemonic_problems(window: MainWindow) -> list[str]:
    problems = []
    bar = [_mnemonic(a.text()) for a in window.menuBar().actions()]
    if None in bar or len(set(bar)) != len(bar):
        problems.append(f"menu bar: {[a.text() for a in window.menuBar().actions()]}")
    for path, menu in _menus(window):
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text())
            if letter is None:
                continue
            if letter in seen:
                problems.append(f"{path}: {letter} for {seen[letter]!r} and {action.text()!r}")
            if letter in SINGLE_KEYS:
                problems.append(f"{path}: {action.text()!r} uses {letter}, a key of the page")
            seen[letter] = action.text()
    return problems


def test_menu_mnemonics_are_unique_and_leave_the_page_keys_alone(window: MainWindow) -> None:
    assert _mnemonic_problems(window) == []


def test_chinese_menu_mnemonics_too(qtbot: QtBot, session: Session, window_settings: QSettings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    try:
        win = create_main_window(session, window_settings)
        qtbot.addWidget(win)
        assert win.menuBar().actions()[0].text() == "文件(&F)"
        assert _mnemonic_problems(win) == []
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _focus_page(window: MainWindow, qtbot: QtBot) -> int:
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    line = min(layer_of(window).lines)
    window.page_view.go_to_line(line)
    return line


def _open_popup(qtbot: QtBot) -> QMenu:
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, QMenu)
    return popup


@popup_on_offscreen
@pytest.mark.parametrize(("menu_key", "key"), [(Qt.Key.Key_E, Qt.Key.Key_T), (Qt.Key.Key_I, Qt.Key.Key_X)])
def test_a_page_key_in_a_menu_opened_by_alt_does_nothing_to_the_page(
    window: MainWindow, qtbot: QtBot, menu_key: Qt.Key, key: Qt.Key
) -> None:
    _focus_page(window, qtbot)
    before = layer_of(window)
    qtbot.keyClick(window.page_view, menu_key, Qt.KeyboardModifier.AltModifier)
    popup = _open_popup(qtbot)
    qtbot.keyClick(popup, key)
    qtbot.wait(20)
    assert layer_of(window) == before
    assert window.stack.count() == 0
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)


@popup_on_offscreen
def test_a_mnemonic_in_a_menu_opened_by_alt_is_its_action(window: MainWindow, qtbot: QtBot) -> None:
    _focus_page(window, qtbot)
    qtbot.keyClick(window.page_view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    popup = _open_popup(qtbot)
    assert popup.title() == window.tr("&Edit")
    qtbot.keyClick(popup, Qt.Key.Key_O)  # C&orrect line text
    qtbot.waitUntil(lambda: window.page_view.findChild(QLineEdit) is not None)
    assert QApplication.activePopupWidget() is None


@popup_on_offscreen
def test_a_digit_in_a_menu_opened_by_the_mouse_does_nothing(window: MainWindow, qtbot: QtBot) -> None:
    line = _focus_page(window, qtbot)
    role = layer_of(window).lines[line].role
    edit_menu = window.menuBar().actions()[1].menu()
    assert isinstance(edit_menu, QMenu)
    edit_menu.popup(window.mapToGlobal(QPoint(40, 40)))
    popup = _open_popup(qtbot)
    qtbot.keyClick(popup, Qt.Key.Key_7)
    qtbot.wait(20)
    assert layer_of(window).lines[line].role is role
    assert window.stack.count() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    window.page_view.setFocus()
    qtbot.keyClick(window.page_view, Qt.Key.Key_7)
    assert window.stack.count() == 1, "with the menu closed the key works again"


@popup_on_offscreen
def test_the_right_click_menu_takes_its_letters_too(window: MainWindow, qtbot: QtBot) -> None:
    line = _focus_page(window, qtbot)
    role = layer_of(window).lines[line].role
    menu = window.menus.context_menu()
    menu.popup(window.page_view.mapToGlobal(QPoint(60, 20)))
    popup = _open_popup(qtbot)
    for key in (Qt.Key.Key_3, Qt.Key.Key_B, Qt.Key.Key_J, Qt.Key.Key_N):
        qtbot.keyClick(popup, key)
    assert layer_of(window).lines[line].role is role
    assert window.stack.count() == 0
    qtbot.keyClick(popup, Qt.Key.Key_G)  # To&ggle join / paragraph break
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert window.stack.count() == 1
