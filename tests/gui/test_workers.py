"""Tasks report through signals on the window's thread, and stay quiet once the window that asked is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Page
from proofdesk.gui import workers
from proofdesk.storage import Library
from proofdesk.storage.engine import QUICK_CHECK_SECONDS, quick_check


def test_a_task_reports_its_result_or_its_failure(qtbot: QtBot) -> None:
    done = workers.Task(lambda _task: 42)
    with qtbot.waitSignal(done.signals.finished, timeout=5000) as finished:
        workers.start(done)
    assert finished.args == [42]
    failing = workers.Task(lambda _task: 1 / 0)
    with qtbot.waitSignal(failing.signals.failed, timeout=5000) as failed:
        workers.start(failing)
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_a_task_whose_signals_are_gone_ends_without_a_traceback(capfd: object) -> None:
    for work in (lambda _task: 42, lambda _task: 1 / 0):
        task = workers.Task(work)
        shiboken6.delete(task.signals)  # as when the application quits while the task runs
        task.run()
        assert task.done.is_set()
    assert "Traceback" not in capfd.readouterr().err  # type: ignore[attr-defined]


def test_the_library_is_quick_checked_when_the_window_opens_it_and_not_by_each_task(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A check reads up to a second of a large library's file: a re-parse, an import or the suggester's build,
    # each on a connection of its own, would wait for it every time.
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    checks: list[float] = []

    def recording(driver: object, seconds: float) -> list[str]:
        checks.append(seconds)
        return quick_check(driver, seconds)

    monkeypatch.setattr("proofdesk.storage.opening.quick_check", recording)
    opened = workers.open_library(path)
    opened.signals.finished.connect(Library.close)
    opened.run()
    assert checks == [QUICK_CHECK_SECONDS]
    for task in (workers.parse(path, Page("p", ("一行",))), workers.stats(path)):
        results: list[object] = []
        task.signals.finished.connect(results.append)
        task.signals.failed.connect(results.append)
        task.run()
        assert results and not isinstance(results[0], Exception)
    assert checks == [QUICK_CHECK_SECONDS]
