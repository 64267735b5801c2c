"""The page, its raw lines, and the layer of decisions over them.

A `Page` is immutable raw text. A `Layer` records, for every non-blank raw line, which item it belongs to,
its role, whether the break before it is a paragraph break or a soft wrap, and an optional corrected text;
for every item its kind and themes; for the page its review status. Each line value remembers whether an
editor set it (`LineState.edited`), so that a re-parse changes only what no editor touched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

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


class Break(StrEnum):
    PARAGRAPH = "P"
    JOIN = "J"


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
class LineState:
    """What is decided about one non-blank raw line.

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

    def item_lines(self, key: int) -> list[int]:
        """The line numbers of item `key`, in raw order."""
        return sorted(n for n, s in self.lines.items() if s.item == key)

    def item_order(self) -> list[int]:
        """Item keys in page order: by the first line of each item."""
        first: dict[int, int] = {}
        for n in sorted(self.lines):
            key = self.lines[n].item
            if key is not None and key not in first:
                first[key] = n
        return sorted(first, key=first.__getitem__)

    def item_of(self, line: int) -> int | None:
        state = self.lines.get(line)
        return state.item if state else None

    def doubts(self) -> list[int]:
        """Lines whose parser decision is a doubt and no editor has touched, in raw order."""
        return sorted(n for n, s in self.lines.items() if s.confidence < DOUBT_THRESHOLD and not s.edited)


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
    explicitly ignored, every item has lines, and no blank line carries state."""
    problems: list[str] = []
    content = set(page.content_lines())
    if set(layer.lines) != content:
        missing = sorted(content - set(layer.lines))
        extra = sorted(set(layer.lines) - content)
        problems.append(f"lines without state {missing[:5]}, state for blank or absent lines {extra[:5]}")
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
