"""The scan pane: the page image with line boxes, selection shared with the raw page."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractGraphicsShapeItem

from proofdesk.gui import look, scanview
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.importer import import_files
from proofdesk.ocrfiles import probe_image
from proofdesk.storage import Library

DATA = Path(__file__).parent.parent / "data" / "ocrfiles"


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """A library with Tesseract's hOCR of the sample scan (image attached) and a text page without one."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("sample.hocr", "sample.png"):
        shutil.copy(DATA / name, folder)
    (folder / "zz_text.txt").write_text("标题\n\n本报讯 正文第一行\n", encoding="utf-8")
    path = tmp_path / "library.sqlite"
    with Library.open(path) as library:
        import_files(library, [folder / "sample.hocr", folder / "zz_text.txt"])
    return path


@pytest.fixture
def session(library_path: Path) -> Iterator[Session]:
    session = Session(library_path)
    session.attach(Library.open(library_path))
    yield session
    session.close()


def image_item(window: MainWindow) -> scanview.ScanImage | None:
    return window.scan_view.image()


def test_the_scan_shows_with_its_boxes_and_follows_the_selection(window: MainWindow, qtbot: object) -> None:
    assert window.session.page is not None and window.session.page.name == "sample"
    assert window.scan_view.isVisible()
    qtbot.waitUntil(lambda: image_item(window) is not None, timeout=5000)  # type: ignore[attr-defined]
    assert window.scan_view.scene().sceneRect().width() == 1800
    window.scan_view.viewport().grab()  # paints from the pyramid without a warning
    layer = window.session.layer
    assert layer is not None
    assert window.scan_view.selected_boxes() == [1]  # the page opens on its first line
    window.page_view.select_lines([5, 6], quiet=False)
    assert window.scan_view.selected_boxes() == [5, 6]
    key = layer.item_order()[0]
    window._item_selected(key)
    assert window.scan_view.selected_boxes() == [n for n in layer.item_lines(key) if window.scan_view.box_of(n)]


def test_a_click_on_a_box_selects_its_line(window: MainWindow, qtbot: object) -> None:
    box = window.scan_view.box_of(13)
    assert box is not None
    window.scan_view.centerOn(box.center())
    point: QPoint = window.scan_view.mapFromScene(box.center())
    qtbot.mouseClick(window.scan_view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # type: ignore[attr-defined]
    assert window.page_view.selected_lines() == [13]
    assert window.scan_view.selected_boxes() == [13]


def test_a_page_without_a_scan_hides_the_pane_until_an_image_is_attached(window: MainWindow) -> None:
    window.acts.next_page.trigger()
    assert window.session.page is not None and window.session.page.name == "zz_text"
    assert not window.scan_view.isVisible()
    window.session.attach_image(probe_image(DATA / "sample.png"))
    window.scan_pane.page_opened()
    assert window.scan_view.isVisible()
    assert window.session.page.lines == ("标题", "", "本报讯 正文第一行")
    window.acts.show_scan.setChecked(False)
    assert not window.scan_view.isVisible()


def test_a_large_image_is_decoded_smaller(qtbot: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scanview, "MAX_DISPLAY_PIXELS", 180_000)
    monkeypatch.setattr(scanview, "SMALLEST", 100)
    results: list[tuple[int, list[QImage], float]] = []
    task = scanview.load_image(str(DATA / "sample.png"), 0)
    task.signals.finished.connect(results.append)
    task.run()  # here, on this thread: the result arrives at once
    _token, levels, scale = results[0]
    assert levels[0].width() * levels[0].height() <= 180_000 and scale == pytest.approx(0.316, 0.01)
    assert [level.width() for level in levels] == [569, 284, 142]  # halved down to about SMALLEST px


def test_a_box_left_is_drawn_in_its_item_colour_again(window: MainWindow) -> None:
    window.page_view.select_lines([5], quiet=False)
    window.page_view.select_lines([6], quiet=False)
    boxes = {i.data(0): i for i in window.scan_view.scene().items() if isinstance(i.data(0), int)}
    assert all(isinstance(box, QAbstractGraphicsShapeItem) for box in boxes.values())
    pens = {n: box.pen().color() for n, box in boxes.items() if isinstance(box, QAbstractGraphicsShapeItem)}
    assert pens[5] != look.SCAN_SELECTED and pens[6] == look.SCAN_SELECTED


def test_an_image_that_cannot_be_read_is_said_in_the_status_bar(
    window: MainWindow, qtbot: object, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes((DATA / "sample.png").read_bytes()[:200])  # a valid header, then nothing
    window.acts.next_page.trigger()
    window.session.attach_image(probe_image(broken))
    with qtbot.waitSignal(window.scan_view.imageFailed, timeout=5000):  # type: ignore[attr-defined]
        window.scan_pane.page_opened()
    assert "broken.png" in window.statusBar().currentMessage()
