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


# Headline groups read one after another before the bodies (an OCR order that reads the headlines first).
STACK = [
    "北大荒粮食三年",
    "连续大幅增产",
    "一去年总产量逾85.",
    "2亿公斤，创下我国农",
    "业最高劳动生产率",
    "刘雨强",
    "",
    "李鹏在北京",
    "考察企业",
    "一向广大职工祝贺新年，",
    "对节日坚守岗位的同志",
    "们表示慰问",
    "●唐峰",
    "",
    "深圳市",
    "凝眸岁月",
    "",
    "北京市",
    "祝愿祖国明天更加繁荣",
    "昌盛香港大学生在京度",
    "佳节",
    "沈芳",
    "",
    "西宁市",
    "重庆：关怀",
    "孤寡老人",
    "●邹远颖",
    "",
    "新华社北京十二月三十",
    "一日电（中央人民广播电台",
    "记者刘振英、新华社记者张",
    "宿堂）今天是一九九七年的",
    "最后一天。辞旧迎新之际，",
    "国务院总理李鹏今天上午来",
    "到北京石景山发电总厂考察，",
    "向广大企业职工表示节日的",
    "祝贺，向将要在节日期间坚",
    "守工作岗位的同志们表示慰",
    "问。",
    "（下转第3版）",
    "本报上海1月1日电记",
    "者龚雯报道：今天，黄浦江",
    "畔的东方明珠电视塔前热闹",
    "非凡，一派节日盛景，’9",
    "8华夏城乡游首迎式在这里",
    "隆重举行。国务委员兼国务",
    "院秘书长罗干、国家旅游局",
    "局长何光、上海市委副书记",
    "龚学平等以及近千名海内外",
    "游客出席了这项欢庆活动。",
    "罗干说，改革开放以来，",
    "中国旅游业取得了很大成绩，",
    "得到了健康发展。在刚刚过",
]


def test_a_deck_wrapped_at_its_column_goes_on_past_a_comma() -> None:
    layer = parse_page(Page("stack", tuple(STACK)))
    assert [layer.lines[n].role for n in (3, 4, 5)] == [Role.SUBTITLE] * 3
    assert layer.lines[6].role is Role.BYLINE
    assert layer.lines[3].item == layer.lines[5].item == layer.lines[6].item == layer.lines[1].item


def test_lines_standing_apart_over_a_name_are_a_headline_and_its_byline() -> None:
    layer = parse_page(Page("stack", tuple(STACK)))
    assert [layer.lines[n].role for n in (19, 20, 21)] == [Role.TITLE] * 3
    assert layer.lines[22].role is Role.BYLINE
    assert layer.lines[19].item == layer.lines[22].item != layer.lines[25].item
