"""The page list reads a block of rows at a time from the library: what it holds at start, selecting a page
whose row was not read yet, keys that go past the rows read, and filters that keep the open page selected."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from proofdesk.gui.librarymodel import PAGE_ID_ROLE, LibraryModel
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.storage import Library, PageInfo, PageQuery


class Spy:
    """A library whose page-list reads are recorded."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self.reads: list[tuple[object, ...]] = []

    def count_pages(self, query: PageQuery) -> int:
        return self.library.count_pages(query)

    def page_window(self, query: PageQuery, offset: int, limit: int) -> list[PageInfo]:
        self.reads.append(("window", offset, limit))
        return self.library.page_window(query, offset, limit)

    def page_position(self, query: PageQuery, page_id: int) -> int | None:
        self.reads.append(("position", page_id))
        return self.library.page_position(query, page_id)

    def page_order(self, query: PageQuery) -> list[tuple[int, str]]:
        self.reads.append(("order",))
        return self.library.page_order(query)

    def page_rows(self, names: list[str]) -> list[PageInfo]:
        self.reads.append(("rows", *names))
        return self.library.page_rows(names)


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(LibraryModel, "BLOCK", 2)
    monkeypatch.setattr(LibraryModel, "KEPT", 2)
    yield


def names(model: LibraryModel) -> list[str]:
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_rows_are_read_a_block_at_a_time_when_shown(session: Session, small_blocks: None) -> None:
    assert session.library is not None
    spy = Spy(session.library)
    model = LibraryModel()
    model.set_source(spy)
    assert model.rowCount() == 5 and spy.reads == [], "counting the pages reads none of them"
    every = session.library.pages()
    named = [i.name for i in every]
    assert model.index(4, 0).data() == every[4].name
    assert spy.reads == [("window", 4, 2)]
    assert model.row_of(every[1].id) == 1
    assert spy.reads[1:] == [("order",)], "a page among rows not read is found in the list's order, read once"
    assert names(model) == [i.name for i in every]
    assert spy.reads[2:] == [("rows", *named[0:2]), ("rows", *named[2:4]), ("rows", named[4])], "KEPT blocks at most"
    model.index(2, 0).data()
    assert model.row_of(every[0].id) == 0 and model.row_of(every[3].id) == 3
    assert len(spy.reads) == 5


def test_a_sort_moves_the_selection_with_its_page_without_reading_every_row(
    session: Session, small_blocks: None
) -> None:
    assert session.library is not None
    spy = Spy(session.library)
    model = LibraryModel()
    model.set_source(spy)
    every = session.library.pages()
    kept = model.index(0, 0)
    from PySide6.QtCore import QPersistentModelIndex

    persistent = QPersistentModelIndex(kept)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert persistent.row() == 4
    assert spy.reads == [("window", 0, 2), ("position", every[0].id)], "one look for the selected page"
    assert persistent.data(PAGE_ID_ROLE) == every[0].id


def test_the_window_opens_without_reading_every_page(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, small_blocks: None
) -> None:
    def every_page(*_args: Any, **_kwargs: Any) -> list[PageInfo]:
        raise AssertionError("the whole page list was read")

    monkeypatch.setattr(Library, "pages", every_page)
    monkeypatch.setattr(Library, "pages_by_id", every_page)
    window._library_ready()
    assert window.library_panel.model.rowCount() == 5
    assert "5" in window.library_panel.summary.text()


def test_a_page_whose_row_was_not_read_is_selected_and_keys_go_past_the_rows_read(
    qtbot: QtBot, window: MainWindow, small_blocks: None
) -> None:
    panel = window.library_panel
    assert window.session.library is not None
    every = window.session.library.pages()
    panel.set_library(window.session.library)  # the rows read again, in blocks of 2
    window.session.open_page(every[3].id)  # as the search panel opens a page
    (selected,) = panel.table.selectionModel().selectedRows()
    assert selected.row() == 3 and selected.data(PAGE_ID_ROLE) == every[3].id
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    assert window.session.page_id == every[4].id
    qtbot.keyClick(panel.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.session.page_id == every[0].id
    qtbot.keyClick(panel.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.session.page_id == every[4].id
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up)
    assert window.session.page_id == every[2].id


def test_filters_keep_the_open_page_selected_where_they_show_it(window: MainWindow, small_blocks: None) -> None:
    panel = window.library_panel
    assert window.session.library is not None
    every = window.session.library.pages()
    window.session.open_page(every[4].id)
    panel.search.setText(every[4].name[-6:])
    assert panel.model.rowCount() < 5
    (selected,) = panel.table.selectionModel().selectedRows()
    assert selected.data(PAGE_ID_ROLE) == every[4].id
    panel.search.setText(every[0].name)
    assert panel.model.rowCount() == 1
    assert panel.table.selectionModel().selectedRows() == []
    panel.search.setText("")
    (selected,) = panel.table.selectionModel().selectedRows()
    assert selected.row() == 4 and window.session.page_id == every[4].id
    panel.model.set_query(replace(panel.model.query, pages=frozenset({every[1].id, every[4].id})))
    assert names(panel.model) == [every[1].name, every[4].name]
    (selected,) = panel.table.selectionModel().selectedRows()
    assert selected.row() == 1
    assert panel.next_not_done(every[4].id) == every[1].id


def test_a_page_whose_status_the_filter_no_longer_takes_leaves_the_list(window: MainWindow) -> None:
    from proofdesk.domain.model import Status

    panel = window.library_panel
    panel.status.setCurrentIndex(panel.status.findData(Status.NEW.value))
    assert panel.model.rowCount() == 5
    window.acts.statuses[Status.REVIEW].trigger()
    assert panel.model.rowCount() == 4
    assert window.session.page_id not in [panel.model.info_at(r).id for r in range(4)]
    assert "1 " in panel.summary.text()
