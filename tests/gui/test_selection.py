"""Selection is shared: lines select their item, an item selects and shows its lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from proofdesk.gui.mainwindow import MainWindow
from tests.gui.helpers import layer_of

if TYPE_CHECKING:
    from proofdesk.domain.derive import Article


def test_selecting_lines_selects_their_item(window: MainWindow) -> None:
    layer = layer_of(window)
    key = layer.item_order()[-1]
    line = layer.item_lines(key)[-1]
    window.page_view.go_to_line(line)
    assert window.articles.current_key == key
    selected = window.articles.outline.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [window.outline_model.row_of(key)]
    article = window.outline_model.article(window.outline_model.row_of(key) or 0)
    assert article is not None
    shown = window.articles.text.toPlainText()
    for paragraph in article.paragraphs:
        assert paragraph in shown
    if article.title:
        assert article.title in shown


def test_selecting_an_item_selects_and_shows_its_lines(window: MainWindow) -> None:
    layer = layer_of(window)
    key = layer.item_order()[-1]
    row = window.outline_model.row_of(key)
    assert row is not None
    window.articles.outline.setCurrentIndex(window.articles.shown.mapFromSource(window.outline_model.index(row)))
    assert window.page_view.selected_lines() == layer.item_lines(key)
    first = window.lines.index(layer.item_lines(key)[0] - 1)
    assert window.page_view.viewport().rect().intersects(window.page_view.visualRect(first))


def test_article_side_is_exactly_the_derived_item(window: MainWindow) -> None:
    from proofdesk.domain.derive import derive

    assert window.session.page is not None
    articles = derive(window.session.page, layer_of(window))
    for row, article in enumerate(articles):
        assert window.outline_model.article(row) == article


def test_switching_pages_shows_the_new_page(window: MainWindow) -> None:
    first = window.session.page_id
    window.acts.next_page.trigger()
    assert window.session.page_id != first
    assert window.session.page is not None
    assert window.lines.rowCount() == len(window.session.page.lines)
    assert window.session.page.name in window.windowTitle()
    window.acts.previous_page.trigger()
    assert window.session.page_id == first


def test_a_page_that_opens_shows_the_item_of_the_line_it_opens_at_and_no_other(window: MainWindow) -> None:
    # On the page left, an item is selected whose key the next page has too, for an item other than the one of
    # the line that page opens at.
    following = window.library_panel.neighbour(window.session.page_id, 1)
    assert following is not None
    _page, next_layer = window.session.layer_of(following)
    here = layer_of(window)
    left_key = next(
        k for k in here.item_order() if k in next_layer.items and k != next_layer.item_of(next_layer.order[0])
    )
    window.page_view.go_to_line(here.item_lines(left_key)[0])
    assert window.articles.current_key == left_key
    shown: list[Article | None] = []
    window.articles.itemShown.connect(shown.append)
    window.acts.next_page.trigger()

    layer = layer_of(window)
    line = window.page_view.current_line()
    assert line is not None and window.session.page is not None
    key = layer.item_of(line)
    assert key != left_key
    assert [(a.page, a.key) for a in shown if a is not None] == [(window.session.page.name, key)]
    assert window.articles.current_key == key
    article = window.outline_model.article(window.outline_model.row_of(key) or 0)
    assert article is not None and article.key == key
    text = window.articles.text.toPlainText()
    assert all(paragraph in text for paragraph in article.paragraphs)
    if article.title:
        assert article.title in text


def test_next_and_previous_doubt(window: MainWindow) -> None:
    doubts = []
    for _ in range(5):
        doubts = layer_of(window).doubts()
        if doubts:
            break
        window.acts.next_page.trigger()
    assert doubts, "the sample pages have doubts"
    window.page_view.go_to_line(min(layer_of(window).lines))
    window.acts.next_doubt.trigger()
    at = window.page_view.current_line()
    assert at in doubts
    window.acts.previous_doubt.trigger()
    assert window.page_view.current_line() in doubts
