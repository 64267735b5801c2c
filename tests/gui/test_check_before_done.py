"""Marking a page done runs the check first; the editor can go to each finding or mark done anyway."""

from __future__ import annotations

import pytest

from proofdesk.domain import checks
from proofdesk.domain.checks import Check, Finding
from proofdesk.domain.model import Role, Status
from proofdesk.gui.dialogs import CheckDialog
from proofdesk.gui.mainwindow import MainWindow
from tests.gui.helpers import layer_of, on_disk


def test_findings_are_listed_and_can_be_visited(window: MainWindow) -> None:
    # An item made of a byline alone: an orphan byline.
    layer = layer_of(window)
    key = layer.item_order()[0]
    lines = layer.item_lines(key)
    window.page_view.select_lines(lines, quiet=False)
    window.acts.roles[Role.BYLINE].trigger()
    window.acts.done.trigger()
    dialog = window.dialog
    assert isinstance(dialog, CheckDialog)
    assert any(f.check is Check.ORPHAN_BYLINE and f.lines == tuple(lines) for f in dialog.findings)
    assert dialog.model.rowCount() == len(dialog.findings)
    assert layer_of(window).status is Status.REVIEW, "in review after an edit, not done while the check finds problems"
    row = next(i for i, f in enumerate(dialog.findings) if f.check is Check.ORPHAN_BYLINE)
    dialog.list.setCurrentIndex(dialog.model.index(row, 0))
    dialog.go_button.click()
    assert window.page_view.selected_lines() == lines
    assert not dialog.isVisible()


def test_enter_goes_to_the_finding_and_does_not_mark_done(window: MainWindow) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.corrections.checkFailed.emit([Finding(Check.DOUBTS, (3,))])
    dialog = window.dialog
    assert isinstance(dialog, CheckDialog)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert layer_of(window).status is not Status.DONE
    assert window.page_view.selected_lines() == [3]


def test_mark_done_anyway(window: MainWindow) -> None:
    window.corrections.checkFailed.emit([Finding(Check.DOUBTS, (1,))])
    dialog = window.dialog
    assert isinstance(dialog, CheckDialog)
    page_id = window.session.page_id or 0
    dialog.done_button.click()
    assert on_disk(window.session.path, page_id).status is Status.DONE
    assert window.session.page_id != page_id, "on to the next page that is not done"


def test_a_clean_page_is_done_at_once(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "check_page", lambda page, layer: [])
    page_id = window.session.page_id
    window.acts.done.trigger()
    assert on_disk(window.session.path, page_id or 0).status is Status.DONE
    assert "Undo Page status" in window.acts.undo.text()
    window.acts.undo.trigger()
    assert window.session.page_id == page_id, "undo shows the page it changed"
    assert layer_of(window).status is Status.NEW


def test_done_goes_on_to_the_next_page_not_done(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "check_page", lambda page, layer: [])
    first = window.session.page_id
    second = window.library_panel.neighbour(first, 1)
    window.library_panel.select_page(second or 0)
    window.session.open_page(second or 0)
    window.acts.done.trigger()  # the second page is done: on to the third
    third = window.session.page_id
    assert third not in (first, second)
    window.session.open_page(first or 0)
    window.acts.done.trigger()  # the first is done: the second is done too, so on to the third
    assert window.session.page_id == third


def test_the_first_edit_starts_the_review_and_an_edit_of_a_done_page_asks(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page_id = window.session.page_id or 0
    assert layer_of(window).status is Status.NEW
    window.page_view.select_lines([1], quiet=False)
    window.acts.roles[Role.HEADING].trigger()
    assert layer_of(window).status is Status.REVIEW
    assert on_disk(window.session.path, page_id).status is Status.REVIEW
    window.acts.undo.trigger()
    assert layer_of(window).status is Status.NEW, "one undo takes back the edit and the status it moved"

    window.corrections.set_status(Status.DONE)
    asked: list[bool] = []

    def confirm_reopen() -> bool:
        asked.append(True)
        return False

    window.corrections.confirm_reopen = confirm_reopen
    window.acts.roles[Role.HEADING].trigger()
    assert asked and layer_of(window).status is Status.DONE and layer_of(window).lines[1].role is not Role.HEADING
    window.corrections.confirm_reopen = lambda: True
    window.acts.roles[Role.HEADING].trigger()
    assert layer_of(window).status is Status.REVIEW and layer_of(window).lines[1].role is Role.HEADING
