"""Import (samples offered on an empty library, a refused file reported) and export with progress."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from proofdesk.domain.derive import derive
from proofdesk.gui.app import create_main_window
from proofdesk.gui.dialogs import ExportDialog, ImportReportDialog
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.storage import Library


@pytest.fixture
def empty_window(qtbot: QtBot, tmp_path: Path, window_settings: QSettings) -> Iterator[MainWindow]:
    path = tmp_path / "empty.sqlite"
    session = Session(path)
    session.attach(Library.open(path))
    win = create_main_window(session, window_settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    session.close()


def test_empty_library_offers_the_samples(empty_window: MainWindow, qtbot: QtBot) -> None:
    panel = empty_window.library_panel
    assert panel.stack.currentWidget() is panel.empty_page
    panel.samples_button.click()
    qtbot.waitUntil(lambda: empty_window.tasks.import_task is None and panel.model.rowCount() == 5, timeout=20000)
    assert panel.stack.currentWidget() is not panel.empty_page
    assert empty_window.session.page is not None, "the first page is opened"
    assert empty_window.lines.rowCount() > 0


def test_import_reports_a_refused_file(empty_window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text("区委召开会议\n\n会议指出，要抓好基层党建工作。\n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    empty_window.tasks.import_paths([folder, tmp_path / "missing.txt"])
    qtbot.waitUntil(lambda: empty_window.tasks.import_task is None, timeout=20000)
    dialog = empty_window.tasks.dialog
    assert isinstance(dialog, ImportReportDialog)
    rows = {dialog.model.index(r, 0).data(): dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())}
    assert set(rows) == {str(folder / "scan.txt"), str(tmp_path / "missing.txt")}
    assert "Binary" in rows[str(folder / "scan.txt")]
    assert "1 imported" in dialog.summary.text() and "2 refused" in dialog.summary.text()
    assert empty_window.library_panel.model.rowCount() == 1


def test_export_jsonl_with_progress(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = window.tasks.export_dialog()
    assert isinstance(dialog, ExportDialog)
    out = tmp_path / "corpus.jsonl"
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    dialog.target.setText(str(out))
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert window.session.library is not None
    expected = [a for _i, page, layer in window.session.library.iter_pages() for a in derive(page, layer)]
    assert [(r["page"], r["title"], r["paragraphs"]) for r in records] == [
        (a.page, a.title, list(a.paragraphs)) for a in expected
    ]
    assert progress and progress[-1] == 5
    assert "Exported" in dialog.message.text()
    assert dialog.result() == 0, "QDialog.result() is still the dialog's own (not shadowed by the report)"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_window_and_command_line_export_the_same_file(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, fmt: str
) -> None:
    from proofdesk import cli

    dialog = window.tasks.export_dialog()
    mine, theirs = tmp_path / f"window.{fmt}", tmp_path / f"cli.{fmt}"
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.target.setText(str(mine))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60000)
    assert cli.main(["export", "--db", str(window.session.path), "--format", fmt, "--out", str(theirs)]) == 0
    assert mine.read_bytes() == theirs.read_bytes()
    if fmt == "jsonl":
        suggested = [json.loads(line)["suggested_tags"] for line in mine.read_text("utf-8").splitlines()]
    else:
        with mine.open(encoding="utf-8-sig", newline="") as handle:
            suggested = [row["suggested_tags"] for row in csv.DictReader(handle)]
    assert sum(1 for s in suggested if s) >= len(suggested) // 2, "most items get suggested themes"


def test_export_of_done_pages_only_as_csv(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = window.tasks.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    out = tmp_path / "done.csv"
    dialog.target.setText(str(out))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("page,item,kind")
    assert dialog.outcome.pages == 0


def test_export_to_a_folder_as_jsonl_is_refused(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = window.tasks.export_dialog()
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    dialog.target.setText(str(tmp_path))
    dialog.start()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20000)
    assert "Nothing was exported" in dialog.message.text()
