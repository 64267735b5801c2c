"""The parser with the size of the type on the scan: headlines are set far larger than the running text."""

from __future__ import annotations

from collections.abc import Sequence

from proofdesk.domain.model import Break, Page, Role
from proofdesk.parsing import parse_page
from proofdesk.parsing.profile import Line, profile_page

# RapidOCR on a narrow page: two headline groups, the second's headline in large type, and a story. Real lines
# and boxes (x, y, width, height).
GROUPS = [
    ("北大荒粮食三年", (899, 218, 368, 58)),
    ("连续大幅增产", (928, 283, 312, 61)),
    ("一去年总产量逾85.", (920, 356, 324, 40)),
    ("2亿公斤，创下我国农", (925, 402, 328, 40)),
    ("业最高劳动生产率", (953, 445, 268, 41)),
    ("刘雨强", (1020, 496, 133, 42)),
    ("", None),
    ("李鹏在北京", (105, 223, 329, 70)),
    ("考察企业", (136, 309, 272, 77)),
    ("一向广大职工祝贺新年，", (94, 402, 345, 35)),
    ("对节日坚守岗位的同志", (101, 444, 335, 40)),
    ("们表示慰问", (185, 487, 172, 41)),
    ("●唐峰", (217, 535, 105, 43)),
    ("", None),
    ("新华社北京十二月三十", (147, 610, 305, 43)),
    ("一日电（中央人民广播电台", (92, 660, 358, 35)),
    ("记者刘振英、新华社记者张", (91, 706, 361, 35)),
    ("宿堂）今天是一九九七年的", (87, 750, 363, 40)),
    ("最后一天。辞旧迎新之际，", (91, 799, 343, 35)),
    ("国务院总理李鹏今天上午来", (91, 844, 361, 35)),
    ("到北京石景山发电总厂考察，", (87, 888, 373, 40)),
    ("向广大企业职工表示节日的", (91, 937, 361, 35)),
    ("祝贺，向将要在节日期间坚", (91, 982, 361, 35)),
    ("守工作岗位的同志们表示慰", (91, 1028, 359, 35)),
    ("问。", (85, 1071, 51, 42)),
]


Box = tuple[float, float, float, float]


def _page(rows: Sequence[tuple[str, Box | None]]) -> tuple[Page, dict[int, Box]]:
    page = Page("groups", tuple(text for text, _ in rows))
    return page, {n: box for n, (_, box) in enumerate(rows, 1) if box is not None}


def test_the_type_size_is_the_boxs_height_or_its_width_per_em_where_that_is_less() -> None:
    page, boxes = _page(GROUPS)
    lines = profile_page(page, None, boxes).lines
    by_text = {line.text: line for line in lines}
    assert _scale(by_text["考察企业"]) > 1.8 and 0.9 < _scale(by_text["记者刘振英、新华社记者张"]) < 1.1
    # A box over two printed lines of the body (as Tesseract gives some) is high, but no wider per character.
    merged = dict(boxes)
    merged[17] = (91, 706, 361, 80)
    lines = profile_page(page, None, merged).lines
    assert _scale(lines[15]) < 1.1
    assert all(line.scale is None for line in profile_page(page).lines)  # no boxes: no size known


def _scale(line: Line) -> float:
    assert line.scale is not None
    return line.scale


# Tesseract on a narrow page: a kicker in type a little larger than the body's over a headline in large type,
# and a headline of two lines in large type a blank apart.
KICKER = [
    ("深刻理解，并在此基础上追求时代的理想和精", (1388, 2163, 601, 45)),
    ("神性的力作。", (1387, 2209, 163, 46)),
    ("", None),
    ("我国将实行", (2036, 2076, 176, 54)),
    ("度", (2035, 2128, 33, 34)),
    ("", None),
    ("李铁映等向第一批获得", (2036, 2186, 569, 81)),
    ("资格证书的代表颁证", (2036, 2262, 511, 80)),
    ("", None),
    ("本报北京1 2月3 1 日讯记者陈陆军从广", (2096, 2363, 536, 45)),
    ("播电影电视部获悉: 自19 9 8年1月1日起，", (2035, 2409, 610, 45)),
    ("我国将用 3 年时间在广播影视系统陆续实行播", (2035, 2455, 598, 47)),
    ("音员主持人持证上岗制度。", (2036, 2506, 338, 28)),
    ("", None),
    ("九七中国旅游年圆满结束九八华夏", (545, 2759, 986, 93)),
    ("", None),
    ("城乡游隆重启幕罗干出席开幕式", (578, 2848, 920, 93)),
    ("", None),
    ("本报苏州1月1日电记者奢雯报道: 1 9", (152, 3014, 531, 44)),
    ("97年1 2月3 1日子夜，随着苏州寒山寺钟", (98, 3062, 590, 43)),
    ("声撞响第 1 0 8 下，姑苏城内一片欢腾，中共", (92, 3108, 597, 43)),
    ("中央政治局委员、国务委员罗干在此郑重宣布。", (93, 3155, 606, 46)),
]


def test_smaller_type_over_a_headline_is_its_kicker_and_a_line_in_its_type_goes_on_it() -> None:
    page, boxes = _page(KICKER)
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (4, 5, 7, 8)] == [Role.KICKER, Role.KICKER, Role.TITLE, Role.TITLE]
    assert [layer.lines[n].role for n in (15, 17)] == [Role.TITLE, Role.TITLE]


# RapidOCR on a narrow page read headlines first: a headline wrapped in large type (`延安供水工⏎程建成通水`), two
# column labels and the next headline group, printed far down the page, then the first story's text.
HEADLINES_FIRST = [
    ("中国常驻联合国代表秦华孙", (2430, 264, 393, 34)),
    ("说我多边外交赢得广泛好评", (2430, 308, 398, 39)),
    ("●贾伟", (2427, 365, 105, 40)),
    ("", None),
    ("延安供水工", (556, 225, 336, 68)),
    ("程建成通水", (556, 311, 332, 73)),
    ("", None),
    ("党旗飘飘", (100, 1157, 147, 49)),
    ("", None),
    ("身边榜样", (2443, 1162, 144, 40)),
    ("", None),
    ("香港报纸刊登", (1040, 1172, 396, 67)),
    ("新年致词香港", (1039, 1259, 397, 68)),
    ("正朝着美好明", (1040, 1352, 391, 62)),
    ("天发展", (1134, 1436, 205, 71)),
    ("本报记者韦波平杜宇健", (1077, 1531, 319, 40)),
    ("", None),
    ("本报济南十二月三十一日电", (152, 530, 359, 34)),
    ("截至一九九七年十二月三十一日，", (91, 577, 428, 34)),
    ("胜利海上油田全年共生产原油一", (90, 623, 421, 33)),
    ("百五十万零一百吨，超计划一百", (93, 670, 416, 34)),
    ("吨。与上年同期相比，海上油田", (90, 715, 419, 34)),
    ("的年产能力增加了五十万吨。", (86, 758, 376, 40)),
]


def test_a_line_printed_right_under_a_headline_in_its_type_goes_on_it_rather_than_being_a_kicker() -> None:
    page, boxes = _page(HEADLINES_FIRST)
    layer = parse_page(page, boxes=boxes)
    assert [layer.lines[n].role for n in (5, 6)] == [Role.TITLE] * 2
    assert layer.lines[5].item == layer.lines[6].item != layer.lines[12].item


# RapidOCR on a narrow page, column by column: a headline wrapped in type a little larger than the body's, and
# under a blank the next story's headline, printed far down the next column.
HEADLINE_APART = [
    ("就在这岁月的流逝中，在这凝眸与", (587, 2979, 448, 30)),
    ("沉思的过程中，面对岁月，我只有", (587, 3023, 450, 35)),
    ("拼搏只有真诚！这是生命的唯一，", (584, 3064, 441, 44)),
    ("我别无选择。", (585, 3110, 162, 40)),
    ("罗月是什么？是我们挥汗如雨", (648, 3163, 389, 30)),
    ("", None),
    ("九七中国旅游年圆", (1107, 221, 402, 48)),
    ("满结束九八华夏城", (1108, 288, 408, 53)),
    ("乡游隆重启幕罗干", (1108, 357, 406, 53)),
    ("出席开幕式", (1183, 425, 260, 53)),
    ("", None),
    ("南京：给特困户解决困难", (1450, 1399, 723, 69)),
    ("本报记者许晨覃兰思", (1666, 1496, 284, 36)),
    ("", None),
    ("本报南京1月1日电记者龚永", (1148, 1572, 389, 30)),
    ("泉报道：南京市各级党委、政府以", (1087, 1617, 454, 35)),
    ("及工会、劳动等部门体察民情民意", (1086, 1664, 453, 31)),
    ("切实帮助群众解决各种实际困难，", (1087, 1709, 427, 35)),
    ("发动各界开展献爱心、送温暖活动，", (1087, 1755, 457, 35)),
]


def test_a_headline_line_under_a_blank_is_a_deck_only_where_it_is_printed_right_under() -> None:
    page, boxes = _page(HEADLINE_APART)
    layer = parse_page(page, boxes=boxes)
    assert [layer.lines[n].role for n in (7, 8, 9, 10, 12)] == [Role.TITLE] * 5
    assert layer.lines[7].item == layer.lines[10].item != layer.lines[12].item == layer.lines[15].item


# RapidOCR on a wide page: a headline in large type wrapped at a closing bracket, its deck's dash read as 一
# (`一天`, a word the page uses twice more), in type a little larger than the body's.
WEATHER = [
    ("本报北京1月1日讯记者刘小明报道：1998年第一天，北京、", (147, 498, 802, 36)),
    ("新华社记者张宿堂）今天是一九九七年的最后一天。辞旧迎新之际，", (1909, 2187, 822, 38)),
    ("", None),
    ("邻邦，两国人民是可以相互信赖的朋友。两国发展长期、稳定的友好", (1911, 1014, 838, 36)),
    ("关系不仅符合两国和两国人民的根本利益，而且也有利于促进亚太地", (1911, 1059, 840, 34)),
    ("区乃至世界的和平与稳定。", (1908, 1099, 319, 36)),
    ("中国人民争取和平与裁军委员会代表团是应老挝和平与团结委员", (1964, 1142, 785, 36)),
    ("会的邀请于12月25日抵老进行为期5天的友好访问的。", (1913, 1187, 708, 36)),
    ("", None),
    ("明天气象预报（1月2日", (1998, 1325, 664, 60)),
    ("20时－3日20时)", (2034, 1406, 562, 63)),
    ("一天气趋势分析", (2215, 1484, 234, 41)),
    ("", None),
    ("本报讯（记者崔文玉）受较强冷空气影响，2日晚上到3日，", (1966, 1547, 747, 39)),
    ("长江中下游以北大部地区将有5级－6级偏北风，渤海和黄海大部有", (1913, 1590, 834, 37)),
    ("6级一8级偏北风；内蒙古东北部、东北地区大部有小到中雪。冷空", (1915, 1636, 834, 35)),
    ("气前锋过后，西北地区东部和长江中下游以北大部地区的气温将下降", (1909, 1676, 842, 38)),
    ("6℃一10°℃。受暖湿气流影响，江淮、江南、华南大部以及贵州等", (1915, 1721, 832, 36)),
    ("地将有小到中雨，局部地区有大雨。", (1908, 1762, 435, 38)),
]


def test_a_line_in_far_smaller_type_under_a_headline_is_its_deck() -> None:
    page, boxes = _page(WEATHER)
    layer = parse_page(page, boxes=boxes)
    assert [layer.lines[n].role for n in (10, 11, 12)] == [Role.TITLE, Role.TITLE, Role.SUBTITLE]
    assert layer.lines[12].brk is Break.PARAGRAPH


# Tesseract on a narrow page: a story's end, then a kicker and a headline in large type, each as wide as a
# column, over a story whose dateline the column cut. Real lines and boxes.
LARGE_HEADLINE = [
    ("塔拉尔于1 9 9 7年3月当", (619, 2291, 355, 42)),
    ("选巴参议院议员，同年1 2月工", (559, 2337, 411, 46)),
    ("5 日被执政党穆斯林联盟 〈谢派)", (566, 2383, 425, 46)),
    ("提名为总统候选人。", (559, 2429, 252, 46)),
    ("", None),
    ("于永波会见全军和武警先进典型代表时指出", (1364, 1613, 678, 54)),
    ("", None),
    ("用先进典型推动部队全面建设", (1277, 1677, 854, 92)),
    ("", None),
    ("据新华社北京1 2月3 1日", (1087, 1845, 354, 45)),
    ("", None),
    ("电《记者罗玉文) 中央军委委员、", (1030, 1892, 428, 46)),
    ("", None),
    ("总政治部主任于永波日前在会见", (1028, 1938, 419, 46)),
    ("全军和武警部队先进典型代表时", (1028, 1988, 417, 28)),
    ("强调，全军要认真贯彻落实江泽", (1027, 2030, 418, 46)),
    ("民主席最近的重要指示精神，形", (1029, 2076, 416, 46)),
    ("成学习邓人小平理论的新高潮，把", (1027, 2121, 418, 46)),
    ("这一学习提高到十五大所达到的", (1027, 2171, 417, 29)),
    ("新水平，进一步加强军队的革命", (1027, 2218, 418, 31)),
    ("化、现代化、正规化建设。", (1027, 2260, 341, 46)),
]


def test_a_line_in_a_headlines_type_is_no_paragraph_line_whatever_its_width() -> None:
    page, boxes = _page(LARGE_HEADLINE)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[8].role is Role.TITLE
    assert layer.lines[6].role in (Role.KICKER, Role.SUBTITLE)
    assert layer.lines[6].item == layer.lines[8].item == layer.lines[10].item != layer.lines[4].item


# Tesseract on a narrow page: an advert's slogans, then apart from them the next story's headline in large
# type. Real lines and boxes.
AFTER_ADVERT = [
    ("公益广告", (314, 2641, 152, 37)),
    ("保护环境 人人有责", (251, 2712, 278, 52)),
    ("绿水青山就是金山银山", (221, 2774, 337, 51)),
    ("中国文明网", (513, 2838, 144, 28)),
    ("", None),
    ("明天气象预报 (工月 2日", (742, 2619, 615, 80)),
    ("", None),
    ("2 0时一3日2 0时)", (750, 2692, 515, 69)),
    ("一-天气趋势分析", (739, 2771, 251, 43)),
    ("", None),
    ("受较强冷空气影响，2 日晚上到 3 日，长", (800, 2841, 537, 46)),
    ("江中下游以北大部地区将有5级一6 级偏北风，", (739, 2887, 603, 46)),
    ("渤海和黄海大部有6级一8 级偏北风; 内蒙古", (739, 2933, 594, 45)),
    ("东北部、东北地区大部有小到中雪。冷空气前", (739, 2979, 598, 46)),
]


def test_a_headline_standing_apart_under_an_advert_is_no_slogan_of_it() -> None:
    page, boxes = _page(AFTER_ADVERT)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[4].role is Role.AD
    assert layer.lines[6].role is Role.TITLE and layer.lines[6].item == layer.lines[11].item


# RapidOCR on a narrow page: a headline of names in large type under its kicker, over its byline. Real lines
# and boxes.
NAMES_IN_LARGE_TYPE = [
    ("谱写脱贫致富新篇章—吕梁", (90, 209, 456, 42)),
    ("扶贫开发与计划生育相结合工", (88, 256, 471, 42)),
    ("作纪实", (88, 304, 114, 44)),
    ("赖林嵩周美林", (90, 369, 399, 68)),
    ("范双民张振明", (90, 459, 395, 67)),
    ("本报记者曾伟唐健凯", (90, 553, 283, 37)),
    ("", None),
    ("本报讯（记者曾伟通讯员唐健", (151, 626, 413, 37)),
    ("凯）山西省吕梁地区是个贫困大区。", (90, 672, 462, 36)),
    ("全区13个县市中有9个是贫困县，", (92, 719, 462, 37)),
    ("其中国家重点扶持的贫困县有7个。", (90, 765, 465, 36)),
    ("1971年建区时，总人口226.", (93, 810, 464, 37)),
]


def test_names_in_a_headlines_type_are_no_byline() -> None:
    page, boxes = _page(NAMES_IN_LARGE_TYPE)
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (4, 5)] == [Role.TITLE] * 2
    assert layer.lines[6].role is Role.BYLINE


# Tesseract on a one-column page: a headline of two clauses in large type, wrapped after its comma, under its
# kicker and over its byline. Real lines and boxes.
CLAUSES_IN_LARGE_TYPE = [
    ("《华澳日报》的评论特别引述江主席新年讲话: 『实现祖国的完全", (171, 1266, 914, 48)),
    ("统一，是海内外全体中国人的共同心愿。通过中简双方的合作和努力，", (92, 1316, 965, 48)),
    ("按照【一国两制方针和澳门《基本法》，一九九九年十二月澳门的回", (91, 1365, 988, 48)),
    ("归一定能够顺利实现。4", (92, 1418, 331, 30)),
    ("", None),
    ("北大荡粮食三年连续大幅增产", (340, 1493, 490, 75)),
    ("去年总产量逾8 5， 2 亿公斤，", (99, 1541, 923, 125)),
    ("创下我国农业最高劳动生产率", (132, 1638, 907, 125)),
    ("", None),
    ("本报记者 郑玉欣 本报通讯员 吴斌伟", (337, 1774, 500, 48)),
    ("", None),
    ("本报讯北大芒经受洪送灾害的严峻考验，粮食连续 3 年大幅度增产。", (156, 1848, 936, 47)),
    ("1 9 9 7年的总产量逾8 5 2 亿公斤，比上年增长 1 3 亿公斤。", (99, 1896, 897, 47)),
]


def test_commas_in_a_headlines_type_make_no_sentence() -> None:
    page, boxes = _page(CLAUSES_IN_LARGE_TYPE)
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (7, 8)] == [Role.TITLE] * 2
    assert layer.lines[6].role in (Role.KICKER, Role.SUBTITLE)
    assert layer.lines[6].item == layer.lines[8].item == layer.lines[12].item != layer.lines[4].item


# Tesseract on a one-column page: the page's date, number and section on one row, then under it the first
# story's headline in large type and its byline. Real lines and boxes.
UNDER_THE_HEADER = [
    ("2019年10月28日 星期一            第9版                               社会", (91, 89, 1085, 57)),
    ("", None),
    ("凝腺光月", (496, 224, 269, 97)),
    ("口 粒砂", (585, 327, 104, 48)),
    ("", None),
    ("“爆竹声中一岁除，春风送暖入履苏。”旧岁要去，新年又来。在这个日", (172, 402, 1001, 49)),
    ("子，心中有一丝莫名无言的激动，我明明知道自己从中获得了什么，可一时又", (92, 452, 1084, 48)),
    ("说不清获得的究竟是些什么”是丰裕的物质，还是高洁的精神?我默然。此刻，", (91, 501, 1094, 48)),
    ("我倒觉得自己有点儿自私了，我每时每刻都从慈爱而宽容的岁月中索取了很多", (91, 550, 1085, 48)),
    ("很多，我的生命在岁月的抚爱与鞭策下逐渐成长成熟。", (91, 599, 745, 48)),
]


def test_a_headline_under_the_page_header_is_no_section_name() -> None:
    page, boxes = _page(UNDER_THE_HEADER)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[1].role is Role.SECTION
    assert layer.lines[3].role is Role.TITLE and layer.lines[4].role is Role.BYLINE
    assert layer.lines[3].item == layer.lines[6].item
    # A section name on the header's row, in type as large, stays the section's.
    on_row = [
        ("2013年9月12日星期四", (86, 100, 309, 44)),
        ("第8版", (1411, 100, 121, 51)),
        ("社会", (2754, 94, 104, 65)),
    ]
    page, boxes = _page([*on_row, ("", None), *UNDER_THE_HEADER[2:]])
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (1, 2, 3)] == [Role.SECTION] * 3 and layer.lines[5].role is Role.TITLE


# Tesseract on a narrow page: a headline of two lines, its deck's dash read as 一 making a word the page uses
# (`第一天`), in a box far lower than the headline's. Real lines and boxes.
YI_DECK_IN_SMALLER_TYPE = [
    ("明天气象预报 (工月2日", (1961, 215, 420, 53)),
    ("2 0时一3日2 0时)", (1988, 266, 351, 51)),
    ("一天气趋势分析", (2046, 329, 252, 31)),
    ("本报记者 龙英凯 沈建奸", (2016, 368, 314, 53)),
    ("", None),
    ("受较强冷空气影响，2 日晚", (2024, 451, 362, 46)),
    ("上到3 日，长江中下游以北大妆", (1963, 497, 407, 45)),
    ("地区将有5级一6 级偏北风，泛", (1963, 542, 415, 45)),
    ("海和黄海大部有6 级一 8 级偏北", (1963, 588, 415, 45)),
    ("风; 内蒙古东北部、东北地区大", (1963, 635, 418, 46)),
    ("部有小到中雪。冷空气前锋过后，", (1964, 681, 425, 46)),
    ("", None),
    ("本报北京1月工日讯记者刘", (620, 2696, 359, 45)),
    ("小明报道: 1 9 9 8 年第一天，", (559, 2741, 396, 45)),
    ("北京、上海同时举行以全民健身", (559, 2789, 417, 45)),
]


def test_a_yi_deck_in_far_smaller_type_is_a_deck_whatever_word_it_makes() -> None:
    page, boxes = _page(YI_DECK_IN_SMALLER_TYPE)
    layer = parse_page(page, None, None, boxes)
    assert [layer.lines[n].role for n in (1, 2, 3)] == [Role.TITLE, Role.TITLE, Role.SUBTITLE]
    assert layer.lines[3].brk is Break.PARAGRAPH
