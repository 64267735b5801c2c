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

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from . import workers

if TYPE_CHECKING:
    from ..storage import Library
    from ..storage.claims import Claim


class PageClaim(QObject):
    """The open page's claim, and the pages other editors' windows hold.

    Claims are written on a thread of their own, over a connection of their own (`Library.companion`), so a
    page opens without waiting for the disk or the server. Until the claim asked for is written, the page
    counts as held by whoever held it at the last look; a write of a page another window holds is refused
    anyway (`claims.check_write`).

    Signals:
        claimChanged(): the open page's claim changed (`claim`, `held_by`).
        claimsChanged(): the pages other editors' windows hold changed (`held_elsewhere`).
        pageFreed(): the open page, held by another window until now, is this window's.
        written(): a claim was written over the claims' own connection: a commit the library sees as another
            connection's.
    """

    claimChanged = Signal()
    claimsChanged = Signal()
    pageFreed = Signal()
    written = Signal()

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
        # One thread, so claims are written in the order they were asked for; its connection is used there only.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._writer: Library | None = None
        self._asked = 0  # claims asked for: an answer to any but the last is stale
        self._waiting = 0  # claims asked for and not answered yet

    @property
    def held_by(self) -> str | None:
        """The editor whose window holds the open page, when it is not this window: the page is read-only."""
        return self.claim.editor if self.claim is not None and not self.claim.mine else None

    @property
    def settled(self) -> bool:
        """Every claim asked for is written and its answer taken in."""
        return self._waiting == 0

    def attach(self, library: Library) -> None:
        from ..storage.claims import LEASE

        self.library = library
        self._renew.start(int(LEASE * 1000 / 3))

    def open(self, page_id: int) -> None:
        """Claim the page that opens, releasing the one before."""
        from ..storage.claims import Claim

        previous = self.page_id if page_id != self.page_id else None
        self.page_id = page_id
        holder = self.held_elsewhere.get(page_id)
        self._set(None if holder is None else Claim(holder, 0.0, False))
        self._ask(page_id, previous)

    def renew(self) -> None:
        """Renew the open page's claim, or take it when the editor who held it moved on."""
        if self.page_id is not None:
            self._ask(self.page_id, None)

    def take_over(self) -> None:
        """Claim the open page although another window holds it (a window left open elsewhere, or this editor's
        own before a crash): that window turns read-only, and its writes are refused. Written at once: the
        editor asked for it and waits for it."""
        if self.library is None or self.page_id is None or self.held_by is None:
            return
        self._pool.waitForDone()
        self._asked += 1  # an answer still on its way is older than this
        self.library.release([self.page_id], anyone=True)
        self._answered(self._asked, self.page_id, self.library.claim(self.page_id))

    def look(self, held: dict[int, str]) -> None:
        """Take in the pages other editors' windows hold now; renew at once when the open page's holder
        changed."""
        if held == self.held_elsewhere:
            return
        self.held_elsewhere = held
        self.claimsChanged.emit()
        if (self.held_by is not None) != (self.page_id in held):
            self.renew()

    def close(self) -> None:
        """Write what was asked for, release the open page and close the claims' connection."""
        from ..storage import StorageError

        self._renew.stop()
        self._pool.waitForDone()
        if self._writer is not None:
            if self.page_id is not None:
                with suppress(StorageError):  # else the claim expires by itself
                    self._writer.release([self.page_id])
            self._writer.close()
            self._writer = None
        self.claim = None
        self.library = None

    def _ask(self, page_id: int, previous: int | None) -> None:
        """Claim `page_id` (and release `previous`) on the claims' thread."""
        library = self.library
        if library is None or library.read_only:
            return
        self._asked += 1
        asked = self._asked
        self._waiting += 1

        def work(_task: workers.Task) -> Claim | None:
            from ..storage import StorageError

            try:
                if self._writer is None:
                    self._writer = library.companion()
                if previous is not None:
                    with suppress(StorageError):  # else the claim expires by itself
                        self._writer.release([previous])
                return self._writer.claim(page_id)
            except StorageError:
                return None  # a locked or failing library, a server out of reach: the next renewal tries again

        task = workers.Task(work)
        task.signals.finished.connect(lambda claim: self._written(asked, page_id, claim))
        task.signals.failed.connect(self._failed)
        workers.start(task, self._pool)

    def _written(self, asked: int, page_id: int, claim: Claim | None) -> None:
        self._waiting -= 1
        if claim is not None:
            self.written.emit()
        self._answered(asked, page_id, claim)

    def _failed(self, error: Exception) -> None:
        self._waiting -= 1
        raise error

    def _answered(self, asked: int, page_id: int, claim: Claim | None) -> None:
        """Take in the claim that holds on `page_id` after claim `asked` was written."""
        if asked != self._asked or page_id != self.page_id or self.library is None:
            return  # another page opened, or another claim was asked for, meanwhile
        was_held = self.held_by is not None
        self._set(claim)
        # What the claim found is newer than the last look.
        held = dict(self.held_elsewhere)
        if claim is None or claim.mine:
            held.pop(page_id, None)
        else:
            held[page_id] = claim.editor
        if held != self.held_elsewhere:
            self.held_elsewhere = held
            self.claimsChanged.emit()
        if was_held and self.held_by is None:
            self.pageFreed.emit()

    def _set(self, claim: Claim | None) -> None:
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
