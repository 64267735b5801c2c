"""Headline groups in a narrow column's small type: a headline over a deck and a name, standing apart."""

from __future__ import annotations

from proofdesk.domain.model import Page, Role
from proofdesk.parsing import parse_page

# Three headline lines, a deck of two whose dash OCR read as 一, and the reporter's name: six lines in body
# type, over a dateline lead.
ROWS = [
    "今天早晨，香港大学生顶着",
    "寒风在天安门广场参加了庄严的",
    "升国旗仪式，当五星红旗冉冉升",
    "起的时候，许多同学情不自禁地",
    "唱起了国歌。",
    "",
    "谱写脱贫致富新篇章—吕梁",
    "扶贫开发与计划生育相结合",
    "工作纪实",
    "一赖林嵩周美林范双民张振",
    "明",
    "崔颖勇",
    "",
    "新华社拉萨9月12日电山西",
    "省吕梁地区是个贫困大区。全区",
    "13个县市中有9个是贫困县，",
    "其中国家重点扶持的贫困县有7",
    "个。吕梁地区把扶贫开发与计划",
    "生育结合起来，工作纪实如下。",
]


def test_a_deck_under_a_small_headline_does_not_count_against_its_lines() -> None:
    layer = parse_page(Page("deck", tuple(ROWS)))
    assert [layer.lines[n].role for n in (7, 8, 9)] == [Role.TITLE] * 3
    assert [layer.lines[n].role for n in (10, 11)] == [Role.SUBTITLE] * 2
    assert layer.lines[12].role is Role.BYLINE
    assert layer.lines[7].item == layer.lines[12].item == layer.lines[14].item != layer.lines[5].item
