"""Theme tagging put into the window: the chips on the article side, the Themes menu and its keys, the
theme filter of the library, and the taxonomy dialog.

Keys: Alt+1, Alt+2, Alt+3 accept the first, second and third suggestion anywhere in the window; A accepts
the first while the page or the article side has the focus (like the other single keys); Ctrl+T goes to
the theme input; Ctrl+Shift+T opens the taxonomy.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QMainWindow, QMenu, QWidget

from ..articleview import ArticlePanel
from ..librarypanel import LibraryPanel
from ..session import Session
from .chips import ThemeChips
from .controller import SUGGESTIONS, ItemTags
from .filter import ThemeFilter
from .model import NAME_ROLE
from .suggestions import Suggestions
from .taxonomy import Taxonomy

if TYPE_CHECKING:
    from .dialog import TaxonomyDialog

ACCEPT_KEYS = tuple(f"Alt+{n}" for n in range(1, SUGGESTIONS + 1))
ACCEPT_TOP_KEY = "A"
INPUT_KEY = "Ctrl+T"
TAXONOMY_KEY = "Ctrl+Shift+T"


def key_hints(actions: Sequence[QAction]) -> list[str]:
    """The first shortcut of each action as the chips show it."""
    return [a.shortcut().toString(QKeySequence.SequenceFormat.NativeText) for a in actions]


class ThemeUi(QObject):
    """Everything of theme tagging the window shows: `suggestions` (the suggester), `taxonomy` (themes and
    counts), `tags` (the selected item's themes), `filter` (filtering by theme) and their widgets."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        stack: QUndoStack,
        articles: ArticlePanel,
        library: LibraryPanel,
        work: QWidget,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.suggestions = Suggestions(session, self)
        self.taxonomy = Taxonomy(session, stack, self.suggestions, self)
        self.chips = ThemeChips(self.taxonomy.model, articles)
        articles.add_above_text(self.chips)
        self._back: QWidget | None = None
        # After Ctrl+T, a theme added (Enter) or the input left (Esc) gives the keys back: the next page key
        # (Ctrl+D...) acts on the page, not on the input.
        self.chips.input.returnPressed.connect(self._give_back_keys)
        self.chips.input.dismissed.connect(self._give_back_keys)
        self.tags = ItemTags(session, stack, self.chips, self.taxonomy, self.suggestions, self)
        self.filter = ThemeFilter(session, self.taxonomy, articles.shown, self)
        self.dialog: TaxonomyDialog | None = None
        self.key_actions = self._actions(window, work)
        self.filter_box = QComboBox(library)
        self.filter_box.setObjectName("themeFilter")
        self.filter_box.setToolTip(self.tr("Only pages with items of this theme; the outline shows only those items"))
        self.filter_box.setModel(self.taxonomy.filter_model)
        # Narrow like the status filter: the library side must stay as narrow as the editor makes it.
        self.filter_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter_box.setMinimumContentsLength(5)
        self.filter_box.currentIndexChanged.connect(self._filter_chosen)
        library.add_filter(self.filter_box)

        articles.itemShown.connect(self.tags.show_article)
        self.tags.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.filter.pagesChanged.connect(library.set_page_filter)
        # A reset model puts the combo back on its first row, which would end the filter: the combo is quiet
        # while the model resets, then shows the filter in force (a renamed theme under its new name).
        filter_model = self.taxonomy.filter_model
        filter_model.modelAboutToBeReset.connect(lambda: self.filter_box.blockSignals(True))
        filter_model.modelReset.connect(lambda: self.filter_box.blockSignals(False))
        self.taxonomy.changed.connect(self._taxonomy_changed)
        self.taxonomy.edited.connect(self._taxonomy_changed)
        # After the window's first page, which the worker's imports and reads would slow.
        session.libraryReady.connect(self._library_opened)
        session.pagesAdded.connect(self.suggestions.start)
        if session.library is not None:
            self.taxonomy.read()
            # After the window is on screen: building the suggester loads jieba (in a worker).
            QTimer.singleShot(0, self.suggestions.start)

    def _library_opened(self) -> None:
        QTimer.singleShot(0, self.suggestions.library_opened)

    def _actions(self, window: QMainWindow, work: QWidget) -> list[QAction]:
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
        work.addAction(self.accept_top)
        self.add_theme = QAction(self.tr("A&dd a theme to the item…"), window)
        self.add_theme.setShortcut(QKeySequence(INPUT_KEY))
        self.add_theme.triggered.connect(self.focus_input)
        window.addAction(self.add_theme)
        self.manage = QAction(self.tr("Manage th&emes…"), window)
        self.manage.setShortcut(QKeySequence(TAXONOMY_KEY))
        self.manage.triggered.connect(self.open_taxonomy)
        window.addAction(self.manage)
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
        return [*self.accept_actions, self.accept_top, self.add_theme, self.manage]

    def focus_input(self) -> None:
        """The theme input, by its key; Enter (a theme added) or Esc gives the keys back to where they were."""
        if self.chips.isEnabled():
            self._back = QApplication.focusWidget()
            self.chips.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.window.statusBar().showMessage(self.tr("Select an article or photo first."), 4000)

    def _give_back_keys(self) -> None:
        back, self._back = self._back, None
        if back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_taxonomy(self) -> TaxonomyDialog:
        from .dialog import TaxonomyDialog  # imported when first used: it is not needed at start

        if self.dialog is None:
            self.dialog = TaxonomyDialog(self.taxonomy, self.window)
        if self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
        else:
            self.dialog.open()
        return self.dialog

    def _filter_chosen(self, row: int) -> None:
        name = self.taxonomy.filter_model.index(row).data(NAME_ROLE) if row >= 0 else None
        self.filter.choose(None if name is None else str(name))

    def _taxonomy_changed(self, *_args: object) -> None:
        row = self.taxonomy.filter_model.row_of(self.filter.name) or 0
        if self.filter_box.currentIndex() != row:
            self.filter_box.blockSignals(True)
            self.filter_box.setCurrentIndex(row)
            self.filter_box.blockSignals(False)

    def shutdown(self) -> None:
        self.suggestions.shutdown()


def install(
    window: QMainWindow,
    session: Session,
    stack: QUndoStack,
    articles: ArticlePanel,
    library: LibraryPanel,
    work: QWidget,
) -> ThemeUi:
    """Put theme tagging into `window`: its chips above the item's text in `articles`, its filter in
    `library`, its keys (the single key A while `work`, the page and article sides, has the focus) and its
    menu. The window lists `ThemeUi.key_actions` with its own (the key list)."""
    return ThemeUi(window, session, stack, articles, library, work)
