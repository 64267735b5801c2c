"""Saved at once; a failed write is shown and nothing is lost; a killed window loses nothing shown done."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Role, Status
from proofdesk.domain.ops import set_role, set_status
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.storage import Problem, StorageError
from tests.gui.helpers import layer_of, library_file, on_disk


def _select_first_line(window: MainWindow) -> int:
    line = min(layer_of(window).lines)
    window.page_view.go_to_line(line)
    return line


def test_failed_write_is_shown_kept_and_retried(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.session.library is not None
    page_id = window.session.page_id or 0
    start = on_disk(window.session.path, page_id)
    real_save = window.session.library.save

    def disk_full(*_args: object) -> None:
        raise StorageError(Problem.DISK_FULL, "test")

    monkeypatch.setattr(window.session.library, "save", disk_full)
    line = _select_first_line(window)
    window.acts.roles[Role.NOTE].trigger()
    assert window.banner.isVisible()
    assert "disk is full" in window.banner.message.text()
    assert window.saved_label.text() == "Edits not saved yet"
    assert layer_of(window).lines[line].role is Role.NOTE, "the edit stays on screen"
    assert on_disk(window.session.path, page_id) == start

    window.acts.roles[Role.CAPTION].trigger()  # the next edit tries again, and fails again
    # Going to another page and back keeps the unsaved edit.
    window.acts.next_page.trigger()
    window.acts.previous_page.trigger()
    assert layer_of(window).lines[line].role is Role.CAPTION

    monkeypatch.setattr(window.session.library, "save", real_save)
    window.acts.retry.trigger()
    assert not window.banner.isVisible()
    assert window.saved_label.text() == "All edits saved"
    assert on_disk(window.session.path, page_id) == layer_of(window)


def test_next_edit_writes_the_waiting_ones(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.session.library is not None
    real_save = window.session.library.save
    monkeypatch.setattr(window.session.library, "save", lambda *_a: (_ for _ in ()).throw(StorageError(Problem.LOCKED)))
    _select_first_line(window)
    window.acts.roles[Role.NOTE].trigger()
    assert "locked" in window.banner.message.text()
    monkeypatch.setattr(window.session.library, "save", real_save)
    window.acts.toggle_break.trigger()
    assert on_disk(window.session.path, window.session.page_id or 0) == layer_of(window)
    assert not window.session.unsaved


def test_a_really_locked_database_loses_nothing(window: MainWindow) -> None:
    blocker = sqlite3.connect(library_file(window), timeout=0.1)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        _select_first_line(window)
        window.acts.roles[Role.NOTE].trigger()
        assert window.session.unsaved
        assert window.banner.isVisible()
    finally:
        blocker.rollback()
        blocker.close()
    assert window.retry_saving()
    assert on_disk(window.session.path, window.session.page_id or 0) == layer_of(window)


KILLED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from proofdesk.domain.model import Role
    from proofdesk.gui.app import create_main_window
    from proofdesk.gui.session import Session
    from proofdesk.storage import Library

    app = QApplication([])
    db = Path(sys.argv[1])
    session = Session(db)
    session.attach(Library.open(db))
    window = create_main_window(session, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    line = min(session.layer.lines)
    window.page_view.go_to_line(line)
    window.acts.roles[Role.CAPTION].trigger()
    window.acts.toggle_break.trigger()

    def report():
        # The editor sees the edit as done: the window says it is saved.
        assert window.saved_label.text() == "All edits saved"
        print("SHOWN", session.page_id, line, flush=True)

    QTimer.singleShot(0, report)
    app.exec()
    """
)


def test_kill_right_after_an_edit_is_shown_done(library_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROOFDESK_HOME": str(tmp_path / "home")}
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(library_path), str(tmp_path / "w.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        shown = child.stdout.readline().split()
        assert shown and shown[0] == "SHOWN"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    page_id, line = int(shown[1]), int(shown[2])
    layer = on_disk(library_path, page_id)
    assert layer.lines[line].role is Role.CAPTION
    assert layer.lines[line].edited


def test_the_save_problem_bar_is_as_tall_as_its_text(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.session.library is not None
    window.resize(1400, 860)
    real_save = window.session.library.save
    monkeypatch.setattr(window.session.library, "save", lambda *_a: (_ for _ in ()).throw(StorageError(Problem.LOCKED)))
    _select_first_line(window)
    window.acts.roles[Role.NOTE].trigger()
    qtbot.waitUntil(window.banner.isVisible)
    qtbot.wait(50)
    height, line = window.banner.height(), window.banner.message.fontMetrics().lineSpacing()
    monkeypatch.setattr(window.session.library, "save", real_save)
    window.acts.retry.trigger()
    assert not window.session.unsaved
    assert height <= 4 * line + 30, (height, line)


def test_writing_several_pages_tells_the_views_of_those_pages_alone(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An edit of the open page kept in memory by a failed write is written along with a replace on other
    # pages; the views hear of the replace's pages, not of the open page's edit again.
    library = session.library
    assert library is not None
    open_id, other_id = (info.id for info in library.pages()[:2])
    session.open_page(open_id)
    assert session.layer is not None
    line = min(session.layer.lines)

    def locked(*_args: object) -> None:
        raise StorageError(Problem.LOCKED, "test")

    monkeypatch.setattr(library, "save", locked)
    session.apply(open_id, session.layer, set_role(session.layer, [line], Role.NOTE))
    monkeypatch.undo()
    assert session.unsaved
    _page, before = session.layer_of(other_id)
    after = set_status(before, Status.REVIEW)
    layers: list[int] = []
    infos: list[int] = []
    session.layerChanged.connect(lambda page_id, _change: layers.append(page_id))
    session.pageInfoChanged.connect(lambda info: infos.append(info.id))
    session.apply_pages([(other_id, before, after)])
    assert not session.unsaved  # the waiting edit was written too
    assert on_disk(library.path, open_id).lines[line].role is Role.NOTE
    assert on_disk(library.path, other_id).status is Status.REVIEW
    assert layers == [] and infos == [other_id]
