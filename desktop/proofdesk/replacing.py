"""Find and replace across the library: every line whose shown text holds the text to find gets a correction
with it replaced (the raw page is never changed). Used by `proofdesk replace`; the window makes the same
edits page by page through its undoable commands."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .domain import ops
from .domain.derive import line_text
from .domain.model import Layer, Page, Status

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


def page_ids_holding(library: Library, old: str, status: Status | None = None) -> list[int]:
    """The pages (in page order; only those of `status` when given) with a line whose shown text holds `old`,
    from the library's index."""
    hits = library.search(old, status, limit=None)
    return list(dict.fromkeys(hit.page_id for hit in hits if old in hit.text))


def replacement(page_id: int, page: Page, before: Layer, old: str, new: str) -> PageReplacement | None:
    """The edit replacing `old` by `new` on one page (in review afterwards, as any editor's edit), or None
    when no line's shown text holds `old`."""
    after, changed = ops.replace_text(page, before, old, new)
    if not changed:
        return None
    shown = [(n, line_text(page, before, n), line_text(page, after, n)) for n in changed]
    return PageReplacement(page_id, page, before, ops.in_review(before, after), tuple(shown))


def plan(library: Library, old: str, new: str) -> tuple[list[PageReplacement], dict[str, str]]:
    """Every page's edit for replacing `old` by `new`, in page order, and the pages left out because another
    editor's window holds them (name → editor); raises `ops.EditError` for a replacement that cannot be made
    (empty `old`, a line break)."""
    ops.check_replacement(old, new)
    planned, held = [], {}
    claims = library.claims()
    for page_id, page, layer, version in library.load_many(page_ids_holding(library, old)):
        claim = claims.get(page_id)
        if claim is not None and not claim.mine:
            held[page.name] = claim.editor
            continue
        found = replacement(page_id, page, layer, old, new)
        if found is not None:
            planned.append(dataclasses.replace(found, version=version))
    return planned, held


def apply(library: Library, planned: list[PageReplacement]) -> None:
    """Write every planned page edit in one transaction; refused (`StorageError`) when a page changed since it
    was planned or another editor opened it meanwhile."""
    based_on = {p.page_id: p.version for p in planned if p.version is not None}
    library.save_pages(((p.page_id, p.before, p.after) for p in planned), based_on)
