"""The page, its raw lines, and the layer of decisions over them.

A `Page` is immutable raw text. A `Layer` records, for every non-blank raw line, which item it belongs to,
its role, whether the break before it is a paragraph break or a soft wrap, and an optional corrected text;
for every item its kind and themes; for the page its review status. Each line value remembers whether an
editor set it (`LineState.edited`), so that a re-parse changes only what no editor touched.

An editor can also cut a raw line into segments and add lines the OCR lost. Both are *pieces*: lines of the
layer keyed above the page's last raw line, each knowing where it stands (`Piece`); a segment's text is a
stretch of its raw line, an added line's text is its correction. The raw page never changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

# Parser decisions less sure than this are doubts: the window leads the editor to them first.
DOUBT_THRESHOLD = 0.6


class Role(StrEnum):
    TITLE = "title"
    KICKER = "kicker"  # 引题: printed above the main headline
    SUBTITLE = "subtitle"  # 副题: the deck under it
    BYLINE = "byline"
    HEADING = "heading"
    BODY = "body"
    NOTE = "note"
    CAPTION = "caption"
    CREDIT = "credit"
    SECTION = "section"
    AD = "ad"
    IGNORED = "ignored"


class Kind(StrEnum):
    ARTICLE = "article"
    PHOTO = "photo"
    SECTION = "section"
    AD = "ad"


TAGGED_KINDS = frozenset({Kind.ARTICLE, Kind.PHOTO})
"""The kinds of item that carry themes: section labels and notices carry none."""


class Break(StrEnum):
    PARAGRAPH = "P"
    JOIN = "J"
    HYPHEN = "H"
    """A soft wrap inside a word: the hyphen at the end of the line before goes, and no space is put."""

    def joins(self) -> bool:
        return self is not Break.PARAGRAPH


class Status(StrEnum):
    NEW = "new"
    REVIEW = "review"
    DONE = "done"


class Field(StrEnum):
    """The per-line values an editor can set; recorded in `LineState.edited`."""

    ITEM = "item"
    ROLE = "role"
    BREAK = "brk"
    CORRECTION = "correction"


@dataclass(frozen=True, slots=True)
class Page:
    """A raw OCR page: its name (file name without extension) and its lines, never changed."""

    name: str
    lines: tuple[str, ...]

    def text(self, line: int) -> str:
        """The raw text of 1-based line `line`."""
        return self.lines[line - 1]

    def content_lines(self) -> list[int]:
        """1-based numbers of the non-blank lines."""
        return [n for n, text in enumerate(self.lines, 1) if text.strip()]


@dataclass(frozen=True, slots=True)
class Piece:
    """Where a line of the layer that is not a whole raw line stands.

    A *segment* (`added` False) is raw line `line` from character `start` to the next segment's start or the
    line's end; the raw line's own key keeps the text before the first segment. An *added* line stands just
    before the text at (`line`, `start`) — `line` one past the page's last line puts it at the end — and
    after the other added lines there with a lower `seq`."""

    line: int
    start: int
    added: bool = False
    seq: int = 0


def _place(piece: Piece, key: int) -> tuple[int, int, bool, int, int]:
    """Sorts lines in page order: added lines before the text they stand at, in their order."""
    return piece.line, piece.start, not piece.added, piece.seq, key


def line_label(layer: Layer, key: int) -> str:
    """How the editor sees line `key` numbered: `12` for a raw line, `12.2` for the second part of raw line
    12 cut into segments, `+` for an added line."""
    piece = layer.lines[key].piece
    if piece is None:
        return str(key)
    if piece.added:
        return "+"
    return f"{piece.line}.{layer.cuts[piece.line].index(piece.start) + 2}"


@dataclass(frozen=True, slots=True)
class LineState:
    """What is decided about one line of the layer: a non-blank raw line, or a piece (`piece`).

    `item` is None only for an ignored line. `rule` and `confidence` explain the parser's least sure
    decision about the line; a line an editor touched is certain.
    """

    item: int | None
    role: Role
    brk: Break = Break.PARAGRAPH
    correction: str | None = None
    edited: frozenset[Field] = frozenset()
    rule: str = ""
    confidence: float = 1.0
    piece: Piece | None = None


@dataclass(frozen=True, slots=True)
class ItemState:
    """An item (article, photo, section label or notice) of a page; `tags` are confirmed themes.

    `pinned`: an editor split, merged, typed or tagged the item, so a re-parse keeps exactly its lines."""

    key: int
    kind: Kind
    kind_edited: bool = False
    tags: tuple[str, ...] = ()
    pinned: bool = False


@dataclass(frozen=True)
class Layer:
    """All decisions about one page. Treat as immutable: edit operations return a new layer."""

    lines: Mapping[int, LineState]
    items: Mapping[int, ItemState]
    status: Status = Status.NEW

    @cached_property
    def order(self) -> tuple[int, ...]:
        """The keys of the layer's lines in page order: raw lines by number, a segment after the part of its
        line before it, an added line before the text it stands at."""

        if all(state.piece is None for state in self.lines.values()):
            return tuple(sorted(self.lines))  # raw lines only: page order is line order
        return tuple(sorted(self.lines, key=lambda key: _place(self.position(key), key)))

    def rows(self, page: Page) -> list[int]:
        """Every raw line of the page, blank ones too, and every piece, in page order (the rows of a view)."""
        if all(s.piece is None for s in self.lines.values()):
            return list(range(1, len(page.lines) + 1))
        blank = ((Piece(n, 0), n) for n in range(1, len(page.lines) + 1) if n not in self.lines)
        placed = [*((self.position(n), n) for n in self.lines), *blank]
        return [n for _piece, n in sorted(placed, key=lambda pair: _place(*pair))]

    def position(self, key: int) -> Piece:
        """Where line `key` stands on the page, as a piece (a whole raw line stands at its start)."""
        piece = self.lines[key].piece
        return Piece(key, 0) if piece is None else piece

    @cached_property
    def cuts(self) -> Mapping[int, tuple[int, ...]]:
        """For each raw line cut into segments, where its segments start."""
        starts: dict[int, list[int]] = {}
        for state in self.lines.values():
            if state.piece is not None and not state.piece.added:
                starts.setdefault(state.piece.line, []).append(state.piece.start)
        return {line: tuple(sorted(found)) for line, found in starts.items()}

    def raw_line(self, key: int) -> int | None:
        """The raw line that line `key` is (a part of); None for an added line."""
        piece = self.lines[key].piece
        if piece is None:
            return key
        return None if piece.added else piece.line

    def raw_text(self, page: Page, key: int) -> str:
        """The raw text of line `key`: the whole raw line, the stretch of it a segment covers, or nothing for
        an added line."""
        piece = self.lines[key].piece
        if piece is None:
            line, start = key, 0
        elif piece.added:
            return ""
        else:
            line, start = piece.line, piece.start
        text = page.lines[line - 1]
        cuts = self.cuts.get(line)
        if not cuts:
            return text  # a whole raw line, the most of every page
        later = [at for at in cuts if at > start]
        return text[start : later[0] if later else len(text)]

    def item_lines(self, key: int) -> list[int]:
        """The lines of item `key`, in page order."""
        return [n for n in self.order if self.lines[n].item == key]

    def item_order(self) -> list[int]:
        """Item keys in page order: by the first line of each item."""
        keys = (self.lines[n].item for n in self.order)
        return list(dict.fromkeys(k for k in keys if k is not None))

    def item_of(self, line: int) -> int | None:
        state = self.lines.get(line)
        return state.item if state else None

    def doubts(self) -> list[int]:
        """Lines whose parser decision is a doubt and no editor has touched, in page order."""
        return [n for n in self.order if self.lines[n].confidence < DOUBT_THRESHOLD and not self.lines[n].edited]


@dataclass(frozen=True, slots=True)
class Change:
    """What an edit changed: line numbers and item keys whose state differs, and the page status."""

    lines: frozenset[int] = field(default_factory=frozenset)
    items: frozenset[int] = field(default_factory=frozenset)
    status: bool = False

    def __bool__(self) -> bool:
        return bool(self.lines or self.items or self.status)


def diff(before: Layer, after: Layer) -> Change:
    """The lines, items and status that differ between two layers of the same page."""
    lines = {n for n in before.lines.keys() | after.lines.keys() if before.lines.get(n) != after.lines.get(n)}
    items = {k for k in before.items.keys() | after.items.keys() if before.items.get(k) != after.items.get(k)}
    return Change(frozenset(lines), frozenset(items), before.status != after.status)


def check_invariant(page: Page, layer: Layer) -> list[str]:
    """Problems with the layer's shape; an empty list when every non-blank line is in exactly one item or
    explicitly ignored, every item has lines, no blank line carries state, and every piece stands on the
    page (keys above its last line; a segment inside a non-blank line, one per place)."""
    problems: list[str] = []
    content = set(page.content_lines())
    whole = {n for n, s in layer.lines.items() if s.piece is None}
    if whole != content:
        missing = sorted(content - whole)
        extra = sorted(whole - content)
        problems.append(f"lines without state {missing[:5]}, state for blank or absent lines {extra[:5]}")
    places: set[tuple[int, int]] = set()
    for n, state in layer.lines.items():
        piece = state.piece
        if piece is None:
            continue
        if n <= len(page.lines):
            problems.append(f"piece {n} has the key of a raw line")
        if piece.added:
            inside = 1 <= piece.line <= len(page.lines) + 1 and (
                piece.line > len(page.lines) or 0 <= piece.start < max(1, len(page.text(piece.line)))
            )
        else:
            inside = piece.line in content and 0 < piece.start < len(page.text(piece.line))
            if (piece.line, piece.start) in places:
                problems.append(f"two segments of line {piece.line} start at {piece.start}")
            places.add((piece.line, piece.start))
        if not inside:
            problems.append(f"piece {n} stands outside the page: {piece}")
    used: set[int] = set()
    for n, state in layer.lines.items():
        if state.item is None:
            if state.role is not Role.IGNORED:
                problems.append(f"line {n} has no item but is not ignored")
        elif state.item not in layer.items:
            problems.append(f"line {n} is in unknown item {state.item}")
        else:
            used.add(state.item)
    empty = set(layer.items) - used
    if empty:
        problems.append(f"items without lines: {sorted(empty)}")
    for key, item in layer.items.items():
        if item.key != key:
            problems.append(f"item {key} is filed under key {item.key}")
    return problems


def make_layer(lines: Mapping[int, LineState], items: Iterable[ItemState], status: Status = Status.NEW) -> Layer:
    """A layer from line states and items, dropping items that no line uses."""
    used = {s.item for s in lines.values()}
    return Layer(dict(lines), {i.key: i for i in items if i.key in used}, status)
