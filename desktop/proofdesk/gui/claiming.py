"""The window's side of a team library: the open page's claim (`storage.claims`) and what others hold.

`PageClaim` claims the page the session opens, renews the claim while the page stays open and releases it when
another page opens or the library closes; a page another editor's window holds is read-only here (`held_by`).
`Notices` waits, on a thread of its own, for a server's word that another connection changed the library
(`storage.notices`), so that the session looks at once rather than at its next look.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from ..storage import Library
    from ..storage.claims import Claim


class PageClaim(QObject):
    """The open page's claim, and the pages other editors' windows hold.

    Signals:
        claimChanged(): the open page's claim changed (`claim`, `held_by`).
        claimsChanged(): the pages other editors' windows hold changed (`held_elsewhere`).
        pageFreed(): the open page, held by another window until now, is this window's.
    """

    claimChanged = Signal()
    claimsChanged = Signal()
    pageFreed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.page_id: int | None = None
        self.claim: Claim | None = None
        """The open page's claim: this window's, or that of another editor who holds the page."""
        self.held_elsewhere: dict[int, str] = {}
        """The pages other editors' windows hold, with who holds them."""
        self._renew = QTimer(self)
        self._renew.timeout.connect(self.renew)

    @property
    def held_by(self) -> str | None:
        """The editor whose window holds the open page, when it is not this window: the page is read-only."""
        return self.claim.editor if self.claim is not None and not self.claim.mine else None

    def attach(self, library: Library) -> None:
        from ..storage.claims import LEASE

        self.library = library
        self._renew.start(int(LEASE * 1000 / 3))

    def open(self, page_id: int) -> None:
        """Claim the page that opens, releasing the one before."""
        if page_id != self.page_id:
            self.release()
        self.page_id = page_id
        self._take()

    def renew(self) -> None:
        """Renew the open page's claim, or take it when the editor who held it moved on."""
        was_held = self.held_by is not None
        self._take()
        if was_held and self.held_by is None:
            self.pageFreed.emit()

    def take_over(self) -> None:
        """Claim the open page although another window holds it (a window left open elsewhere, or this editor's
        own before a crash): that window turns read-only, and its writes are refused."""
        if self.library is None or self.page_id is None or self.held_by is None:
            return
        self.library.release([self.page_id], anyone=True)
        self.renew()

    def look(self, held: dict[int, str]) -> None:
        """Take in the pages other editors' windows hold now; renew at once when the open page's holder
        changed."""
        if held == self.held_elsewhere:
            return
        self.held_elsewhere = held
        self.claimsChanged.emit()
        if (self.held_by is not None) != (self.page_id in held):
            self.renew()

    def release(self) -> None:
        from ..storage import StorageError

        if self.library is not None and self.claim is not None and self.claim.mine and self.page_id is not None:
            with suppress(StorageError):  # else the claim expires by itself
                self.library.release([self.page_id])
        self.claim = None

    def close(self) -> None:
        self._renew.stop()
        self.release()
        self.library = None

    def _take(self) -> None:
        from ..storage import StorageError

        claim = None
        if self.library is not None and self.page_id is not None and not self.library.read_only:
            with suppress(StorageError):  # a locked or failing library: the next renewal tries again
                claim = self.library.claim(self.page_id)
        changed = _holder(claim) != _holder(self.claim)  # not a renewal's new expiry
        self.claim = claim
        if changed:
            self.claimChanged.emit()


def _holder(claim: Claim | None) -> tuple[str, bool] | None:
    return None if claim is None else (claim.editor, claim.mine)


class Notices(QObject):
    """A thread waiting for a server's notices of others' changes; `noticed` is emitted on the GUI thread.

    Signals:
        noticed(): another connection changed the library.
    """

    noticed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def start(self, library: Library) -> None:
        """Listen when `library` is on a server (a file has no notices: the session's looks see its changes)."""
        from ..storage import StorageError

        try:
            listener = library.listen()
        except StorageError:
            return  # the looks every two seconds still see every change
        if listener is None:
            return

        def wait() -> None:
            try:
                while not self._stop.is_set():
                    if listener.wait(0.5):
                        self.noticed.emit()
            except StorageError:
                pass  # the server went away: the looks every two seconds tell the rest
            finally:
                listener.close()

        self._stop.clear()
        self._thread = threading.Thread(target=wait, name="proofdesk-notices", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join()
            self._thread = None
