"""Theme chips on the article side: confirmed themes, accepting a suggestion with a key or a click,
removing a chip, typing a theme name; every change undoable and on disk at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFrame, QToolButton
from pytestqt.qtbot import QtBot

from proofdesk.domain import ops
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.storage import Library
from tests.gui.helpers import layer_of, on_disk
from tests.gui.theme_helpers import current, item_with_suggestions, taggable, wait_ready


@pytest.fixture
def tagged_path(library_path: Path) -> Path:
    """The sample library with two themes confirmed on the first article of the first page."""
    with Library.open(library_path) as library:
        page_id = library.pages()[0].id
        page, layer = library.load(page_id)
        from proofdesk.domain.derive import derive
        from proofdesk.domain.model import TAGGED_KINDS

        key = next(a.key for a in derive(page, layer) if a.kind in TAGGED_KINDS)
        library.save(page_id, layer, ops.set_tags(layer, key, ["乡村振兴", "基层治理"]))
    return library_path


def test_chips_show_the_confirmed_themes(qtbot: QtBot, tagged_path: Path) -> None:
    from proofdesk.gui.app import create_main_window

    session = Session(tagged_path)
    session.attach(Library.open(tagged_path))
    win = create_main_window(session)
    qtbot.addWidget(win)
    win.show()
    first = taggable(win)[0]
    win.articles.select_item(first.key)
    chips = win.themes.chips
    assert chips.tags == ("乡村振兴", "基层治理")
    assert chips.chip_texts()[:2] == ["乡村振兴", "基层治理"]
    assert chips.isEnabled()
    # Before the suggester is built the chips say so; afterwards they show suggestions.
    wait_ready(win, qtbot)
    qtbot.waitUntil(lambda: not chips.note.isVisible() or chips.note.text() == "")
    win.close()
    session.close()


def test_chips_say_suggestions_are_loading(window: MainWindow, qtbot: QtBot) -> None:
    # The suggester is built in a worker once the window is up; no event has been handled yet.
    assert window.themes.suggestions.suggester is None
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    assert window.themes.chips.note.text() == "Suggestions are loading…"
    assert window.themes.chips.suggestions == []
    wait_ready(window, qtbot)
    qtbot.waitUntil(lambda: window.themes.chips.note.text() == "")


def test_typing_in_the_theme_input_is_not_a_key(window: MainWindow, qtbot: QtBot) -> None:
    article, _found = item_with_suggestions(window, qtbot)
    chips = window.themes.chips
    window.activateWindow()
    chips.input.setFocus()
    qtbot.waitUntil(chips.input.hasFocus)
    qtbot.keyClicks(chips.input, "Aa")
    assert chips.input.text() == "Aa"
    assert window.stack.count() == 0
    assert layer_of(window).items[article.key].tags == article.tags


def test_accepting_with_a_key_tags_saves_and_undoes(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    article, found = item_with_suggestions(window, qtbot)
    theme = found[0].theme
    assert window.themes.chips.chip_texts()[len(article.tags)].startswith(f"+ {theme}")
    with qtbot.waitSignal(window.themes.tags.suggestionsShown, timeout=5000):
        qtbot.keyClick(window.page_view, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    page_id = window.session.page_id
    assert page_id is not None
    assert theme in layer_of(window).items[article.key].tags
    assert theme in current(window, article.key).tags
    assert theme in window.themes.chips.tags
    assert theme not in [s.theme for s in window.themes.chips.suggestions]
    assert theme in on_disk(window.session.path, page_id).items[article.key].tags, "saved at once"
    assert window.themes.taxonomy.count(theme) >= 1

    window.stack.undo()
    assert theme not in layer_of(window).items[article.key].tags
    assert theme not in window.themes.chips.tags
    assert theme not in on_disk(window.session.path, page_id).items[article.key].tags
    window.stack.redo()
    assert theme in layer_of(window).items[article.key].tags
    assert theme in on_disk(window.session.path, page_id).items[article.key].tags
    assert window.stack.count() == 1, "one undo step per tag"


def test_the_single_key_accepts_the_first_suggestion(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    article, found = item_with_suggestions(window, qtbot)
    qtbot.keyClick(window.page_view, Qt.Key.Key_A)
    assert found[0].theme in layer_of(window).items[article.key].tags


def test_clicking_a_suggestion_and_removing_a_chip(window: MainWindow, qtbot: QtBot) -> None:
    article, found = item_with_suggestions(window, qtbot)
    chips = window.themes.chips
    suggestion = next(c for c in chips.findChildren(QToolButton, "suggestionChip") if c.isVisible())
    qtbot.mouseClick(suggestion, Qt.MouseButton.LeftButton)
    theme = found[0].theme
    assert chips.tags[-1] == theme
    chip = next(f for f in chips.findChildren(QFrame, "themeChip") if f.isVisible())
    remove = chip.findChild(QToolButton)
    assert remove is not None
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert theme not in layer_of(window).items[article.key].tags
    assert window.stack.count() == 2


# The completion popup asks the offscreen platform for things it does not have; not about our code.
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
def test_typing_a_theme_name_with_completion(window: MainWindow, qtbot: QtBot) -> None:
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    chips = window.themes.chips
    chips.completer.setCompletionPrefix("振兴")
    popup = chips.completer.completionModel()
    names = [popup.index(r, 0).data(Qt.ItemDataRole.EditRole) for r in range(chips.completer.completionCount())]
    assert "乡村振兴" in names, "completion matches any part of the name"
    chips.input.setFocus()
    # QTest types only ASCII keys: Chinese arrives as committed input method text.
    chips.input.insert("乡村振兴")
    qtbot.keyClick(chips.input, Qt.Key.Key_Return)
    assert "乡村振兴" in layer_of(window).items[article.key].tags
    qtbot.waitUntil(lambda: chips.input.text() == "")
    # Backspace in the empty input removes the last chip.
    qtbot.keyClick(chips.input, Qt.Key.Key_Backspace)
    assert "乡村振兴" not in layer_of(window).items[article.key].tags


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
def test_enter_takes_the_only_completion(window: MainWindow, qtbot: QtBot) -> None:
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    chips = window.themes.chips
    qtbot.keyClick(window.page_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(chips.input.hasFocus)
    typed = QInputMethodEvent()
    typed.setCommitString("理论")
    QApplication.sendEvent(chips.input, typed)
    qtbot.keyClick(chips.input, Qt.Key.Key_Return)
    assert "理论学习" in layer_of(window).items[article.key].tags
    qtbot.waitUntil(lambda: chips.input.text() == "")
    assert window.page_view.hasFocus()  # the keys are back on the page: Ctrl+D marks it done, J joins


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise\(\)|grabbing the keyboard|propagateSizeHints\(\))")
def test_esc_in_the_empty_theme_input_gives_the_keys_back_to_the_page(window: MainWindow, qtbot: QtBot) -> None:
    window.articles.select_item(taggable(window)[0].key)
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    qtbot.keyClick(window.page_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.themes.chips.input.hasFocus)
    qtbot.keyClick(window.themes.chips.input, Qt.Key.Key_Escape)
    assert window.page_view.hasFocus()


def test_a_name_outside_the_taxonomy_is_refused(window: MainWindow, qtbot: QtBot) -> None:
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    window.themes.tags.add("没有这个主题")
    assert window.stack.count() == 0
    assert "没有这个主题" in window.statusBar().currentMessage()


def test_section_labels_take_no_themes(window: MainWindow) -> None:
    from proofdesk.domain.model import Kind

    for _ in range(5):
        sections = [
            a
            for r in range(window.outline_model.rowCount())
            if (a := window.outline_model.article(r)) and a.kind is Kind.SECTION
        ]
        if sections:
            break
        window.acts.next_page.trigger()
    else:
        pytest.skip("no section label on the sample pages")
    window.articles.select_item(sections[0].key)
    assert not window.themes.chips.isEnabled()
    window.themes.tags.accept(0)
    assert window.stack.count() == 0


def test_theme_keys_are_listed_and_do_not_clash(window: MainWindow) -> None:
    keys: dict[str, str] = {}
    for action in window.acts.all:
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in keys, f"{text} is both {keys[text]!r} and {action.text()!r}"
            keys[text] = action.text()
    assert keys["Alt+1"] == "Accept suggestion 1"
    assert keys["A"] == "Accept the first suggestion"
    assert "Manage themes" in keys["Ctrl+Shift+T"].replace("&", "")
