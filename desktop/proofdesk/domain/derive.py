"""The one function that turns raw page + layer into clean items. The window, the exports and the tests all
read items through `derive`, so what the editor sees is what is exported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..text.cleaning import BYLINE_MARK, HYPHEN_END, MISREAD_MARK, clean, join_lines, undouble
from .model import Break, Kind, Layer, Page, Role

# Roles whose units are running text, exported as paragraphs in raw order.
TEXT_ROLES = frozenset({Role.BODY, Role.HEADING, Role.NOTE, Role.CAPTION, Role.AD, Role.SECTION})


@dataclass(frozen=True, slots=True)
class Unit:
    """A run of lines read as one piece of text: a paragraph, a headline, a byline..."""

    role: Role
    lines: tuple[int, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One item of a page as it is exported. `number` is its 1-based position on the page (the export's `item`);
    `key` the layer key (`LineState.item`), which stays with the item through edits."""

    page: str
    number: int
    key: int
    kind: Kind
    kicker: str
    title: str
    subtitle: str
    byline: str
    paragraphs: tuple[str, ...]
    units: tuple[Unit, ...]
    tags: tuple[str, ...]
    source_lines: tuple[int, ...]
    """The raw lines the item was built from (a line cut into segments once, however many it gave)."""

    @property
    def text(self) -> str:
        """Headlines and paragraphs as one string (for theme suggestion and search)."""
        return "\n".join(p for p in (self.kicker, self.title, self.subtitle, *self.paragraphs) if p)


def line_text(page: Page, layer: Layer, line: int) -> str:
    """The text of a line as the editor left it: the correction where there is one, else the raw text."""
    state = layer.lines[line]
    return state.correction if state.correction is not None else layer.raw_text(page, line)


def _joined(page: Page, layer: Layer, lines: Sequence[int]) -> str:
    """The text of a unit's lines joined; a line whose break is a hyphen join continues the word before it."""
    parts: list[str] = []
    for n in lines:
        text = line_text(page, layer, n)
        if parts and layer.lines[n].brk is Break.HYPHEN:
            parts[-1] = HYPHEN_END.sub("", parts[-1].rstrip()) + text.strip()
        else:
            parts.append(text)
    return join_lines(parts)


def units_of(page: Page, layer: Layer, lines: Sequence[int]) -> list[Unit]:
    """An item's lines (in page order) grouped into units: a line joins the unit before it when its break is a
    soft wrap and the item's previous line had the same role."""
    groups: list[tuple[Role, list[int]]] = []
    for n in lines:
        state = layer.lines[n]
        if state.role is Role.IGNORED:
            continue
        if groups and state.brk.joins() and groups[-1][0] is state.role:
            groups[-1][1].append(n)
        else:
            groups.append((state.role, [n]))
    units = []
    for role, lines in groups:
        text = clean(_joined(page, layer, lines))
        if role in (Role.BYLINE, Role.CREDIT):
            text = MISREAD_MARK.sub("", BYLINE_MARK.sub("", text))
        elif role in (Role.KICKER, Role.TITLE, Role.SUBTITLE):
            text = undouble(text)
        if text:
            units.append(Unit(role, tuple(lines), text))
    return units


def derive_item(page: Page, layer: Layer, key: int, position: int, lines: Sequence[int]) -> Article:
    """Item `key` (whose lines are `lines`, in page order) as clean text; `position` is its 1-based place."""
    units = units_of(page, layer, lines)
    item = layer.items[key]
    by_role: dict[Role, list[str]] = {}
    for unit in units:
        by_role.setdefault(unit.role, []).append(unit.text)
    paragraphs = [u.text for u in units if u.role in TEXT_ROLES]
    title = " ".join(by_role.get(Role.TITLE, []))
    if item.kind in (Kind.SECTION, Kind.AD) and not title and paragraphs:
        title, paragraphs = paragraphs[0], paragraphs[1:]
    return Article(
        page=page.name,
        number=position,
        key=key,
        kind=item.kind,
        kicker=" ".join(by_role.get(Role.KICKER, [])),
        title=title,
        subtitle=" ".join(by_role.get(Role.SUBTITLE, [])),
        byline=" ".join(u.text for u in units if u.role in (Role.BYLINE, Role.CREDIT)),
        paragraphs=tuple(paragraphs),
        units=tuple(units),
        tags=item.tags,
        source_lines=tuple(sorted({raw for n in lines if (raw := layer.raw_line(n)) is not None})),
    )


def derive(page: Page, layer: Layer) -> list[Article]:
    """Every item of the page as clean text, in page order."""
    members: dict[int, list[int]] = {}
    for n in layer.order:
        key = layer.lines[n].item
        if key is not None:
            members.setdefault(key, []).append(n)
    # Dicts keep insertion order, and lines were visited in page order: items come in page order.
    return [derive_item(page, layer, key, i, lines) for i, (key, lines) in enumerate(members.items(), 1)]
