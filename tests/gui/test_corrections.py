"""Every correction from its action: what it does, its undo and redo, and that it is on disk at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Break, Kind, Layer, Page, Role, Status
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.storage import Library
from tests.gui.helpers import item_with_lines, layer_of, library_file, on_disk


@dataclass
class Case:
    """Select something on the page, trigger an action, check the result."""

    prepare: Callable[[MainWindow], object]
    act: Callable[[MainWindow], None]
    check: Callable[[MainWindow, Layer, object], None]


def _split_prepare(w: MainWindow) -> int:
    line = layer_of(w).item_lines(item_with_lines(w))[1]
    w.page_view.go_to_line(line)
    return line


def _split_check(w: MainWindow, before: Layer, line: object) -> None:
    assert isinstance(line, int)
    after = layer_of(w)
    assert after.item_of(line) != after.item_of(line - 1) or after.item_of(line - 1) is None
    assert len(after.items) == len(before.items) + 1


def _go_to_item(position: int) -> Callable[[MainWindow], int]:
    def prepare(w: MainWindow) -> int:
        key = item_with_lines(w, position=position)
        w.page_view.go_to_line(layer_of(w).item_lines(key)[0])
        return key

    return prepare


def _one_item_fewer(w: MainWindow, before: Layer, _key: object) -> None:
    assert len(layer_of(w).items) == len(before.items) - 1


def _select_first_two(w: MainWindow) -> list[int]:
    lines = layer_of(w).item_lines(item_with_lines(w, position=0))[:2]
    w.page_view.select_lines(lines, quiet=False)
    return lines


def _moved_to_next(w: MainWindow, before: Layer, lines: object) -> None:
    assert isinstance(lines, list)
    target = before.item_order()[1]
    assert all(layer_of(w).item_of(n) == target for n in lines)


def _corrected_first_line(w: MainWindow) -> None:
    w.corrections.correct(min(layer_of(w).lines), "改正")
    w.page_view.go_to_line(min(layer_of(w).lines))


def _moved_to_new(w: MainWindow, before: Layer, lines: object) -> None:
    assert isinstance(lines, list)
    key = layer_of(w).item_of(lines[0])
    assert key is not None and key not in before.items
    assert layer_of(w).item_lines(key) == lines


def _role_heading(w: MainWindow, _before: Layer, lines: object) -> None:
    assert isinstance(lines, list)
    assert all(layer_of(w).lines[n].role is Role.HEADING for n in lines)


def _line_with_follower(w: MainWindow) -> int:
    key = item_with_lines(w)
    first, second = layer_of(w).item_lines(key)[:2]
    w.page_view.go_to_line(first)
    return second


def _break_flipped(w: MainWindow, before: Layer, following: object) -> None:
    assert isinstance(following, int)
    assert layer_of(w).lines[following].brk is not before.lines[following].brk


def _kind_photo(w: MainWindow, _before: Layer, key: object) -> None:
    assert isinstance(key, int)
    item = layer_of(w).items[key]
    assert item.kind is Kind.PHOTO and item.kind_edited


CASES = {
    "new item at line": Case(_split_prepare, lambda w: w.acts.split.trigger(), _split_check),
    "merge with previous": Case(_go_to_item(1), lambda w: w.acts.merge_previous.trigger(), _one_item_fewer),
    "merge with next": Case(_go_to_item(0), lambda w: w.acts.merge_next.trigger(), _one_item_fewer),
    "move lines to next item": Case(_select_first_two, lambda w: w.acts.move_next.trigger(), _moved_to_next),
    "move lines to new item": Case(_select_first_two, lambda w: w.acts.move_new.trigger(), _moved_to_new),
    "set role": Case(_select_first_two, lambda w: w.acts.roles[Role.HEADING].trigger(), _role_heading),
    "toggle join/break": Case(_line_with_follower, lambda w: w.acts.toggle_break.trigger(), _break_flipped),
    "change kind": Case(_go_to_item(1), lambda w: w.acts.kinds[Kind.PHOTO].trigger(), _kind_photo),
    "set status": Case(
        lambda w: None,
        lambda w: w.acts.statuses[Status.REVIEW].trigger(),
        lambda w, _b, _x: None if layer_of(w).status is Status.REVIEW else pytest.fail("status not set"),
    ),
    "restore raw text": Case(
        lambda w: _corrected_first_line(w),
        lambda w: w.acts.restore_raw.trigger(),
        lambda w, _b, _x: None if layer_of(w).lines[min(layer_of(w).lines)].correction is None else pytest.fail(),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_correction_undo_redo_and_saved(name: str, window: MainWindow) -> None:
    case = CASES[name]
    page_id = window.session.page_id
    assert page_id is not None
    start = layer_of(window)
    token = case.prepare(window)
    before = layer_of(window)
    count = window.stack.count()
    case.act(window)
    assert window.stack.count() == count + 1, "one undo step per correction"
    after = layer_of(window)
    case.check(window, before, token)
    assert on_disk(window.session.path, page_id) == after
    assert window.acts.undo.text().startswith("Undo ")
    assert window.stack.undoText() in window.acts.undo.text()

    window.acts.undo.trigger()
    assert layer_of(window) == before
    assert on_disk(window.session.path, page_id) == before
    window.acts.redo.trigger()
    assert layer_of(window) == after
    assert on_disk(window.session.path, page_id) == after
    while window.stack.canUndo():
        window.stack.undo()
    assert layer_of(window) == start, "undo back to the start gives the identical layer"
    assert on_disk(window.session.path, page_id) == start


def test_correct_text_in_place_commits_on_enter(window: MainWindow, qtbot: QtBot) -> None:
    line = min(layer_of(window).lines)
    raw = window.session.page.text(line) if window.session.page else ""
    window.page_view.go_to_line(line)
    window.acts.edit_text.trigger()
    editor = window.page_view.findChild(QLineEdit)
    assert editor is not None and editor.text() == raw
    editor.setText("校正后的文字")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: layer_of(window).lines[line].correction == "校正后的文字")
    assert window.session.page is not None and window.session.page.text(line) == raw, "the raw line is kept"
    assert window.lines.index(line - 1).data() == "校正后的文字"
    window.acts.undo.trigger()
    assert layer_of(window).lines[line].correction is None
    window.acts.redo.trigger()
    assert on_disk(window.session.path, window.session.page_id or 0).lines[line].correction == "校正后的文字"


def test_escape_cancels_the_correction(window: MainWindow, qtbot: QtBot) -> None:
    line = min(layer_of(window).lines)
    window.page_view.go_to_line(line)
    window.acts.edit_text.trigger()
    editor = window.page_view.findChild(QLineEdit)
    assert editor is not None
    editor.setText("不要")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert layer_of(window).lines[line].correction is None
    assert window.stack.count() == 0


def test_keys_work_on_the_page(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.page_view.setFocus()
    qtbot.waitUntil(window.page_view.hasFocus)
    following = _line_with_follower(window)
    was = layer_of(window).lines[following].brk
    qtbot.keyClick(window.page_view, Qt.Key.Key_J)
    assert layer_of(window).lines[following].brk is not was
    qtbot.keyClick(window.page_view, Qt.Key.Key_1)
    assert (
        layer_of(window).lines[following - 1].role is Role.TITLE
        or layer_of(window).lines[window.page_view.current_line() or 0].role is Role.TITLE
    )
    qtbot.keyClick(window.page_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.page_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert layer_of(window).lines[following].brk is was
    qtbot.keyClick(
        window.page_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert layer_of(window).lines[following].brk is not was


def test_typing_in_the_library_filter_edits_nothing(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.library_panel.search.setFocus()
    qtbot.waitUntil(window.library_panel.search.hasFocus)
    qtbot.keyClicks(window.library_panel.search, "J1N")
    assert window.stack.count() == 0


def test_edit_that_does_not_apply_is_a_message(window: MainWindow) -> None:
    key = item_with_lines(window, position=0)
    window.page_view.go_to_line(layer_of(window).item_lines(key)[0])
    window.acts.merge_previous.trigger()
    assert window.stack.count() == 0
    assert window.statusBar().currentMessage()


def test_reparse_keeps_editor_decisions(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    import proofdesk.importer
    import proofdesk.parsing

    real = proofdesk.parsing.parse_page

    def better_parser(page: Page, idf: object = None, learned: object = None, boxes: object = None) -> Layer:
        # A "better parser": calls every line body text, for a new reason.
        parsed = real(page, idf, learned, boxes)  # type: ignore[arg-type]
        lines = {n: replace(s, role=Role.BODY, rule="better") for n, s in parsed.lines.items()}
        return Layer(lines, parsed.items, parsed.status)

    monkeypatch.setattr(proofdesk.importer, "parse_page", better_parser)
    page_id = window.session.page_id or 0
    with sqlite3.connect(library_file(window)) as conn:  # the page as an older parser left it
        conn.execute("UPDATE page SET parsed_with = 1 WHERE id = ?", (page_id,))
    lines = _select_first_two(window)
    window.acts.roles[Role.NOTE].trigger()
    window.acts.toggle_break.trigger()
    edited = layer_of(window)
    with qtbot.waitSignal(window.stack.indexChanged, timeout=10000):
        window.acts.reparse.trigger()
    assert window.stack.undoText().startswith("Re-parse")
    after = layer_of(window)
    untouched = [n for n in after.lines if n not in lines]
    assert all(after.lines[n].rule == "better" for n in untouched)
    for n in lines:
        assert after.lines[n].role is Role.NOTE
        assert after.lines[n].item == edited.lines[n].item
    assert on_disk(window.session.path, window.session.page_id or 0) == after

    def parser_version() -> int:
        with Library.open(window.session.path) as library:
            return library.parsed_with(page_id)

    assert parser_version() == proofdesk.parsing.PARSER_VERSION
    window.acts.undo.trigger()
    assert layer_of(window) == edited
    assert parser_version() == 1, "undoing a re-parse gives back the page's parser version"
    window.acts.redo.trigger()
    assert parser_version() == proofdesk.parsing.PARSER_VERSION


def test_undo_of_an_edit_on_another_page_shows_that_page(window: MainWindow) -> None:
    first = window.session.page_id
    window.acts.statuses[Status.REVIEW].trigger()
    window.acts.next_page.trigger()
    assert window.session.page_id != first
    window.acts.undo.trigger()
    assert window.session.page_id == first
    assert layer_of(window).status is Status.NEW
    assert window.library_panel.model.info_at(window.library_panel.model.row_of(first or 0) or 0).status is Status.NEW


def test_break_marks_follow_the_layer(window: MainWindow) -> None:
    following = _line_with_follower(window)
    first = (
        following - 1
        if following - 1 in layer_of(window).lines
        else min(layer_of(window).item_lines(layer_of(window).item_of(following) or 0))
    )
    from proofdesk.gui.models import LineRole

    index = window.lines.index(first - 1)
    was = index.data(LineRole.BREAK_AFTER)
    window.acts.toggle_break.trigger()
    assert index.data(LineRole.BREAK_AFTER) != was
    assert {was, index.data(LineRole.BREAK_AFTER)} == {Break.JOIN.value, Break.PARAGRAPH.value}


def test_reparse_reads_the_scans_line_boxes(window: MainWindow) -> None:
    from proofdesk.domain.model import Break
    from proofdesk.gui import workers
    from proofdesk.ocrfiles import PageScan
    from proofdesk.ocrfiles.model import Box, LineGeometry
    from tests.unit.test_parser_geometry import SPEECH

    # The speech's first line stands indented under its salutation on the scan; the text alone cannot tell.
    page = Page("speech", tuple(text for text, _ in SPEECH))
    scan = PageScan(lines={n: LineGeometry(Box(*box)) for n, (_, box) in enumerate(SPEECH, 1)})
    results: list[tuple[Layer, int]] = []
    for with_scan in (None, scan):
        task = workers.parse(window.session.path, page, with_scan)
        task.signals.finished.connect(results.append)
        task.run()
    (plain, _), (boxed, _) = results
    assert (boxed.lines[8].brk, boxed.lines[8].rule) == (Break.PARAGRAPH, "indent-on-scan")
    assert plain.lines[8].brk is Break.JOIN
