"""Find and replace across the library: every line whose shown text matches what is found (`Pattern`) gets a
correction with each match replaced (the raw page is never changed). Used by `proofdesk replace`; the window
makes the same edits page by page through its undoable commands."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .domain import ops
from .domain.derive import line_text
from .domain.model import Layer, Page, Status
from .text.matching import Pattern

if TYPE_CHECKING:
    from .storage import Library


@dataclass(frozen=True, slots=True)
class PageReplacement:
    """The edit of one page: its layer before and after, and each changed line's text before and after."""

    page_id: int
    page: Page
    before: Layer
    after: Layer
    lines: tuple[tuple[int, str, str], ...]
    version: int | None = None
    """The page's version `before` was read at (None: read by the window, which knows it)."""


def lines_holding(library: Library, find: Pattern, status: Status | None = None, **scope: Any) -> dict[int, set[int]]:
    """The lines (by page, in page order) whose shown text matches `find`, from the library's index: of pages of
    `status`, and of the rest of the scope `Library.search` takes, when given."""
    found, _done = next(stretches(library, find, status, None, **scope))  # without `seconds`: one stretch, all
    return found


def stretches(
    library: Library, find: Pattern, status: Status | None = None, seconds: float | None = None, **scope: Any
) -> Iterator[tuple[dict[int, set[int]], str | None]]:
    """`lines_holding` in stretches of about `seconds` (None: one stretch, the whole search), each a read of its
    own (`Library.search_part`): after each, the lines found so far and the name of the last page it read, or
    None after the last one. Leaving the loop stops the search."""
    found: dict[int, set[int]] = {}
    after = None
    while True:
        part = library.search_part(find, status, None, **scope, after=after, seconds=seconds)
        for hit in part.hits:
            if find.holds(hit.text):
                found.setdefault(hit.page_id, set()).add(hit.line)
        yield found, part.stopped_after
        if part.stopped_after is None:
            return
        after = part.stopped_after


def replacement(
    page_id: int, page: Page, before: Layer, find: Pattern, new: str, only: Collection[int] | None = None
) -> PageReplacement | None:
    """The edit replacing each match of `find` by `new` on one page (of the lines `only`, when given; in review
    afterwards, as any editor's edit), or None when no line's shown text matches."""
    after, changed = ops.replace_text(page, before, find, new, only)
    if not changed:
        return None
    shown = [(n, line_text(page, before, n), line_text(page, after, n)) for n in changed]
    return PageReplacement(page_id, page, before, ops.in_review(before, after), tuple(shown))


def plan(library: Library, find: str | Pattern, new: str, **scope: Any) -> tuple[list[PageReplacement], dict[str, str]]:
    """Every page's edit for replacing each match of `find` by `new` (on the lines of the scope
    `Library.search` takes, when given: a status, a theme, a role...), in page order, and the pages left out
    because another editor's window holds them (name → editor); raises `ops.EditError` for a replacement that
    cannot be made (nothing to find, a line break), `PatternError` for one naming a group the pattern lacks. A
    text to find is found as typed."""
    ops.check_replacement(find if isinstance(find, str) else find.text, new)
    find = Pattern(find) if isinstance(find, str) else find
    planned, held = [], {}
    claims = library.claims()
    found = lines_holding(library, find, **scope)
    for page_id, page, layer, version in library.load_many(list(found)):
        claim = claims.get(page_id)
        if claim is not None and not claim.mine:
            held[page.name] = claim.editor
            continue
        edit = replacement(page_id, page, layer, find, new, found[page_id])
        if edit is not None:
            planned.append(dataclasses.replace(edit, version=version))
    return planned, held


def apply(library: Library, planned: list[PageReplacement]) -> None:
    """Write every planned page edit in one transaction; refused (`StorageError`) when a page changed since it
    was planned or another editor opened it meanwhile."""
    based_on = {p.page_id: p.version for p in planned if p.version is not None}
    library.save_pages(((p.page_id, p.before, p.after) for p in planned), based_on)
