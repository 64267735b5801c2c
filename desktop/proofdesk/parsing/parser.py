"""Parse a raw page into a layer: items, roles, breaks."""

from __future__ import annotations

from collections.abc import Mapping

from ..domain.model import Break, ItemState, Kind, Layer, LineState, Page, Role, make_layer

PARSER_VERSION = 1


def parse_page(page: Page, idf: Mapping[str, float] | None = None) -> Layer:
    """A complete layer for `page`: every non-blank line in an item. `idf` weighs words by how rare they are
    in the library (used to attach headlines to their bodies)."""
    lines: dict[int, LineState] = {}
    key = 0
    previous_blank = True
    for n, text in enumerate(page.lines, 1):
        if not text.strip():
            previous_blank = True
            continue
        if previous_blank:
            key += 1
        brk = Break.PARAGRAPH if previous_blank else Break.JOIN
        lines[n] = LineState(item=key, role=Role.BODY, brk=brk, rule="blank-line-block", confidence=0.5)
        previous_blank = False
    return make_layer(lines, [ItemState(k, Kind.ARTICLE) for k in range(1, key + 1)])
