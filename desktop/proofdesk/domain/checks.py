"""What looks wrong on a page before the editor marks it done.

`check_page` is pure: it returns codes and line numbers, and the window puts them into words. Each finding
points at the lines the editor should look at, so the window can take the editor to them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .model import Field, Kind, Layer, Page, Role


class Check(StrEnum):
    UNPLACED = "unplaced"
    """Non-blank lines in no item that no editor chose to ignore (or with no state at all)."""
    NO_HEADLINE = "no-headline"
    """An article without a title line."""
    ORPHAN_BYLINE = "orphan-byline"
    """An item made only of byline or credit lines: a byline or credit that lost its article or photo."""
    EDGE_HEADING = "edge-heading"
    """A heading that is the first or last line of its item: it may be a headline, or belong next door."""
    DOUBTS = "doubts"
    """Parser decisions below the confidence threshold that no editor has looked at."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to look at: what (`check`), where (`lines`, 1-based, in raw order) and in which item
    (`item`: the layer key, None when the lines are in no item)."""

    check: Check
    lines: tuple[int, ...]
    item: int | None = None


_CREDITS = frozenset({Role.BYLINE, Role.CREDIT})


def check_page(page: Page, layer: Layer) -> list[Finding]:
    """Findings in page order of the items, each check at most once per item."""
    findings: list[Finding] = []
    unplaced = [
        n
        for n in page.content_lines()
        if n not in layer.lines or (layer.lines[n].item is None and Field.ROLE not in layer.lines[n].edited)
    ]
    if unplaced:
        findings.append(Finding(Check.UNPLACED, tuple(unplaced)))
    for key in layer.item_order():
        members = [n for n in layer.item_lines(key) if layer.lines[n].role is not Role.IGNORED]
        if not members:
            continue
        roles = {layer.lines[n].role for n in members}
        kind = layer.items[key].kind
        if roles <= _CREDITS:
            findings.append(Finding(Check.ORPHAN_BYLINE, tuple(members), key))
        elif kind is Kind.ARTICLE and Role.TITLE not in roles:
            findings.append(Finding(Check.NO_HEADLINE, (members[0],), key))
        edges = sorted({members[0], members[-1]})
        headings = tuple(n for n in edges if layer.lines[n].role is Role.HEADING)
        if headings:
            findings.append(Finding(Check.EDGE_HEADING, headings, key))
    doubts = layer.doubts()
    if doubts:
        findings.append(Finding(Check.DOUBTS, tuple(doubts)))
    return findings
