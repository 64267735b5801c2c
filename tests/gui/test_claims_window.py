"""Two editors' windows on one library: a page one window shows is read-only in the other until it moves on,
and an edit made on a page another editor changed meanwhile is neither lost nor written over theirs."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from proofdesk.domain import ops
from proofdesk.domain.model import Layer, Role
from proofdesk.gui.app import create_main_window
from proofdesk.gui.librarymodel import LibraryColumn
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.location import Location, parse
from proofdesk.storage import Library
from proofdesk.storage.claims import Claim
from tests.gui.helpers import layer_of, on_disk
from tests.pgserver import ThrowawayServer


def _window(qtbot: QtBot, where: Location, editor: str, settings: Path) -> MainWindow:
    session = Session(where)
    session.attach(Library.open(where, editor=editor))
    window = create_main_window(session, QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.claims.settled)  # the claim is written on a thread of its own
    return window


def _set_role(window: MainWindow, line: int, role: Role) -> None:
    window.page_view.go_to_line(line)
    window.acts.roles[role].trigger()


def test_a_page_one_window_shows_is_read_only_in_the_other_until_it_moves_on(
    qtbot: QtBot, pg_server: ThrowawayServer, seeded_template: Path, tmp_path: Path
) -> None:
    from proofdesk.storage.copying import copy_library

    url = parse(pg_server.new_database(library=False))
    copy_library(seeded_template, url)
    wang = _window(qtbot, url, "王五", tmp_path / "wang.ini")
    li = _window(qtbot, url, "李四", tmp_path / "li.ini")
    page_id = wang.session.page_id
    assert page_id is not None and li.session.page_id == page_id
    assert wang.session.held_by is None and wang.team.claim_banner.isHidden()
    assert (
        li.session.held_by == "王五"
        and li.team.claim_banner.isVisible()
        and "王五" in li.team.claim_banner.message.text()
    )

    line = min(layer_of(li).lines)
    before = on_disk(url, page_id)
    _set_role(li, line, Role.NOTE if before.lines[line].role is not Role.NOTE else Role.BODY)
    assert on_disk(url, page_id) == before and layer_of(li) == before
    assert "王五" in li.statusBar().currentMessage()
    assert li.stack.count() == 0

    li.session.look_for_changes()
    row = li.library_panel.model.row_of(page_id)
    assert row is not None
    status = li.library_panel.model.index(row, LibraryColumn.NAME).data()
    assert "王五" in status

    # 王五 moves on: 李四's window takes the page on its next look and can edit it.
    other = next(p.id for p in li.session.library.pages() if p.id != page_id)  # type: ignore[union-attr]
    wang.session.open_page(other)
    qtbot.waitUntil(lambda: wang.session.claims.settled)
    li.session.look_for_changes()
    qtbot.waitUntil(lambda: li.session.claims.settled)
    assert li.session.held_by is None and li.team.claim_banner.isHidden()
    assert "王五" not in li.library_panel.model.index(row, LibraryColumn.NAME).data()
    _set_role(li, line, Role.NOTE)
    assert on_disk(url, page_id).lines[line].role is Role.NOTE
    wang.session.look_for_changes()
    assert wang.session.claims.held_elsewhere == {page_id: "李四"}

    for window in (wang, li):
        window.close()
        window.session.close()
    with Library.open(url) as library:
        assert library.claims() == {}  # both windows released their pages on closing


def test_a_page_that_opens_is_claimed_off_the_windows_thread_and_that_is_no_change_elsewhere(
    qtbot: QtBot, window: MainWindow, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = window.session
    claimed_on: list[threading.Thread] = []
    claim = Library.claim

    def spied(library: Library, page_id: int) -> Claim:
        claimed_on.append(threading.current_thread())
        return claim(library, page_id)

    monkeypatch.setattr(Library, "claim", spied)
    first = session.page_id
    other = next(p.id for p in session.library.pages() if p.id != first)  # type: ignore[union-attr]
    session.look_for_changes()
    with qtbot.assertNotEmitted(session.changedElsewhere):
        session.open_page(other)
        qtbot.waitUntil(lambda: session.claims.settled)
        session.look_for_changes()
    assert claimed_on and threading.main_thread() not in claimed_on
    with Library.open(library_path, editor="李四") as another:
        held = another.claims()
    assert list(held) == [other] and not held[other].mine  # the page before was released
    window.close()
    session.close()
    with Library.open(library_path) as another:
        assert another.claims() == {}


def _corrected_elsewhere(where: Location, page_id: int, line: int, text: str) -> Layer:
    """Another editor, the window's claim having lapsed, corrects a line of the page; the layer they left."""
    with Library.open(where, editor="李四") as other:
        other.release(anyone=True)
        page, layer = other.load(page_id)
        theirs = ops.correct_text(layer, line, text, page.text(line))
        other.save(page_id, layer, theirs)
    return theirs


def test_an_edit_of_a_page_changed_elsewhere_is_kept_and_applied_to_the_other_version(window: MainWindow) -> None:
    session = window.session
    page_id = session.page_id
    assert page_id is not None
    lines = sorted(layer_of(window).lines)
    first, last = lines[0], lines[-1]
    theirs = _corrected_elsewhere(session.path, page_id, last, "改正")

    _set_role(window, first, Role.NOTE)
    assert window.banner.isVisible() and window.banner.keep.isVisible() and not window.banner.retry.isVisible()
    assert "李四" in window.banner.message.text() and f"{last}" in window.banner.message.text()
    assert on_disk(session.path, page_id) == theirs  # refused: nothing written over their change
    assert layer_of(window).lines[first].role is Role.NOTE  # and nothing lost here

    window.banner.keep.click()
    stored = on_disk(session.path, page_id)
    assert stored.lines[first].role is Role.NOTE and stored.lines[last].correction == "改正"
    assert layer_of(window) == stored and not session.unsaved and window.banner.isHidden()
    assert window.stack.count() == 0  # the undo steps held the page as it was before the other change

    # Dropping instead: the window shows the other editor's version.
    theirs = _corrected_elsewhere(session.path, page_id, last, "再改")
    _set_role(window, first, Role.BODY)
    window.banner.drop.click()
    assert on_disk(session.path, page_id) == theirs and layer_of(window) == theirs and not session.unsaved


def test_a_window_on_a_server_hears_of_others_changes_at_once(
    qtbot: QtBot, pg_server: ThrowawayServer, seeded_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from proofdesk.storage.copying import copy_library

    monkeypatch.setattr(Session, "WATCH_MS", 600_000)  # no look of its own before the end of the test
    url = parse(pg_server.new_database(library=False))
    copy_library(seeded_template, url)
    wang = _window(qtbot, url, "王五", tmp_path / "wang.ini")
    other = next(p.id for p in wang.session.library.pages() if p.id != wang.session.page_id)  # type: ignore[union-attr]
    with qtbot.waitSignal(wang.session.claims.claimsChanged, timeout=5000), Library.open(url, editor="李四") as li:
        li.claim(other)
    assert wang.session.claims.held_elsewhere == {other: "李四"}
    row = wang.library_panel.model.row_of(other)
    assert row is not None and "李四" in wang.library_panel.model.index(row, LibraryColumn.NAME).data()
    wang.close()
    wang.session.close()


def test_a_page_left_held_by_another_window_can_be_taken_over(qtbot: QtBot, library_path: Path, tmp_path: Path) -> None:
    wang = _window(qtbot, library_path, "王五", tmp_path / "wang.ini")  # left open, or crashed
    wang_again = _window(qtbot, library_path, "王五", tmp_path / "again.ini")
    page_id = wang.session.page_id
    assert page_id is not None and wang_again.session.held_by == "王五"
    wang_again.team.claim_banner.take_over.click()
    assert wang_again.session.held_by is None and wang_again.team.claim_banner.isHidden()
    line = min(layer_of(wang_again).lines)
    _set_role(wang_again, line, Role.NOTE)
    assert on_disk(library_path, page_id).lines[line].role is Role.NOTE
    wang.session.look_for_changes()
    qtbot.waitUntil(lambda: wang.session.claims.settled)
    assert wang.session.held_by == "王五" and wang.team.claim_banner.isVisible()
    _set_role(wang, line, Role.BODY)  # refused: the page is the other window's now
    assert on_disk(library_path, page_id).lines[line].role is Role.NOTE
    for window in (wang, wang_again):
        window.close()
        window.session.close()
