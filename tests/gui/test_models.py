"""The list models are sound Qt models, and the library list sorts, filters and follows edits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from proofdesk.domain.model import Role, Status
from proofdesk.gui.librarymodel import PAGE_ID_ROLE, LibraryColumn, LibraryModel
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.models import LineModel, LineRole, OutlineModel
from proofdesk.gui.session import Session
from tests.gui.helpers import layer_of


def test_line_model(qtmodeltester: ModelTester, session: Session) -> None:
    model = LineModel()
    model.set_page(None, None)
    qtmodeltester.check(model)
    session.open_page(session.library.pages()[0].id)  # type: ignore[union-attr]
    model.set_page(session.page, session.layer)
    qtmodeltester.check(model)
    assert session.page is not None and model.rowCount() == len(session.page.lines)
    first = min(layer_of_session(session).lines)
    assert model.index(first - 1).data(LineRole.NUMBER) == str(first)
    assert Role(model.index(first - 1).data(LineRole.ROLE)) is layer_of_session(session).lines[first].role


def layer_of_session(session: Session):  # type: ignore[no-untyped-def]
    assert session.layer is not None
    return session.layer


def test_outline_model(qtmodeltester: ModelTester, session: Session) -> None:
    model = OutlineModel()
    qtmodeltester.check(model)
    session.open_page(session.library.pages()[1].id)  # type: ignore[union-attr]
    model.set_page(session.page, session.layer)
    qtmodeltester.check(model)
    assert model.rowCount() == len(layer_of_session(session).items)


def test_library_model_and_filter(qtmodeltester: ModelTester, session: Session) -> None:
    from dataclasses import replace

    model = LibraryModel()
    qtmodeltester.check(model)
    assert session.library is not None
    model.set_source(session.library)
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    model.set_query(replace(model.query, status=Status.DONE))
    assert model.rowCount() == 0
    model.set_query(replace(model.query, status=None, name="003"))
    assert model.rowCount() == 1


def test_models_under_the_window_stay_sound(qtmodeltester: ModelTester, window: MainWindow) -> None:
    qtmodeltester.check(window.lines)
    qtmodeltester.check(window.outline_model)
    qtmodeltester.check(window.library_panel.model)
    window.page_view.go_to_line(layer_of(window).item_lines(layer_of(window).item_order()[0])[1])
    window.acts.split.trigger()
    window.acts.undo.trigger()


def test_library_sorts_and_follows_status(window: MainWindow) -> None:
    table = window.library_panel.table
    table.sortByColumn(LibraryColumn.ITEMS, table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    proxy = window.library_panel.model
    counts = [proxy.index(r, LibraryColumn.ITEMS).data() for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
    window.acts.statuses[Status.DONE].trigger()
    window.library_panel.status.setCurrentIndex(window.library_panel.status.findData(Status.DONE.value))
    assert proxy.rowCount() == 1
    assert "1" in window.library_panel.summary.text()


def test_many_qt_calls_cost_none_no_references(window: MainWindow) -> None:
    """PySide6-Essentials 6.12.0 drops a reference to None on every Qt call that returns nothing, which aborts
    the process after a few thousand calls ("none_dealloc"); pyproject.toml keeps that binding out."""
    import gc
    import sys

    gc.collect()  # garbage of earlier tests would otherwise give its references back during the loop
    before = sys.getrefcount(None)
    for _ in range(20000):
        window.saved_label.setText("x")
    assert sys.getrefcount(None) > before - 5000  # the faulty binding loses all 20,000


def test_the_library_list_sorts_itself_and_keeps_the_selected_page(window: MainWindow) -> None:
    panel = window.library_panel
    assert window.session.page_id is not None
    panel.select_page(window.session.page_id)
    for column, order in (
        (LibraryColumn.NAME, Qt.SortOrder.DescendingOrder),
        (LibraryColumn.DOUBTS, Qt.SortOrder.AscendingOrder),
        (LibraryColumn.DOUBTS, Qt.SortOrder.DescendingOrder),
    ):
        panel.table.sortByColumn(column, order)
        rows = [panel.model.info_at(r) for r in range(panel.model.rowCount())]
        if column is LibraryColumn.NAME:
            assert rows == sorted(rows, key=lambda i: i.name, reverse=order == Qt.SortOrder.DescendingOrder)
        else:  # equal counts stay in name order
            sign = -1 if order == Qt.SortOrder.DescendingOrder else 1
            assert rows == sorted(rows, key=lambda i: (sign * i.doubts, i.name))
        assert [panel.model.index(r, 0).data(PAGE_ID_ROLE) for r in range(panel.model.rowCount())] == [
            i.id for i in rows
        ]
        (selected,) = panel.table.selectionModel().selectedRows()
        assert selected.data(PAGE_ID_ROLE) == window.session.page_id, "the selection follows its page"
    panel.search.setText("00")
    assert panel.model.rowCount() == 5
    panel.search.setText("001_F")
    assert window.session.library is not None
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        i.name for i in window.session.library.pages() if i.name.startswith("001_")
    ]
