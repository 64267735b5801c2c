"""The check before a page is marked done."""

from __future__ import annotations

from proofdesk.domain import ops
from proofdesk.domain.checks import Check, check_page
from proofdesk.domain.model import Field, ItemState, Kind, Layer, LineState, Page, Role, make_layer

PAGE = Page("p", ("标题", "正文一", "", "■ 记者 甲", "", "小标题", "正文二", "零散"))


def _layer() -> Layer:
    lines = {
        1: LineState(1, Role.TITLE),
        2: LineState(1, Role.BODY),
        4: LineState(2, Role.BYLINE),
        6: LineState(3, Role.HEADING),
        7: LineState(3, Role.BODY, confidence=0.3),
        8: LineState(None, Role.IGNORED),
    }
    return make_layer(lines, [ItemState(1, Kind.ARTICLE), ItemState(2, Kind.ARTICLE), ItemState(3, Kind.ARTICLE)])


def test_findings_name_codes_and_lines() -> None:
    found = {(f.check, f.lines) for f in check_page(PAGE, _layer())}
    assert found == {
        (Check.UNPLACED, (8,)),
        (Check.ORPHAN_BYLINE, (4,)),
        (Check.NO_HEADLINE, (6,)),
        (Check.EDGE_HEADING, (6,)),
        (Check.DOUBTS, (7,)),
    }


def test_a_clean_page_has_no_findings() -> None:
    layer = ops.set_role(_layer(), [8], Role.IGNORED)  # the editor confirms the line is not text
    layer = ops.merge_items(layer, 1, 2)
    layer = ops.merge_items(layer, 1, 3)
    layer = ops.set_role(layer, [6, 7], Role.BODY)
    assert Field.ROLE in layer.lines[8].edited
    assert check_page(PAGE, layer) == []
