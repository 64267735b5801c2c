"""One undoable command per editor action.

Every command holds the page's layer before and after the edit and calls only `Session.apply`; undo applies
the layers the other way round, so undoing back to the start gives the identical layer. The edit itself
is a pure domain operation, computed when the command is made: an edit that does not apply raises
`EditError` before anything reaches the undo stack.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand

from ..domain import ops
from ..domain.model import Kind, Layer, Role, Status, line_label
from .session import Session, Tagging
from .wording import kind_name, role_name, status_name

if TYPE_CHECKING:
    from ..replacing import PageReplacement


class EditCommand(QUndoCommand):
    """An edit of one page's layer, named for the Edit menu. An edit of the page's lines or items puts the
    page in review (`ops.in_review`); theme tags, status changes and re-parses leave its status alone."""

    moves_status = True

    def __init__(
        self, session: Session, before: Layer, after: Layer, text: str, parsed_with: int | None = None
    ) -> None:
        super().__init__(text)
        assert session.page_id is not None
        self.session = session
        self.page_id = session.page_id
        self.before = before
        self.after = ops.in_review(before, after) if self.moves_status else after
        self.parsed_with = parsed_with
        # A re-parse records the parser's version with the page; its undo gives back the version before.
        self.parsed_before = None if parsed_with is None else session.parser_version(self.page_id)

    def redo(self) -> None:
        self.session.apply(self.page_id, self.before, self.after, parsed_with=self.parsed_with)

    def undo(self) -> None:
        self.session.apply(self.page_id, self.after, self.before, parsed_with=self.parsed_before)


def _current(session: Session) -> Layer:
    if session.layer is None:
        raise ops.EditError(ops.EditProblem.NO_PAGE)
    return session.layer


class SplitItem(EditCommand):
    def __init__(self, session: Session, line: int) -> None:
        before = _current(session)
        after = ops.split_item(before, line)
        super().__init__(
            session, before, after, QCoreApplication.translate("Commands", "New item at line {0}").format(line)
        )


class MergeItems(EditCommand):
    def __init__(self, session: Session, key: int, step: int) -> None:
        before = _current(session)
        other = ops.neighbour(before, key, step)
        # The item earlier on the page keeps its key, so its themes and kind win.
        keep, gone = (other, key) if step < 0 else (key, other)
        after = ops.merge_items(before, keep, gone)
        name = (
            QCoreApplication.translate("Commands", "Merge with previous item")
            if step < 0
            else QCoreApplication.translate("Commands", "Merge with next item")
        )
        super().__init__(session, before, after, name)


class MoveLines(EditCommand):
    def __init__(self, session: Session, lines: Iterable[int], target: int | None) -> None:
        before = _current(session)
        lines = sorted(lines)
        after = ops.move_lines(before, lines, target)
        name = (
            QCoreApplication.translate("Commands", "Move {0} lines to a new item")
            if target is None
            else QCoreApplication.translate("Commands", "Move {0} lines to another item")
        )
        super().__init__(session, before, after, name.format(len(lines)))


class SetRole(EditCommand):
    def __init__(self, session: Session, lines: Iterable[int], role: Role) -> None:
        before = _current(session)
        lines = sorted(lines)
        after = ops.set_role(before, lines, role)
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Role: {0} ({1} lines)").format(role_name(role), len(lines)),
        )


class ToggleBreak(EditCommand):
    """Flip the break at the end of a line: the break before the next line of the page."""

    def __init__(self, session: Session, next_line: int) -> None:
        before = _current(session)
        after = ops.toggle_break(before, next_line)
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Join/break before line {0}").format(next_line),
        )


class JoinWord(EditCommand):
    """Join the next line to the end of a line as the rest of a word cut by a hyphen (or undo that join)."""

    def __init__(self, session: Session, next_line: int) -> None:
        before = _current(session)
        after = ops.join_word(before, next_line)
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Join the word across the hyphen before line {0}").format(
                line_label(before, next_line)
            ),
        )


class CorrectText(EditCommand):
    def __init__(self, session: Session, line: int, text: str | None) -> None:
        before = _current(session)
        assert session.page is not None
        after = ops.correct_text(before, line, text, before.raw_text(session.page, line))
        name = (
            QCoreApplication.translate("Commands", "Correct line {0}")
            if text is not None
            else QCoreApplication.translate("Commands", "Restore raw text of line {0}")
        )
        super().__init__(session, before, after, name.format(line_label(before, line)))


class CutLine(EditCommand):
    """Cut a line in two at a place of its text: the rest becomes a segment of the raw line."""

    def __init__(self, session: Session, line: int, at: int) -> None:
        before = _current(session)
        assert session.page is not None
        after = ops.split_line(session.page, before, line, at)
        self.piece = max(after.lines.keys() - before.lines.keys())
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Cut line {0} in two").format(line_label(before, line)),
        )


class AddLine(EditCommand):
    """Add a line the OCR lost, before or after a line."""

    def __init__(self, session: Session, line: int, text: str, *, after: bool) -> None:
        before = _current(session)
        assert session.page is not None
        layer = ops.add_line(session.page, before, line, text, after=after)
        self.piece = max(layer.lines.keys() - before.lines.keys())
        super().__init__(session, before, layer, QCoreApplication.translate("Commands", "Add a line"))


class RemovePiece(EditCommand):
    """Take an added line away, or put a segment back on its raw line."""

    def __init__(self, session: Session, line: int) -> None:
        before = _current(session)
        assert session.page is not None
        after = ops.remove_piece(session.page, before, line)
        piece = before.lines[line].piece
        name = (
            QCoreApplication.translate("Commands", "Remove the added line")
            if piece is not None and piece.added
            else QCoreApplication.translate("Commands", "Put line {0} back together").format(
                line_label(before, line).split(".")[0]
            )
        )
        super().__init__(session, before, after, name)


class ConfirmDoubts(EditCommand):
    """The parser's decisions about the doubtful lines among `lines` become the editor's."""

    def __init__(self, session: Session, lines: Iterable[int]) -> None:
        before = _current(session)
        after = ops.confirm_doubts(before, lines)
        confirmed = [n for n in before.doubts() if n not in after.doubts()]
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Confirm the doubt at line {0}").format(confirmed[0])
            if len(confirmed) == 1
            else QCoreApplication.translate("Commands", "Confirm {0} doubts").format(len(confirmed)),
        )


class SetKind(EditCommand):
    def __init__(self, session: Session, key: int, kind: Kind) -> None:
        before = _current(session)
        after = ops.set_kind(before, key, kind)
        super().__init__(
            session, before, after, QCoreApplication.translate("Commands", "Kind: {0}").format(kind_name(kind))
        )


class SetTags(EditCommand):
    """Set an item's confirmed themes; `text` names the edit (add or remove which theme)."""

    moves_status = False

    def __init__(self, session: Session, key: int, tags: Iterable[str], text: str) -> None:
        before = _current(session)
        after = ops.set_tags(before, key, tags)
        super().__init__(session, before, after, text)


class SetStatus(EditCommand):
    moves_status = False

    def __init__(self, session: Session, status: Status) -> None:
        before = _current(session)
        after = ops.set_status(before, status)
        super().__init__(
            session,
            before,
            after,
            QCoreApplication.translate("Commands", "Page status: {0}").format(status_name(status)),
        )


class Reparse(EditCommand):
    """Lay a fresh parse under the page: every editor decision stays (`ops.rebase`)."""

    moves_status = False

    def __init__(self, session: Session, parsed: Layer, parser_version: int) -> None:
        before = _current(session)
        after = ops.rebase(before, parsed)
        super().__init__(
            session, before, after, QCoreApplication.translate("Commands", "Re-parse page"), parsed_with=parser_version
        )


class RestoreVersion(EditCommand):
    """Put the page back as a change in its history left it (its status included)."""

    moves_status = False

    def __init__(self, session: Session, layer: Layer, when: str) -> None:
        super().__init__(
            session,
            _current(session),
            layer,
            QCoreApplication.translate("Commands", "Restore version of {0}").format(when),
        )


class ReplaceAll(QUndoCommand):
    """Replace a text on every line that shows it, on many pages at once: one undo step, written in one
    transaction each way. Each page's edit is the domain's (`replacing.replacement`: corrections, the page in
    review), computed when the command is made from the layers the editor sees."""

    def __init__(self, session: Session, edits: list[PageReplacement], old: str, new: str) -> None:
        lines = sum(len(e.lines) for e in edits)
        super().__init__(
            QCoreApplication.translate("Commands", "Replace “{0}” with “{1}” ({2} lines on {3} pages)").format(
                old, new, lines, len(edits)
            )
        )
        self.session = session
        self.edits = edits

    def redo(self) -> None:
        self._apply([(e.page_id, e.before, e.after) for e in self.edits])

    def undo(self) -> None:
        self._apply([(e.page_id, e.after, e.before) for e in self.edits])

    def _apply(self, edits: list[tuple[int, Layer, Layer]]) -> None:
        # Thousands of lines are written in one transaction: the window waits, and shows it.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.apply_pages(edits)
        finally:
            QGuiApplication.restoreOverrideCursor()


class EditTaxonomy(QUndoCommand):
    """A taxonomy edit (a theme added, renamed, merged, deleted, described): the taxonomy and the themes of
    every item it changes, before and after. One undo step however many items on however many pages, written
    in one transaction each way; sound for the same reason as `ReplaceAll`: the stack is linear, so any later
    edit of those items is undone before this one is."""

    def __init__(self, session: Session, before: Tagging, after: Tagging, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.before = before
        self.after = after

    def redo(self) -> None:
        self.session.set_taxonomy(self.after)

    def undo(self) -> None:
        self.session.set_taxonomy(self.before)
