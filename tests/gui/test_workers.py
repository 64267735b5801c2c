"""Tasks report through signals on the window's thread, and stay quiet once the window that asked is gone."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from proofdesk.gui import workers


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
