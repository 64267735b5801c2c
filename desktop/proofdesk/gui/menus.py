"""The menu bar and the context menus of the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from .actions import WindowActions
from .articleview import ArticlePanel
from .corrections import Corrections
from .models import OutlineModel
from .pageview import PageView
from .wording import item_label


class Menus(QObject):
    """Builds the window's menus from its actions; context menus are made fresh each time they open, so
    the list of items to move lines to is always the page's current one."""

    def __init__(
        self,
        window: QMainWindow,
        acts: WindowActions,
        outline: OutlineModel,
        corrections: Corrections,
        page_view: PageView,
        articles: ArticlePanel,
    ) -> None:
        super().__init__(window)
        self.acts = acts
        self.outline = outline
        self.corrections = corrections
        self._window = window
        self._menu_bar()
        page_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page_view.customContextMenuRequested.connect(lambda _pos: self.context_menu().exec(QCursor.pos()))
        articles.outline.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        articles.outline.customContextMenuRequested.connect(lambda _pos: self.item_menu().exec(QCursor.pos()))

    def _menu_bar(self) -> None:
        a = self.acts
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([a.import_files, a.import_folder, a.load_samples])
        file_menu.addSeparator()
        file_menu.addActions([a.export, a.overview, a.retry, a.restore])
        file_menu.addSeparator()
        file_menu.addAction(a.editor_name)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.edit_text, a.restore_raw])
        edit_menu.addSeparator()
        edit_menu.addAction(a.find_in_page)
        edit_menu.addAction(a.find_in_library)
        item_menu = bar.addMenu(self.tr("&Item"))
        item_menu.addActions([a.split, a.merge_previous, a.merge_next])
        item_menu.addSeparator()
        item_menu.addActions([a.move_menu, a.move_previous, a.move_next, a.move_new])
        kind_menu = item_menu.addMenu(self.tr("Kin&d"))
        kind_menu.addActions(list(a.kinds.values()))
        line_menu = bar.addMenu(self.tr("&Line"))
        role_menu = line_menu.addMenu(self.tr("Ro&le"))
        role_menu.addActions(list(a.roles.values()))
        line_menu.addActions([a.toggle_break, a.join_word, a.confirm_doubt])
        line_menu.addSeparator()
        line_menu.addActions([a.edit_text, a.restore_raw])
        line_menu.addSeparator()
        line_menu.addActions(self._piece_actions())
        page_menu = bar.addMenu(self.tr("&Page"))
        page_menu.addActions([a.next_doubt, a.previous_doubt, a.confirm_doubt])
        page_menu.addSeparator()
        page_menu.addActions([a.check, a.done])
        status_menu = page_menu.addMenu(self.tr("Stat&us"))
        status_menu.addActions(list(a.statuses.values()))
        page_menu.addActions([a.reparse, a.history])
        page_menu.addSeparator()
        page_menu.addActions([a.next_page, a.previous_page])
        page_menu.addSeparator()
        page_menu.addActions([a.show_scan, a.attach_image])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a.shortcuts)

    def context_menu(self) -> QMenu:
        a = self.acts
        menu = QMenu(self._window)
        menu.addActions([a.edit_text, a.restore_raw, a.toggle_break, a.confirm_doubt])
        menu.addMenu(self.tr("Ro&le")).addActions(list(a.roles.values()))
        # No letter of this menu is free for a mnemonic: its entries have theirs.
        menu.addMenu(self.tr("Cut and add lines")).addActions(self._piece_actions())
        menu.addSeparator()
        menu.addAction(a.split)
        menu.addMenu(self.move_targets_menu(menu))
        menu.addActions([a.merge_previous, a.merge_next])
        menu.addMenu(self.tr("Kin&d")).addActions(list(a.kinds.values()))
        return menu

    def _piece_actions(self) -> list[QAction]:
        a = self.acts
        return [a.cut_line, a.add_before, a.add_after, a.join_word, a.remove_piece]

    def item_menu(self) -> QMenu:
        a = self.acts
        menu = QMenu(self._window)
        menu.addActions([a.merge_previous, a.merge_next])
        menu.addMenu(self.tr("Kin&d")).addActions(list(a.kinds.values()))
        return menu

    def move_targets_menu(self, parent: QWidget) -> QMenu:
        """The items of the page (and a new one) as targets for the selected lines."""
        menu = QMenu(self.tr("Mo&ve lines to"), parent)
        for row in range(self.outline.rowCount()):
            article = self.outline.article(row)
            assert article is not None
            # "&" in a page's text is a character, not a mnemonic.
            text = item_label(article, 24).replace("&", "&&")
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, key=article.key: self.corrections.move_lines(key))
        menu.addSeparator()
        menu.addAction(self.tr("A new item")).triggered.connect(lambda: self.corrections.move_lines(None))
        return menu

    def kind_popup(self) -> QMenu:
        menu = QMenu(self._window)
        menu.addActions(list(self.acts.kinds.values()))
        return menu
