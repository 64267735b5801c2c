"""Bylines of headlines that no story takes."""

from __future__ import annotations

from proofdesk.domain.model import Page, Role
from proofdesk.parsing import parse_page

# Two headline groups between two stories, each signed: the first heads the story after them, the second shares
# no words with either side and stays alone. Its byline is printed under it, not over the story after.
ROWS = [
    "农村公路建设全面提速",
    "",
    "本报讯 今年全市新建改建农村公路一千公里，群众出行更加方便。",
    "",
    "城市书房开到家门口",
    "■本报记者 王平",
    "",
    "春风又绿江南岸",
    "■本报记者 李明",
    "",
    "本报讯 全市又有十家城市书房开门迎客，读者在城市书房可以借书还书。",
]


def test_the_byline_under_a_headline_left_alone_stays_with_it() -> None:
    layer = parse_page(Page("signed", tuple(ROWS)))
    assert layer.lines[5].item == layer.lines[6].item == layer.lines[11].item
    assert layer.lines[9].role is Role.BYLINE
    assert layer.lines[9].item == layer.lines[8].item != layer.lines[11].item


# Two headline groups read before their bodies: the first headline's words are all in the first body, but its
# reporter opens the second (`本报讯（记者顾雨…）`).
NAMED = [
    "贵阳：惠民见实效—",
    "在十五大精",
    "神指引下胜",
    "利前进-",
    "元旦献辞",
    "一刚刚过去的一年",
    "顾雨",
    "",
    "北国有寒趣南疆闻花",
    "香各地群众喜庆元旦",
    "",
    "据新华社北京1月1日",
    "电1998年元旦之际，从",
    "寒峭的北国大地，到如春的",
    "海南宝岛；从美丽的东海之",
    "滨，到莽莽的西部边，全",
    "国各地各族人民纷纷喜庆佳",
    "节，决心在新的一年里，高",
    "举邓小平理论的伟大旗帜，",
    "在党的十五大精神指引|下胜",
    "利前进。",
    "元旦的北京，节日气氛",
    "格外浓厚。清晨，来自祖国",
    "各地及港澳台地区的4万多",
    "(下转第7版)",
    "",
    "本报讯（记者顾雨通",
    "讯员侯军）我们即将以丰",
    "收的喜悦送走牛年，以昂扬",
    "的斗志迎来虎年。我们伟大",
    "祖国在新的一年，将是充满",
    "生机、充满希望的一年。",
    "（一）刚刚过去的一年，",
    "大气磅礴，波澜壮阔。在这",
    "一年，以江泽民同志为核心",
]


def test_a_headline_read_apart_goes_to_the_story_whose_lead_names_its_reporter() -> None:
    layer = parse_page(Page("named", tuple(NAMED)))
    assert layer.lines[5].role is Role.TITLE
    assert layer.lines[5].item == layer.lines[7].item == layer.lines[27].item != layer.lines[12].item
