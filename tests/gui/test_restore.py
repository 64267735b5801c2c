"""File → Restore a backup: the library as a verified backup holds it, the current one kept aside."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Role
from proofdesk.gui import workers
from proofdesk.gui.backups import DailyBackup
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.storage import maintenance
from tests.gui.helpers import layer_of, library_file, on_disk, start_at_once


def _choose_first(*args: Any, **_kwargs: Any) -> tuple[str, bool]:
    return args[3][0], True


def test_restore_brings_back_the_backup_and_keeps_the_library_aside(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, page_id = library_file(window), window.session.page_id or 0
    before = on_disk(path, page_id)
    maintenance.backup(path)
    line = min(layer_of(window).lines)
    window.page_view.select_lines([line], quiet=False)
    window.acts.roles[Role.HEADING].trigger()
    assert on_disk(path, page_id).lines[line].role is Role.HEADING

    monkeypatch.setattr(QInputDialog, "getItem", _choose_first)
    with qtbot.waitSignal(window.session.libraryReady, timeout=10000):
        assert window.tasks.restore_backup()
    assert on_disk(path, page_id) == before
    assert layer_of(window).lines[line].role is before.lines[line].role
    assert window.stack.count() == 0, "the undo history ends at the restore"
    assert "before-restore" in window.statusBar().currentMessage()
    kept = [p for p in path.parent.glob(path.name + ".before-restore-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and on_disk(kept[0], page_id).lines[line].role is Role.HEADING


def test_no_backup_yet_is_said_and_changes_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    assert not window.tasks.restore_backup()
    assert said and window.session.library is not None


def test_while_open_a_daily_backup_is_made_once(window: MainWindow, qtbot: QtBot) -> None:
    path = library_file(window)
    backup = DailyBackup(window.session, window, check_ms=50)
    said: list[str] = []
    backup.message.connect(said.append)
    with qtbot.waitSignal(backup.made, timeout=10000) as made:
        pass  # the timer looks by itself
    (first,) = maintenance.backups(path)
    assert made.args == [first.path] and maintenance.check(first.path) == []
    assert said and first.path.name in said[0]
    qtbot.wait(500)  # several more looks
    assert [b.path for b in maintenance.backups(path)] == [first.path], "at most one a day"


def test_a_backup_that_cannot_be_made_is_said(window: MainWindow, qtbot: QtBot) -> None:
    path = library_file(window)
    (path.parent / maintenance.BACKUP_FOLDER).write_text("not a folder")
    backup = DailyBackup(window.session, window)
    said: list[str] = []
    backup.message.connect(said.append)
    with qtbot.waitSignal(backup.failed, timeout=10000):
        backup.check()
    assert said and said[0].startswith("No backup was made")
    assert window.session.library is not None and on_disk(path, window.session.page_id or 0).lines


def test_a_daily_backup_done_before_its_task_is_started_back_is_still_told(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A worker that is done at once reports before `start` returns: its handlers must be connected before.
    monkeypatch.setattr(workers, "start", start_at_once)
    backup = DailyBackup(window.session, window, check_ms=60_000)
    said: list[str] = []
    backup.message.connect(said.append)
    backup.check()
    (first,) = maintenance.backups(library_file(window))
    assert said and first.path.name in said[0]
