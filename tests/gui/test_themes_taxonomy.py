"""The taxonomy dialog: counts per theme; add, rename, merge and delete with existing tags following (in
the library and the window), each one undo step; filtering the library and the outline by theme."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.tagging.dialog import TaxonomyDialog, split_keywords
from proofdesk.gui.tagging.model import ThemeModel
from proofdesk.storage import Library
from proofdesk.themes import Theme
from tests.gui.helpers import layer_of, on_disk
from tests.gui.theme_helpers import taggable


def _tag(window: MainWindow, key: int, name: str) -> None:
    window.articles.select_item(key)
    window.themes.tags.add(name)
    assert name in layer_of(window).items[key].tags


def _dialog(window: MainWindow) -> TaxonomyDialog:
    window.themes.manage.trigger()
    dialog = window.themes.dialog
    assert isinstance(dialog, TaxonomyDialog)
    assert dialog.isVisible()
    return dialog


def _names(window: MainWindow) -> list[str]:
    with Library.open(window.session.path) as library:
        return [t.name for t in library.themes()]


def test_theme_models(qtmodeltester: ModelTester) -> None:
    themes = [Theme("甲", "一"), Theme("乙"), Theme("丙")]
    for all_row in (False, True):
        model = ThemeModel(all_row=all_row)
        model.set_themes(themes, {"乙": 3})
        qtmodeltester.check(model)
        assert model.rowCount() == 3 + all_row
        model.set_themes(themes[:2], {})
        qtmodeltester.check(model)
    assert model.index(0).data() == "All themes"
    assert model.index(2).data() == "乙 (0)"


def test_dialog_lists_the_taxonomy_with_counts(window: MainWindow) -> None:
    a, b = taggable(window)[:2]
    _tag(window, a.key, "乡村振兴")
    _tag(window, b.key, "乡村振兴")
    dialog = _dialog(window)
    assert dialog.list.model().rowCount() == len(_names(window)) > 5
    dialog.select("乡村振兴")
    assert dialog.count.text() == "2 items carry it"
    row = window.themes.taxonomy.model.row_of("乡村振兴")
    assert row is not None
    assert window.themes.taxonomy.model.index(row).data() == "乡村振兴 (2)"
    filter_row = window.themes.taxonomy.filter_model.row_of("乡村振兴")
    assert filter_row is not None
    assert window.themes.filter_box.itemText(filter_row) == "乡村振兴 (2)"


def test_rename_retags_items_and_is_one_undo_step(window: MainWindow) -> None:
    a, b = taggable(window)[:2]
    _tag(window, a.key, "乡村振兴")
    _tag(window, b.key, "乡村振兴")
    page_id = window.session.page_id
    assert page_id is not None
    dialog = _dialog(window)
    assert dialog.rename_theme("乡村振兴", "乡村发展") == 2
    assert window.stack.undoText() == "Rename the theme 乡村振兴 to 乡村发展"

    def tagged(name: str) -> None:
        assert name in _names(window)
        for key in (a.key, b.key):
            assert layer_of(window).items[key].tags == (name,)
            assert on_disk(window.session.path, page_id).items[key].tags == (name,)
        assert window.themes.chips.tags == (name,), "the chips of the shown item follow"
        assert window.themes.taxonomy.count(name) == 2

    tagged("乡村发展")
    assert "乡村振兴" not in _names(window)
    window.stack.undo()  # one step takes the rename back on both items
    tagged("乡村振兴")
    assert "乡村发展" not in _names(window)
    window.stack.redo()
    tagged("乡村发展")
    assert "乡村振兴" not in _names(window)
    # Earlier tag commands undo once the rename is undone, with the name they were made with.
    window.stack.undo()
    window.stack.undo()
    assert layer_of(window).items[b.key].tags == ()
    assert layer_of(window).items[a.key].tags == ("乡村振兴",)
    assert on_disk(window.session.path, page_id) == layer_of(window)


def test_merge_moves_tags_and_keywords(window: MainWindow) -> None:
    a, b = taggable(window)[:2]
    _tag(window, a.key, "基层治理")
    _tag(window, b.key, "乡村振兴")
    _tag(window, b.key, "基层治理")
    dialog = _dialog(window)
    question = dialog.merge_question(["基层治理"], "乡村振兴")
    assert "2" in question.text()
    assert dialog.merge_themes(["基层治理"], "乡村振兴") == 2
    assert "基层治理" not in _names(window)
    assert layer_of(window).items[a.key].tags == ("乡村振兴",)
    assert layer_of(window).items[b.key].tags == ("乡村振兴",), "two tags that become one are one"
    merged = next(t for t in window.themes.taxonomy.themes if t.name == "乡村振兴")
    assert "网格" in merged.keywords
    window.stack.undo()  # a merge is taken apart again: each item gets back exactly the tags it had
    assert "基层治理" in _names(window)
    assert layer_of(window).items[a.key].tags == ("基层治理",)
    assert layer_of(window).items[b.key].tags == ("乡村振兴", "基层治理")
    restored = next(t for t in window.themes.taxonomy.themes if t.name == "乡村振兴")
    assert "网格" not in restored.keywords
    window.stack.redo()
    assert layer_of(window).items[b.key].tags == ("乡村振兴",)


def test_delete_says_how_many_items_carry_the_theme(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    a, b, c = taggable(window)[:3]
    for item in (a, b, c):
        _tag(window, item.key, "廉政建设")
    dialog = _dialog(window)
    dialog.select("廉政建设")
    question = dialog.delete_question(dialog.selected())
    assert "廉政建设: carried by 3 items" in question.text()
    # Cancel keeps everything.
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Cancel)
    dialog.delete_button.click()
    assert "廉政建设" in _names(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert "廉政建设" not in _names(window)
    assert all("廉政建设" not in i.tags for i in layer_of(window).items.values())
    assert window.themes.taxonomy.count("廉政建设") == 0
    window.stack.undo()
    assert "廉政建设" in _names(window), "undo brings the theme back"
    assert all("廉政建设" in layer_of(window).items[i.key].tags for i in (a, b, c)), "and on every item"
    assert window.themes.taxonomy.count("廉政建设") == 3
    window.stack.redo()
    assert "廉政建设" not in _names(window)
    assert window.themes.taxonomy.count("廉政建设") == 0


def test_add_and_edit_a_theme(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog = _dialog(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("生态环保", True))
    dialog.add_button.click()
    assert _names(window)[-1] == "生态环保"
    assert dialog.selected() == ["生态环保"]
    dialog.description.setText("生态保护与环境治理")
    dialog.keywords.setPlainText("生态、环保, 绿色\n河长制")
    dialog.save_button.click()
    with Library.open(window.session.path) as library:
        theme = library.themes()[-1]
    assert theme == Theme("生态环保", "生态保护与环境治理", ("生态", "环保", "绿色", "河长制"))
    # A duplicate name is refused with a message, nothing changes.
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *_a: None)
    assert dialog.add_theme("生态环保") is None
    assert _names(window).count("生态环保") == 1
    # The new theme can be typed at once.
    _tag(window, taggable(window)[0].key, "生态环保")


def test_split_keywords() -> None:
    assert split_keywords("甲、乙，丙, 丁\n戊  己") == ["甲", "乙", "丙", "丁", "戊", "己"]


def test_filter_by_theme(window: MainWindow) -> None:
    article = taggable(window)[1]
    _tag(window, article.key, "医疗卫生")
    combo = window.themes.filter_box
    row = window.themes.taxonomy.filter_model.row_of("医疗卫生")
    assert row is not None
    combo.setCurrentIndex(row)
    assert window.library_panel.model.rowCount() == 1
    assert window.library_panel.model.index(0, 0).data() == window.session.page.name  # type: ignore[union-attr]
    assert _outline_keys(window) == [article.key], "the outline shows only the items of the theme"
    # Tagging another item shows it at once.
    other = taggable(window)[0]
    _tag(window, other.key, "医疗卫生")
    assert _outline_keys(window) == sorted([article.key, other.key], key=_row(window))
    combo.setCurrentIndex(0)
    assert window.library_panel.model.rowCount() == 5
    assert _outline_keys(window) == [
        a.key for a in map(window.outline_model.article, range(window.outline_model.rowCount())) if a
    ]


def _outline_keys(window: MainWindow) -> list[int]:
    """The keys of the items the outline lists, in its order."""
    from proofdesk.gui.models import LineRole

    shown = window.articles.outline.model()
    return [shown.index(row, 0).data(LineRole.ITEM_KEY) for row in range(shown.rowCount())]


def _row(window: MainWindow) -> Callable[[int], int]:
    return lambda key: window.outline_model.row_of(key) or 0


def test_an_item_edit_moves_the_counts_without_counting_the_library_again(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: bool(window.themes.taxonomy.themes))  # read once, after the first page
    library = window.session.library
    assert library is not None
    a, b = taggable(window)[:2]
    _tag(window, a.key, "乡村振兴")
    read: list[int] = []
    real = library.tag_counts

    def counted() -> dict[str, int]:
        read.append(1)
        return real()

    monkeypatch.setattr(library, "tag_counts", counted)
    _tag(window, b.key, "乡村振兴")
    assert window.themes.taxonomy.count("乡村振兴") == 2
    window.stack.undo()  # off b again
    assert window.themes.taxonomy.count("乡村振兴") == 1
    other = next(p.id for p in library.pages() if p.id != window.session.page_id)
    window.session.open_page(other)
    c = taggable(window)[0]
    _tag(window, c.key, "乡村振兴")
    assert read == [] and window.themes.taxonomy.count("乡村振兴") == 2
    assert window.themes.taxonomy.model.counts() == real()  # what counting every item gives
