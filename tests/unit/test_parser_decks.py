"""Headline groups as OCR reads them: headlines over decks and names, standing apart, wrapped at a narrow
column, read before their bodies, their dashes misread."""

from __future__ import annotations

from proofdesk.domain.model import Page, Role
from proofdesk.parsing import parse_page
from proofdesk.parsing.features import is_ocr_noise

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


# Tesseract's readings of a kicker's `——` (`-一`) and of a deck's (`一`, set apart by a blank as a block of its
# own), and of a boxed label whose box lost its right side (`[图上新闻`).
KICKER_MISREAD = [
    "他说，中国还广泛、认真地参与了联合国大会有关人权、裁军、维",
    "",
    "〈下转第13版)",
    "",
    "文化广角",
    "宁波: 攻坚谱新篇-一",
    "",
    "电子“交警”在鹏城",
    "本报记者王楚",
    "",
    "“电子眼”在深圳街头一露脸，就形成冲击波，震动了全市4 0余",
    "万机动车驾驶员，使深圳向“安全、畅顺、文明”的交通环境，迈出了",
    "有力的一步。",
    "",
    "一是，1月2 日上午，记者驾车在深圳的几条主干道上缓缓行驶，",
    "在3 9个主要路口以及口岸、广场等地，5 8 个“电子眼”呈不同角度，",
    "默默地注视着潮水般的车流。",
    "",
    "二是，在深圳交通监控中心彩色大屏幕前，市公安交通管理局局长",
]


def test_a_kicker_whose_dash_ocr_read_as_a_hyphen_and_yi_opens_the_headline_group() -> None:
    layer = parse_page(Page("kicker", tuple(KICKER_MISREAD)))
    assert layer.lines[5].role is Role.SECTION
    assert layer.lines[6].role is Role.KICKER
    assert layer.lines[8].role is Role.TITLE
    assert layer.lines[6].item == layer.lines[8].item == layer.lines[11].item != layer.lines[5].item


DECK_APART = [
    "本报记者 莫东志 本报通讯员 胡志宁",
    "",
    "新华社北京1 2月3 0日电万象消息: 老挝人民民主共和国中央",
    "政治局委员、国会主席沙曼.维雅吉 2 9 日在万象会见了正在老挝访",
    "问的全国政协副主席、中国人民争取和平与裁军委员会会长何鲁丽及",
    "其率领的和裁会代表团，宾主进行了亲切友好的交谈。",
    "",
    "(下转第6版)",
    "",
    "[图上新闻",
    "李鹏在北泵考察企业",
    "",
    "一向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问",
    "国 本报记者 夏怡军",
    "",
    "新华社北京十二月三十一日电《〈中央人民广播电台记者刘振英、",
    "新华社记者张宿堂) 今天是一九九七年的最后一天。辞旧迎新之际，",
    "国务院总理李鹏今天上午来到北京石景山发电总厂考察，向广大企业",
    "职工表示节日的祝贺，向将要在节日期间坚守工作岗位的同志们表示",
    "感问。",
    "(下转第14版)",
]


def test_a_label_whose_box_lost_its_right_side_and_a_deck_read_as_a_block_of_its_own() -> None:
    layer = parse_page(Page("deck apart", tuple(DECK_APART)))
    assert layer.lines[10].role is Role.SECTION
    assert layer.lines[11].role is Role.TITLE
    assert layer.lines[13].role is Role.SUBTITLE
    assert layer.lines[11].item == layer.lines[13].item == layer.lines[16].item != layer.lines[10].item


# A headline wrapped at a narrow column over a deck in smaller type whose dash was lost: the deck's first line
# is far longer than the headline's.
DECK_LONGER = [
    "作做得实实在在，卓有成效。目前，",
    "全区已形成党政军民总动员支援灾区",
    "的局面。目前为止，灾区没有一人因",
    "冻因饿死亡，大部分牡畜也没有出问",
    "题。西藏自治区党委、自治区人民政",
    "府现在正组织和带领全区人民，奋力",
    "进行着抗灾救灾工作，组织和动员各",
    "方面的力量，向受灾地区调运各种急",
    "需的救助物资，坚定灾区人民战胜灾",
    "害的信心。泽仁桑珠说，有党的领导，",
    "(下转第11版)",
    "",
    "国际视点",
    "",
    "我国将实行播音员主",
    "持人持证上岗制度",
    "李铁映等向第一批获得资格",
    "证书的代表颁证",
    "本报记者钱海邱东晨",
    "",
    "本报北京12月31日讯记者陈",
    "陆军从广播电影电视部获悉：自19",
    "98年1月1日起，我国将用3年时",
    "间在广播影视系统陆续实行播音员主",
    "持人持证上岗制度。",
    "(下转第8版）",
    "",
    "责任编辑：任雪",
    "",
]


def test_a_longer_line_after_a_wrapped_headline_is_its_deck() -> None:
    layer = parse_page(Page("deck longer", tuple(DECK_LONGER)))
    assert [layer.lines[n].role for n in (15, 16)] == [Role.TITLE] * 2
    assert [layer.lines[n].role for n in (17, 18)] == [Role.SUBTITLE] * 2


# Tesseract's reading of a narrow page: a two-line headline as wide as its column, between a column cut in
# mid-sentence and the dateline lead of the story that takes up its words.
FULL_WIDTH_HEADLINE = [
    "2023年1月25日 星期三",
    "",
    "第9版",
    "",
    "文化",
    "项事务中，为平稳过渡作出更大",
    "贡献。 该报评论指出，这表达了",
    "人们的意愿希望新的一年更好。",
    "",
    "3.《华澳日报》的评论特别",
    "引述江主席新年讲话: 【实现祖",
    "国的完全统一，是海内外全体中",
    "国人的共同心愿。通过中葡双方",
    "的合作和努力，按照 【一国两制4",
    "",
    "华夏城乡游首迎式在决举行罗干及",
    "近干名海内外游客出席欢庆活动",
    "",
    "本报上海月工日电记者奢",
    "雯报道: 今天，黄浦江畔的东方",
    "明珠电视塔前热闹非凡，一派节",
    "日盛景，” 9 8 华夏城乡游首迎",
    "式在这里隆重举行。国务委员兼",
    "国务院秘书长罗干、国家旅游局",
    "局长何光、上海市委副书记奢学",
    "平等以及近千名海内外游客出席",
    "了这项欢庆活动。",
]


def test_a_headline_as_wide_as_its_column_over_a_lead_that_takes_up_its_words() -> None:
    layer = parse_page(Page("full width", tuple(FULL_WIDTH_HEADLINE)))
    assert [layer.lines[n].role for n in (16, 17)] == [Role.TITLE] * 2
    assert layer.lines[16].item == layer.lines[19].item != layer.lines[14].item


# Three headline groups read before the bodies; the second's words are few in the short first column of its
# story (`据新华社北京1月1日⏎电…`), but more than in any other story that opens with a dateline lead.
LEFT_OVER = [
    "2012年8月15日星期三",
    "第4版",
    "经济",
    "",
    "首都千余名大中小学",
    "生雅乐伴随度新年",
    "■本报记者严斌健",
    "",
    "北国有寒趣南疆闻花",
    "香各地群众喜庆元旦",
    "",
    "李鹏在北京",
    "考察企业",
    "一向广大职工祝贺新年，",
    "对节日坚守岗位的同志",
    "们表示慰问",
    "■本报记者肖婷雨",
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
    "新华社北京十二月三十",
    "一日电（中央人民广播电台",
    "记者刘振英、新华社记者张",
    "宿堂）今天是一九九七年的",
    "最后一天。辞旧迎新之际，",
    "国务院总理李鹏今天上午来",
    "（下转第5版）",
    "",
]


def test_a_headline_left_over_goes_to_the_lead_left_over_that_holds_most_of_its_words() -> None:
    layer = parse_page(Page("left over", tuple(LEFT_OVER)))
    assert layer.lines[9].role is Role.TITLE
    assert layer.lines[9].item == layer.lines[19].item == layer.lines[32].item != layer.lines[5].item


# A headline group right under a column whose last sentence OCR cannot see ended (`（杜中武孙⏎传刚)`): a
# headline over a deck whose first line holds a comma, printed right over its reporter's byline.
OVER_BYLINE = [
    "2012年8月15日星期三",
    "",
    "第4版",
    "",
    "三十一日，胜利海上油田全",
    "年共生产原油一百五十万零",
    "一百吨，超计划一百吨。与",
    "上年同期相比，海上油田的",
    "年产能力增加了五十万吨。",
    "『八五』以来，胜利油",
    "田在渤海湾极浅海海域展开",
    "了大规模勘探开发会战。一",
    "九九七年初，胜利油田提出",
    "了奋战一年，在海上建成一",
    "百五十万吨产能的奋斗目标，",
    "全年完钻交井三十口，投产",
    "新井三十六口。（杜中武孙",
    "传刚)",
    "",
    "李鹏在北京",
    "考察企业",
    "一向广大职工祝贺新年，",
    "对节日坚守岗位的同志",
    "们表示慰问",
    "■本报记者肖婷雨",
    "",
    "新华社北京十二月三十",
    "一日电（中央人民广播电台",
    "记者刘振英、新华社记者张",
    "宿堂）今天是一九九七年的",
    "最后一天。辞旧迎新之际，",
    "国务院总理李鹏今天上午来",
    "（下转第5版）",
    "",
    "党中央国务",
    "院关心西藏",
    "雪灾救灾工",
    "作",
    "灾区各级政府全力组",
    "织抗灾力争降低灾害损",
]


def test_a_headline_over_a_deck_with_a_comma_and_a_byline_stands_apart_from_the_text_above() -> None:
    layer = parse_page(Page("over byline", tuple(OVER_BYLINE)))
    assert [layer.lines[n].role for n in (20, 21)] == [Role.TITLE] * 2
    assert [layer.lines[n].role for n in (22, 23, 24)] == [Role.SUBTITLE] * 3
    assert layer.lines[25].role is Role.BYLINE


# A headline over two lines of large type, with what OCR made of the photo beside it read between them
# (a real page read by Tesseract).
NOISE = [
    "米。早在担任华北电管局领导时，李鹏就曾多次到发电总厂检查指导工",
    "",
    "(下转第10版)",
    "",
    "中国常驻联合国代表秦华孙",
    "",
    "ee        提      人               一4          人mm      张",
    "",
    "说我多边外交训得广泛好评",
    "",
    "据新华社联合国1 2月3 1日电《〈记者周锡生) 中国常驻联合国代",
    "表秦华孙大使 3 1日在纽约联合国总部接受本社记者专访时说，在即将",
    "过去的一年里，中国在联合国积极开展多边外交，主持正义，反对强权，",
    "积极推动多极化进程，赢得了世界上多数国家的赞誉。",
]


def test_what_ocr_made_of_a_photo_is_ignored_and_cuts_no_headline() -> None:
    layer = parse_page(Page("noise", tuple(NOISE)))
    noise = layer.lines[7]
    assert noise.item is None and noise.role is Role.IGNORED and noise.rule == "ocr-noise"
    assert [layer.lines[n].role for n in (5, 9)] == [Role.TITLE] * 2
    assert layer.lines[5].item == layer.lines[9].item == layer.lines[11].item


def test_lines_with_words_in_them_are_not_noise() -> None:
    noises: tuple[str, ...] = ("[SB六", "[六tr角]", "人     乌        乌        一一", "忆    N      己  YA 亡一…")
    noises += ("、     Y          YY下庆", "M         As    一 WA 记一")  # letters strewn among lone characters
    for noise in noises:
        assert is_ocr_noise(noise)
    for text in ("[EM故事|", "at                                     烟台市", "国 汤飞ja 钱静摄", "北京   晴   -3   5"):
        assert not is_ocr_noise(text)


def test_latin_letters_run_together_with_lone_characters_are_noise_beside_no_words() -> None:
    # Tesseract on a wide page's photo, over the headline `习近平举行仪式欢迎巴西总统访华`; and over an advert's
    # picture beside its slogan, which stays text.
    assert is_ocr_noise("A        Z一AU     户、              \\卫化")
    assert is_ocr_noise("<人、 IC                           /LIA 《己        、     Eco xz一")
    assert not is_ocr_noise("诚信做人 守法做事                      污D一   并")


# A headline wrapped at its measure, OCR reading the leading of its large type as a blank line: the second
# line as long as the first is the headline going on, not a deck nor the headline of the story above.
WRAPPED_ACROSS_GAP = [
    "这一切都是港人在新的一年以至",
    "今后更长日子的信心源泉。",
    "",
    "南昌-一",
    "",
    "中港集团中标吐乌",
    "",
    "大高等级公路项目",
    "本报记者 罗国健",
    "本报通讯员 田艳",
    "",
    "本报讯记者陈陆军报道: 日",
    "前，中港集团在新疆吐乌大高等",
    "级公路交通工程项目的国际招标",
    "中一举中标，并签定总承包合同。",
]


def test_a_headline_line_a_blank_under_one_as_long_goes_on_with_it() -> None:
    layer = parse_page(Page("wrapped", tuple(WRAPPED_ACROSS_GAP)))
    assert [layer.lines[n].role for n in (6, 8)] == [Role.TITLE] * 2
    assert layer.lines[6].item == layer.lines[8].item == layer.lines[12].item


# Headline groups read before their bodies (a real page read headlines first): a headline wrapped in the
# middle of a word its story prints whole, and a headline under a kicker of two lines, wrapped.
WRAPPED_HEADLINES = [
    "石家庄：实干见实效—",
    "中国常驻联合国代表秦华孙",
    "说我多边外交赢得广泛好评",
    "●贾伟",
    "",
    "延安供水工",
    "程建成通水",
    "",
    "于永波会见全军和武警先",
    "进典型代表时指出",
    "用先进典型推动",
    "部队全面建设",
    "",
    "北国有寒趣南疆闻花",
    "香各地群众喜庆元旦",
    "●崔勇秀",
    "",
    "本报西安十二月三十一日电",
    "十二月二十八日，革命圣地延安",
    "供水工程正式建成通水，延安市",
    "区的缺水问题得到根本解决。",
]


def test_a_headline_line_cut_in_a_word_its_story_prints_whole_goes_on() -> None:
    layer = parse_page(Page("stack", tuple(WRAPPED_HEADLINES)))
    assert [layer.lines[n].role for n in (6, 7)] == [Role.TITLE] * 2
    assert layer.lines[6].item == layer.lines[7].item


def test_a_headline_begun_under_its_kicker_goes_on_in_the_line_under_it() -> None:
    layer = parse_page(Page("stack", tuple(WRAPPED_HEADLINES)))
    assert [layer.lines[n].role for n in (11, 12)] == [Role.TITLE] * 2
    assert layer.lines[9].item == layer.lines[11].item == layer.lines[12].item


# A headline and its deck (the dash read as 一) under the last line of a story whose signature the column
# cut (a real wide page): the headline's words are the story's under them.
HEADLINE_OVER_DECK = [
    "『八五』以来，胜利油田在渤海湾极浅海海域展开了大规模勘探开发会战。一九九七年初，胜利油田提",
    "出了奋战一年，在海上建成一百五十万吨产能的奋斗目标，全年完钻交井三十口，投产新并三十六口。（杜",
    "中武孙传刚)",
    "",
    "北大荒粮食三年连续大幅增产",
    "一去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率",
    "",
    "本报讯北大荒经受洪涝灾害的严峻考验，粮食连续3年大幅度增产。1997年的总产量逾85．2亿",
    "公斤，比上年增长13亿公斤。",
    "为了使粮食不断增产，黑龙江农垦局近几年积极推进体制改革，下力气完善大农场套小农场的双层经营",
]


def test_a_headline_over_its_deck_whose_words_its_story_takes_up_stands_apart() -> None:
    layer = parse_page(Page("deck", tuple(HEADLINE_OVER_DECK)))
    assert [layer.lines[n].role for n in (5, 6)] == [Role.TITLE, Role.SUBTITLE]
    assert layer.lines[5].item == layer.lines[8].item != layer.lines[3].item


# Tesseract on a narrow page: a line left of one story's headline, then the next story's headline of two
# lines, which the parser first reads as the deck of the first; the words of each say they are two.
TWO_HEADLINES = [
    "我国将实行",
    "度",
    "",
    "李铁映等向第一批获得",
    "资格证书的代表颁证",
    "",
    "本报北京1 2月3 1 日讯记者陈陆军从广",
    "播电影电视部获悉: 自19 9 8年1月1日起，",
    "我国将用 3 年时间在广播影视系统陆续实行播",
    "音员主持人持证上岗制度。",
    "一是，今天上午，中共中央政治局委员李",
    "铁映与广播电影电视部部长孙家正、国家语委",
    "〈下转第15版)",
    "",
    "音员主持人持证上岗制",
    "",
    "九七中国旅游年圆满结束九八华夏",
    "城乡游隆重启幕罗干出席开幕式",
    "",
    "本报苏州月 1日电记者奢雯报道: 1 9",
    "97年1 2月3 1日子夜，随着苏州寒山寺钟",
    "声撞响第 1 0 8 下，姑苏城内一片欢腾，中共",
    "",
    "中央政治局委员、国务委员罗干在此郑重宣布:",
    "",
    "9 7 中国旅游年圆满结束，",
    "正式开幕",
]


def test_a_deck_that_is_the_next_storys_headline_takes_its_wrapped_line_along() -> None:
    layer = parse_page(Page("pair", tuple(TWO_HEADLINES)))
    assert [layer.lines[n].role for n in (17, 18)] == [Role.TITLE] * 2
    assert layer.lines[17].item == layer.lines[18].item == layer.lines[20].item != layer.lines[15].item


# A narrow page read column by column (RapidOCR, tune page 13004): a headline of four lines whose story is printed
# elsewhere, a blank, then the next story's headline over its byline and its dateline lead. The second line
# shares its words with the story under it, the first with neither side: two headlines, not a headline and deck.
TWO_HEADLINES_A_BLANK_APART = [
    "就在这岁月的流逝中，在这凝眸与",
    "沉思的过程中，面对岁月，我只有",
    "拼搏只有真诚！这是生命的唯一，",
    "我别无选择。",
    "罗月是什么？是我们挥汗如雨",
    "",
    "九七中国旅游年圆",
    "满结束九八华夏城",
    "乡游隆重启幕罗干",
    "出席开幕式",
    "",
    "南京：给特困户解决困难",
    "本报记者许晨覃兰思",
    "",
    "本报南京1月1日电记者龚永",
    "泉报道：南京市各级党委、政府以",
    "及工会、劳动等部门体察民情民意",
    "切实帮助群众解决各种实际困难，",
    "发动各界开展献爱心、送温暖活动，",
    "努力形成全社会扶贫帮困、助人为",
    "乐的好风气。",
]


def test_a_deck_whose_words_are_the_next_storys_under_a_headline_that_shares_none_is_a_headline() -> None:
    layer = parse_page(Page("pair", tuple(TWO_HEADLINES_A_BLANK_APART)))
    assert layer.lines[12].role is Role.TITLE
    assert layer.lines[12].item == layer.lines[13].item == layer.lines[15].item != layer.lines[7].item
