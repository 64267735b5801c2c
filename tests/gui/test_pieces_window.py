"""Sub-line edits in the window, by keys: a credit cut off its caption line, a lost headline added, a word joined
across its hyphen; each one undo step, on disk at once, the raw page untouched."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from proofdesk.domain.derive import derive
from proofdesk.domain.model import Break, Role
from proofdesk.gui.linedialogs import AddLineDialog, CutLineDialog
from proofdesk.gui.mainwindow import MainWindow
from tests.gui.helpers import layer_of, library_file, on_disk


def _open(window: MainWindow, qtbot: QtBot, prefix: str, holding: str) -> int:
    """Open the sample page named `prefix…` at the line holding `holding`, the raw page focused."""
    library = window.session.library
    assert library is not None
    page_id = next(p.id for p in library.pages() if p.name.startswith(prefix))
    window.session.open_page(page_id)
    page = window.session.page
    assert page is not None
    line = next(n for n, text in enumerate(page.lines, 1) if holding in text)
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    window.page_view.go_to_line(line)
    return line


Dialog = TypeVar("Dialog", bound=QDialog)


def _dialog(qtbot: QtBot, kind: type[Dialog]) -> Dialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    return dialog


def test_a_credit_at_the_end_of_a_caption_line_becomes_the_photo_s_byline(window: MainWindow, qtbot: QtBot) -> None:
    line = _open(window, qtbot, "000", "■ 马红坤 史晓燕")
    page, before = window.session.page, layer_of(window)
    assert page is not None
    qtbot.keyClick(window.page_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, CutLineDialog)
    assert page.text(line)[dialog.cut_at() :] == "■ 马红坤 史晓燕"  # the cursor starts before the mark
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(layer_of(window).lines) == len(before.lines) + 1)
    piece = max(layer_of(window).lines)
    assert window.page_view.selected_lines() == [piece]
    assert window.lines.index(window.lines.row_of(piece) or 0).data() == "■ 马红坤 史晓燕"
    qtbot.keyClick(window.page_view, Qt.Key.Key_8)  # credit
    after = layer_of(window)
    (photo,) = [a for a in derive(page, after) if piece in [n for u in a.units for n in u.lines]]
    assert photo.byline == "马红坤 史晓燕" and not any("马红坤" in p for p in photo.paragraphs)
    assert on_disk(library_file(window), window.session.page_id or 0) == after
    history = window.corrections.history(window)
    assert history is not None and history.model.item(0, 3).text() == f"{line}.2"  # numbered as on the page
    history.close()
    window.stack.undo()
    window.stack.undo()
    assert layer_of(window).lines == before.lines
    assert window.lines.rowCount() == len(page.lines)


def test_a_lost_headline_is_added_and_made_the_title(window: MainWindow, qtbot: QtBot) -> None:
    line = _open(window, qtbot, "000", "■ 马红坤 史晓燕")
    page, before = window.session.page, layer_of(window)
    assert page is not None
    key = before.item_of(line)
    first = before.item_lines(key or 0)[0]
    window.page_view.go_to_line(first)
    qtbot.keyClick(
        window.page_view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _dialog(qtbot, AddLineDialog)
    typed = QInputMethodEvent()  # as an input method commits what the editor typed in pinyin
    typed.setCommitString("秋粮丰收在望")
    QApplication.sendEvent(dialog.field, typed)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(layer_of(window).lines) == len(before.lines) + 1)
    added = max(layer_of(window).lines)
    assert layer_of(window).item_lines(key or 0)[0] == added
    assert window.lines.index(window.lines.row_of(added) or 0).data(Qt.ItemDataRole.UserRole + 1) == "+"
    qtbot.keyClick(window.page_view, Qt.Key.Key_T)
    item = next(a for a in derive(page, layer_of(window)) if a.key == key)
    assert item.title == "秋粮丰收在望"
    qtbot.keyClick(
        window.page_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert added not in layer_of(window).lines  # taken away again, in one step of its own
    window.stack.undo()
    assert layer_of(window).lines[added].role is Role.TITLE


def test_a_word_is_joined_across_its_hyphen_with_one_key(window: MainWindow, qtbot: QtBot) -> None:
    line = _open(window, qtbot, "003", "依托PD-")
    page = window.session.page
    assert page is not None
    following = layer_of(window).order[layer_of(window).order.index(line) + 1]
    qtbot.keyClick(window.page_view, Qt.Key.Key_J, Qt.KeyboardModifier.ShiftModifier)
    assert layer_of(window).lines[following].brk is Break.HYPHEN
    text = next(p for a in derive(page, layer_of(window)) for p in a.paragraphs if "依托PD" in p)
    assert "依托PDCA" in text
    assert on_disk(library_file(window), window.session.page_id or 0).lines[following].brk is Break.HYPHEN


def test_a_cut_at_the_edge_changes_nothing_and_says_why(window: MainWindow, qtbot: QtBot) -> None:
    _open(window, qtbot, "000", "■ 马红坤 史晓燕")
    before = layer_of(window)
    qtbot.keyClick(window.page_view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(qtbot, CutLineDialog)
    qtbot.keyClick(dialog.field, Qt.Key.Key_End)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert layer_of(window) == before and window.stack.count() == 0
