"""Long raw lines (a paragraph per line) wrap in the page view and are corrected in a field that wraps."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF, QInputMethodEvent
from PySide6.QtWidgets import QLineEdit, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.pageview import LineDelegate, LineTextEdit
from tests.gui.helpers import layer_of, on_disk


def _open_paragraph_page(window: MainWindow) -> int:
    """Open a page with a paragraph per line; the number of its longest line."""
    assert window.session.library is not None
    page_id = next(p.id for p in window.session.library.pages() if p.name.startswith("002"))
    window.session.open_page(page_id)
    page = window.session.page
    assert page is not None
    return max(range(1, len(page.lines) + 1), key=lambda n: len(page.text(n)))


def _delegate(window: MainWindow) -> LineDelegate:
    delegate = window.page_view.itemDelegate()
    assert isinstance(delegate, LineDelegate)
    return delegate


def test_a_long_line_wraps_instead_of_being_cut(window: MainWindow, qtbot: QtBot) -> None:
    long_line = _open_paragraph_page(window)
    view = window.page_view
    index = window.lines.index(long_line - 1)
    row = QFontMetrics(view.font()).height()
    qtbot.waitUntil(lambda: view.visualRect(index).height() >= 3 * row)
    rect = view.visualRect(index)
    assert rect.right() <= view.viewport().width(), "no row of the line runs out of the view"
    # The rows around it stand right above and below it: numbers and marks stay with their line.
    above, below = view.visualRect(window.lines.index(long_line - 2)), view.visualRect(window.lines.index(long_line))
    assert above.bottom() + 1 == rect.top() and rect.bottom() + 1 == below.top()
    short = next(n for n in sorted(layer_of(window).lines) if len(window.session.page.text(n)) < 10)  # type: ignore[union-attr]
    assert view.visualRect(window.lines.index(short - 1)).height() < 2 * row

    # A wider view lays the line out again in fewer rows.
    width, height = view.viewport().width(), rect.height()
    window.resize(window.width() + 500, window.height())
    qtbot.waitUntil(lambda: view.viewport().width() > width)
    qtbot.waitUntil(lambda: view.visualRect(index).height() < height)


def test_a_long_line_is_corrected_in_a_field_that_wraps(window: MainWindow, qtbot: QtBot) -> None:
    long_line = _open_paragraph_page(window)
    raw = window.session.page.text(long_line)  # type: ignore[union-attr]
    window.activateWindow()
    window.page_view.setFocus()
    window.page_view.go_to_line(long_line)
    qtbot.keyClick(window.page_view, Qt.Key.Key_Return)
    editor = window.page_view.findChild(LineTextEdit)
    assert editor is not None and window.page_view.findChild(QLineEdit) is None
    assert editor.text() == raw
    assert editor.height() >= 2 * QFontMetrics(editor.font()).height(), "the field shows more than one row"

    qtbot.keyClicks(editor, "X")
    # While an input method composes, its text and Enter are not the correction's.
    editor.inputMethodEvent(QInputMethodEvent("zhong", []))
    assert editor.text() == raw + "X"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.stack.count() == 0 and editor.isVisible()
    done = QInputMethodEvent()
    done.setCommitString("中")
    editor.inputMethodEvent(done)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: layer_of(window).lines[long_line].correction == raw + "X中")
    assert "\n" not in (layer_of(window).lines[long_line].correction or "")
    assert on_disk(window.session.path, window.session.page_id or 0).lines[long_line].correction == raw + "X中"
    assert window.session.page.text(long_line) == raw  # type: ignore[union-attr]


def test_escape_cancels_the_long_line_correction(window: MainWindow, qtbot: QtBot) -> None:
    long_line = _open_paragraph_page(window)
    window.page_view.go_to_line(long_line)
    window.acts.edit_text.trigger()
    editor = window.page_view.findChild(LineTextEdit)
    assert editor is not None
    editor.setPlainText("不要")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert layer_of(window).lines[long_line].correction is None
    assert window.stack.count() == 0


def test_a_line_a_fraction_of_a_pixel_wider_than_the_view_takes_the_rows_it_wraps_into(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each line of a page measured at the width its text just overflows: rounded to whole pixels, a line 444.4
    # pixels wide fitted a view 444 wide, took one row, and its wrapped end was painted over the line under it.
    _open_paragraph_page(window)
    delegate, view, model = _delegate(window), window.page_view, window.lines
    font = view.font()
    option = QStyleOptionViewItem()
    option.font = font
    checked = 0
    for row in range(model.rowCount()):
        text = model.text_at(row)
        if not text:
            continue
        width = math.ceil(QFontMetricsF(font).horizontalAdvance(text)) - 1
        monkeypatch.setattr(delegate, "_text_width", lambda _option, _dx, width=width: width)
        assert delegate.rows(option, model.index(row)) == LineDelegate.text_layout(text, font, width).lineCount(), text
        checked += 1
    assert checked > 10
