"""The window's part in a shared library: the amber bar while another editor has the open page (and taking the
page over), the page list's holders, and the red bar's two choices after a write another editor's change
refused (`Session.resolve`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .savebanner import ClaimBanner, SaveBanner
from .wording import problem_text

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from .librarypanel import LibraryPanel
    from .session import Session


class Teamwork(QObject):
    """Made once by the window, which puts `claim_banner` in its layout.

    Signals:
        message(str): something to say in the status bar.
    """

    message = Signal(str)

    def __init__(
        self, window: QWidget, session: Session, stack: QUndoStack, panel: LibraryPanel, banner: SaveBanner
    ) -> None:
        super().__init__(window)
        self.session = session
        self.banner = banner
        self.claim_banner = ClaimBanner(window)
        self.claim_banner.takeOverRequested.connect(self.take_over)
        banner.resolveRequested.connect(self.resolve)
        claims = session.claims
        claims.claimChanged.connect(lambda: self.claim_banner.show_holder(session.held_by))

        def show_holders() -> None:
            panel.model.set_claims(claims.held_elsewhere)

        claims.claimsChanged.connect(show_holders)
        session.libraryReady.connect(show_holders)
        show_holders()  # a library attached before the window was made
        session.conflicted.connect(self.show_conflict)
        session.pagesReloaded.connect(stack.clear)  # the undo steps hold layers the other editor's change replaced

    def take_over(self) -> None:
        from ..storage import StorageError

        try:
            self.session.claims.take_over()
        except StorageError as error:
            self.message.emit(problem_text(error.problem))

    def show_conflict(self, page_id: int) -> None:
        """Say who changed the page meanwhile and which lines, on the red bar that offers the two choices."""
        from ..storage import StorageError

        try:
            editor, lines = self.session.other_change(page_id)
        except StorageError:
            return  # the bar's words without the names
        self.banner.show_conflict(editor, lines)

    def resolve(self, keep: bool) -> None:
        """After another editor changed a page edited here: apply this window's edits to their version, or
        drop them."""
        from ..storage import StorageError

        try:
            dropped = self.session.resolve(keep)
        except StorageError as error:
            self.banner.show_problem(error.problem)
            return
        if dropped:
            text = self.tr("Your edits of {0} pages did not fit the other editor's and were dropped.")
            self.message.emit(text.format(len(dropped)))
