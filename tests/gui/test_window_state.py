"""What the window remembers and shows of itself: the page and line it was left on (per library), and room
for every item of a page in the outline. (Its Chinese title: tests/gui/test_app.py.)"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from proofdesk.gui.app import create_main_window
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.storage import Library
from tests.gui.helpers import layer_of


def _window(qtbot: QtBot, session: Session, settings: QSettings) -> MainWindow:
    win = create_main_window(session, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _on_file(settings: QSettings, name: str, value: object) -> Callable[[], bool]:
    """Whether the settings file (read afresh, as a new start would) holds `value` as a library's `name`."""

    def written() -> bool:
        kept = QSettings(settings.fileName(), QSettings.Format.IniFormat)
        return any(key.endswith(f"/{name}") and str(kept.value(key)) == str(value) for key in kept.allKeys())

    return written


def test_a_page_reopens_at_the_line_it_was_left_on(qtbot: QtBot, session: Session, window_settings: QSettings) -> None:
    win = _window(qtbot, session, window_settings)
    win.acts.next_page.trigger()
    page = session.page_id
    line = sorted(layer_of(win).lines)[-3]
    win.page_view.go_to_line(line)
    win.acts.next_page.trigger()
    assert session.page_id != page
    win.acts.previous_page.trigger()
    assert session.page_id == page and win.page_view.current_line() == line
    win.close()

    again = _window(qtbot, session, window_settings)
    assert session.page_id == page
    assert again.page_view.current_line() == line
    assert line - 1 in {i.row() for i in again.page_view.selectionModel().selectedRows()}
    again.close()


def test_the_page_left_is_kept_without_a_clean_quit(
    qtbot: QtBot, session: Session, window_settings: QSettings, library_path: Path
) -> None:
    win = _window(qtbot, session, window_settings)
    first = session.page_id
    win.acts.next_page.trigger()
    win.acts.next_page.trigger()
    page = session.page_id
    assert page != first

    qtbot.waitUntil(_on_file(window_settings, "page", page), timeout=3000)
    # No closeEvent: the window is dropped as a crash would; a new start opens at the page the editor was on.
    started = Session(library_path)
    started.attach(Library.open(library_path))
    try:
        again = _window(qtbot, started, QSettings(window_settings.fileName(), QSettings.Format.IniFormat))
        assert started.page_id == page
        again.close()
    finally:
        started.close()


def test_the_last_page_is_remembered_per_library(
    qtbot: QtBot, session: Session, window_settings: QSettings, library_path: Path, tmp_path: Path
) -> None:
    other_path = tmp_path / "other" / "library.sqlite"
    other_path.parent.mkdir()
    shutil.copy(library_path, other_path)
    win = _window(qtbot, session, window_settings)
    first = session.page_id
    win.acts.next_page.trigger()
    win.acts.next_page.trigger()
    third = session.page_id
    assert third != first
    win.close()

    other = Session(other_path)
    other.attach(Library.open(other_path))
    try:
        other_win = _window(qtbot, other, window_settings)
        assert other.page_id == first, "another library does not open at this library's last page"
        other_win.close()
    finally:
        other.close()
    again = _window(qtbot, session, window_settings)
    assert session.page_id == third
    again.close()


def test_the_outline_shows_every_item_of_the_page(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1400, 860)
    assert window.session.library is not None
    page_id = next(p.id for p in window.session.library.pages() if p.name.startswith("003"))
    window.session.open_page(page_id)
    outline = window.articles.outline
    rows = window.outline_model.rowCount()
    assert rows >= 11

    def all_shown() -> bool:
        area = outline.viewport().rect()
        return all(area.contains(outline.visualRect(outline.model().index(r, 0))) for r in range(rows))

    qtbot.waitUntil(all_shown)


def test_pane_sizes_are_kept_when_they_change_without_a_clean_quit(
    qtbot: QtBot, session: Session, window_settings: QSettings
) -> None:
    win = _window(qtbot, session, window_settings)
    win.splitter.setSizes([250, 1100])
    win.splitter.splitterMoved.emit(250, 1)  # as a drag of the handle does
    qtbot.waitUntil(lambda: window_settings.value("mainSplitter") == win.splitter.saveState(), timeout=3000)
    kept = win.splitter.sizes()
    # No closeEvent: the window is dropped as a crash would; another one comes up with the same panes.
    again = _window(qtbot, session, QSettings(window_settings.fileName(), QSettings.Format.IniFormat))
    assert again.splitter.sizes() == kept


def test_the_line_gone_to_is_kept_without_a_clean_quit(
    qtbot: QtBot, session: Session, window_settings: QSettings
) -> None:
    win = _window(qtbot, session, window_settings)
    line = sorted(layer_of(win).lines)[-3]
    win.page_view.go_to_line(line)

    qtbot.waitUntil(_on_file(window_settings, "line", line), timeout=3000)


def test_a_librarys_settings_are_under_the_sha1_of_its_path(window: MainWindow) -> None:
    """The key earlier versions wrote the last page and line under: the first 16 hex digits of the path's SHA-1."""
    path = window.session.path
    assert isinstance(path, Path)
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]
    assert window._library_key("page") == f"library-{digest}/page"
