"""Taxonomy edits go through the session like every edit: each is one undo step over every item it changes,
on every page, and a write that fails is shown, kept and written later, in the order the edits were made."""

from __future__ import annotations

import pytest

from proofdesk.domain import ops
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.tagging.dialog import TaxonomyDialog
from proofdesk.storage import Library, Problem, StorageError
from tests.gui.helpers import layer_of, on_disk
from tests.gui.theme_helpers import taggable


def _dialog(window: MainWindow) -> TaxonomyDialog:
    dialog = window.themes.open_taxonomy()
    assert isinstance(dialog, TaxonomyDialog)
    return dialog


def _names(window: MainWindow) -> list[str]:
    with Library.open(window.session.path) as library:
        return [t.name for t in library.themes()]


def _tag_elsewhere(window: MainWindow, name: str) -> tuple[int, int]:
    """Tag the first item of a page the window has not opened, through another connection."""
    with Library.open(window.session.path) as library:
        info = next(i for i in library.pages() if i.id != window.session.page_id)
        layer = library.load(info.id)[1]
        key = layer.item_order()[0]
        library.save(info.id, layer, ops.set_tags(layer, key, [name]))
    return info.id, key


def test_adding_a_theme_is_undone_and_redone(window: MainWindow) -> None:
    dialog = _dialog(window)
    assert dialog.add_theme("生态环保") == 0
    assert _names(window)[-1] == "生态环保"
    assert window.stack.undoText() == "Add the theme 生态环保"
    window.stack.undo()
    assert "生态环保" not in _names(window)
    assert "生态环保" not in [t.name for t in window.themes.taxonomy.themes]
    window.stack.redo()
    assert _names(window)[-1] == "生态环保"
    depth = window.stack.count()
    dialog.select("生态环保")
    dialog.save_button.click()  # nothing edited: nothing to undo
    assert window.stack.count() == depth


def test_a_rename_is_undone_on_every_page_in_one_step(window: MainWindow) -> None:
    elsewhere, far_key = _tag_elsewhere(window, "医疗卫生")
    here = window.session.page_id
    assert here is not None
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    window.themes.tags.add("医疗卫生")
    depth = window.stack.count()
    assert _dialog(window).rename_theme("医疗卫生", "健康") == 2
    assert window.stack.count() == depth + 1, "one command"
    assert on_disk(window.session.path, elsewhere).items[far_key].tags == ("健康",)
    assert layer_of(window).items[article.key].tags == ("健康",)
    window.session.open_page(elsewhere)
    assert layer_of(window).items[far_key].tags == ("健康",)
    window.stack.undo()
    assert layer_of(window).items[far_key].tags == ("医疗卫生",), "the open page follows the undo"
    assert on_disk(window.session.path, elsewhere).items[far_key].tags == ("医疗卫生",)
    assert on_disk(window.session.path, here).items[article.key].tags == ("医疗卫生",)
    assert "健康" not in _names(window) and "医疗卫生" in _names(window)
    window.stack.redo()
    assert on_disk(window.session.path, here).items[article.key].tags == ("健康",)
    assert layer_of(window).items[far_key].tags == ("健康",)


def test_the_theme_filter_follows_a_rename_and_its_undo(window: MainWindow) -> None:
    article = taggable(window)[0]
    window.articles.select_item(article.key)
    window.themes.tags.add("医疗卫生")
    window.themes.filter_box.setCurrentIndex(window.themes.taxonomy.filter_model.row_of("医疗卫生") or 0)
    assert window.themes.filter.name == "医疗卫生"
    dialog = _dialog(window)
    dialog.rename_theme("医疗卫生", "健康")
    assert window.themes.filter.name == "健康"
    assert window.themes.filter_box.currentText() == "健康 (1)"
    window.stack.undo()
    assert window.themes.filter.name == "医疗卫生"
    window.stack.redo()
    dialog.delete_theme("健康")
    assert window.themes.filter.name is None, "a deleted theme ends the filter"


def test_a_taxonomy_edit_that_cannot_be_written_is_kept_and_retried(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = window.session.library
    assert library is not None
    page_id = window.session.page_id
    assert page_id is not None
    a = taggable(window)[0]
    window.articles.select_item(a.key)
    window.themes.tags.add("乡村振兴")
    real = library.set_taxonomy

    def disk_full(*_args: object) -> None:
        raise StorageError(Problem.DISK_FULL, "test")

    monkeypatch.setattr(library, "set_taxonomy", disk_full)
    assert _dialog(window).rename_theme("乡村振兴", "乡村发展") == 1
    assert window.banner.isVisible() and "disk is full" in window.banner.message.text()
    assert window.saved_label.text() == "Edits not saved yet"
    assert layer_of(window).items[a.key].tags == ("乡村发展",), "the edit stays on screen"
    assert "乡村发展" in [t.name for t in window.themes.taxonomy.themes]
    assert on_disk(window.session.path, page_id).items[a.key].tags == ("乡村振兴",)
    # A later edit of the same item waits behind the taxonomy edit, and is written on top of it.
    window.articles.select_item(a.key)
    window.themes.tags.add("基层治理")
    assert on_disk(window.session.path, page_id).items[a.key].tags == ("乡村振兴",)
    # A page opened meanwhile shows the edit too.
    window.acts.next_page.trigger()
    window.acts.previous_page.trigger()
    assert layer_of(window).items[a.key].tags == ("乡村发展", "基层治理")
    monkeypatch.setattr(library, "set_taxonomy", real)
    window.acts.retry.trigger()
    assert not window.banner.isVisible()
    assert window.saved_label.text() == "All edits saved"
    assert on_disk(window.session.path, page_id).items[a.key].tags == ("乡村发展", "基层治理")
    assert "乡村发展" in _names(window) and "乡村振兴" not in _names(window)
    assert not window.session.unsaved
