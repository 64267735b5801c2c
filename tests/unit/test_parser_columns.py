"""Columns of one story side by side, on a page with line boxes: the next column of a module goes on the story
of the column left of it, wherever the OCR order put it."""

from __future__ import annotations

from typing import Any

from proofdesk.domain.model import Page
from proofdesk.parsing import parse_page

# A story in two columns under a headline over the first, read column by column: its first column, then the
# story printed under it, then its second column (which starts a sentence, so its words alone say nothing).
MODULE = [
    ("农村公路建设全面提速", (100, 100, 400, 60)),
    ("",),
    ("本报讯 今年全市新建改建农村公路一千公里。", (100, 200, 400, 36)),
    ("各地把农村公路建设同乡村振兴结合起来。", (100, 240, 400, 36)),
    ("",),
    ("城市书房开到家门口", (100, 400, 400, 60)),
    ("",),
    ("本报讯 全市又有十家城市书房开门迎客。", (100, 500, 400, 36)),
    ("读者在这里可以借书还书，也可以上网。", (100, 540, 400, 36)),
    ("",),
    ("沿线的群众出行更加方便，家家户户有了新路。", (600, 200, 400, 36)),
    ("农产品运得出、卖得好，游客也多了起来。", (600, 240, 400, 36)),
]


def _page(rows: list[tuple[Any, ...]]) -> tuple[Page, dict[int, tuple[float, float, float, float]]]:
    page = Page("module", tuple(row[0] for row in rows))
    return page, {n: row[1] for n, row in enumerate(rows, 1) if len(row) > 1}


def test_the_next_column_of_a_module_goes_on_the_story_left_of_it() -> None:
    page, boxes = _page(MODULE)
    without, layer = parse_page(page), parse_page(page, None, None, boxes)
    assert without.lines[11].item == without.lines[8].item  # by the text alone, on the story before it
    assert layer.lines[11].item == layer.lines[12].item == layer.lines[3].item == layer.lines[1].item
    assert layer.lines[8].item != layer.lines[3].item


def test_a_column_under_a_headline_of_its_own_stays_a_story() -> None:
    rows = [*MODULE[:10], ("科技馆迎来参观高峰", (600, 100, 400, 60)), ("",), *MODULE[10:]]
    page, boxes = _page(rows)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[13].item != layer.lines[3].item
