"""Suggestions: built in a worker after the window shows (jieba never loads on the GUI thread), and
learning from every confirmed tag without a restart."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Layer, Page
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.storage import Library
from tests.gui.theme_helpers import show_item, taggable, wait_ready


def test_jieba_loads_in_a_worker_thread(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from proofdesk.themes import load_jieba as real

    threads: list[threading.Thread] = []
    pauses: list[Callable[[], None] | None] = []

    def recording(cache_dir: Path, pause: Callable[[], None] | None = None) -> float:
        threads.append(threading.current_thread())
        pauses.append(pause)
        return real(cache_dir, pause)

    # `build_suggester` calls the name it imported into proofdesk.tagging.
    monkeypatch.setattr("proofdesk.tagging.load_jieba", recording)
    window.themes.suggestions.start()
    wait_ready(window, qtbot)
    assert threads, "building the suggester loads jieba"
    assert all(t is not threading.main_thread() for t in threads)
    assert all(pause is not None for pause in pauses), "the load holds back while the editor is busy"


def test_suggestions_run_off_the_gui_thread(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    wait_ready(window, qtbot)
    suggester = window.themes.suggestions.suggester
    assert suggester is not None
    threads: list[threading.Thread] = []
    real = suggester.suggest

    def recording(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(suggester, "suggest", recording)
    show_item(window, qtbot, taggable(window)[0].key)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.themes.suggestions.suggest_ms, "each suggestion is timed"


def test_suggestions_learn_from_confirmed_tags(window: MainWindow, qtbot: QtBot) -> None:
    wait_ready(window, qtbot)
    suggester = window.themes.suggestions.suggester
    # The sample page whose items are most alike (several reports on party building in one county).
    assert window.session.library is not None
    alike = next(i.id for i in window.session.library.pages() if i.name.startswith("003_"))
    window.session.open_page(alike)
    articles = taggable(window)
    target, others = articles[0], articles[1:]
    assert others
    before = [s.theme for s in show_item(window, qtbot, target.key)]
    # A theme the target is not offered yet: confirm it on the other items of the page.
    theme = next(t.name for t in reversed(window.themes.taxonomy.themes) if t.name not in before)
    for other in others:
        window.articles.select_item(other.key)
        window.themes.tags.add(theme)
    after = show_item(window, qtbot, target.key)
    learnt = [s for s in after if s.theme == theme]
    assert learnt, f"{theme} is suggested once similar items carry it ({before} → {[s.theme for s in after]})"
    assert learnt[0].similar, "because similar items carry it"
    assert learnt[0].reason.value in ("similar", "both")
    assert window.themes.suggestions.suggester is suggester, "the same suggester learnt it: no restart"

    # Undoing the confirmations takes the evidence back.
    for _ in others:
        window.stack.undo()
    again = show_item(window, qtbot, target.key)
    assert theme not in [s.theme for s in again]


def test_new_pages_rebuild_the_suggester(window: MainWindow, qtbot: QtBot) -> None:
    wait_ready(window, qtbot)
    first = window.themes.suggestions.suggester
    window.session.pagesAdded.emit()
    assert window.themes.suggestions.suggester is None
    wait_ready(window, qtbot)
    assert window.themes.suggestions.suggester is not first


def test_suggestions_can_be_asked_while_the_suggester_goes_on_reading(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ready after the first page: suggestions are asked and shown while the build reads the other four;
    # `ready` comes once, and the build's end keeps the same suggester.
    monkeypatch.setattr("proofdesk.tagging.FIRST_PAGES", 1)
    suggestions = window.themes.suggestions
    gate = threading.Event()
    real_load = Library.load
    loads: list[int] = []

    def load(library: Library, page_id: int) -> tuple[Page, Layer]:
        loads.append(page_id)
        if len(loads) == 2:  # the second page waits until a suggestion has been shown
            gate.wait(10)
        return real_load(library, page_id)

    monkeypatch.setattr(Library, "load", load)
    readies: list[float] = []
    suggestions.ready.connect(readies.append)
    suggestions.start()
    qtbot.waitUntil(lambda: suggestions.suggester is not None, timeout=30_000)
    assert suggestions.build_task is not None and len(suggestions.suggester or ()) > 0
    shown = show_item(window, qtbot, taggable(window)[0].key)
    assert shown, "a suggestion while the build goes on"
    early = suggestions.suggester
    gate.set()
    qtbot.waitUntil(lambda: suggestions.build_task is None, timeout=30_000)
    assert readies and len(readies) == 1 and suggestions.suggester is early and len(loads) == 5
