"""Theme tagging wired into the main window: the chips on the article side, the Themes menu and its keys,
the theme filter of the library, and the taxonomy dialog.

Keys: Alt+1, Alt+2, Alt+3 accept the first, second and third suggestion anywhere in the window; A accepts
the first while the page or the article side has the focus (like the other single keys); Ctrl+T goes to
the theme input; Ctrl+Shift+T opens the taxonomy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu

from .themechips import ThemeChips
from .thememodel import NAME_ROLE, ThemeModel
from .themetags import SUGGESTIONS, ThemeTags, key_hints

if TYPE_CHECKING:
    from .mainwindow import MainWindow
    from .taxonomydialog import TaxonomyDialog

ACCEPT_KEYS = tuple(f"Alt+{n}" for n in range(1, SUGGESTIONS + 1))
ACCEPT_TOP_KEY = "A"
INPUT_KEY = "Ctrl+T"
TAXONOMY_KEY = "Ctrl+Shift+T"


class ThemeUi(QObject):
    """Everything of theme tagging the window shows; `tags` holds the state."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.model = ThemeModel(self)
        self.filter_model = ThemeModel(self, all_row=True)
        self.chips = ThemeChips(self.model, window.articles)
        window.articles.add_above_text(self.chips)
        self.tags = ThemeTags(
            window.session, window.stack, self.chips, window.articles.outline, self.model, self.filter_model, self
        )
        self.dialog: TaxonomyDialog | None = None
        self._actions(window)
        self.filter = QComboBox(window.library)
        self.filter.setObjectName("themeFilter")
        self.filter.setToolTip(self.tr("Only pages with items of this theme; the outline shows only those items"))
        self.filter.setModel(self.filter_model)
        # Narrow like the status filter: the library side must stay as narrow as the editor makes it.
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(5)
        self.filter.currentIndexChanged.connect(self._filter_chosen)
        window.library.add_filter(self.filter)

        window.articles.itemShown.connect(self.tags.show_article)
        self.tags.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.tags.filterChanged.connect(window.library.set_page_filter)
        self.tags.taxonomyChanged.connect(self._taxonomy_changed)
        window.session.pagesAdded.connect(self.tags.start_suggester)
        if window.session.library is not None:
            self.tags.read_taxonomy()
            # After the window is on screen: building the suggester loads jieba (in a worker).
            QTimer.singleShot(0, self.tags.start_suggester)

    def _actions(self, window: MainWindow) -> None:
        acts = window.acts
        self.accept_actions: list[QAction] = []
        for n, key in enumerate(ACCEPT_KEYS, 1):
            action = QAction(self.tr("Accept suggestion {0}").format(n), window)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _c=False, i=n - 1: self.tags.accept(i))
            window.addAction(action)
            self.accept_actions.append(action)
        self.accept_top = QAction(self.tr("Accept the first suggestion"), window)
        self.accept_top.setShortcut(QKeySequence(ACCEPT_TOP_KEY))
        self.accept_top.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accept_top.triggered.connect(lambda: self.tags.accept(0))
        window.work.addAction(self.accept_top)
        self.add_theme = QAction(self.tr("A&dd a theme to the item…"), window)
        self.add_theme.setShortcut(QKeySequence(INPUT_KEY))
        self.add_theme.triggered.connect(self.focus_input)
        window.addAction(self.add_theme)
        self.manage = QAction(self.tr("Manage th&emes…"), window)
        self.manage.setShortcut(QKeySequence(TAXONOMY_KEY))
        self.manage.triggered.connect(self.open_taxonomy)
        window.addAction(self.manage)
        acts.all.extend([*self.accept_actions, self.accept_top, self.add_theme, self.manage])
        self.chips.set_key_hints(key_hints(self.accept_actions))

        menu = QMenu(self.tr("&Themes"), window)
        menu.addActions([*self.accept_actions, self.accept_top, self.add_theme])
        menu.addSeparator()
        menu.addAction(self.manage)
        bar = window.menuBar()
        help_menu = bar.actions()[-1] if bar.actions() else None
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        self.menu = menu

    def focus_input(self) -> None:
        if self.chips.isEnabled():
            self.chips.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.window.statusBar().showMessage(self.tr("Select an article or photo first."), 4000)

    def open_taxonomy(self) -> TaxonomyDialog:
        from .taxonomydialog import TaxonomyDialog  # imported when first used: it is not needed at start

        if self.dialog is None:
            self.dialog = TaxonomyDialog(self.tags, self.window)
        if self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.open()
        return self.dialog

    def _filter_chosen(self, row: int) -> None:
        name = self.filter_model.index(row).data(NAME_ROLE) if row >= 0 else None
        self.tags.set_filter(None if name is None else str(name))

    def _taxonomy_changed(self) -> None:
        # A reset model puts the combo back on its first row: show the filter that is in force.
        row = self.filter_model.row_of(self.tags.filter) or 0
        if self.filter.currentIndex() != row:
            self.filter.blockSignals(True)
            self.filter.setCurrentIndex(row)
            self.filter.blockSignals(False)

    def shutdown(self) -> None:
        self.tags.shutdown()
