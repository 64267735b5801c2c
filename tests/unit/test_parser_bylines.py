"""Bylines of headlines that no story takes, and bylines without a mark under a headline."""

from __future__ import annotations

from proofdesk.domain.derive import derive
from proofdesk.domain.model import Page, Role
from proofdesk.parsing import parse_page
from tests.unit.parse_scoring import tuned_on_lines

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


# A signature printed right under the story's author note, set apart by a blank from the column of another story
# that follows (read column by column).
SIGNED = [
    "2014年8月11日星期一",
    "第9版",
    "地方",
    "豪华的贺卡多了，人们的心态又转向崇尚朴素、简洁之美。尤其",
    "是那些自制的贺卡，更能体现收发人之间纯真的友谊。在我收到的一",
    "大贺卡中，就有一些朋友自制的以树叶、彩布条和香烟盒纸为材料",
    "的贺卡，做工虽简，其情却浓。我曾帮助过的一位苗族小姑娘，每年",
    "她都要从遥远的苗家山寨寄来一张自制的贺卡，上面用树叶拼成一个",
    "个美丽的图案，写上一两句简洁的祝语——素洁、清新，无色彩却",
    "有情趣。一位画家寄来的贺卡，上面是他设计创作的一幅画，画面是",
    "两把富有抽象意味的雨伞，伞罩相交，伞的弯柄，互相朝里相亲，伞",
    "上是细细的雨滴。画的下边写着一行小字：“人生旅途难免遇到风风",
    "雨雨，相依掺扶才能共创风和日丽。”原来，这是对我们家庭的祝福。",
    "（作者系银川市作家协会会员）",
    "●向贤彪",
    "",
    "我党我军全心全意为人民服务的宗旨，体现了与社会主义市场经济相",
    "适应的时代精神。",
    "于永波指出，我军是一支英雄模范辈出的军队，用先进典型教育",
    "部队是我军政治工作的优良传统。他说，要充分发挥先进典型的示范、",
    "激励、感召作用，在部队营造学习先进、奋发向上的良好风气。要把",
    "向英雄模范学习同做好部队的各项工作紧密结合起来，爱岗敬业，在",
    "各自的岗位上为军队和国防建设贡献聪明才智，按照江主席“五句话”",
    "的总要求，推动部队全面建设。总政副主任周子玉、唐天标、袁守芳",
    "等参加了会见。",
]


def test_a_byline_right_under_a_story_and_apart_from_the_next_signs_the_story_above() -> None:
    layer = parse_page(Page("signed", tuple(SIGNED)))
    assert layer.lines[15].role is Role.BYLINE
    assert layer.lines[15].item == layer.lines[14].item == layer.lines[4].item != layer.lines[17].item


# A narrow page read column by column (RapidOCR, tune page 13004): an essay's headline of one line with the
# writer's pen name printed under it, then the essay.
PEN_NAME = [
    "自1995年开工以来，全线已完",
    "成土建工程的90%以上。",
    "",
    "青岛：惠民谱新篇",
    "—",
    "巴基斯坦新总",
    "统宣誓就职",
    "本报记者董峰本报通讯员徐雪雪",
    "",
    "凝眸岁月",
    "粒砂",
    "",
    "“爆竹声中一岁除，春风送暖",
    "入屠苏。”旧岁要去，新年又来。",
    "在这个日子，心中有一丝莫名无言",
    "的激动，我明明知道自己从中获得",
    "了什么，可一时又说不清获得的究",
    "竟是些什么？是丰裕的物质，还是",
    "高洁的精神？我默然。此刻，我倒",
]


def test_two_characters_under_a_headline_of_one_line_are_the_writers_pen_name() -> None:
    layer = parse_page(Page("pen", tuple(PEN_NAME)))
    assert [layer.lines[n].role for n in (10, 11)] == [Role.TITLE, Role.BYLINE]
    assert layer.lines[6].role is Role.TITLE and layer.lines[7].role is Role.TITLE
    assert layer.lines[10].item == layer.lines[11].item == layer.lines[13].item


def test_a_headlines_last_line_that_reads_as_a_name_but_finishes_a_word_is_no_byline() -> None:
    # RapidOCR, a narrow page read headlines first: `“5·4”特别重大爆炸事故调` / `查组` / `●孙红`. 查组 reads as a
    # name (查 is a surname), but with the line above it makes 调查组, a word of the language: the headline's end.
    raw = tuned_on_lines("narrow_rapidocr_rtop_65004")
    assert raw[15:20] == [
        "国务院成立湖南长沙浏阳市",
        "华盛烟花制造燃放有限公司",
        "“5·4”特别重大爆炸事故调",
        "查组",
        "●孙红",
    ]
    layer = parse_page(Page("rtop", tuple(raw)))
    assert layer.lines[19].role is Role.TITLE and layer.lines[19].item == layer.lines[16].item
    assert layer.lines[20].role is Role.BYLINE


def test_a_mark_tesseract_read_as_a_character_and_two_at_signs_opens_a_byline() -> None:
    # `人@@莫洋艳`: the ● read as 人 and @@ (`和@@ 至明旭` on another page). Not a headline's third line; the
    # byline's text is the reporter's name alone.
    raw = tuned_on_lines("narrow_tesseract_tess_41002")
    assert raw[83:86] == ["李强会见希", "上副总理", "人@@莫洋艳"]
    page = Page("tess", tuple(raw))
    layer = parse_page(page)
    assert [layer.lines[n].role for n in (84, 85, 86)] == [Role.TITLE, Role.TITLE, Role.BYLINE]
    article = next(a for a in derive(page, layer) if a.title == "李强会见希上副总理")
    assert article.byline == "莫洋艳"


def test_a_mark_tesseract_read_as_a_character_and_one_at_sign_opens_a_byline() -> None:
    # `人@陶远阳`: the mark read as 人 and a single @, under a headline of two lines and over its story.
    raw = tuned_on_lines("narrow_tesseract_tess_33001")
    assert raw[302:308] == ["新线带动旅游热", "假期客流持续增长", "", "人@陶远阳", "", "本报讯〈记者 陶远阳 通讯"]
    page = Page("tess", tuple(raw))
    layer = parse_page(page)
    assert layer.lines[306].role is Role.BYLINE and layer.lines[306].item == layer.lines[303].item
    article = next(a for a in derive(page, layer) if a.title == "新线带动旅游热假期客流持续增长")
    assert article.byline == "陶远阳"
