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
    assert layer_of(window).status is Status.NEW, "not done while the check finds problems"
    row = next(i for i, f in enumerate(dialog.findings) if f.check is Check.ORPHAN_BYLINE)
    dialog.list.setCurrentIndex(dialog.model.index(row, 0))
    dialog.go_button.click()
    assert window.page_view.selected_lines() == lines
    assert not dialog.isVisible()


def test_mark_done_anyway(window: MainWindow) -> None:
    window.corrections.checkFailed.emit([Finding(Check.DOUBTS, (1,))])
    dialog = window.dialog
    assert isinstance(dialog, CheckDialog)
    dialog.done_button.click()
    assert layer_of(window).status is Status.DONE
    assert on_disk(window.session.path, window.session.page_id or 0).status is Status.DONE


def test_a_clean_page_is_done_at_once(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "check_page", lambda page, layer: [])
    window.acts.done.trigger()
    assert layer_of(window).status is Status.DONE
    assert "Undo Page status" in window.acts.undo.text()
    window.acts.undo.trigger()
    assert layer_of(window).status is Status.NEW
