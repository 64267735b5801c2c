"""Reaching the theme part of the window: items that take themes, and their suggestions once ready."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from proofdesk.domain.derive import Article
from proofdesk.domain.model import TAGGED_KINDS
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.themes import Suggestion

READY_MS = 30_000


def taggable(window: MainWindow) -> list[Article]:
    """The open page's articles and photos, in page order."""
    articles = [window.outline_model.article(row) for row in range(window.outline_model.rowCount())]
    return [a for a in articles if a is not None and a.kind in TAGGED_KINDS and a.text]


def wait_ready(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.themes.suggestions.suggester is not None, timeout=READY_MS)


def show_item(window: MainWindow, qtbot: QtBot, key: int) -> list[Suggestion]:
    """Select item `key` on the article side and wait for its suggestions."""
    wait_ready(window, qtbot)
    window.articles.select_item(None)
    with qtbot.waitSignal(window.themes.tags.suggestionsShown, timeout=5000) as blocker:
        window.articles.select_item(key)
    found = blocker.args[0] if blocker.args else []
    assert isinstance(found, list)
    return found


def item_with_suggestions(window: MainWindow, qtbot: QtBot) -> tuple[Article, list[Suggestion]]:
    """The first item of the open page that gets at least one suggestion."""
    for article in taggable(window):
        found = show_item(window, qtbot, article.key)
        if found:
            return article, found
    raise AssertionError("no item of the page gets a suggestion")


def current(window: MainWindow, key: int) -> Article:
    row = window.outline_model.row_of(key)
    assert row is not None
    article = window.outline_model.article(row)
    assert article is not None
    return article
