"""Find in library: the hits in page order with the match marked, a hit opens its page at its line, Replace
all corrects every page as one undo step, written at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from proofdesk import replacing
from proofdesk.domain.model import Layer, Role, Status
from proofdesk.gui.findpanel import HIT_ROLE, THIS_PAGE, FindDialog, Progress, ReplacePreview, emphasised
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.replacing import PageReplacement
from proofdesk.storage import Library, Problem, StorageError
from proofdesk.text.matching import Mode, Pattern
from tests.gui.helpers import on_disk
from tests.unit.engines import stretches_read


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
    marked = emphasised("<b>党建</b>与党建", Pattern("党建"))
    assert marked.count("党建") == 2 and marked.count("<span") == 2 and "&lt;b&gt;" in marked
    marked = emphasised("1998年与２０２３年", Pattern(r"\d+年", Mode.REGEX, folded=True))
    assert marked.count("<span") == 2 and ">２０２３年</span>" in marked


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
    asked: list[tuple[int, int]] = []

    def choose(planned: list[PageReplacement], _find: Pattern, _new: str) -> list[PageReplacement]:
        asked.append((sum(len(p.lines) for p in planned), len(planned)))
        return planned

    dialog.choose = choose
    dialog.replacement.setText("党的建设")
    steps = window.stack.count()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    assert asked == [(len(before), len(pages))]
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


def test_undo_and_redo_of_a_replace_all_show_the_window_waiting(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "党建")
    dialog.choose = lambda planned, _find, _new: planned
    dialog.replacement.setText("党的建设")
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    shapes: list[Qt.CursorShape | None] = []
    write = window.session.apply_pages

    def watched(edits: list[tuple[int, Layer, Layer]]) -> None:
        cursor = QGuiApplication.overrideCursor()
        shapes.append(None if cursor is None else cursor.shape())
        write(edits)

    monkeypatch.setattr(window.session, "apply_pages", watched)
    window.stack.undo()
    window.stack.redo()
    assert shapes == [Qt.CursorShape.WaitCursor] * 2
    assert QGuiApplication.overrideCursor() is None


def test_replace_all_asks_and_refuses_what_it_cannot_do(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _find(window, qtbot, "全力锻造")
    dialog.choose = lambda _planned, _find, _new: None
    dialog.replacement.setText("全力打造")
    steps = window.stack.count()
    assert not dialog.replace_all() and window.stack.count() == steps
    dialog.replacement.setText("a\nb")
    dialog.choose = lambda planned, _find, _new: planned
    assert not dialog.replace_all() and window.stack.count() == steps
    dialog.query.setText("")
    assert not dialog.replace_all() and window.stack.count() == steps


def test_a_replace_that_cannot_be_written_stays_in_the_window_until_retry(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "高质量发展")
    pages = {h.page_id for h in dialog.model.hits}
    dialog.choose = lambda planned, _find, _new: planned
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


def test_the_preview_lists_every_line_and_replaces_only_those_left_ticked(
    window: MainWindow, qtbot: QtBot, library_path: Path, qtmodeltester: object
) -> None:
    dialog = _find(window, qtbot, "党建")
    hits = [(h.page_id, h.line) for h in dialog.model.hits]
    previews: list[ReplacePreview] = []

    def choose(planned: list[PageReplacement], find: Pattern, new: str) -> list[PageReplacement] | None:
        preview = ReplacePreview(planned, find, new, dialog)
        previews.append(preview)
        qtmodeltester.check(preview.model)  # type: ignore[attr-defined]
        rows = preview.model.rows
        assert [(edit.page_id, n) for edit, n, _b, _a in rows] == hits
        assert all(after == before.replace("党建", "党的建设") for _e, _n, before, after in rows)
        preview.model.setData(preview.model.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
        return preview.chosen()

    dialog.choose = choose
    dialog.replacement.setText("党的建设")
    assert dialog.replace_all()
    kept_page, kept_line = hits[0]
    assert on_disk(library_path, kept_page).lines[kept_line].correction is None  # unticked: as it was
    for page_id, line in hits[1:]:
        assert "党的建设" in (on_disk(library_path, page_id).lines[line].correction or "")
    preview = previews[0]
    preview.model.tick_all(False)
    assert not preview.replace_button.isEnabled() and preview.chosen() == []


# The dialog is open when it is asked for again (the offscreen platform cannot raise a window).
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_find_in_page_by_expression_and_filters(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find in page
    dialog = window.finder.dialog
    assert dialog is not None and dialog.isVisible() and dialog.status.currentData() == THIS_PAGE
    dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.REGEX))
    dialog.query.setText("[，。]$")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    hits = dialog.model.hits
    assert hits and {h.page_id for h in hits} == {window.session.page_id}
    assert all(h.text[-1] in "，。" for h in hits)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.TITLE))  # a filter searches again at once
    layer = window.session.layer
    assert layer is not None and len(dialog.model.hits) < len(hits)
    assert all(layer.lines[h.line].role is Role.TITLE for h in dialog.model.hits)
    dialog.query.setText("(")
    dialog.search()
    assert dialog.model.rowCount() == 0 and "not a regular expression" in dialog.count.text()
    window.acts.find_in_library.trigger()  # Find in library looks at every page again
    assert dialog.status.currentData() is None


def test_the_status_filter_keeps_the_pages_of_that_status(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _find(window, qtbot, "党建")
    assert dialog.model.hits  # every page is new
    dialog.status.setCurrentIndex(dialog.status.findData(Status.DONE))
    assert dialog.model.rowCount() == 0
    dialog.status.setCurrentIndex(dialog.status.findData(Status.NEW))
    assert dialog.model.rowCount() > 0


def test_a_long_search_goes_on_in_stretches_and_stops_on_request(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    from proofdesk.storage import fulltext

    dialog = _find(window, qtbot, "党")
    whole = list(dialog.model.hits)  # the sample pages, searched at once
    monkeypatch.setattr(fulltext.Stretch, "MIN_PAGES", 1)  # as if each page took longer than a stretch
    monkeypatch.setattr("proofdesk.gui.findpanel.STRETCH_SECONDS", 0)
    dialog.search()
    assert dialog.stop_button.isVisibleTo(dialog) and dialog.count.text().startswith("Searching… ")
    assert 0 < dialog.model.rowCount() < len(whole)  # the first page's lines, listed at once
    qtbot.waitUntil(lambda: not dialog.stop_button.isVisibleTo(dialog))
    assert dialog.model.hits == whole and dialog.count.text().startswith(f"{len(whole)} ")
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    dialog.search()
    first = dialog.model.rowCount()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert dialog.model.rowCount() == first and dialog.count.text().startswith("Stopped after page ")
    dialog.search()
    dialog.close()  # closing the dialog stops its search too
    qtbot.wait(50)
    assert dialog.model.rowCount() < len(whole)


def _watch_progress(
    dialog: FindDialog,
    monkeypatch: pytest.MonkeyPatch,
    act: Callable[[int, QProgressDialog], None] | None = None,
    labels: list[str] | None = None,
) -> list[tuple[int, int, bool]]:
    """Plan with a page at a time and the progress shown at once; each step's value, maximum and whether the
    progress dialog is shown are recorded (after `act(step, progress dialog)`, when given), and its text in
    `labels`, when given."""
    monkeypatch.setattr("proofdesk.gui.findpanel.PLAN_PAGES", 1)
    monkeypatch.setattr("proofdesk.gui.findpanel.PROGRESS_AFTER_MS", 0)
    seen: list[tuple[int, int, bool]] = []
    plan = dialog.plan

    def watched(find: Pattern, new: str, progress: Progress | None = None) -> object:
        assert progress is not None

        def step(done: int, total: int, searching: bool = False) -> bool:
            bar = dialog.findChildren(QProgressDialog)[-1]
            if act is not None:
                act(len(seen), bar)
            go_on = progress(done, total, searching)
            seen.append((bar.value(), bar.maximum(), bar.isVisible()))
            if labels is not None:
                labels.append(bar.labelText())
            return go_on

        return plan(find, new, step)

    monkeypatch.setattr(dialog, "plan", watched)
    return seen


def _choose_all(dialog: FindDialog) -> list[PageReplacement]:
    """Replace all's preview answered with every line it lists, which are kept in the list returned."""
    planned: list[PageReplacement] = []

    def choose(edits: list[PageReplacement], _find: Pattern, _new: str) -> list[PageReplacement]:
        planned.extend(edits)
        return edits

    dialog.choose = choose
    return planned


def _cancel_at(qtbot: QtBot, at: int) -> Callable[[int, QProgressDialog], None]:
    """For `_watch_progress`: a click on the progress dialog's Cancel button at step `at`, the dialog shown."""

    def cancel(step: int, bar: QProgressDialog) -> None:
        if step == at:
            assert bar.isVisible()
            button = bar.findChild(QPushButton)
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return cancel


def _library_state(window: MainWindow, library: Library) -> object:
    """Every page's layer as the window shows it, and as `library` stores it with its version and history."""
    ids = [info.id for info in library.pages()]
    return (
        {p: window.session.layer_of(p) for p in ids},
        {p: library.load_versioned(p) for p in ids},
        {p: len(library.page_history(p)) for p in ids},
    )


def test_replace_all_shows_its_progress_while_it_reads_the_pages(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "党建")
    lines = {(h.page_id, h.line) for h in dialog.model.hits}
    pages = {page_id for page_id, _line in lines}
    seen = _watch_progress(dialog, monkeypatch)
    planned = _choose_all(dialog)
    dialog.replacement.setText("党的建设")
    assert dialog.replace_all()
    assert [value for value, _most, _shown in seen] == list(range(len(pages) + 1))  # a page at a time
    assert {most for _value, most, _shown in seen} == {len(pages)}
    assert all(shown for _value, _most, shown in seen[1:])
    assert not any(bar.isVisible() for bar in dialog.findChildren(QProgressDialog))
    assert {(p.page_id, n) for p in planned for n, _before, _after in p.lines} == lines
    assert window.stack.count() == 1
    assert all(on_disk(library_path, p).status is Status.REVIEW for p in pages)
    window.stack.undo()
    assert all(on_disk(library_path, p).status is Status.NEW for p in pages)


def test_cancel_while_replace_all_reads_the_pages_changes_nothing(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "党建")
    session = window.session
    library = session.library
    assert library is not None
    before = _library_state(window, library)

    seen = _watch_progress(dialog, monkeypatch, _cancel_at(qtbot, 2))
    dialog.choose = lambda _planned, _find, _new: pytest.fail("asked after Cancel")
    notes: list[str] = []
    dialog.message.connect(notes.append)
    dialog.replacement.setText("党的建设")
    assert not dialog.replace_all()
    assert len(seen) == 3 and seen[-1][0] < seen[-1][1]  # stopped before the last page was read
    assert notes == ["Replace all was stopped; nothing was replaced."]
    assert not any(bar.isVisible() for bar in dialog.findChildren(QProgressDialog))
    assert window.stack.count() == 0 and not session.unsaved
    with Library.open(library_path) as fresh:
        assert _library_state(window, fresh) == before


def _a_stretch_a_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """Searches that read page by page stop after every page, as if each took longer than a stretch."""
    from proofdesk.storage import fulltext

    monkeypatch.setattr(fulltext.Stretch, "MIN_PAGES", 1)
    monkeypatch.setattr("proofdesk.gui.findpanel.STRETCH_SECONDS", 0)


def _planned_lines(planned: list[PageReplacement]) -> list[tuple[int, tuple[tuple[int, str, str], ...]]]:
    return [(p.page_id, p.lines) for p in planned]


def test_replace_all_shows_its_progress_while_it_searches_the_library(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "党")  # one character: the pages that hold it are read one by one
    library = window.session.library
    assert library is not None
    names = [info.name for info in library.pages()]
    expected, _held = replacing.plan(library, "党", "党的")  # one search, as the command line plans
    holding = [names.index(p.page.name) + 1 for p in expected]
    assert len(holding) >= 3
    _a_stretch_a_page(monkeypatch)
    bars: list[QProgressDialog] = []
    labels: list[str] = []
    seen = _watch_progress(dialog, monkeypatch, lambda _step, bar: bars.append(bar), labels)
    planned = _choose_all(dialog)
    dialog.replacement.setText("党的")
    assert dialog.replace_all()
    searched = len(holding) - 1  # a step after each stretch but the last
    assert all(label.startswith("Searching the library: page ") for label in labels[:searched])
    assert labels[0] == f"Searching the library: page {holding[0]} of {len(names)}"
    assert [(value, most) for value, most, _shown in seen[:searched]] == [(n, len(names)) for n in holding[:-1]]
    assert all(label.startswith("Reading the pages found: ") for label in labels[searched:])  # then the reading
    assert [value for value, _most, _shown in seen[searched:]] == list(range(len(expected) + 1))
    assert all(shown for _value, _most, shown in seen) and all(bar is bars[0] for bar in bars)  # one dialog
    assert not any(bar.isVisible() for bar in dialog.findChildren(QProgressDialog))
    assert _planned_lines(planned) == _planned_lines(expected)
    assert window.stack.count() == 1
    assert all(on_disk(library_path, p.page_id) == p.after for p in expected)


def test_cancel_while_replace_all_searches_the_library_changes_nothing(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "党")
    session = window.session
    library = session.library
    assert library is not None
    before = _library_state(window, library)
    _a_stretch_a_page(monkeypatch)
    searched = stretches_read(library, monkeypatch)
    labels: list[str] = []
    seen = _watch_progress(dialog, monkeypatch, _cancel_at(qtbot, 1), labels)
    dialog.choose = lambda _planned, _find, _new: pytest.fail("asked after Cancel")
    notes: list[str] = []
    dialog.message.connect(notes.append)
    dialog.replacement.setText("党的")
    assert not dialog.replace_all()
    assert len(seen) == 2 and all(label.startswith("Searching the library: ") for label in labels)
    assert len(searched) == 2  # the search stopped: the pages after its second stretch were not read
    assert notes == ["Replace all was stopped; nothing was replaced."]
    assert not any(bar.isVisible() for bar in dialog.findChildren(QProgressDialog))
    assert window.stack.count() == 0 and not session.unsaved
    with Library.open(library_path) as fresh:
        assert _library_state(window, fresh) == before


def test_a_replace_all_by_expression_searched_in_stretches_replaces_as_one_search(
    window: MainWindow, qtbot: QtBot, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _find(window, qtbot, "")
    dialog.mode.setCurrentIndex(dialog.mode.findData(Mode.REGEX))
    dialog.query.setText(r"(\d+)月(\d+)日")
    library = window.session.library
    assert library is not None
    expected, _held = replacing.plan(library, Pattern(r"(\d+)月(\d+)日", Mode.REGEX), r"\1.\2")
    assert len(expected) >= 3
    _a_stretch_a_page(monkeypatch)
    labels: list[str] = []
    _watch_progress(dialog, monkeypatch, labels=labels)
    planned = _choose_all(dialog)
    dialog.replacement.setText(r"\1.\2")
    assert dialog.replace_all()
    assert any(label.startswith("Searching the library: ") for label in labels)
    assert _planned_lines(planned) == _planned_lines(expected)
    assert any("7.23" in after for p in planned for _n, _before, after in p.lines)
    assert all(on_disk(library_path, p.page_id) == p.after for p in expected)
    window.stack.undo()
    assert all(on_disk(library_path, p.page_id) == p.before for p in expected)
