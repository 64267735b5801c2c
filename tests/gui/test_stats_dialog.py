"""File → Library overview…: the figures `proofdesk stats` prints, counted by a worker and shown in a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Status
from proofdesk.gui import workers
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.statsdialog import StatsDialog
from proofdesk.gui.wording import problem_text, status_name
from proofdesk.storage import Library, Problem, StorageError
from tests.gui.helpers import layer_of, start_at_once


def _cells(dialog: StatsDialog, table: str) -> list[list[str]]:
    model = getattr(dialog, table).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_overview_shows_the_pages_the_accuracy_the_corrections_and_the_editors(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.tasks.set_editor("王五")
    line = next(n for n in sorted(layer_of(window).lines) if "记者" in window.session.page.text(n))  # type: ignore[union-attr]
    raw = window.session.page.text(line)  # type: ignore[union-attr]
    window.corrections.correct(line, raw.replace("记者", "纪者"))
    window.acts.done.trigger()

    window.acts.overview.trigger()
    qtbot.waitUntil(lambda: isinstance(window.tasks.dialog, StatsDialog), timeout=10_000)
    dialog: StatsDialog = window.tasks.dialog
    assert dialog.isVisible()
    assert f"{status_name(Status.DONE)} 1" in dialog.summary.text() and "5" in dialog.summary.text()
    assert "%" in dialog.accuracy.text() and "text" in dialog.accuracy.text()
    assert ["记", "纪", "1"] in _cells(dialog, "corrections")
    (row,) = [r for r in _cells(dialog, "days") if r[0] == "王五"]
    assert row[2:] == ["1", "2", "1"]  # a page done, two edits (the correction, done), one line changed
    dialog.close()


@pytest.fixture
def locked_overview(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The library's figures cannot be counted (it is locked); the warnings said, as they are said."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))

    def locked(_library: Library) -> None:
        raise StorageError(Problem.LOCKED)

    monkeypatch.setattr(Library, "stats", locked)
    return said


def test_an_overview_that_cannot_be_counted_says_why(
    window: MainWindow, qtbot: QtBot, locked_overview: list[str]
) -> None:
    window.acts.overview.trigger()
    qtbot.waitUntil(lambda: bool(locked_overview), timeout=10_000)
    assert locked_overview == [problem_text(Problem.LOCKED)]
    assert not isinstance(window.tasks.dialog, StatsDialog)


def test_an_overview_that_fails_before_its_task_is_started_back_is_still_told(
    window: MainWindow, locked_overview: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker that fails at once reports before `start` returns: its handlers must be connected before.
    monkeypatch.setattr(workers, "start", start_at_once)
    window.acts.overview.trigger()
    assert locked_overview == [problem_text(Problem.LOCKED)]
