"""Starting the window: Chinese interface, input method, one writer per library, remembered layout,
the command line, and jieba kept off the GUI thread."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from proofdesk.gui import app, mainwindow, savebanner
from proofdesk.gui.dialogs import ShortcutsDialog
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session


def test_chinese_interface(qtbot: QtBot, session: Session, window_settings: QSettings, qapp: QApplication) -> None:
    assert app.install_translators(qapp, QLocale(QLocale.Language.English)) == []
    translators = app.install_translators(qapp, QLocale("zh_CN"))
    try:
        assert len(translators) == 2, "Qt's own strings and ours"
        win = app.create_main_window(session, window_settings)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[0] == "文件(&F)"
        assert win.windowTitle().startswith("校对台 — "), "the window has the app's Chinese name"
        from PySide6.QtCore import Qt

        assert win.library_panel.model.headerData(0, Qt.Orientation.Horizontal) == "版面"
        assert qapp.translate("QPlatformTheme", "Cancel") == "取消"
        assert win.saved_label.text() == "所有改动已保存"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_parser_rules_are_named_in_chinese(qapp: QApplication) -> None:
    from proofdesk.domain.model import Page
    from proofdesk.gui.wording import rule_name
    from proofdesk.parsing import parse_page
    from tests.unit.parse_scoring import SEEDS, dev_pages

    rules = set()
    for path in SEEDS.glob("*.txt"):
        page = Page(path.stem, tuple(path.read_text("utf-8").split("\n")))
        rules |= {state.rule for state in parse_page(page).lines.values()}
    assert len(rules) >= 10
    for gold in dev_pages("tune"):  # other papers, from their text and with their line boxes
        rules |= {state.rule for state in parse_page(gold.page).lines.values()}
        rules |= {state.rule for state in parse_page(gold.page, None, None, gold.boxes).lines.values()}
    translators = app.install_translators(qapp, QLocale("zh_CN"))
    try:
        for rule in rules:
            name = rule_name(rule)
            assert name != rule and any("\u4e00" <= ch <= "\u9fff" for ch in name), rule
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_only_one_copy_writes_to_a_library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "library.sqlite"
    first = app.lock_library(db)
    assert first is not None
    assert app.lock_library(db) is None
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warned.append(text))
    assert app.run(db) == 1
    assert warned and str(db) in warned[0]
    first.unlock()
    again = app.lock_library(db)
    assert again is not None
    again.unlock()


def test_window_layout_is_remembered(qtbot: QtBot, session: Session, window_settings: QSettings) -> None:
    win = app.create_main_window(session, window_settings)
    qtbot.addWidget(win)
    win.show()
    win.resize(760, 520)  # inside the offscreen screen, so restoring does not clamp it
    win.splitter.setSizes([250, 500])
    sizes = win.splitter.sizes()
    win.close()
    again = app.create_main_window(session, window_settings)
    qtbot.addWidget(again)
    again.show()
    assert again.splitter.sizes() == sizes
    assert again.session.page_id == session.page_id, "the last page is opened again"


def test_settings_live_under_the_redirected_home(tmp_path: Path) -> None:
    assert Path(app.settings().fileName()).is_relative_to(tmp_path)


def test_shortcut_overview(window: MainWindow) -> None:
    window.acts.shortcuts.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ShortcutsDialog)
    rows = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert rows["Toggle join / paragraph break"] == "J"
    assert rows["New item at this line"] == "N"
    assert "Ctrl+Up" in rows["Merge with previous item"]


def _unopened(qtbot: QtBot, path: Path, settings: QSettings) -> tuple[Session, MainWindow]:
    """A window on the library at `path` whose library is not opened yet (as `app.run` makes it)."""
    session = Session(path)
    win = app.create_main_window(session, settings)
    qtbot.addWidget(win)
    return session, win


@pytest.mark.parametrize("installed", [False, True])
def test_a_bar_says_when_no_chinese_font_is_installed(
    qtbot: QtBot, library_path: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch, installed: bool
) -> None:
    # Whether a font draws Chinese is the system's; here it is said either way.
    monkeypatch.setattr(mainwindow, "chinese_font_installed", lambda: installed)
    session, win = _unopened(qtbot, library_path, window_settings)
    assert win.findChild(savebanner.FontBanner) is None
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library_when_painted()
        win.show()
    bar = win.findChild(savebanner.FontBanner)
    assert (bar is None) is installed
    if bar is not None:
        assert bar.isVisible() and "sudo apt install fonts-noto-cjk" in bar.message.text()
        qtbot.mouseClick(bar.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert bar.isHidden()
    win.close()
    session.close()


def test_opens_the_library_in_a_worker(qtbot: QtBot, library_path: Path, window_settings: QSettings) -> None:
    session, win = _unopened(qtbot, library_path, window_settings)
    win.show()
    assert win.session.library is None
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library()
    assert win.library_panel.model.rowCount() == 5
    assert session.page is not None
    win.close()
    session.close()


def test_the_library_opens_once_the_window_is_painted(
    qtbot: QtBot, library_path: Path, window_settings: QSettings
) -> None:
    session, win = _unopened(qtbot, library_path, window_settings)
    assert win.glance_at_page()
    win.open_library_when_painted(latest_ms=60000)
    assert win.statusBar().currentMessage() == "Opening the library…"
    qtbot.wait(50)
    assert session.library is None, "not before the window is painted"
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.show()
    assert win.library_panel.model.rowCount() == 5 and session.page_id == win.shown_page
    win.close()
    session.close()


def test_the_library_opens_at_the_latest_after_a_while_if_the_window_is_never_painted(
    qtbot: QtBot, library_path: Path, window_settings: QSettings
) -> None:
    session, win = _unopened(qtbot, library_path, window_settings)
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library_when_painted(latest_ms=100)
    assert win.library_panel.model.rowCount() == 5
    win.close()
    session.close()


def test_a_window_opened_again_shows_the_page_left_from_the_file_before_the_library_opens(
    qtbot: QtBot, library_path: Path, window_settings: QSettings
) -> None:
    session, win = _unopened(qtbot, library_path, window_settings)
    assert win.glance_at_page()  # never opened here: the first page of the list
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library()
    infos = session.library.pages()  # type: ignore[union-attr]
    session.open_page(infos[2].id)
    win.page_view.go_to_line(7)
    win.close()
    session.close()

    again, win = _unopened(qtbot, library_path, window_settings)
    win.show()
    assert win.glance_at_page()
    assert again.library is None and again.page is None  # nothing is open: keys edit nothing
    assert (win.shown_page, win.lines.page_name, win.page_view.current_line()) == (infos[2].id, infos[2].name, 7)
    qtbot.keyClick(win.page_view, Qt.Key.Key_J)  # join / paragraph break: no page open, nothing happens
    assert win.stack.count() == 0
    with qtbot.waitSignal(again.libraryReady, timeout=10000):
        win.open_library()
    qtbot.waitUntil(lambda: again.page_id == infos[2].id)
    assert (win.shown_page, win.page_view.current_line()) == (infos[2].id, 7)
    win.close()
    again.close()


def test_a_first_start_shows_the_first_page_of_the_list_before_the_library_opens(
    qtbot: QtBot, library_path: Path, window_settings: QSettings
) -> None:
    session, win = _unopened(qtbot, library_path, window_settings)
    win.show()
    assert win.glance_at_page()
    assert session.library is None and session.page is None  # nothing is open: keys edit nothing
    shown = win.shown_page
    qtbot.keyClick(win.page_view, Qt.Key.Key_J)
    assert win.stack.count() == 0 and win.lines.rowCount() > 0 and win.outline_model.rowCount() > 0
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library()
    first = win.library_panel.neighbour(None, 1)
    qtbot.waitUntil(lambda: session.page_id == first)
    assert shown == first and win.shown_page == first
    assert win.lines.page_name == win.library_panel.model.info_at(0).name
    win.close()
    session.close()


def test_an_empty_or_new_library_shows_no_page_before_it_opens(
    qtbot: QtBot, tmp_path: Path, window_settings: QSettings
) -> None:
    from proofdesk.storage import Library

    with Library.open(tmp_path / "empty.sqlite"):
        pass
    for path in (tmp_path / "empty.sqlite", tmp_path / "new.sqlite"):
        session, win = _unopened(qtbot, path, window_settings)
        assert not win.glance_at_page()
        assert win.shown_page is None and win.lines.rowCount() == 0
        with qtbot.waitSignal(session.libraryReady, timeout=10000):
            win.open_library()
        assert session.page is None and win.shown_page is None
        win.close()
        session.close()


def test_a_library_that_fails_to_open_takes_its_glanced_page_off_the_screen(
    qtbot: QtBot, library_path: Path, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    session, win = _unopened(qtbot, library_path, window_settings)
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library()
    win.close()
    session.close()
    again, win = _unopened(qtbot, library_path, window_settings)
    assert win.glance_at_page() and win.lines.rowCount() > 0
    with sqlite3.connect(library_path) as conn:  # another program takes the file over meanwhile
        conn.execute("PRAGMA application_id = 1")
    win.open_library()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)  # the task may fail before a signal could be waited for
    assert (win.shown_page, win.lines.rowCount(), again.library) == (None, 0, None)
    assert win.themes.suggestions.suggester is None and win.themes.suggestions.build_task is None
    win.close()


def test_the_theme_suggester_reads_a_glanced_library_while_the_window_opens_it(
    qtbot: QtBot, library_path: Path, window_settings: QSettings
) -> None:
    # Opening a large library takes a second or two (its quick check); the suggester need not wait for it.
    session, win = _unopened(qtbot, library_path, window_settings)
    win.show()
    assert win.glance_at_page()
    suggestions = win.themes.suggestions
    builds: list[object] = []
    suggestions.building.connect(lambda: builds.append(session.library))
    with qtbot.waitSignal(session.libraryReady, timeout=10000):
        win.open_library()
    assert builds == [None], "started before the library was open"
    qtbot.waitUntil(lambda: suggestions.suggester is not None, timeout=30000)
    qtbot.wait(100)
    assert builds == [None], "the library's opening did not start another build"
    win.close()
    session.close()


WINDOW_RUN = textwrap.dedent(
    """
    import sys
    import threading
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from proofdesk.gui import app

    # The window builds the theme suggester, which imports jieba, in a worker once it shows: record the
    # thread of that import.
    gui_thread_imports = []
    sys.addaudithook(
        lambda event, args: event == "import" and args[0] == "jieba"
        and gui_thread_imports.append(threading.current_thread() is threading.main_thread())
    )

    def check():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow")
        if window.session.page is None:
            return
        for _ in range(5):
            window.acts.next_page.trigger()
        print("TITLE", window.windowTitle(), flush=True)
        print("JIEBA", any(gui_thread_imports), flush=True)
        QApplication.quit()

    qapp = QApplication(sys.argv)
    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(50)
    sys.exit(app.run(__import__("pathlib").Path(sys.argv[1])))
    """
)


def test_run_opens_the_window_without_loading_jieba_on_the_gui_thread(library_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROOFDESK_HOME": str(tmp_path / "home"), "LANG": "C"}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_RUN, str(library_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    out = dict(line.split(" ", 1) for line in done.stdout.splitlines())
    assert out["TITLE"].startswith("Proofdesk")
    assert out["JIEBA"] == "False"


def _window_process(library_path: Path, home: Path) -> subprocess.Popen[bytes]:
    """`proofdesk --db LIBRARY` as a user starts it (offscreen, its settings under `home`)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PROOFDESK_HOME": str(home)}
    command = [sys.executable, "-m", "proofdesk.cli", "--db", str(library_path)]
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def test_command_line_opens_the_window(library_path: Path, tmp_path: Path) -> None:
    child = _window_process(library_path, tmp_path / "home")
    lock = Path(str(library_path) + ".lock")
    try:
        deadline = time.monotonic() + 20
        while not lock.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert lock.exists(), "the window took the library's lock"
        assert child.poll() is None, "the window is running"
    finally:
        child.kill()
        child.wait(10)


def test_closing_the_window_makes_the_days_verified_backup(
    library_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    from proofdesk.importer import import_files
    from proofdesk.storage import Library, maintenance

    with Library.open(library_path) as library:
        import_files(library, seed_files[:1])
    app._daily_backup(library_path)
    app._daily_backup(library_path)  # once a day
    [made] = maintenance.backups(library_path)
    assert maintenance.integrity_findings(made.path) == []
    library_path.write_bytes(b"not a library" * 100)
    made.path.unlink()
    app._daily_backup(library_path)
    assert capsys.readouterr().err.startswith("proofdesk: no backup was made:")


def test_sigterm_closes_the_window_as_the_editor_would(library_path: Path, tmp_path: Path) -> None:
    from proofdesk.storage import Library

    child = _window_process(library_path, tmp_path / "home")
    try:
        deadline = time.monotonic() + 30
        claimed: dict[int, object] = {}
        while not claimed and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.1)
            with Library.open(library_path, read_only=True) as library:
                claimed = dict(library.claims())
        assert claimed, "the window claimed the page it opened"
        child.send_signal(signal.SIGTERM)
        assert child.wait(30) == 0
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
    with Library.open(library_path, read_only=True) as library:
        assert library.claims() == {}  # released on the way out, not left to expire
    assert not Path(str(library_path) + ".lock").exists()
    assert any((tmp_path / "home").rglob("window.ini"))  # the layout was saved as on a normal close


def test_keys_go_to_the_raw_page_from_the_start(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is window.page_view  # not the library's status filter
