"""Find in library and Find in page wired into the main window. The dialog (`findpanel`) is imported when it is
first opened: its widgets' classes are not needed before the window's first page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import QMainWindow

    from .findpanel import FindDialog
    from .pageview import PageView
    from .session import Session


class LibrarySearch(QObject):
    """Find in library wired into the main window: Edit → Find in library… (Ctrl+Shift+F), and Find in page…
    (Ctrl+F), the same dialog looking at the open page."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        stack: QUndoStack,
        page_view: PageView,
        find: QAction,
        find_in_page: QAction,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.stack = stack
        self.page_view = page_view
        self.dialog: FindDialog | None = None
        find.triggered.connect(lambda: self.open(in_page=False))
        find_in_page.triggered.connect(lambda: self.open(in_page=True))

    def open(self, in_page: bool = False) -> FindDialog:
        """Show the dialog (made on first use) with the query selected, ready to type over; `in_page`: looking
        at the open page (else at every page, unless a status was chosen)."""
        from .findpanel import THIS_PAGE, FindDialog  # imported when first opened: not needed at start

        if self.dialog is None:
            self.dialog = FindDialog(self.session, self.stack, self.window)
            self.dialog.hitChosen.connect(self.open_hit)
            self.dialog.message.connect(lambda text: self.window.statusBar().showMessage(text, 6000))
        dialog = self.dialog
        library = self.session.library
        dialog.show_themes([t.name for t in library.themes()] if library is not None else [])
        pages = dialog.status
        if in_page:
            pages.setCurrentIndex(pages.findData(THIS_PAGE))
        elif pages.currentData() == THIS_PAGE:
            pages.setCurrentIndex(0)
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
        else:
            dialog.show()
        dialog.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        dialog.query.selectAll()
        return dialog

    def open_hit(self, page_id: int, line: int) -> None:
        """Open the page (when it is not open) and select the line."""
        session = self.session
        if page_id != session.page_id:
            session.open_page(page_id)
        if session.page_id == page_id:
            self.page_view.select_lines([line], quiet=False)
