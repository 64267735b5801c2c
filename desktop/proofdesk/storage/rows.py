"""Rows of the library's tables to and from the domain's values (no engine, no SQL)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

from ..domain.model import Break, Field, ItemState, Kind, Layer, LineState, Page, Piece, Role, Status

# The bit of each editor-set field in `line.edited`, as stored on disk: fixed here, never derived from the
# order of `Field` (a new field takes a new bit; tests/unit/test_storage.py pins these).
BITS = {Field.ITEM: 1, Field.ROLE: 2, Field.BREAK: 4, Field.CORRECTION: 8}
"""The bit of each layer field in a line's `edited` column."""


def role_edited(alias: str = "") -> str:
    """An SQL condition on a row of `line` (by its table's `alias` in a query): an editor set the line's role
    (what the parser learns the paper from). An index holds these rows alone (`line_role_edited`), so the
    parser's lessons are read without reading every line of the library."""
    return f"({alias + '.' if alias else ''}edited & {BITS[Field.ROLE]}) != 0"


@dataclass(frozen=True, slots=True)
class PageInfo:
    """A page as the library lists it: counts for progress, no text."""

    id: int
    name: str
    status: Status
    items: int
    lines: int
    doubts: int
    edited: int

    @classmethod
    def of(cls, page_id: int, name: str, layer: Layer) -> PageInfo:
        """The counts of a page computed from its layer (the same figures the library's query gives)."""
        edited = sum(1 for s in layer.lines.values() if s.edited)
        return cls(page_id, name, layer.status, len(layer.items), len(layer.lines), len(layer.doubts()), edited)


def tags(stored: str) -> tuple[str, ...]:
    values = json.loads(stored)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError("not a list of names")
    return tuple(values)


def to_json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def line_row(page_id: int, n: int, s: LineState) -> dict[str, Any]:
    return dict(zip(LINE_ROW, line_values(page_id, n, s), strict=True))


def line_values(page_id: int, n: int, s: LineState) -> tuple[Any, ...]:
    """A line's row as the values of `LINE_ROW`, in its order (a page stores hundreds at once)."""
    edited = sum(BITS[f] for f in s.edited) if s.edited else 0
    piece = _WHOLE_LINE if s.piece is None else (s.piece.line, s.piece.start, s.piece.added, s.piece.seq)
    return (page_id, n, s.item, s.role.value, s.brk.value, s.correction, edited, s.rule, s.confidence, *piece)


_WHOLE_LINE = (None, 0, False, 0)
"""The piece columns of a whole raw line."""


# A line's values beyond its number, as its row and a change's record of it name them.
_LINE_FIELDS = (
    "item",
    "role",
    "brk",
    "correction",
    "edited",
    "rule",
    "confidence",
    "piece_line",
    "piece_start",
    "piece_added",
    "piece_seq",
)
LINE_COLUMNS = ("line", *_LINE_FIELDS)
"""The columns of a line's row that `page_and_layer` takes, in its order (a row's values read by place cost a
tenth of those read by name)."""
LINE_ROW = ("page_id", *LINE_COLUMNS)
"""The columns of a line's row, in the order of `line_values`."""


def line_state(r: Any) -> LineState:
    # What a change replaced before pieces existed (`history.replaced`) has no piece columns: a whole line.
    return _line_state(
        r.item,
        r.role,
        r.brk,
        r.correction,
        r.edited,
        r.rule,
        r.confidence,
        getattr(r, "piece_line", None),
        getattr(r, "piece_start", 0),
        getattr(r, "piece_added", False),
        getattr(r, "piece_seq", 0),
    )


def _line_state(
    item: int | None,
    role: str,
    brk: str,
    correction: str | None,
    edited: int,
    rule: str,
    confidence: float,
    piece_line: int | None,
    piece_start: int,
    piece_added: bool,
    piece_seq: int,
) -> LineState:
    if piece_line is None and correction is None:
        return _whole_line(item, role, brk, edited, rule, confidence)
    return LineState(
        item=item,
        role=Role(role),
        brk=Break(brk),
        correction=correction,
        edited=_edited(edited),
        rule=rule,
        confidence=confidence,
        piece=None if piece_line is None else Piece(piece_line, piece_start, bool(piece_added), piece_seq),
    )


@lru_cache(maxsize=4096)
def _whole_line(item: int | None, role: str, brk: str, edited: int, rule: str, confidence: float) -> LineState:
    """The state of an uncorrected whole line: most lines of a page are decided alike (one item, one role, one
    rule), so one value serves them all."""
    return LineState(item, Role(role), Break(brk), None, _edited(edited), rule, confidence)


@lru_cache(maxsize=64)
def _edited(bits: int) -> frozenset[Field]:
    """The fields set in a line's `edited` bits (a handful of combinations, read for every line)."""
    return frozenset(f for f, bit in BITS.items() if bits & bit)


def page_and_layer(page_row: Any, lines: Iterable[Sequence[Any]], items: Iterable[Any]) -> tuple[Page, Layer]:
    """A page and its layer from its rows of the `page`, `line` (the values of `LINE_COLUMNS`) and `item`
    tables; `ValueError` (or the `TypeError` of a value of the wrong type) when they cannot be a page's."""
    page = Page(page_row.name, tuple(page_row.raw.split("\n")))
    layer = Layer(
        {r[0]: _line_state(*r[1:]) for r in lines}, {r.key: item_state(r) for r in items}, Status(page_row.status)
    )
    whole = [n for n, s in layer.lines.items() if s.piece is None]
    if whole and (min(whole) < 1 or max(whole) > len(page.lines)):
        raise ValueError("line numbers beyond the raw page")
    if any(n <= len(page.lines) for n, s in layer.lines.items() if s.piece is not None):
        raise ValueError("a segment or added line with the number of a raw line")
    if any(s.item is not None and s.item not in layer.items for s in layer.lines.values()):
        raise ValueError("lines of items that are not stored")
    return page, layer


def item_row(page_id: int, i: ItemState) -> dict[str, Any]:
    return {
        "page_id": page_id,
        "key": i.key,
        "kind": i.kind.value,
        "kind_edited": i.kind_edited,
        "tags": to_json(i.tags),
        "pinned": i.pinned,
    }


def item_state(r: Any) -> ItemState:
    return ItemState(r.key, Kind(r.kind), bool(r.kind_edited), tags(r.tags), bool(r.pinned))


# -- what a change replaced --------------------------------------------------------------------------------
# A history row keeps the states a write replaced (`history.before`): the lines and items it changed as they
# were (None: it had none) and the status, as JSON. Rewinding a layer through them gives its earlier states.

_ITEM_FIELDS = ("kind", "kind_edited", "tags", "pinned")


def replaced(layer: Layer, lines: Iterable[int], items: Iterable[int]) -> dict[str, Any]:
    """What a write of `lines` and `items` over `layer` replaces (`layer` is the layer before it)."""
    return {
        "lines": {
            str(n): {f: line_row(0, n, layer.lines[n])[f] for f in _LINE_FIELDS} if n in layer.lines else None
            for n in lines
        },
        "items": {
            str(k): {f: item_row(0, layer.items[k])[f] for f in _ITEM_FIELDS} if k in layer.items else None
            for k in items
        },
        "status": layer.status.value,
    }


def rewound(layer: Layer, before: dict[str, Any]) -> Layer:
    """`layer` with what a write replaced put back: the layer before that write. An item's entry may give only
    some of its fields (a retag keeps only the tags); the others stay."""
    lines = dict(layer.lines)
    for n, row in before.get("lines", {}).items():
        if row is None:
            lines.pop(int(n), None)
        else:
            lines[int(n)] = line_state(SimpleNamespace(**row))
    items = dict(layer.items)
    for k, fields in before.get("items", {}).items():
        key = int(k)
        if fields is None:
            items.pop(key, None)
            continue
        current = item_row(0, items[key]) if key in items else {}
        items[key] = item_state(SimpleNamespace(**(current | fields | {"key": key})))
    return Layer(lines, items, Status(before.get("status", layer.status.value)))
