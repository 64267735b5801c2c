"""Find in library: the hits in page order with the match marked, a hit opens its page at its line, Replace
all corrects every page as one undo step, written at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Status
from proofdesk.gui.findpanel import HIT_ROLE, FindDialog, emphasised
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.storage import Library, Problem, StorageError
from tests.gui.helpers import on_disk


def _find(window: MainWindow, qtbot: QtBot, query: str) -> FindDialog:
    window.acts.find_in_library.trigger()
    dialog = window.finder.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.query.setText(query)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    return dialog


def test_find_lists_hits_in_page_order(window: MainWindow, qtbot: QtBot, qtmodeltester: object) -> None:
    dialog = _find(window, qtbot, "党建")
    hits = dialog.model.hits
    assert len(hits) > 5 and all("党建" in h.text for h in hits)
    assert [(h.page, h.line) for h in hits] == sorted((h.page, h.line) for h in hits)
    assert len({h.page for h in hits}) > 1
    assert dialog.count.text().startswith(f"{len(hits)} ")
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert not dialog.results.viewport().grab().isNull()  # the marked text is drawn
    dialog.query.setText("没有这样的文字")
    dialog.search()
    assert dialog.model.rowCount() == 0


def test_emphasis_marks_every_match_and_escapes_the_text() -> None:
    marked = emphasised("<b>党建</b>与党建", "党建")
    assert marked.count("党建") == 2 and marked.count("<span") == 2 and "&lt;b&gt;" in marked


def test_enter_on_a_hit_opens_its_page_at_its_line(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _find(window, qtbot, "党建")
    row = next(r for r, h in enumerate(dialog.model.hits) if h.page_id != window.session.page_id)
    hit = dialog.model.hits[row]
    dialog.results.setCurrentIndex(dialog.model.index(row, 0))
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.session.page_id == hit.page_id
    assert window.page_view.selected_lines() == [hit.line]
    # Another hit on the same page: the page stays, the line changes.
    other = next(h for h in dialog.model.hits if h.page_id == hit.page_id and h.line != hit.line)
    dialog.results.activated.emit(dialog.model.index(dialog.model.hits.index(other), 2))
    assert window.page_view.selected_lines() == [other.line]
    assert dialog.model.index(row, 0).data(HIT_ROLE) == hit


def test_replace_all_corrects_every_page_and_undoes_in_one_step(
    window: MainWindow, qtbot: QtBot, library_path: Path
) -> None:
    dialog = _find(window, qtbot, "党建")
    before = {(h.page_id, h.line): h.text for h in dialog.model.hits}
    pages = {page_id for page_id, _line in before}
    open_page = window.session.page_id
    asked: list[tuple[int, int, int]] = []

    def confirm(lines: int, n: int, done: int) -> bool:
        asked.append((lines, n, done))
        return True

    dialog.confirm = confirm
    dialog.replacement.setText("党的建设")
    steps = window.stack.count()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0][:2] == (len(before), len(pages))
    assert window.stack.count() == steps + 1 and window.session.page_id == open_page
    assert dialog.model.hits and all("党建" not in h.text and h.corrected for h in dialog.model.hits)  # found in raw
    for page_id in pages:
        layer = on_disk(library_path, page_id)
        for (p, n), text in before.items():
            if p == page_id:
                assert layer.lines[n].correction == text.replace("党建", "党的建设")
        assert layer.status is Status.REVIEW
    with Library.open(library_path) as library:
        assert all(h.corrected for h in library.search("党建", limit=None))
    window.stack.undo()
    for page_id in pages:
        layer = on_disk(library_path, page_id)
        assert all(layer.lines[n].correction is None for (p, n) in before if p == page_id)
        assert layer.status is Status.NEW
    assert window.session.page_id == open_page
    window.stack.redo()
    assert on_disk(library_path, next(iter(pages))).status is Status.REVIEW
    assert window.session.layer is not None and window.session.page_id is not None
    if window.session.page_id in pages:  # the open page shows the replacement at once
        line = next(n for (p, n) in before if p == window.session.page_id)
        assert window.session.layer.lines[line].correction is not None


def test_replace_all_asks_and_refuses_what_it_cannot_do(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _find(window, qtbot, "全力锻造")
    dialog.confirm = lambda *_args: False
    dialog.replacement.setText("全力打造")
    steps = window.stack.count()
    assert not dialog.replace_all() and window.stack.count() == steps
    dialog.replacement.setText("a\nb")
    dialog.confirm = lambda *_args: True
    assert not dialog.replace_all() and window.stack.count() == steps
    dialog.query.setText("")
    assert not dialog.replace_all() and window.stack.count() == steps


def test_a_replace_that_cannot_be_written_stays_in_the_window_until_retry(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "高质量发展")
    pages = {h.page_id for h in dialog.model.hits}
    dialog.confirm = lambda *_args: True
    dialog.replacement.setText("高质量的发展")
    library = window.session.library
    assert library is not None

    def locked(*_args: object) -> None:
        raise StorageError(Problem.LOCKED)

    monkeypatch.setattr(library, "save_pages", locked)
    assert dialog.replace_all()
    assert window.session.unsaved and window.banner.isVisibleTo(window)
    assert all(on_disk(library_path, p).status is Status.NEW for p in pages)
    monkeypatch.undo()
    assert window.retry_saving()
    for page_id in pages:
        layer = on_disk(library_path, page_id)
        assert any(s.correction and "高质量的发展" in s.correction for s in layer.lines.values())
