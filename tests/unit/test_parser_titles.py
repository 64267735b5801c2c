"""Headlines that look like running text on the page: wrapped at their own measure with a comma between their
clauses, full-width under the page's furniture, or set only a little larger than the body."""

from __future__ import annotations

from proofdesk.domain.model import Break, Page, Role
from proofdesk.parsing import features as f
from proofdesk.parsing import parse_page
from tests.unit.parse_scoring import tuned_on_lines

# A narrow column (paper page 7004): the end of a story, then a headline group whose main title, in large type,
# wraps at its own measure of eight characters, a comma between its clauses, over its byline and dateline lead.
WRAPPED = [
    "侨务工作者发表新年贺词。他代表中华人",
    "民共和国国务院侨务办公室，向广大海外",
    "同胞和国内归侨、侨眷、侨务工作者，致",
    "以亲切的问候和美好的祝愿。",
    "",
    "全总致全国各族职工慰问信",
    "勉励广大职工发挥",
    "工人阶级主力军作",
    "用，为企业改革发",
    "展建功立业",
    "",
    "本报记者周娟本报通讯员周娟",
    "",
    "本报北京1月1日讯中华全国总工会",
    "今日发出《致全国各族职工慰问信》，向",
    "全国各族职工祝贺新年。",
    "慰问信说，实现党的十五大提出的宏",
    "伟目标，必须依靠工人阶级和全体人民的",
    "长期奋斗。工人阶级是我们国家的领导阶",
]


def test_short_lines_as_long_as_each_other_are_a_headline_wrapped_at_its_measure() -> None:
    layer = parse_page(Page("wrapped", tuple(WRAPPED)))
    assert [layer.lines[n].role for n in (7, 8, 9, 10)] == [Role.TITLE] * 4
    assert layer.lines[7].item == layer.lines[10].item == layer.lines[14].item != layer.lines[4].item


# Tesseract on a narrow page (tune pages 9002 and 9001): the page's date, number and section, then its first
# headline on two lines nearly as long as the column, over a story's dateline lead.
UNDER_FURNITURE = [
    "2006年11月12日 星期日",
    "",
    "第12?版",
    "",
    "地方",
    "",
    "九七中国旅游年圆满结束九八华夏",
    "城乡游隆重启幕罗干出席开幕式",
    "",
    "本报重庆工月 2 日电记者李维平",
    "报道: 一项致力于加强城区道路交通",
    "管理，保障道路畅通，改善重庆投资",
    "环境，提高人民生活质量的城市交通",
    "综合整治工程，从上月工 5 日起在重",
    "庆市全面展开。半月以来，通过干警",
    "严格执法，群众密切配合，重庆市区",
    "主干道基本做到了人和车分流，堵塞组",
    "解，废气减少，广大市民十分满意。",
]


def test_full_lines_between_the_page_furniture_and_a_lead_are_a_headline() -> None:
    layer = parse_page(Page("furniture", tuple(UNDER_FURNITURE)))
    assert layer.lines[5].role is Role.SECTION
    assert [layer.lines[n].role for n in (7, 8)] == [Role.TITLE] * 2
    assert layer.lines[7].item == layer.lines[10].item != layer.lines[5].item


Box = tuple[float, float, float, float]

# Tesseract on a narrow page (tune pages 13002 and 9001): a public-service notice, then a headline of two clauses
# (paper page 7004) set in type a third larger than the body's, over a story. Boxes as Tesseract gave them; the
# headline's as it gave the lines of a headline in that type (tune page 9001).
NOTICE_THEN_HEADLINE: list[tuple[str, Box | None]] = [
    ("公益广告", (314, 2641, 152, 37)),
    ("保护环境 人人有责", (251, 2712, 278, 52)),
    ("绿水青山就是金山银山", (221, 2774, 337, 51)),
    ("中国文明网", (513, 2838, 144, 28)),
    ("", None),
    ("勉励广大职工发挥工人阶级主力军", (2204, 2569, 581, 58)),
    ("作用，为企业改革发展建功立业", (2204, 2621, 542, 58)),
    ("", None),
    ("本报重庆工月 2 日电记者李维平", (2264, 2704, 416, 45)),
    ("报道: 一项致力于加强城区道路交通", (2203, 2751, 478, 46)),
    ("管理，保障道路畅通，改善重庆投资", (2203, 2797, 477, 46)),
    ("环境，提高人民生活质量的城市交通", (2203, 2842, 478, 47)),
    ("综合整治工程，从上月工 5 日起在重", (2203, 2889, 478, 46)),
    ("庆市全面展开。半月以来，通过干警", (2203, 2935, 478, 46)),
    ("严格执法，群众密切配合，重庆市区", (2203, 2981, 477, 46)),
    ("主干道基本做到了人和车分流，堵塞组", (2203, 3027, 478, 46)),
    ("解，废气减少，广大市民十分满意。", (2203, 3073, 459, 46)),
]


def test_a_line_of_han_characters_in_type_a_quarter_larger_than_the_body_is_no_running_text() -> None:
    page = Page("notice", tuple(text for text, _ in NOTICE_THEN_HEADLINE))
    boxes = {n: box for n, (_, box) in enumerate(NOTICE_THEN_HEADLINE, 1) if box is not None}
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (1, 2, 3, 4)] == [Role.AD] * 4  # who placed it, in small type
    assert [layer.lines[n].role for n in (6, 7)] == [Role.TITLE] * 2
    assert layer.lines[6].item == layer.lines[9].item != layer.lines[1].item
    # From the text alone, the lines with a comma inside read as running text.
    assert parse_page(page).lines[6].role is Role.BODY


# RapidOCR on a narrow page (paper page 7004): the end of a story cut off at its module, then a kicker over a
# headline of two clauses wrapped on two lines, each line shorter than twice the kicker, and a byline.
KICKER_OVER_TWO_LINES = [
    "贺词说，即将过去的1997年是我",
    "国历史发展上的重要一年。我国恢复对香",
    "港行使主权，五星红旗在香港庄严升起，",
    "饱受屈辱的香港终于又回到了祖国的怀抱；「友好、合作、交流，促进祖国和平统一大",
    "",
    "全总致全国各族职工慰问信",
    "勉励广大职工发挥工人阶级主力军",
    "作用，为企业改革发展建功立业",
    "本报记者周娟本报通讯员周娟",
    "",
    "本报北京1月1日讯中华全国总工会",
    "今日发出《致全国各族职工慰问信》，向",
    "全国各族职工祝贺新年。",
]


def test_a_phrase_over_a_headline_of_two_clauses_twice_as_long_over_its_lines_is_its_kicker() -> None:
    layer = parse_page(Page("kicker", tuple(KICKER_OVER_TWO_LINES)))
    assert layer.lines[6].role is Role.KICKER
    assert [layer.lines[n].role for n in (7, 8)] == [Role.TITLE] * 2


# Tesseract on a one-column page (tune page 1010): a page header that prints the page's section with the date
# and number, then the first headline over its writer's name, set apart by a blank from the text.
HEADER_WITH_SECTION = [
    "2019年10月28日 星期一            第9版                               社会",
    "",
    "凝腺光月",
    "口 粒砂",
    "",
    "“爆竹声中一岁除，春风送暖入履苏。”旧岁要去，新年又来。在这个日",
    "子，心中有一丝莫名无言的激动，我明明知道自己从中获得了什么，可一时又",
    "说不清获得的究竟是些什么”是丰裕的物质，还是高洁的精神?我默然。此刻，",
    "我倒觉得自己有点儿自私了，我每时每刻都从慈爱而宽容的岁月中索取了很多",
]


def test_a_short_line_under_a_header_that_names_the_section_already_is_a_headline() -> None:
    layer = parse_page(Page("header", tuple(HEADER_WITH_SECTION)))
    assert layer.lines[1].role is Role.SECTION
    assert layer.lines[3].role is Role.TITLE and layer.lines[4].role is Role.BYLINE
    assert layer.lines[3].item == layer.lines[6].item != layer.lines[1].item


# RapidOCR on a narrow page (tune pages 1004, 9008 and 1003): the end of a story, then a kicker ending on its
# dash over a headline of two lines nearly as long as the column, a blank, and the story's dateline lead.
KICKER_OVER_FULL_LINES = [
    "务院十分关心西藏的灾情和救灾工作，",
    "指示全力做好救灾工作。自治区各级",
    "政府正在全力组织抗灾，力争降低特",
    "大雪灾造成的损失。",
    "",
    "南京—",
    "华夏城乡游首迎式在沪举行罗干及",
    "近千名海内外游客出席欢庆活动",
    "",
    "本报上海1月1日电记者龚",
    "雯报道：今天，黄浦江畔的东方",
    "明珠电视塔前热闹非凡，一派节",
    "日盛景，’98华夏城乡游首迎",
    "式在这里隆重举行。国务委员兼",
    "国务院秘书长罗干、国家旅游局",
    "局长何光、上海市委副书记龚学",
]


def test_full_lines_under_a_kicker_over_a_lead_are_its_headline() -> None:
    layer = parse_page(Page("kicker", tuple(KICKER_OVER_FULL_LINES)))
    assert layer.lines[6].role is Role.KICKER
    assert [layer.lines[n].role for n in (7, 8)] == [Role.TITLE] * 2
    assert layer.lines[6].item == layer.lines[10].item != layer.lines[4].item


# Tesseract on a one-column page (tune page 9009): the end of a story, then a kicker over a headline of two
# clauses wrapped after its comma, and the story's lead under a blank.
WRAPPED_AFTER_COMMA = [
    "《华澳日报》的评论特别引述江主席新年讲话: 『实现祖国的完全",
    "统一，是海内外全体中国人的共同心愿。通过中简双方的合作和努力，",
    "按照【一国两制方针和澳门《基本法》，一九九九年十二月澳门的回",
    "归一定能够顺利实现。4",
    "",
    "北大荡粮食三年连续大幅增产",
    "去年总产量逾8 5， 2 亿公斤，",
    "创下我国农业最高劳动生产率",
    "",
    "本报讯北大芒经受洪送灾害的严峻考验，粮食连续 3 年大幅度增产。",
    "1 9 9 7年的总产量逾8 5 2 亿公斤，比上年增长 1 3 亿公斤。",
]


def test_a_headline_of_two_clauses_wrapped_after_its_comma_over_a_lead_is_a_headline() -> None:
    layer = parse_page(Page("comma", tuple(WRAPPED_AFTER_COMMA)))
    assert layer.lines[6].role is Role.KICKER
    assert [layer.lines[n].role for n in (7, 8)] == [Role.TITLE] * 2
    assert layer.lines[6].item == layer.lines[10].item != layer.lines[4].item


# Tesseract on a narrow page (tune page 13001): a kicker over a headline in large type wrapped over two lines,
# the second shorter, that Tesseract read with a blank between them (the leading of large type); the
# headline's text wrapped a character later than on the page, its boxes as wide as its characters.
WRAPPED_ACROSS_A_BLANK: list[tuple[str, Box | None]] = [
    ("针得到落实，一切正按正常轨道", (1027, 1344, 418, 46)),
    ("朝着美好明天发展。社评认为，", (1027, 1390, 399, 46)),
    ("这一切都是港人在新的一年以至", (1027, 1436, 418, 46)),
    ("今后更长日子的信心源泉。", (1029, 1481, 337, 47)),
    ("", None),
    ("南昌-一", (1640, 211, 129, 34)),
    ("", None),
    ("中港集团中标吐乌大", (1479, 264, 451, 80)),
    ("", None),
    ("高等级公路项目", (1529, 332, 351, 80)),
    ("本报记者 罗国健", (1597, 414, 217, 47)),
    ("本报通讯员 田艳", (1597, 460, 217, 47)),
    ("", None),
    ("本报讯记者陈陆军报道: 日", (1556, 533, 353, 46)),
    ("前，中港集团在新疆吐乌大高等", (1495, 578, 417, 47)),
    ("级公路交通工程项目的国际招标", (1495, 629, 418, 28)),
    ("中一举中标，并签定总承包合同。", (1497, 671, 427, 46)),
]


def test_a_shorter_line_in_the_headlines_type_a_blank_under_it_ends_the_headline() -> None:
    page = Page("across", tuple(text for text, _ in WRAPPED_ACROSS_A_BLANK))
    boxes = {n: box for n, (_, box) in enumerate(WRAPPED_ACROSS_A_BLANK, 1) if box is not None}
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (6, 8, 10, 11)] == [Role.KICKER, Role.TITLE, Role.TITLE, Role.BYLINE]
    assert layer.lines[8].item == layer.lines[10].item == layer.lines[14].item != layer.lines[4].item


# A narrow page (tune pages 1004, 9003 and 1001): the end of a story, a place standing over a headline as short
# as itself, each set apart by a blank as Tesseract reads large type, and the headline's story.
PLACE_OVER_SHORT_HEADLINE = [
    "务院十分关心西藏的灾情和救灾工作，",
    "指示全力做好救灾工作。自治区各级",
    "政府正在全力组织抗灾，力争降低特",
    "大雪灾造成的损失。",
    "",
    "北京市",
    "",
    "致读者",
    "",
    "本报讯〈记者 胡浩 通讯员",
    "刘志玉) 1 9 9 7年本报国际年",
    "终报道于昨天结束。这次年终报",
    "道得到广大读者、有关部门领导",
    "和专家学者的热情支持。本报记",
]


def test_a_place_over_a_headline_as_short_as_itself_is_its_kicker() -> None:
    layer = parse_page(Page("place", tuple(PLACE_OVER_SHORT_HEADLINE)))
    assert [layer.lines[n].role for n in (6, 8)] == [Role.KICKER, Role.TITLE]
    assert layer.lines[6].item == layer.lines[10].item != layer.lines[4].item


# Headline groups read before their bodies (RapidOCR headlines first, tune page 1004), with a headline of two
# clauses wrapped after its comma under its kicker (tune page 9009) standing among them.
STACKED = [
    "2011年2月24日星期四",
    "第14版",
    "副刊",
    "",
    "老挝国会主席会见何鲁丽",
    "龚思",
    "",
    "北大荡粮食三年连续大幅增产",
    "去年总产量逾8 5， 2 亿公斤，",
    "创下我国农业最高劳动生产率",
    "",
    "人车分流减少堵塞净化环",
    "境重庆综合整治市区交通",
    "■本报记者韩雪怡",
    "",
    "祝愿祖国明天更加繁荣昌",
    "盛香港大学生在京度佳节",
]


def test_unpunctuated_lines_between_headline_groups_are_a_headline() -> None:
    layer = parse_page(Page("stacked", tuple(STACKED)))
    assert [layer.lines[n].role for n in (8, 9, 10)] == [Role.KICKER, Role.TITLE, Role.TITLE]
    assert layer.lines[8].item == layer.lines[10].item not in (layer.lines[5].item, layer.lines[12].item)


# A page with a paragraph per line (a development page's text as an engine that writes paragraphs gives it):
# the last line is what a column's end left of a paragraph, a question and the start of its answer.
PARAGRAPH_PAGE_CUT = [
    "据新华社伊斯兰堡1月1日电（记者杨士龙）新当选的巴基斯坦总统拉菲克·塔拉尔今天在这里宣誓就职。他是巴建国以来的第九任总统。",
    "就职仪式今天上午在位于伊斯兰堡市中心的总统府大厅举行。塔拉尔在代理总统瓦西姆和总理谢里夫等的陪同下步入宽豪华的大厅时，"
    "在场的近百名政府要员、反对党领导人、社会名流不约而同地全体起立行注目礼，同时乐队高奏巴基斯坦国歌。",
    "",
    "才有资格从岁月那里分享到一份喜悦一份收成！",
    "岁月的流逝显得凄美而沉毅，荣辱与成败交替，诞生与消亡轮回。就在这岁月的流逝中，在这凝眸与沉思的过程中，面对岁月，"
    "我只有拼搏只有真诚！这是生命的唯一，我别无选择。",
    "罗月是什么？是我们挥汗如雨",
]
# The same kind of page: a headline of two clauses parted by a comma under its kicker, over its deck.
PARAGRAPH_PAGE_HEADLINE = [
    "第8版社会",
    "1999年10月6日星期三",
    "",
    "北大荒粮食三年连续大幅增产",
    "去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率",
    "—为了使粮食不断增产",
    "本报记者向军远向志婷",
    "",
    "本报讯北大荒经受洪涝灾害的严峻考验，粮食连续3年大幅度增产。1997年的总产量逾85．2亿公斤，比上年增长13亿公斤。",
    "为了使粮食不断增产，黑龙江农垦局近几年积极推进体制改革，下力气完善大农场套小农场的双层经营体制，"
    "建起大农场经营资产，小农场经营生产的新格局。",
]


def test_on_a_page_of_a_paragraph_per_line_a_line_with_a_sentence_inside_is_running_text() -> None:
    layer = parse_page(Page("p", tuple(PARAGRAPH_PAGE_CUT)))
    assert layer.lines[6].role is Role.BODY
    assert layer.lines[6].item == layer.lines[5].item


def test_on_a_page_of_a_paragraph_per_line_two_clauses_parted_by_a_comma_may_be_a_headline() -> None:
    layer = parse_page(Page("p", tuple(PARAGRAPH_PAGE_HEADLINE)))
    assert layer.lines[5].role is Role.TITLE
    assert layer.lines[5].item == layer.lines[9].item


# A narrow page read headlines first (RapidOCR, tune page 17004): between two signed headline groups, two
# headlines with no byline, one of full lines, the other of two lines, none of them punctuated.
STACK_OF_PLAIN_BLOCKS = [
    "王沪宁出席两岸融合发",
    "展示范区建设专题推进",
    "会",
    "■本报记者杨静颖",
    "",
    "中国在联合国人权理事",
    "会作共同发言反对双重",
    "标准",
    "",
    "习近平向墨西哥当选",
    "总统辛鲍姆致贺电",
    "",
    "“三北”工程攻坚",
    "战取得阶段性进展",
    "●孔欣",
    "",
    "今天（6月2日），甲辰年",
    "世界华人炎帝故里寻根节在",
    "湖北随州举行。来自海内外",
    "华人华侨及社会各界代表约",
    "2500人共同拜谒华夏始祖",
    "炎帝神农，祈福中华。随州",
    "炎帝祭典为国家级非物质文",
]


def test_unpunctuated_blocks_between_signed_headline_groups_are_headlines() -> None:
    layer = parse_page(Page("stack", tuple(STACK_OF_PLAIN_BLOCKS)))
    assert [layer.lines[n].role for n in (6, 7, 8, 10, 11)] == [Role.TITLE] * 5
    assert layer.lines[6].item != layer.lines[10].item


# A narrow page read by a strict XY-cut (RapidOCR, tune page 9003): a label, a place as kicker, a headline of
# three lines, its writer's bare name and the dateline lead follow one another with no blank between them.
KICKER_NAME_LEAD = [
    "在党的十五大精神指引下胜",
    "利前进。",
    "（下转第13版）",
    "",
    "创品牌",
    "北京市",
    "祝愿祖国明天更加繁荣",
    "昌盛香港大学生在京度",
    "佳节",
    "沈芳",
    "新华社北京1月1日电",
    "(江涛、曹斌）昨晚，第一",
    "次来到首都北京的50多名",
    "香港大学生，和北京航空航",
    "天大学的同学们在《歌唱祖",
    "国》的歌声中一起迎接19",
    "98年的到来。",
]


def test_lines_under_a_place_kicker_over_a_name_and_a_lead_are_its_headline_and_byline() -> None:
    layer = parse_page(Page("kicker", tuple(KICKER_NAME_LEAD)))
    assert [layer.lines[n].role for n in (7, 8, 9, 10)] == [Role.TITLE, Role.TITLE, Role.TITLE, Role.BYLINE]
    assert layer.lines[6].item == layer.lines[9].item == layer.lines[10].item == layer.lines[12].item


# Tesseract on a one-column page (tune page 9009): after a finished story, a headline group whose main title of
# two clauses wraps after its comma, a blank, its reporters' byline, a blank, and the story's `本报讯` lead.
OVER_BYLINE_AND_LEAD = [
    "《华澳日报》的评论特别引述江主席新年讲话: 『实现祖国的完全",
    "统一，是海内外全体中国人的共同心愿。通过中简双方的合作和努力，",
    "按照【一国两制方针和澳门《基本法》，一九九九年十二月澳门的回",
    "归一定能够顺利实现。4",
    "",
    "北大荡粮食三年连续大幅增产",
    "去年总产量逾8 5， 2 亿公斤，",
    "创下我国农业最高劳动生产率",
    "",
    "本报记者 郑玉欣 本报通讯员 吴斌伟",
    "",
    "本报讯北大芒经受洪送灾害的严峻考验，粮食连续 3 年大幅度增产。",
    "1 9 9 7年的总产量逾8 5 2 亿公斤，比上年增长 1 3 亿公斤。",
]


def test_a_headline_of_two_clauses_over_a_byline_over_a_lead_is_a_headline() -> None:
    layer = parse_page(Page("signed", tuple(OVER_BYLINE_AND_LEAD)))
    assert layer.lines[7].role is Role.TITLE and layer.lines[8].role is Role.TITLE
    assert layer.lines[6].item == layer.lines[10].item == layer.lines[12].item != layer.lines[4].item


# A narrow page read headlines first (RapidOCR, tune page 17003): the last headline of the stack, of full lines
# with no punctuation but its brackets, over the first body's indented first line.
LAST_OF_THE_STACK = [
    "我国支付便利化水平持续提升",
    "本报记者潘浩郭芳晨",
    "",
    "贵阳市",
    "科技创新引领新质生",
    "产力发展显现新成效",
    "",
    "中共中央办公厅印发《全国",
    "党政领导班子建设规划纲要",
    "(2024—2028年）》",
    "",
    "我国是世界上荒漠化最严重",
    "的国家之一，而荒漠化土地主要",
    "分布在三北地区，也就是西北、",
    "华北和东北。一年前的今天（6",
    "月6日），习近平总书记发出打",
]


def test_an_unpunctuated_block_between_the_headline_groups_and_an_indented_paragraph_is_a_headline() -> None:
    layer = parse_page(Page("last", tuple(LAST_OF_THE_STACK)))
    assert [layer.lines[n].role for n in (8, 9, 10)] == [Role.TITLE] * 3
    assert layer.lines[12].role is Role.BODY and layer.lines[8].item != layer.lines[5].item


# Tesseract on a page of wide columns (tune page 9006): a caption over a credit OCR garbled, a line of noise from
# the photo, then a headline printed right over its story's dateline lead, no blank between them.
RIGHT_OVER_A_LEAD = [
    "未接到一宗对电子“警察”的投诉。",
    "电子“警察”参与该市交通管理后，路口的违章率平均下降达4 5",
    "《下转第5版)",
    "",
    "元旦来临，安徽省合肥市长江路悬挂起3 3 0 0 芝大红灯笼，为节日营",
    "造出“千厚灯笼凌空舞，十里长街别样红”的欢乐祥和气氛。",
    "国 汤飞ja 钱静摄",
    "",
    "人     乌        乌        一一",
    "胜利海上油田产油创新高",
    "本报济南十二月三十一日电截至一九九七年十二月三十一日，胜利",
    "海上油田全年共生产原油一百五十万零一百吨，超计划一百吨。与上年",
    "同期相比，海上油田的年产能力增加了五十万吨。",
]


def test_a_line_right_over_a_dateline_lead_after_a_blank_is_its_headline() -> None:
    layer = parse_page(Page("over-lead", tuple(RIGHT_OVER_A_LEAD)))
    assert layer.lines[10].role is Role.TITLE
    assert layer.lines[10].item == layer.lines[11].item != layer.lines[6].item


def test_a_headline_whose_last_line_is_shorter_than_the_one_above_ends_there() -> None:
    # A round-8 tune page read headlines first: three headlines of two lines each, a blank between them, then
    # their stories. `更多公共机构关闭` is shorter than `美国政府“停摆”持续`: the headline ended, and
    # `青海因地制宜加快建`, a blank under it and as long, is the next headline, not a line of the same.
    raw = tuned_on_lines("tabloid_rapidocr_rtop_33011")
    assert raw[3:11] == [
        "美国政府“停摆”持续",
        "更多公共机构关闭",
        "",
        "青海因地制宜加快建",
        "设现代化产业体系",
        "",
        "假期首日高速公路新能源汽车",
        "充电量同比增长41.95%",
    ]
    layer = parse_page(Page("headlines first", tuple(raw)))
    titles = [layer.lines[n] for n in (4, 5, 7, 8, 10, 11)]
    assert all(line.role is Role.TITLE for line in titles), [line.role for line in titles]
    assert len({line.item for line in titles}) == 3
    assert layer.lines[4].item == layer.lines[13].item  # the story opening `…美国联邦政府“停摆”进入`
    assert layer.lines[7].item == layer.lines[23].item  # `本报讯（记者贾丽）“十四五”期间，青海…`


def test_a_shorter_headline_line_ending_in_the_middle_of_a_word_goes_on_across_the_blank() -> None:
    # Tesseract: `互致咒电 李强同萨摩` is shorter than the line above it but ends in the middle of `萨摩亚`,
    # which the headline prints whole: `亚总理互致咒电`, a blank under it, is the same headline's last line.
    raw = tuned_on_lines("narrow_tesseract_tess_29201")
    assert raw[146:151] == ["习近平同萨摩亚国家元", "首就中萨建交50周年", "互致咒电 李强同萨摩", "", "亚总理互致咒电"]
    layer = parse_page(Page("tesseract", tuple(raw)))
    headline = [layer.lines[n] for n in (147, 148, 149, 151)]
    assert all(line.role is Role.TITLE for line in headline) and len({line.item for line in headline}) == 1


def test_a_headline_line_ending_in_the_middle_of_a_word_the_story_wraps_at_the_same_place_goes_on() -> None:
    # Headlines first: `李希会见津` / `巴布韦总统`, a blank, then the next headline. The story wraps `津巴布韦`
    # at the same place (`…活动的津` / `巴布韦总统姆南加古瓦。`), so no line holds `津巴`: three characters
    # across the cut, read across the story's line ends, tell that the headline goes on.
    raw = tuned_on_lines("narrow_rapidocr_rtop_25003")
    assert raw[26:30] == ["李希会见津", "巴布韦总统", "", "节前旅游市场热度"]
    assert raw[52].endswith("活动的津") and raw[53].startswith("巴布韦总统")
    layer = parse_page(Page("rtop", tuple(raw)))
    assert layer.lines[28].role is Role.TITLE and layer.lines[28].item == layer.lines[27].item
    assert layer.lines[30].item != layer.lines[27].item


def test_a_headline_line_that_ends_like_a_units_name_but_reads_as_words_is_no_signature() -> None:
    # `夏粮丰收已成定局` ends in `局` as `北京市公安局` does, but reads as words from end to end (夏粮 丰收 已成
    # 定局): the second line of the headline over the byline `■本报记者徐艳`, not a unit signing it.
    assert f.is_org_name("北京市公安局") and f.is_org_name("市委办公室第一党支部")
    assert not f.is_org_name("夏粮丰收已成定局")
    raw = tuned_on_lines("tabloid_rapidocr_rxy_17011")
    assert raw[4:9] == ["大规模小麦机收结束", "", "夏粮丰收已成定局", "", "■本报记者徐艳"]
    layer = parse_page(Page("rxy", tuple(raw)))
    assert layer.lines[7].role is Role.TITLE and layer.lines[7].item == layer.lines[5].item
    assert layer.lines[9].role is Role.BYLINE


def test_a_headline_line_of_a_units_kind_alone_is_no_signature() -> None:
    # A narrow headline wraps `稳健开局` with `局` alone on its last line, under `村经济实现稳健开`: `局` is what
    # `北京市公安局` ends in, with no name before it. The line is the headline's.
    assert not f.is_org_name("局") and not f.is_org_name("市局") and f.is_org_name("公安局")
    raw = tuned_on_lines("narrow_rapidocr_rcol_53003")
    assert raw[92:96] == ["长春—", "一季度我国农业农", "村经济实现稳健开", "局"]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert layer.lines[96].role is Role.TITLE and layer.lines[96].item == layer.lines[94].item


def test_a_headline_line_ending_like_a_unit_that_goes_on_a_word_of_the_line_above_is_no_signature() -> None:
    # Tesseract, a wide page: `第五届中国国际消费` / `品博览会明天开馆` ends in `馆` as a museum's name does, but
    # its first character goes on the word `消费品` the story prints whole: the headline's second line.
    raw = tuned_on_lines("wide_tesseract_tess_53005")
    assert raw[6:9] == ["第五届中国国际消费", "品博览会明天开馆", ""] and "消费品" in raw[9]
    assert f.is_org_name("品博览会明天开馆")
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[8].role is Role.TITLE and layer.lines[8].item == layer.lines[7].item


def test_a_headline_with_a_deck_holding_commas_right_over_the_lead_that_takes_up_its_words_is_a_headline() -> None:
    # A wide page read by rows: after a blank, `北大荒粮食三年连续大幅增产`, its deck `一去年总产量逾85．2亿公斤，
    # 创下…` (the dash read as 一, a comma inside) and the lead `本报讯北大荒…粮食连续3年大幅度增产。`. The deck's
    # comma does not make the block running text.
    raw = tuned_on_lines("wide_rapidocr_rxy_13008")
    assert raw[21:24] == ["", "北大荒粮食三年连续大幅增产", "一去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率"]
    assert raw[24].startswith("本报讯北大荒")
    layer = parse_page(Page("rxy", tuple(raw)))
    assert layer.lines[23].role is Role.TITLE and layer.lines[24].role is Role.SUBTITLE
    assert layer.lines[23].item == layer.lines[25].item != layer.lines[21].item


def test_a_headline_wrapped_after_its_colon_right_under_a_kicker_is_its_headline() -> None:
    # Columns read one after another: the kicker `合肥：攻坚开新局—` right over `第十五届全国运动会：` /
    # `今天共产生27枚金牌`, a headline of two parts wrapped after its colon, then a blank and its story.
    raw = tuned_on_lines("narrow_rapidocr_rcol_29203")
    assert raw[113:117] == ["合肥：攻坚开新局—", "第十五届全国运动会：", "今天共产生27枚金牌", ""]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert layer.lines[115].role is Role.TITLE and layer.lines[116].role is Role.TITLE
    assert layer.lines[114].item == layer.lines[115].item == layer.lines[116].item == layer.lines[118].item


def test_a_headline_whose_words_a_column_joined_onto_another_story_holds_takes_that_column() -> None:
    # Columns read one after another: the headline `丁薛祥出席2025年全球服务贸易峰会…` stands over another
    # story's text and shares next to no words with its neighbours; its story is a column further on, which
    # read on from `…河下游干流及西霞院` (the Yellow River story, cut off mid-sentence) as if it went on there.
    raw = tuned_on_lines("narrow_rapidocr_rcol_25004")
    assert raw[116:120] == ["丁薛祥出席202", "5年全球服务贸", "易峰会并发表主", "旨讲话"]
    assert raw[153].startswith("河下游干流及西霞院") and raw[155].startswith("2025年全球服务贸易峰")
    layer = parse_page(Page("columns", tuple(raw)))
    assert layer.lines[117].role is Role.TITLE
    assert layer.lines[117].item == layer.lines[156].item == layer.lines[184].item
    assert layer.lines[143].item == layer.lines[154].item != layer.lines[156].item  # `黄河下游防洪工程…`


def test_a_headline_that_shares_no_words_with_its_only_neighbour_goes_to_the_story_that_holds_them() -> None:
    # Columns read one after another: under a label, `杭州市 / 韩正访问科威特` stands over a column that goes
    # on from another story in mid-sentence (`理方面展现更大作为…`, the Shanghai Cooperation Organisation
    # story), its only neighbour, which holds none of its words. Its story is the `新华社杭州…电` lead further on.
    raw = tuned_on_lines("narrow_rapidocr_rcol_29204")
    assert raw[69:72] == ["杭州市", "韩正访问科威特", "钟敏梅"] and raw[104].startswith("新华社杭州")
    layer = parse_page(Page("columns", tuple(raw)))
    assert layer.lines[71].role is Role.TITLE and layer.lines[71].item == layer.lines[105].item
    assert layer.lines[74].item != layer.lines[71].item


def test_two_headlines_printed_before_their_stories_cut_them_at_the_blank_where_a_sentence_seemed_to_go_on() -> None:
    # Headlines first: `俄称对乌多地实施打击…` and `各粮食主产区加强田管 力保秋粮稳产增收`, then the two stories
    # one after the other. The first is cut off at a comma (`…俄军人员驻扎点、`) and the second, a blank
    # under it, reads on as if it went on: the two headlines' words part at that blank, not a paragraph before.
    raw = tuned_on_lines("tabloid_rapidocr_rtop_25012")
    assert raw[20].endswith("俄军人员驻扎点、") and raw[21] == "" and raw[22].startswith("秋粮产量占全年粮食")
    layer = parse_page(Page("headlines first", tuple(raw)))
    assert layer.lines[5].item == layer.lines[17].item == layer.lines[20].item == layer.lines[21].item
    assert layer.lines[9].item == layer.lines[23].item != layer.lines[21].item


def test_two_headlines_side_by_side_read_row_by_row_are_two_headlines() -> None:
    # Strict XY-cut: two headlines printed side by side are read a row of one, a row of the other. Each row
    # ends where the row a line further down goes on (`炎帝故|里寻根节`, `当选|总统`, `随州举|行`: the stories
    # print those words whole), never where the next line does (`故|习`).
    raw = tuned_on_lines("narrow_rapidocr_rxy_17004")
    assert raw[6:11] == ["甲辰年世界华人炎帝故", "习近平向墨西哥当选", "里寻根节在湖北随州举", "总统辛鲍姆致贺电", "行"]
    layer = parse_page(Page("rows", tuple(raw)))
    first, second = (7, 9, 11), (8, 10)
    assert all(layer.lines[n].role is Role.TITLE for n in first + second)
    assert len({layer.lines[n].item for n in first}) == 1 and len({layer.lines[n].item for n in second}) == 1
    assert layer.lines[7].item != layer.lines[8].item
    assert layer.lines[12].item == layer.lines[7].item  # the byline under the lower headline's last row


def test_a_headline_of_lines_that_go_on_from_each_other_stays_one() -> None:
    # `明天气象预报 (工月2日` / `2 0时一3日2 0时)`: line ends that make no pair of Han characters say nothing
    # of rows, though the line after next (`一天气趋势分析`, the deck) makes one the page prints (`日一`).
    raw = tuned_on_lines("narrow_tesseract_tess_13001")
    assert raw[115].startswith("明天气象预报") and raw[116] == "2 0时一3日2 0时)" and raw[117] == "一天气趋势分析"
    layer = parse_page(Page("weather", tuple(raw)))
    assert layer.lines[116].role is layer.lines[117].role is Role.TITLE
    assert layer.lines[116].item == layer.lines[117].item


def test_a_headline_ending_on_ju_as_the_state_of_things_is_no_signature() -> None:
    # RapidOCR, a wide page: the kicker `呼和浩特—` over `前两个月我国工业经济实现良好开局`, then `■本报记者…`.
    # The headline ends in `局` as `北京市公安局` does, but 开局 is the start of things, not a bureau.
    assert not f.is_org_name("前两个月我国工业经济实现良好开局") and not f.is_org_name("加快构建新发展格局")
    assert f.is_org_name("北京市公安局") and f.is_org_name("国家统计局")
    raw = tuned_on_lines("wide_rapidocr_rxy_57007")
    assert raw[27:31] == ["呼和浩特—", "前两个月我国工业经济实现良好开局", "", "■本报记者袁梅婷"]
    layer = parse_page(Page("rxy", tuple(raw)))
    assert layer.lines[28].role is Role.KICKER and layer.lines[29].role is Role.TITLE
    assert layer.lines[29].item == layer.lines[28].item == layer.lines[31].item


def test_a_place_and_slogan_over_a_headline_wrapped_in_lines_shorter_than_it_is_its_kicker() -> None:
    # RapidOCR, a narrow page: `济南：实干开新局` over `中美在法国巴黎` / `举行经贸商`, a headline wrapped at its
    # column. Each of its lines is shorter than the kicker; the headline is not.
    raw = tuned_on_lines("narrow_rapidocr_rcol_57004")
    assert raw[23:27] == ["济南：实干开新局", "中美在法国巴黎", "举行经贸商", ""]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert layer.lines[24].role is Role.KICKER
    assert layer.lines[25].role is Role.TITLE and layer.lines[26].role is Role.TITLE
    assert layer.lines[24].item == layer.lines[25].item == layer.lines[28].item


def test_a_place_and_slogan_cut_in_mid_word_is_a_headline_line_not_a_kicker() -> None:
    # RapidOCR, a narrow page: `外国政要回首1997` / `年俄总统：经济停止下` / `滑趋势`. The second line reads as a
    # place and a slogan, but it goes on from the line above and into the next (下滑, printed whole in the story).
    raw = tuned_on_lines("narrow_rapidocr_rcol_9003")
    assert raw[209:212] == ["外国政要回首1997", "年俄总统：经济停止下", "滑趋势"]
    assert f.is_dash_kicker(raw[210]) and any("下滑" in line for line in raw[212:])
    layer = parse_page(Page("rcol", tuple(raw)))
    assert [layer.lines[n].role for n in (210, 211, 212)] == [Role.TITLE] * 3
    assert layer.lines[210].item == layer.lines[211].item == layer.lines[212].item


def test_a_headline_line_that_reads_as_two_names_run_together_is_no_byline() -> None:
    # Tesseract, a tabloid page: the page header with its month misread (`2002年绷20日星期二”第3版 经济`), then
    # `西安一` / `“赏花+”激活` / `文旅消费活力` / `国 本报记者 魏洋建`. `文旅消` and `费活力` would be two names,
    # but the language's word 消费 spans their cut: the headline's second line.
    raw = tuned_on_lines("tabloid_tesseract_tess_57010")
    assert raw[2:6] == ["西安一", "“赏花+”激活", "文旅消费活力", "国 本报记者 魏洋建"]
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[1].role is Role.SECTION
    assert layer.lines[4].role is Role.TITLE and layer.lines[5].role is Role.TITLE
    assert layer.lines[4].item == layer.lines[5].item == layer.lines[6].item
    assert layer.lines[6].role is Role.BYLINE


def test_a_blank_under_a_kicker_that_ends_in_its_dash_and_a_number_wrapped_at_its_point_keep_the_headline() -> None:
    # Tesseract, a wide page: `贵阳-一`, a blank, then `全国已夏播粮食2.` / `7亿亩 进度过半` (2.7亿亩 wrapped at
    # its decimal point), a blank and the story's lead. A kicker that ends in its dash stands over a headline.
    raw = tuned_on_lines("wide_tesseract_tess_45005")
    assert raw[48:53] == ["贵阳-一", "", "全国已夏播粮食2.", "7亿亩 进度过半", ""]
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[49].role is Role.KICKER
    assert layer.lines[51].role is Role.TITLE and layer.lines[52].role is Role.TITLE
    assert layer.lines[49].item == layer.lines[51].item == layer.lines[52].item == layer.lines[54].item


def test_an_unpunctuated_block_under_a_jump_line_that_the_text_below_names_is_a_headline() -> None:
    # RapidOCR, a narrow page read column by column: `（下转第13版）` ends a column, then two full lines with no
    # punctuation, `第十一个全民国家安全教育日各` / `地各部门多形式开展国家安全教育`, a blank, and the story that
    # takes up their words. No sentence runs on under a jump line: the lines are the next story's headline.
    raw = tuned_on_lines("narrow_rapidocr_rcol_61003")
    assert raw[127:133] == [
        "（下转第13版）",
        "",
        "第十一个全民国家安全教育日各",
        "地各部门多形式开展国家安全教育",
        "",
        "今天（2026年4月15日）是第十",
    ]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert layer.lines[130].role is Role.TITLE and layer.lines[131].role is Role.TITLE
    assert layer.lines[130].item == layer.lines[133].item != layer.lines[128].item


def test_plain_lines_after_a_finished_story_over_a_reporters_byline_standing_apart_are_a_headline() -> None:
    # Tesseract, a narrow page that reads a blank between most lines: `…进一步巩固。`, a blank, three lines with no
    # punctuation (the last short of its column, as a paragraph's last line would be), a blank, the reporters'
    # byline, a blank, and the story. No paragraph ends without its stop and over its reporters: a headline.
    raw = tuned_on_lines("narrow_tesseract_tess_61102")
    assert raw[237:246] == [
        "进一步巩固。",
        "",
        "美以袭击伊朗石化设施和布什尔核",
        "电站 伊朗称使用多型号导弹和无人",
        "机打击美以目标",
        "",
        "本报记者 程林伟 本报通讯员 看传记",
        "",
        "美国和以色列4日空袭了伊朗西南",
    ]
    layer = parse_page(Page("tess", tuple(raw)))
    assert [layer.lines[n].role for n in (240, 241, 242, 244)] == [Role.TITLE] * 3 + [Role.BYLINE]
    assert layer.lines[240].item == layer.lines[244].item == layer.lines[246].item != layer.lines[238].item


def test_plain_full_lines_under_a_jump_line_over_a_deck_and_its_byline_are_a_headline() -> None:
    # Tesseract, a narrow page: `（下转第11版）` ends a column, then two full lines with no punctuation, a blank,
    # a deck whose dash was read as `一` and the reporter's byline under it. Full lines may be a paragraph cut
    # by a blank, but under a jump line and over a deck and its byline they are the group's headline.
    raw = tuned_on_lines("narrow_tesseract_tess_57002")
    assert raw[91:99] == [
        "",
        "(下转第11版)",
        "",
        "美以打击伊朗指挥中心等目标 伊朗",
        "使用“泥石 ”导弹打击以色列目标",
        "",
        "一以色列国防军称",
        "口 武兰记",
    ]
    layer = parse_page(Page("tess", tuple(raw)))
    assert [layer.lines[n].role for n in (95, 96, 99)] == [Role.TITLE, Role.TITLE, Role.BYLINE]
    assert layer.lines[98].role is Role.SUBTITLE
    assert layer.lines[95].item == layer.lines[98].item == layer.lines[99].item != layer.lines[93].item


def test_bare_names_closing_the_lines_under_a_kicker_are_the_headlines_byline() -> None:
    # RapidOCR, a tabloid page read headlines first: `郑州—` / `一季度全国共1.` / `85亿人次出入境` / `彭洋斌`, then a
    # blank. The lines under the kicker are its headline (the number wrapped at its point); the names are its byline.
    raw = tuned_on_lines("tabloid_rapidocr_rtop_61011")
    assert raw[7:12] == ["郑州—", "一季度全国共1.", "85亿人次出入境", "彭洋斌", ""]
    layer = parse_page(Page("rtop", tuple(raw)))
    assert [layer.lines[n].role for n in (8, 9, 10, 11)] == [Role.KICKER, Role.TITLE, Role.TITLE, Role.BYLINE]
    assert layer.lines[8].item == layer.lines[11].item


def test_one_full_line_between_a_finished_story_and_the_text_that_takes_up_its_words_is_a_headline() -> None:
    # Tesseract, a narrow page: `…汇聚16.4万公里地下管网数据。`, a blank, `一季度全国共1.85亿人次出入境` (a
    # headline read as one line, wider than the column), a blank, and `今年一季度，全国共1.85亿` / `人次出入境，…`.
    # A line as wide as the column may be a paragraph's, cut there; but no sentence runs into this one, and the
    # text under it takes up its words, which the text above does not.
    raw = tuned_on_lines("narrow_tesseract_tess_61001")
    assert raw[55:61] == [
        "汇聚16.4万公里地下管网数据。",
        "",
        "一季度全国共1.85亿人次出入境",
        "",
        "今年一季度，全国共1.85亿",
        "人次出入境，同比上升13.5%;",
    ]
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[58].role is Role.TITLE
    assert layer.lines[58].item == layer.lines[60].item != layer.lines[56].item


def test_two_headline_groups_read_by_turns_are_two_headlines_over_the_columns_read_by_turns() -> None:
    # RapidOCR, a narrow page in strict XY-cut order: two stories printed side by side, their headline groups
    # and then their columns read a line of one, a line of the other. `杭州：实干谱新篇` is the second group's
    # kicker, read between the first headline's first two lines.
    raw = tuned_on_lines("narrow_rapidocr_rxy_57003")
    assert raw[240:246] == [
        "习近平在参加江苏代表团审议",
        "杭州：实干谱新篇",
        "时强调经济大省要在研究新情",
        "全国政协十四届常委",
        "况解决新问题上下功夫出经验",
        "会第十六次会议举行",
    ]
    assert raw[251:255] == [
        "在的十四届全国人大四次会议江苏",
        "协第十四届全国委员会常务委员会",
        "代表团审议时强调，完成“十五五”",
        "第十六次会议10日下午在北京举",
    ]
    layer = parse_page(Page("rxy", tuple(raw)))
    first, second = layer.lines[241].item, layer.lines[244].item
    assert first != second
    assert [layer.lines[n].item for n in (241, 243, 245)] == [first] * 3
    assert [layer.lines[n].role for n in (241, 243, 245)] == [Role.TITLE] * 3
    assert [layer.lines[n].item for n in (242, 244, 246)] == [second] * 3
    assert layer.lines[242].role is Role.KICKER
    # Their columns, read by turns, go each under its own headline.
    assert [layer.lines[n].item for n in (252, 254, 256, 258)] == [first] * 4
    assert [layer.lines[n].item for n in (253, 255, 257, 259)] == [second] * 4


def test_a_headline_line_of_digits_and_quotes_is_measured_by_its_width_not_its_characters() -> None:
    # RapidOCR, a narrow page: a headline of four lines, `国务院成立湖南长沙浏阳市` / `华盛烟花制造燃放有限公司` /
    # `“5·4”特别重大爆炸事故调` / `查组`. Its third line holds two characters more than the lines above, which
    # would make it a deck in smaller type, but its digits and its point print half an em wide: it is as wide.
    raw = tuned_on_lines("narrow_rapidocr_rcol_65004")
    assert raw[152:156] == ["国务院成立湖南长沙浏阳市", "华盛烟花制造燃放有限公司", "“5·4”特别重大爆炸事故调", "查组"]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert [layer.lines[n].role for n in (153, 154, 155, 156)] == [Role.TITLE] * 4


def test_a_headline_line_ending_on_a_function_word_goes_on_in_the_next_line_not_a_deck() -> None:
    # RapidOCR, a wide page: `苦干实干敬业奉献为` / `实现宏伟蓝图而不懈奋斗` / `口董飞刚`. On a page whose lines
    # may each be a paragraph, a display line right under a headline is its deck; but no headline ends on 为.
    raw = tuned_on_lines("wide_rapidocr_rcol_65008")
    assert raw[26:29] == ["苦干实干敬业奉献为", "实现宏伟蓝图而不懈奋斗", "口董飞刚"]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert layer.lines[27].role is Role.TITLE and layer.lines[28].role is Role.TITLE
    assert layer.lines[28].brk is Break.JOIN


def test_a_headline_wrapped_at_the_dot_of_a_name_is_a_headline() -> None:
    # RapidOCR, a narrow page read column by column: the headline wraps a Uyghur name at its dot, a line ending on
    # punctuation as running text's lines do; the story's dated lead follows it.
    raw = tuned_on_lines("narrow_rapidocr_rcol_73004")
    assert raw[197:200] == ["“七一勋章”获得者吾哈斯·", "苏来曼：马背上的健康卫士", ""]
    layer = parse_page(Page("rcol", tuple(raw)))
    assert [layer.lines[n].role for n in (198, 199)] == [Role.TITLE, Role.TITLE]
    assert layer.lines[198].item == layer.lines[201].item != layer.lines[196].item


def test_a_headline_with_an_enumeration_comma_in_a_stack_of_headlines_is_one() -> None:
    # RapidOCR, headlines first: `赵乐际会见越共中央总` / `书记、国家主席苏林` between two headline groups, its
    # `、` the only punctuation: a headline as the unpunctuated blocks of the stack are.
    raw = tuned_on_lines("narrow_rapidocr_rtop_61003")
    assert raw[32:34] == ["赵乐际会见越共中央总", "书记、国家主席苏林"]
    layer = parse_page(Page("rtop", tuple(raw)))
    assert layer.lines[33].role is Role.TITLE and layer.lines[34].role is Role.TITLE


def test_a_place_alone_taken_for_a_headline_is_a_kicker() -> None:
    # Tesseract, a narrow page: `兰州市` over a headline the classifier took for names (`韩正同文莱王`); left a
    # headline of its own, it says only where. A place and a slogan is a headline (`重庆：关怀孤寡老人`).
    raw = tuned_on_lines("narrow_tesseract_tess_65001")
    assert raw[169] == "兰州市"
    assert parse_page(Page("tess", tuple(raw))).lines[170].role is Role.KICKER
    raw = tuned_on_lines("tabloid_rapidocr_rcol_9011")
    assert raw[3] == "重庆：关怀孤寡老人"
    assert parse_page(Page("rcol", tuple(raw))).lines[4].role is Role.TITLE
