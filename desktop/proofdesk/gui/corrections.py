"""Every correction the editor can make, as one undoable command each.

`Corrections` reads what the editor selected from the views, makes the command and pushes it; the views
are redrawn by the session's signals, not from here. An edit that does not apply (merging the last item
with the next...) becomes a message in the status bar instead of an undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain import ops
from ..domain.derive import line_text
from ..domain.model import Kind, Layer, Role, Status, diff, line_label
from . import commands, workers
from .articleview import ArticlePanel
from .pageview import PageView
from .session import Session
from .wording import held_text, problem_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..domain.checks import Finding
    from ..storage.history import Entry
    from .historydialog import HistoryDialog
    from .linedialogs import AddLineDialog, CutLineDialog


Command = TypeVar("Command", bound=commands.EditCommand)


class Corrections(QObject):
    """The editor's corrections on the open page.

    Signals:
        message(str): a short note for the status bar (why an edit did not apply).
        checkFailed(object): the page was to be marked done but the check found problems (list of Finding).
        pageDone(): the editor marked the page done (after the check, or anyway).
        busy(bool): a re-parse started (True) or ended (False).
    """

    message = Signal(str)
    checkFailed = Signal(object)
    pageDone = Signal()
    busy = Signal(bool)

    def __init__(self, session: Session, stack: QUndoStack, page_view: PageView, articles: ArticlePanel) -> None:
        super().__init__(session)
        self.session = session
        self.stack = stack
        self.page_view = page_view
        self.articles = articles
        # Asked before an edit reopens a done page; the window sets a question to the editor.
        self.confirm_reopen: Callable[[], bool] = lambda: True

    def _push(self, make: Callable[[], Command], failure: str) -> Command | None:
        """Make the command and push it; None when it does not apply (`failure` says why) or changes nothing."""
        if self.session.layer is None or self._held():
            return None
        try:
            command = make()
        except ops.EditError:
            self.message.emit(failure)
            return None
        if not diff(command.before, command.after):
            return None
        reopens = command.before.status is Status.DONE and command.after.status is not Status.DONE
        if reopens and command.moves_status and not self.confirm_reopen():
            return None
        self.stack.push(command)
        return command

    def _held(self) -> bool:
        """Whether another editor holds the open page (the status bar says who)."""
        if self.session.held_by is None:
            return False
        self.message.emit(held_text(self.session.held_by))
        return True

    def _line(self) -> int | None:
        line = self.page_view.current_line()
        if line is None or self.session.layer is None or line not in self.session.layer.lines:
            lines = self.page_view.selected_lines()
            return lines[0] if lines else None
        return line

    def _item(self) -> int | None:
        """The item the editor is on: the current line's item, else the one chosen in the outline."""
        line = self._line()
        if line is not None and self.session.layer is not None:
            key = self.session.layer.item_of(line)
            if key is not None:
                return key
        return self.articles.current_key

    def split(self) -> None:
        line = self._line()
        if line is not None:
            self._push(lambda: commands.SplitItem(self.session, line), self.tr("This line already starts its item."))

    def merge(self, step: int) -> None:
        key = self._item()
        if key is not None:
            self._push(lambda: commands.MergeItems(self.session, key, step), self.tr("There is no item on that side."))

    def move_lines(self, target: int | None) -> None:
        """Move the selected lines to item `target` (a layer key), or to a new item when None."""
        lines = self.page_view.selected_lines()
        if lines:
            self._push(lambda: commands.MoveLines(self.session, lines, target), self.tr("These lines cannot be moved."))

    def move_lines_by(self, step: int) -> None:
        """Move the selected lines to the item before (-1) or after (+1) the item of the first of them."""
        lines = self.page_view.selected_lines()
        layer = self.session.layer
        if not lines or layer is None:
            return
        key = layer.item_of(lines[0] if step < 0 else lines[-1])
        try:
            target = ops.neighbour(layer, key, step) if key is not None else None
        except ops.EditError:
            target = None
        if target is None:
            self.message.emit(self.tr("There is no item on that side."))
            return
        self.move_lines(target)

    def set_role(self, role: Role) -> None:
        lines = self.page_view.selected_lines()
        if lines:
            self._push(lambda: commands.SetRole(self.session, lines, role), self.tr("Select lines first."))

    def toggle_break(self) -> None:
        """Flip the mark at the end of the current line: paragraph break or soft wrap."""
        line = self._line()
        following = self.page_view.line_model().next_line(line) if line is not None else None
        if following is None:
            self.message.emit(self.tr("No line follows this one."))
            return
        self._push(lambda: commands.ToggleBreak(self.session, following), self.tr("No line follows this one."))

    def join_word(self) -> None:
        """Join the next line to the current one as the rest of a word cut by a hyphen (again: a break)."""
        line = self._line()
        following = self.page_view.line_model().next_line(line) if line is not None else None
        if following is None:
            self.message.emit(self.tr("No line follows this one."))
            return
        self._push(lambda: commands.JoinWord(self.session, following), self.tr("No line follows this one."))

    def cut_line_dialog(self, parent: QWidget) -> CutLineDialog | None:
        """Ask where to cut the current line (the cursor starts where a credit or byline likely begins)."""
        from .linedialogs import CutLineDialog

        line, layer, page = self._line(), self.session.layer, self.session.page
        if line is None or layer is None or page is None or self._held():
            return None
        dialog = CutLineDialog(line_text(page, layer, line), parent)
        dialog.accepted.connect(lambda: self.cut_line(line, dialog.cut_at()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def add_line_dialog(self, parent: QWidget, *, after: bool) -> AddLineDialog | None:
        """Ask for the text of a line to add before (after, with `after`) the current line."""
        from .linedialogs import AddLineDialog

        line = self._line()
        if line is None or self.session.layer is None or self._held():
            return None
        dialog = AddLineDialog(after, parent)
        dialog.accepted.connect(lambda: self.add_line(line, dialog.text(), after=after) if dialog.text() else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cut_line(self, line: int, at: int) -> None:
        """Cut `line` in two before character `at` of its text; the part after it is selected."""
        command = self._push(
            lambda: commands.CutLine(self.session, line, at),
            self.tr("A line is cut inside its text, not at its start or end."),
        )
        if command is not None:
            self.page_view.select_lines([command.piece], quiet=False)

    def add_line(self, line: int, text: str, *, after: bool) -> None:
        """Add a line with `text` before `line` (after it with `after`); the new line is selected."""
        command = self._push(
            lambda: commands.AddLine(self.session, line, text, after=after), self.tr("A line cannot hold a line break.")
        )
        if command is not None:
            self.page_view.select_lines([command.piece], quiet=False)

    def remove_piece(self) -> None:
        """Take the current added line away, or put the current segment back on its raw line."""
        line = self._line()
        if line is not None:
            self._push(
                lambda: commands.RemovePiece(self.session, line),
                self.tr("Only an added line or a part of a cut line can be taken back."),
            )

    def correct(self, line: int, text: str | None) -> None:
        self._push(lambda: commands.CorrectText(self.session, line, text), self.tr("A line cannot hold a line break."))

    def restore_raw(self) -> None:
        line = self._line()
        if line is not None:
            self.correct(line, None)

    def confirm_doubt(self) -> None:
        """Keep the parser's decision about the selected doubtful lines: they stop being doubts."""
        lines = self.page_view.selected_lines()
        if lines:
            self._push(lambda: commands.ConfirmDoubts(self.session, lines), self.tr("There is no doubt here."))

    def set_kind(self, kind: Kind) -> None:
        key = self._item()
        if key is not None:
            self._push(lambda: commands.SetKind(self.session, key, kind), self.tr("No item here."))

    def set_status(self, status: Status) -> None:
        self._push(lambda: commands.SetStatus(self.session, status), "")

    def mark_done_anyway(self) -> None:
        self.set_status(Status.DONE)
        self.pageDone.emit()

    def findings(self) -> list[Finding]:
        from ..domain.checks import check_page

        if self.session.page is None or self.session.layer is None:
            return []
        return check_page(self.session.page, self.session.layer)

    def mark_done(self) -> bool:
        """Mark the page done when the check finds nothing; otherwise hand the findings on."""
        findings = self.findings()
        if findings:
            self.checkFailed.emit(findings)
            return False
        self.set_status(Status.DONE)
        self.pageDone.emit()
        return True

    def history(self, parent: QWidget) -> HistoryDialog | None:
        """The open page's history in a dialog, from which the editor may restore a version."""
        from ..storage import StorageError
        from .historydialog import HistoryDialog

        session = self.session
        if session.library is None or session.page is None or session.page_id is None:
            return None
        try:
            entries = session.library.page_history(session.page_id)
        except StorageError as error:
            self.message.emit(problem_text(error.problem))
            return None
        layer = session.layer

        def label(line: int) -> str:
            return line_label(layer, line) if layer is not None and line in layer.lines else str(line)

        dialog = HistoryDialog(session.page.name, entries, label, parent)
        dialog.restore.connect(self.restore_version)
        dialog.open()
        return dialog

    def restore_version(self, entry: Entry) -> None:
        """Put the page back as the history's `entry` left it: one undoable step."""
        from ..storage import StorageError
        from .historydialog import local_time

        session = self.session
        if session.library is None or session.page_id is None:
            return
        try:
            layer = session.library.layer_after(session.page_id, entry.id)
        except StorageError as error:
            self.message.emit(problem_text(error.problem))
            return
        when = local_time(entry.at)
        if layer is None:
            self.message.emit(self.tr("The version of {0} cannot be rebuilt.").format(when))
        elif self._push(lambda: commands.RestoreVersion(session, layer, when), "") is not None:
            self.message.emit(self.tr("The page is back as it was at {0}.").format(when))
        else:
            self.message.emit(self.tr("The page is already as it was at {0}.").format(when))

    def reparse(self) -> workers.Task | None:
        """Parse the page afresh in a worker and lay the result under the editor's decisions."""
        session = self.session
        if session.page is None or session.page_id is None:
            return None
        page_id, layer = session.page_id, session.layer
        task = workers.parse(session.path, session.page, session.scan)

        def done(result: tuple[Layer, int]) -> None:
            self.busy.emit(False)
            # The editor may have moved on or edited meanwhile; a stale parse is dropped, not forced in.
            if session.page_id != page_id or session.layer is not layer:
                self.message.emit(self.tr("The page changed during the re-parse; run it again."))
                return
            parsed, version = result
            if self._push(lambda: commands.Reparse(session, parsed, version), "") is not None:
                self.message.emit(self.tr("Re-parsed; every editor decision was kept."))
            else:
                self.message.emit(self.tr("Re-parsed; nothing changed."))

        def failed(error: Exception) -> None:
            self.busy.emit(False)
            self.message.emit(self.tr("The re-parse failed: {0}").format(error))

        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        self.busy.emit(True)
        return workers.start(task)

    def doubt(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) doubt, wrapping round the page."""
        layer = self.session.layer
        if layer is None:
            return
        doubts = layer.doubts()
        if not doubts:
            self.message.emit(self.tr("No doubts left on this page."))
            return
        line = self.page_view.current_line()
        order = layer.order
        at = order.index(line) if line in layer.lines else -1
        later = (
            [n for n in doubts if order.index(n) > at]
            if step > 0
            else [n for n in reversed(doubts) if order.index(n) < at]
        )
        self.page_view.go_to_line(later[0] if later else doubts[0 if step > 0 else -1])
