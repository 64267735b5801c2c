"""Finding places on the open page that suit a correction, whatever the parser decided."""

from __future__ import annotations

from pathlib import Path

from proofdesk.domain.model import Layer
from proofdesk.gui import workers
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.location import Location
from proofdesk.storage import Library


def layer_of(window: MainWindow) -> Layer:
    layer = window.session.layer
    assert layer is not None
    return layer


def item_with_lines(window: MainWindow, at_least: int = 2, position: int | None = None) -> int:
    """The key of an item with at least `at_least` lines (or the item at `position` in page order)."""
    layer = layer_of(window)
    order = layer.item_order()
    if position is not None:
        return order[position]
    return next(k for k in order if len(layer.item_lines(k)) >= at_least)


def library_file(window: MainWindow) -> Path:
    """The open library's file (the window tests work on a file)."""
    path = window.session.path
    assert isinstance(path, Path)
    return path


def on_disk(path: Location, page_id: int) -> Layer:
    """The page's layer as a fresh connection reads it from the library."""
    with Library.open(path) as library:
        return library.load(page_id)[1]


def start_at_once(task: workers.Task, _pool: object = None) -> workers.Task:
    """`workers.start` that runs the task in this thread before returning, as a task that fails or finishes at
    once reports before `start` returns."""
    task.run()
    return task
