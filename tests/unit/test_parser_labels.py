"""Column labels, leads and captions as pages of another source print them: each rule on real lines of a
development page (`tests/data/dev/tune`) read by RapidOCR or Tesseract."""

from __future__ import annotations

from proofdesk.domain.model import Page, Role
from tests.unit.parse_scoring import DATA
from tests.unit.test_parser_rules import parse

TUNE = DATA / "dev" / "tune"


def tune_page(name: str) -> tuple[str, ...]:
    return tuple((TUNE / f"{name}.txt").read_text(encoding="utf-8").split("\n"))


def test_a_longer_label_standing_alone_over_a_headline_group_of_its_own_is_a_section() -> None:
    # A narrow page read column by column: the eight-character label `新思想引领新征程` between blanks, over a
    # headline group that opens with its kicker `深圳市`, and again over `贵阳市`'s group.
    raw = tune_page("narrow_rapidocr_rcol_17003")
    assert raw[196] == "新思想引领新征程" and raw[198] == "深圳市" and raw[239] == "新思想引领新征程"
    layer, articles = parse(Page("label", raw))
    assert layer.lines[197].role is Role.SECTION and layer.lines[240].role is Role.SECTION
    assert {"开创美丽中国建设新局面", "科技创新引领新质生产力发展显现新成效"} <= {a.title for a in articles}


def test_a_longer_label_over_a_headline_with_its_byline_is_a_section() -> None:
    # A wide page read column by column: `新思想引领新征程` between blanks over `各地多措并举持续增进民生福社`
    # and its byline `●姜勇艳`.
    raw = tune_page("wide_rapidocr_rcol_17008")
    assert raw[41] == "新思想引领新征程" and raw[44] == "●姜勇艳"
    layer, articles = parse(Page("label", raw))
    assert layer.lines[42].role is Role.SECTION
    assert "各地多措并举持续增进民生福社" in {a.title for a in articles}
