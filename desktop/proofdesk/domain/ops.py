"""Pure edit operations on a layer. Each takes a layer and returns a new one; none changes its input.

Item edits (split, merge, move into, kind, tags) *pin* the items they touch, so a re-parse leaves the
editor's items exactly as they are; lines an editor moved or ignored are marked on the line itself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import fields, replace
from enum import StrEnum
from typing import TypeVar

from ..text.matching import Pattern
from .derive import line_text
from .model import Break, Field, ItemState, Kind, Layer, LineState, Page, Piece, Role, Status, diff, make_layer


class EditProblem(StrEnum):
    """Why an edit does not apply; the window and the command line put it into words."""

    NO_LINE = "no_line"
    """The line is blank or not on the page (`subject`: the line)."""
    NO_ITEM = "no_item"
    """No item with that key on the page (`subject`: the key)."""
    IGNORED_LINE = "ignored_line"
    """The line is ignored and belongs to no item (`subject`: the line)."""
    STARTS_ITEM = "starts_item"
    """The line already starts its item (`subject`: the line)."""
    SAME_ITEM = "same_item"
    """An item cannot be merged with itself."""
    NO_NEIGHBOUR = "no_neighbour"
    """There is no item on that side."""
    NO_LINES = "no_lines"
    """No lines to move."""
    LINE_BREAK = "line_break"
    """A corrected line cannot hold a line break."""
    NO_DOUBT = "no_doubt"
    """None of the lines is a doubt."""
    NOTHING_TO_FIND = "nothing_to_find"
    """A replacement with an empty text to find."""
    NO_PAGE = "no_page"
    """No page is open to edit."""
    CROSSED = "crossed"
    """Edits made on an older copy of the page do not fit the page as another editor left it."""
    LINE_EDGE = "line_edge"
    """A line is cut inside its raw text, not at its start or end (`subject`: the line)."""
    NOT_A_PIECE = "not_a_piece"
    """Only a segment or an added line can be taken away (`subject`: the line)."""


class EditError(ValueError):
    """An edit that does not apply to this layer (unknown line or item, nothing to merge with...): `problem`
    says why, `subject` which line or item when there is one."""

    def __init__(self, problem: EditProblem, subject: int | None = None) -> None:
        super().__init__(problem.value if subject is None else f"{problem.value}: {subject}")
        self.problem = problem
        self.subject = subject


def _next_key(layer: Layer) -> int:
    return max(layer.items, default=0) + 1


def _mark(state: LineState, *fields: Field) -> LineState:
    return replace(state, edited=state.edited | frozenset(fields), confidence=1.0)


def _state(layer: Layer, line: int) -> LineState:
    try:
        return layer.lines[line]
    except KeyError:
        raise EditError(EditProblem.NO_LINE, line) from None


def _item(layer: Layer, key: int) -> ItemState:
    try:
        return layer.items[key]
    except KeyError:
        raise EditError(EditProblem.NO_ITEM, key) from None


def _pinned(items: Iterable[ItemState], keys: Iterable[int]) -> list[ItemState]:
    keys = set(keys)
    return [replace(i, pinned=True) if i.key in keys else i for i in items]


def split_item(layer: Layer, line: int) -> Layer:
    """Start a new item at `line`: it and the later lines of its item move to a new item of the same kind."""
    key = _state(layer, line).item
    if key is None:
        raise EditError(EditProblem.IGNORED_LINE, line)
    members = layer.item_lines(key)
    if members[0] == line:
        raise EditError(EditProblem.STARTS_ITEM, line)
    new = _next_key(layer)
    lines = dict(layer.lines)
    for n in members[members.index(line) :]:
        lines[n] = replace(lines[n], item=new, confidence=1.0)
    items = [*layer.items.values(), ItemState(new, layer.items[key].kind, kind_edited=True)]
    return make_layer(lines, _pinned(items, (key, new)), layer.status)


def merge_items(layer: Layer, keep: int, other: int) -> Layer:
    """Move every line of item `other` into item `keep`; `keep` takes the union of both items' themes."""
    if keep == other:
        raise EditError(EditProblem.SAME_ITEM)
    a, b = _item(layer, keep), _item(layer, other)
    lines = {n: replace(s, item=keep) if s.item == other else s for n, s in layer.lines.items()}
    merged = replace(a, tags=a.tags + tuple(t for t in b.tags if t not in a.tags), pinned=True)
    items = [merged if i.key == keep else i for i in layer.items.values() if i.key != other]
    return make_layer(lines, items, layer.status)


def neighbour(layer: Layer, key: int, step: int) -> int:
    """The item before (`step` -1) or after (+1) item `key` in page order."""
    order = layer.item_order()
    at = order.index(_item(layer, key).key) + step
    if not 0 <= at < len(order):
        raise EditError(EditProblem.NO_NEIGHBOUR)
    return order[at]


def move_lines(layer: Layer, lines_to_move: Iterable[int], target: int | None) -> Layer:
    """Put lines in item `target`, or in a new item (kind article) when `target` is None.

    Ignored lines stay ignored. Items left without lines disappear."""
    moving = sorted(set(lines_to_move))
    if not moving:
        raise EditError(EditProblem.NO_LINES)
    for n in moving:
        _state(layer, n)
    items = list(layer.items.values())
    if target is None:
        target = _next_key(layer)
        items.append(ItemState(target, Kind.ARTICLE, kind_edited=True))
    else:
        _item(layer, target)
    lines = dict(layer.lines)
    for n in moving:
        if lines[n].role is not Role.IGNORED:
            lines[n] = _mark(replace(lines[n], item=target), Field.ITEM)
    return make_layer(lines, _pinned(items, (target,)), layer.status)


def set_role(layer: Layer, lines_to_set: Iterable[int], role: Role) -> Layer:
    """Give lines a role. Ignoring a line takes it out of its item; giving an ignored line a role puts it
    back into the item of the nearest line before it (after it, or a new item, when there is none)."""
    targets = sorted(set(lines_to_set))
    for n in targets:
        _state(layer, n)
    lines = dict(layer.lines)
    items = list(layer.items.values())
    for n in targets:
        state = lines[n]
        if role is Role.IGNORED:
            lines[n] = _mark(replace(state, role=role, item=None), Field.ROLE, Field.ITEM)
            continue
        if state.item is not None:
            lines[n] = _mark(replace(state, role=role), Field.ROLE)
            continue
        item = _item_near(layer.order, lines, items, n)
        lines[n] = _mark(replace(state, role=role, item=item), Field.ROLE, Field.ITEM)
        items = _pinned(items, (item,))
    return make_layer(lines, items, layer.status)


def _item_near(order: Sequence[int], lines: dict[int, LineState], items: list[ItemState], line: int) -> int:
    """The item of the nearest line to `line` that is in one (`_nearest_item`), else a new article added to
    `items`."""
    item = _nearest_item(order, lines, line)
    if item is None:
        item = max((i.key for i in items), default=0) + 1
        items.append(ItemState(item, Kind.ARTICLE, kind_edited=True))
    return item


def _nearest_item(order: Sequence[int], lines: dict[int, LineState], line: int) -> int | None:
    """The item of the nearest line before `line` in page order that is in one, else of the nearest after."""
    at = order.index(line)
    for n in [*reversed(order[:at]), *order[at + 1 :]]:
        if lines[n].item is not None:
            return lines[n].item
    return None


def set_break(layer: Layer, line: int, brk: Break) -> Layer:
    """Set whether the break before `line` is a paragraph break or a soft wrap to be joined."""
    lines = dict(layer.lines)
    lines[line] = _mark(replace(_state(layer, line), brk=brk), Field.BREAK)
    return make_layer(lines, layer.items.values(), layer.status)


def toggle_break(layer: Layer, line: int) -> Layer:
    """Flip the break before `line` between paragraph break and soft wrap (a word joined across a hyphen
    becomes a paragraph break)."""
    current = _state(layer, line).brk
    return set_break(layer, line, Break.JOIN if current is Break.PARAGRAPH else Break.PARAGRAPH)


def join_word(layer: Layer, line: int) -> Layer:
    """Join `line` to the line before it as the rest of a word cut by a hyphen: the hyphen goes, no space is
    put (`PD-` + `CA` reads `PDCA`); again, and the break is a paragraph break."""
    current = _state(layer, line).brk
    return set_break(layer, line, Break.PARAGRAPH if current is Break.HYPHEN else Break.HYPHEN)


def correct_text(layer: Layer, line: int, text: str | None, raw: str) -> Layer:
    """Record a corrected text for `line`; None or the raw text itself removes the correction."""
    if text is not None and "\n" in text:
        raise EditError(EditProblem.LINE_BREAK)
    value = None if text is None or text == raw else text
    lines = dict(layer.lines)
    lines[line] = _mark(replace(_state(layer, line), correction=value), Field.CORRECTION)
    return make_layer(lines, layer.items.values(), layer.status)


def _next_piece_key(page: Page, layer: Layer) -> int:
    return max(len(page.lines), *layer.lines) + 1


def _raw_offset(raw: str, shown: str, at: int) -> int:
    """Where in `raw` the place `at` of its correction `shown` falls (the two aligned character by character)."""
    from difflib import SequenceMatcher

    for tag, raw_from, raw_to, shown_from, shown_to in SequenceMatcher(None, raw, shown, autojunk=False).get_opcodes():
        if shown_from <= at < shown_to or (at == shown_to and tag == "equal"):
            if tag == "equal":
                return raw_from + at - shown_from
            return raw_from if at == shown_from else raw_to
    return len(raw)


def split_line(page: Page, layer: Layer, line: int, at: int) -> Layer:
    """Cut `line` before character `at` of its text as shown (its correction, where there is one) into two
    lines: the text after the cut becomes a segment of the raw line with a paragraph break before it, in the
    same item with the same role, for the editor to give its own role or item. A correction is cut at the
    same place; the raw page is untouched."""
    state = _state(layer, line)
    if state.piece is not None and state.piece.added:
        raise EditError(EditProblem.LINE_EDGE, line)
    raw = layer.raw_text(page, line)
    shown = state.correction if state.correction is not None else raw
    cut = at if state.correction is None else _raw_offset(raw, shown, at)
    if not 0 < cut < len(raw) or not 0 <= at <= len(shown):
        raise EditError(EditProblem.LINE_EDGE, line)
    start = layer.position(line).start + cut
    head, tail = (shown[:at], shown[at:]) if state.correction is not None else (raw[:cut], raw[cut:])
    lines = dict(layer.lines)
    lines[line] = replace(state, correction=None if head == raw[:cut] else head)
    lines[_next_piece_key(page, layer)] = LineState(
        item=state.item,
        role=state.role,
        correction=None if tail == raw[cut:] else tail,
        edited=frozenset({Field.ITEM, Field.ROLE, Field.BREAK}) | (state.edited & {Field.CORRECTION}),
        piece=Piece(layer.position(line).line, start),
    )
    items = layer.items.values() if state.item is None else _pinned(layer.items.values(), (state.item,))
    return make_layer(lines, items, layer.status)


def add_line(page: Page, layer: Layer, line: int, text: str, *, after: bool = False) -> Layer:
    """Add a line the OCR lost (a headline, a word) with `text`, just before `line` (after it with `after`),
    in the item of `line` (the nearest item when `line` is in none) with its role; marked as the editor's."""
    if "\n" in text or "\r" in text:
        raise EditError(EditProblem.LINE_BREAK)
    state = _state(layer, line)
    order = layer.order
    at = order.index(line)
    target = line if not after else (order[at + 1] if at + 1 < len(order) else None)
    place = Piece(len(page.lines) + 1, 0) if target is None else layer.position(target)
    here = [n for n in order if (p := layer.position(n)).added and (p.line, p.start) == (place.line, place.start)]
    index = here.index(target) if target is not None and place.added else len(here)
    lines = dict(layer.lines)
    new = _next_piece_key(page, layer)
    # The added lines at that place are numbered again in their order, the new one among them.
    for seq, n in enumerate([*here[:index], new, *here[index:]]):
        if n != new:
            lines[n] = replace(lines[n], piece=replace(layer.position(n), seq=seq))
    piece = Piece(place.line, place.start, added=True, seq=index)
    items = list(layer.items.values())
    item = state.item if state.item is not None else _item_near(order, lines, items, line)
    role = state.role if state.role is not Role.IGNORED else Role.BODY
    lines[new] = LineState(item=item, role=role, correction=text, edited=frozenset(Field), piece=piece)
    return make_layer(lines, _pinned(items, (item,)), layer.status)


def remove_piece(page: Page, layer: Layer, line: int) -> Layer:
    """Take an added line away, or put a segment's text back at the end of the part of its raw line before
    it (with both corrections joined, where there are any)."""
    state = _state(layer, line)
    piece = state.piece
    if piece is None:
        raise EditError(EditProblem.NOT_A_PIECE, line)
    lines = dict(layer.lines)
    del lines[line]
    if not piece.added:
        before = max(
            (n for n in layer.lines if layer.raw_line(n) == piece.line and layer.position(n).start < piece.start),
            key=lambda n: layer.position(n).start,
        )
        kept = lines[before]
        if kept.correction is not None or state.correction is not None:
            shown = line_text(page, layer, before) + line_text(page, layer, line)
            raw = layer.raw_text(page, before) + layer.raw_text(page, line)
            lines[before] = _mark(replace(kept, correction=None if shown == raw else shown), Field.CORRECTION)
    return make_layer(lines, layer.items.values(), layer.status)


def confirm_doubts(layer: Layer, lines_to_confirm: Iterable[int]) -> Layer:
    """Take the parser's decisions about the doubtful lines among `lines_to_confirm` as the editor's.

    A doubt is the parser's least sure decision about a line: its role, the break before it, or the item it
    went to. Confirming keeps all three as they are: the role and break are marked as the editor's and the
    line's item is pinned, so the line is no longer a doubt and a re-parse changes none of it."""
    targets = sorted(set(lines_to_confirm))
    for n in targets:
        _state(layer, n)
    doubts = set(layer.doubts())
    confirmed = [n for n in targets if n in doubts]
    if not confirmed:
        raise EditError(EditProblem.NO_DOUBT)
    lines = dict(layer.lines)
    items: set[int] = set()
    for n in confirmed:
        state = lines[n]
        if state.item is None:
            lines[n] = _mark(state, Field.ROLE, Field.BREAK, Field.ITEM)
        else:
            lines[n] = _mark(state, Field.ROLE, Field.BREAK)
            items.add(state.item)
    return make_layer(lines, _pinned(layer.items.values(), items), layer.status)


def set_kind(layer: Layer, key: int, kind: Kind) -> Layer:
    """Set an item's kind (article, photo, section, ad)."""
    item = _item(layer, key)
    changed = replace(item, kind=kind, kind_edited=True, pinned=True)
    return make_layer(layer.lines, [changed if i.key == key else i for i in layer.items.values()], layer.status)


def set_tags(layer: Layer, key: int, tags: Iterable[str]) -> Layer:
    """Set an item's confirmed themes (order kept, duplicates dropped)."""
    item = _item(layer, key)
    changed = replace(item, tags=tuple(dict.fromkeys(t for t in tags if t)), pinned=True)
    return make_layer(layer.lines, [changed if i.key == key else i for i in layer.items.values()], layer.status)


def retag_items(layer: Layer, tags: Mapping[int, Sequence[str]]) -> Layer:
    """`layer` with the items of `tags` (by key) carrying those themes: a taxonomy edit (a theme renamed,
    merged or deleted) or its undo. Keys the layer does not have are left out; it is not an editor's decision
    about an item, so `pinned` stays as it was. The same layer when no item's themes change."""
    items = {key: replace(item, tags=tuple(tags[key])) if key in tags else item for key, item in layer.items.items()}
    if all(items[key].tags == item.tags for key, item in layer.items.items()):
        return layer
    return Layer(layer.lines, items, layer.status)


def set_status(layer: Layer, status: Status) -> Layer:
    """Set the page's review status."""
    return Layer(layer.lines, layer.items, status)


def in_review(before: Layer, after: Layer) -> Layer:
    """`after`, an editor's edit of `before`, with the page in review: the first edit of a new page starts
    its review, and an edit of a done page reopens it."""
    if after.status is not before.status or before.status is Status.REVIEW:
        return after
    if not (after.lines != before.lines or after.items != before.items):
        return after
    return set_status(after, Status.REVIEW)


_State = TypeVar("_State", LineState, ItemState)
_Key = TypeVar("_Key")


def reapply(base: Layer, mine: Layer, theirs: Layer) -> Layer:
    """The edits that made `mine` of `base` made again on `theirs` (the page as another editor changed it
    meanwhile): each value of a line or item `mine` changed is taken from it, everything else from `theirs`.
    Raises `EditError(CROSSED)` when both changed one value differently, or when the result is no whole layer
    (a line left in an item the other editor removed, an item left without lines)."""
    change = diff(base, mine)
    lines = dict(theirs.lines)
    for n in change.lines:
        _put(lines, n, _merged(base.lines.get(n), mine.lines.get(n), theirs.lines.get(n)))
    items = dict(theirs.items)
    for k in change.items:
        _put(items, k, _merged(base.items.get(k), mine.items.get(k), theirs.items.get(k)))
    if {s.item for s in lines.values() if s.item is not None} != items.keys():
        raise EditError(EditProblem.CROSSED)
    return Layer(lines, items, mine.status if change.status else theirs.status)


def _merged(base: _State | None, mine: _State | None, theirs: _State | None) -> _State | None:
    """One line's or item's state with the values `mine` changed over `theirs`."""
    if theirs in (base, mine):
        return mine
    if base is None or mine is None or theirs is None:  # added or removed on one side, changed on the other
        raise EditError(EditProblem.CROSSED)
    values = {}
    for name in (f.name for f in fields(base)):
        was, own, other = getattr(base, name), getattr(mine, name), getattr(theirs, name)
        if own != was and other not in (was, own):
            raise EditError(EditProblem.CROSSED)
        values[name] = own if own != was else other
    return replace(theirs, **values)


def _put(states: dict[_Key, _State], key: _Key, state: _State | None) -> None:
    if state is None:
        states.pop(key, None)
    else:
        states[key] = state


def rebase(old: Layer, parsed: Layer) -> Layer:
    """A fresh parse of a page laid under an edited layer: every value an editor set is kept, everything else
    comes from `parsed`.

    Lines an editor placed stay in their items (same keys, kinds and themes). The parser's other items take
    the key of the untouched old item they overlap most, so their themes and kinds survive where the
    grouping did not change; the rest get new keys.
    """
    pinned = {
        n: s
        for n, s in old.lines.items()
        if Field.ITEM in s.edited or (s.item is not None and old.items[s.item].pinned)
    }
    editor_items = {s.item for s in pinned.values() if s.item is not None}
    free = {n: s for n, s in parsed.lines.items() if n not in pinned}

    overlap: dict[tuple[int, int], int] = {}
    for n, s in free.items():
        before = old.lines.get(n)
        if s.item is None or before is None or before.item is None or before.item in editor_items:
            continue
        pair = (s.item, before.item)
        overlap[pair] = overlap.get(pair, 0) + 1
    key_map: dict[int, int] = {}
    taken: set[int] = set()
    for (new, was), _count in sorted(overlap.items(), key=lambda kv: -kv[1]):
        if new not in key_map and was not in taken:
            key_map[new] = was
            taken.add(was)
    fresh = max([*old.items, *editor_items, 0]) + 1
    for new in sorted({s.item for s in free.values() if s.item is not None}):
        if new not in key_map:
            key_map[new] = fresh
            fresh += 1

    lines: dict[int, LineState] = {}
    for n, s in parsed.lines.items():
        if n in pinned:
            s = replace(s, item=pinned[n].item)
        else:
            s = replace(s, item=None if s.item is None else key_map[s.item])
        before = old.lines.get(n)
        lines[n] = s if before is None else _keep_edited(before, s)
    # Segments and added lines are the editor's own: the parser reads only whole raw lines.
    lines.update((n, s) for n, s in old.lines.items() if s.piece is not None)

    items: list[ItemState] = []
    for key in editor_items:
        items.append(old.items[key])
    for new, key in key_map.items():
        parsed_item = parsed.items[new]
        old_item = old.items.get(key)
        if old_item is None:
            items.append(replace(parsed_item, key=key))
        else:
            kind = old_item.kind if old_item.kind_edited else parsed_item.kind
            items.append(replace(old_item, kind=kind))
    return make_layer(lines, items, old.status)


def _keep_edited(before: LineState, parsed: LineState) -> LineState:
    """`parsed`, with the values an editor set in `before` put back."""
    if not before.edited:
        return parsed
    keep = before.edited
    return LineState(
        item=before.item if Field.ITEM in keep else parsed.item,
        role=before.role if Field.ROLE in keep else parsed.role,
        brk=before.brk if Field.BREAK in keep else parsed.brk,
        correction=before.correction if Field.CORRECTION in keep else parsed.correction,
        edited=keep,
        rule=parsed.rule,
        confidence=1.0,
    )


def check_replacement(old: str, new: str) -> None:
    """Raise `EditError` for a replacement that cannot be made on lines: nothing to find, or a line break."""
    if not old:
        raise EditError(EditProblem.NOTHING_TO_FIND)
    if "\n" in old or "\r" in old or "\n" in new or "\r" in new:
        raise EditError(EditProblem.LINE_BREAK)


def replace_text(
    page: Page, layer: Layer, find: Pattern, new: str, only: Collection[int] | None = None
) -> tuple[Layer, list[int]]:
    """Every line whose shown text (its correction, else its raw text) matches `find` (of the lines `only`,
    when given) corrected to that text with each match replaced by `new`, as an editor's correction; the raw
    page is untouched. Returns the new layer and the lines it changed. Raises `PatternError` for a
    replacement naming a group the pattern lacks, `EditError` for one that puts a line break in a line."""
    lines = dict(layer.lines)
    changed: list[int] = []
    for n in layer.order:
        if only is not None and n not in only:
            continue
        state = layer.lines[n]
        raw = layer.raw_text(page, n)
        shown = state.correction if state.correction is not None else raw
        text = find.replaced(shown, new)
        if text != shown:
            if "\n" in text or "\r" in text:
                raise EditError(EditProblem.LINE_BREAK)
            lines[n] = _mark(replace(state, correction=None if text == raw else text), Field.CORRECTION)
            changed.append(n)
    if not changed:
        return layer, []
    return make_layer(lines, layer.items.values(), layer.status), changed
