"""Pages another program writes to the open library show up in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from proofdesk.gui.mainwindow import MainWindow
from proofdesk.importer import import_files
from proofdesk.storage import Library, PageInfo, Problem, StorageError


def shown_pages(window: MainWindow) -> list[PageInfo]:
    model = window.library_panel.model
    return [model.info_at(row) for row in range(model.rowCount())]


def test_pages_imported_by_another_program_appear(
    qtbot: QtBot, window: MainWindow, library_path: Path, tmp_path: Path
) -> None:
    before = window.library_panel.model.rowCount()
    window.session.look_for_changes()
    assert window.library_panel.model.rowCount() == before  # nothing changed yet
    page = tmp_path / "另一份报纸.txt"
    page.write_text("新的标题\n\n本报讯 新的一天开始了，记者在现场看到许多市民。\n", "utf-8")
    with Library.open(library_path) as other:  # another program's connection
        import_files(other, [page])
    with qtbot.waitSignal(window.session.pagesAdded, timeout=1000):
        window.session.look_for_changes()
    assert window.library_panel.model.rowCount() == before + 1
    assert "另一份报纸" in [i.name for i in shown_pages(window)]


def test_the_windows_own_edits_do_not_count_as_changes_elsewhere(qtbot: QtBot, window: MainWindow) -> None:
    library = window.session.library
    assert library is not None
    window.session.look_for_changes()
    with qtbot.assertNotEmitted(window.session.changedElsewhere):
        library.set_themes(library.themes())
        window.session.look_for_changes()


def test_another_editors_status_changes_show_in_the_list(window: MainWindow, library_path: Path) -> None:
    from proofdesk.domain import ops
    from proofdesk.domain.model import Status
    from proofdesk.gui.wording import status_name

    window.session.look_for_changes()
    infos = shown_pages(window)
    open_id = window.session.page_id
    assert open_id is not None
    other_page = next(i for i in infos if i.id != open_id)
    with Library.open(library_path, editor="李四") as other:  # another editor's window
        _page, layer = other.load(other_page.id)
        other.save(other_page.id, layer, ops.set_status(layer, Status.DONE))
        _page, layer = other.load(open_id)
        with pytest.raises(StorageError) as refused:  # the window holds its open page
            other.save(open_id, layer, ops.set_status(layer, Status.DONE))
        assert refused.value.problem is Problem.CLAIMED
    window.session.look_for_changes()
    shown = {i.id: i.status for i in shown_pages(window)}
    assert shown[other_page.id] is Status.DONE
    assert shown[open_id] is not Status.DONE
    assert f"· 1 {status_name(Status.DONE)} ·" in window.library_panel.summary.text()
