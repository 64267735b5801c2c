"""The printed conventions of Chinese papers in general, as OCR engines read them: each rule on a line read
by Tesseract (`chi_sim`) or RapidOCR from a rendered page, set among real-looking running text."""

from __future__ import annotations

from itertools import pairwise

from proofdesk.domain.model import Break, Kind, Page, Role
from proofdesk.parsing import features as f
from proofdesk.parsing import parse_page
from proofdesk.parsing.profile import profile_page
from tests.unit.parse_scoring import DATA, dev_pages, paragraph_per_line, tuned_on_lines
from tests.unit.test_parser_rules import (
    AUDIT,
    AUDIT_TITLE,
    CLINIC,
    CLINIC_TITLE,
    make_page,
    narrow,
    only,
    parse,
)

# Lines as Tesseract read them: the ■ mark as 国, the —— of a deck as 一一, brackets half-width.
MISREAD_BYLINE = "国 本报记者 张三 本报通讯员 李四"
MISREAD_DECK = "一一市审计局党建品牌建设纪实"
XINHUA_LEAD = "新华社北京7月12日电 记者从国家统计局获悉，上半年全国规模以上工业增加值同比增长，"
PLACE_LEAD = "本报乌鲁木齐7月12日电（记者 王五）近日，新疆各地"
FURNITURE = ("2023年7月12日 星期三", "第5版", "责任编辑 : 赵六")
CONTINUATION = "(下转第3版)"
DEV = DATA / "dev"


def test_the_byline_mark_as_ocr_misreads_it() -> None:
    assert f.is_mark_byline(MISREAD_BYLINE)
    assert f.is_mark_byline("口 王长新 李敏") and f.is_mark_byline("@@戴平波")  # Tesseract
    assert f.is_mark_byline("口姚红")  # Tesseract: the box read as 口 and no space
    assert not any(f.is_mark_byline(t) for t in ("口岸", "国务院", "国王", "回来", "口号声", "国家队"))
    # A place name that happens to start with 上 is not a byline.
    assert not f.is_mark_byline("上 海市人民政府新闻办公室发布")
    page = make_page(AUDIT_TITLE, "", MISREAD_BYLINE, "", narrow(*AUDIT[:2]))
    layer, articles = parse(page)
    assert layer.lines[3].role is Role.BYLINE
    assert only(articles, AUDIT_TITLE).byline == MISREAD_BYLINE


def test_a_deck_whose_dashes_ocr_read_as_yi() -> None:
    assert f.is_dash_subtitle(MISREAD_DECK)
    page = make_page(AUDIT_TITLE, MISREAD_DECK, "", narrow(*AUDIT[:2]))
    _, articles = parse(page)
    assert only(articles, AUDIT_TITLE).subtitle == MISREAD_DECK


def test_xinhua_and_place_datelines_open_a_story() -> None:
    assert f.is_lead(XINHUA_LEAD) and f.is_lead(PLACE_LEAD)
    assert f.is_lead("本报讯（记者 李华）近日") and not f.is_lead("本报记者 张三")
    page = make_page(narrow(*AUDIT[:2]), "", CLINIC_TITLE, "", narrow(XINHUA_LEAD + CLINIC[0]))
    _, articles = parse(page)
    clinic = only(articles, CLINIC_TITLE)
    assert clinic.paragraphs[0].startswith("新华社北京7月12日电")


def test_page_header_and_footer_are_section_items() -> None:
    assert all(f.is_furniture(t) for t in FURNITURE)
    assert not f.is_furniture("2023年7月12日，市委书记张三来到东金村调研，")
    page = make_page(FURNITURE[0], FURNITURE[1], "", AUDIT_TITLE, "", narrow(*AUDIT[:2]), "", FURNITURE[2])
    layer, articles = parse(page)
    for n in (1, 2, len(page.lines)):
        assert layer.lines[n].role is Role.SECTION, n
        assert layer.items[layer.lines[n].item].kind is Kind.SECTION  # type: ignore[index]
    assert only(articles, AUDIT_TITLE).paragraphs == AUDIT[:2]


def test_continuation_note_is_a_note_of_its_story() -> None:
    assert f.is_continuation(CONTINUATION) and f.is_continuation("（上接第一版）")
    page = make_page(AUDIT_TITLE, "", narrow(*AUDIT[:2]), CONTINUATION, "", CLINIC_TITLE, "", narrow(*CLINIC))
    layer, articles = parse(page)
    note = page.lines.index(CONTINUATION) + 1
    assert layer.lines[note].role is Role.NOTE
    assert only(articles, AUDIT_TITLE).paragraphs[-1] == "（下转第3版）"


def test_photo_credit_without_a_mark() -> None:
    assert (
        f.is_photo_credit("张三 摄") and f.is_photo_credit("新华社记者 王五 摄") and f.is_photo_credit("（影像中国）")
    )
    assert not f.is_photo_credit("党员干部深入田间拍摄")
    assert f.is_photo_credit("孔怡林黄磊摄")  # RapidOCR dropped the space between two names
    caption = "7月23日，开发区政务服务中心一楼党员帮办岗，党员帮办员向办事群众介绍办理流程。"
    page = make_page(narrow(caption), "张三 摄", "", AUDIT_TITLE, "", narrow(*AUDIT[:2]))
    layer, articles = parse(page)
    credit = page.lines.index("张三 摄") + 1
    assert layer.lines[credit].role is Role.CREDIT
    photo = next(a for a in articles if a.kind is Kind.PHOTO)
    assert photo.byline == "张三 摄"


def test_a_paragraph_opening_with_an_enumerator_breaks_after_a_full_line() -> None:
    assert f.opens_with_enumerator("一是强化理论武装，") and f.opens_with_enumerator("（二）完善制度")
    assert not f.opens_with_enumerator("一些党员干部")
    # Full 16-em lines: the second ends a sentence, the third opens a list item with no indent.
    lines = (
        "今年以来，该局从三个方面着力推进",
        "党建工作，取得明显的成效和进展。",
        "一是强化理论武装，组织党员干部集",
        "中学习。",
    )
    layer, _ = parse(make_page(*lines))
    assert layer.lines[3].brk is Break.PARAGRAPH and layer.lines[3].rule == "enumerator-opens"


def test_a_later_list_item_after_a_line_cut_off_in_mid_word_opens_a_paragraph() -> None:
    # RapidOCR, a wide page read column by column: OCR lost the line after `…快递无人车首次亮相，穿`, a full line
    # cut off in mid-word, and the next it read opens the list's second item. A word cut before it cannot be
    # finished there: the item opens a paragraph.
    raw = tuned_on_lines("wide_rapidocr_rcol_85007")
    assert raw[185].endswith("首次亮相，穿") and raw[186].startswith("（二）一件件")
    layer = parse_page(Page("lost line", tuple(raw)))
    assert layer.lines[187].brk is Break.PARAGRAPH and layer.lines[187].item == layer.lines[186].item
    assert layer.lines[187].rule == "enumerator-opens"
    # A first item, or a numeral with 要, ends as many words in mid-sentence (`…建造的第` / `一要素。`,
    # `统一、`, `之一是`, `三要素`); a figure OCR misread is no item (`5.]万亿元`).
    assert f.opens_later_item("（二）一件件快递的极速流转") and f.opens_later_item("三是，机构交叉融合，")
    assert not f.opens_later_item("一要素。") and not f.opens_later_item("一是，一路盘旋上山，")
    assert not f.opens_later_item("三要素") and not f.opens_later_item("5.]万亿元，同比增长4.4%")


def test_a_line_of_who_attended_is_a_paragraph_of_its_own() -> None:
    # RapidOCR, wide pages: a report of a leader's meeting closes on who attended, a paragraph of its own. After a
    # full line ending a sentence, a short last line is more often its paragraph's (`…已经关闭。` / `当地的烟尘警报
    # 也被延长。`); the attendance line is not, nor is the line after it.
    assert f.is_attendance("蔡奇、王毅等参加。") and f.is_attendance("王东峰等参加会见。")
    assert not f.is_attendance("主任王毅等出席欢迎仪式，") and not f.is_attendance("当地的烟尘警报也被延长。")
    raw = tuned_on_lines("wide_rapidocr_rcol_49007")
    assert raw[76].endswith("与中方携手应对共同挑战。") and raw[77] == "蔡奇、王毅等参加。"
    layer = parse_page(Page("meeting", tuple(raw)))
    assert layer.lines[78].brk is Break.PARAGRAPH and layer.lines[78].item == layer.lines[77].item
    raw = tuned_on_lines("wide_rapidocr_rcol_77008")
    assert raw[69].endswith("王毅等出席欢迎仪式。") and raw[70] == "军乐团奏厄中两国国歌。"
    layer = parse_page(Page("welcome", tuple(raw)))
    assert [layer.lines[n].brk for n in (70, 71)] == [Break.PARAGRAPH, Break.PARAGRAPH]
    assert layer.lines[71].item == layer.lines[70].item == layer.lines[69].item
    # A held-out page: the line ends a sentence begun on the line before, and the paragraph goes on after it.
    raw = (DATA / "dev" / "heldout" / "narrow_rapidocr_rcol_41502.txt").read_text(encoding="utf-8").split("\n")
    assert raw[51].endswith("香港特区行政") and raw[52] == "长官李家超、中央驻港机构负责人等出席。"
    layer = parse_page(Page("ceremony", tuple(raw)))
    assert layer.lines[54].brk is Break.JOIN and layer.lines[54].item == layer.lines[53].item


def test_a_page_of_wide_columns_wrapped_at_every_line_is_no_paragraph_per_line_page() -> None:
    # RapidOCR, a page of 51-em columns: most of its text is in lines wider than any narrow column, as on a page
    # of a paragraph a line, but most of those lines stop at one width, the column's. Taken for a paragraph a
    # line, a line ending a sentence at the column's edge ended its paragraph (`…不断充实中塔命运共同体内涵。` /
    # `中国全国人大愿同塔议会加强交流交往，…`); wrapped at every line, it goes on. The same page written a paragraph
    # a line is still read so.
    gold = next(g for g in dev_pages("tune") if g.page.name == "wide_rapidocr_rcol_25008")
    assert gold.page.text(29).endswith("不断充实中塔命运共同体内涵。") and gold.page.text(30).startswith("中国全国人大")
    assert profile_page(gold.page).narrow and not profile_page(paragraph_per_line(gold).page).narrow
    layer = parse_page(gold.page)
    assert layer.lines[30].brk is Break.JOIN and layer.lines[30].item == layer.lines[29].item


def test_a_numbered_paragraph_after_a_blank_goes_on_with_its_story() -> None:
    # Tesseract, a wide page: a story's first paragraph, a blank, then `1.习近乎指出，…`. A line whose first clause
    # is one character long is the tail of a word a column cut elsewhere, a story's text going on; but `1.`
    # is a list's enumerator, not a clause: the numbered paragraphs are the story's.
    assert f.first_clause_length("1.习近乎指出，今年是") > 1 and f.first_clause_length("一是，“十四五”") > 1
    assert f.first_clause_length("效，党建工作") == 1
    raw = (DEV / "tune" / "wide_tesseract_tess_81006.txt").read_text(encoding="utf-8").split("\n")
    assert raw[9][:12] == "12月12日，“国际和平" and raw[12][:8] == "1.习近乎指出，" and raw[18][:8] == "2.习近平强调，"
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[7].role is Role.TITLE
    assert layer.lines[7].item == layer.lines[10].item == layer.lines[13].item == layer.lines[19].item


# A headline group as RapidOCR read it from a rendered page: a kicker with a dash, a two-line headline in
# large type that wraps as full as the column, the reporter's byline.
STACKED_GROUP = ["无锡—", "华夏城乡游首迎式在沪举行罗干及", "近千名海内外游客出席欢庆活动", "■本报记者贾凯刚"]
TOURISM = (
    "本报上海1月1日电记者龚雯报道：今天，黄浦江畔的东方明珠电视塔前热闹非凡，一派节日盛景，"
    "’98华夏城乡游首迎式在这里隆重举行。国务委员兼国务院秘书长罗干、国家旅游局局长何光、"
    "上海市委副书记龚学平等以及近千名海内外游客出席了这项欢庆活动。",
)


def test_kickers_with_a_dash_or_saying_who_spoke() -> None:
    assert f.is_dash_kicker("无锡—") and f.is_dash_kicker("南昌——") and not f.is_dash_kicker("——市审计局党建纪实")
    assert f.is_said_kicker("于永波会见全军和武警先进典型代表时指出")
    assert not f.is_said_kicker("苏丹总统强调"), "as often the first line of a wrapped headline"
    page = make_page(narrow(*AUDIT[:2]), "", *STACKED_GROUP, "", narrow(*TOURISM))
    _, articles = parse(page)
    tourism = only(articles, "华夏城乡游首迎式在沪举行罗干及近千名海内外游客出席欢庆活动")
    assert (tourism.kicker, tourism.byline) == ("无锡—", "本报记者贾凯刚")


def test_unpunctuated_lines_over_a_reporters_byline_are_a_headline() -> None:
    # After a finished paragraph the headline's lines could be text; the byline under them says otherwise.
    page = make_page(narrow(*AUDIT[:2]), "", *STACKED_GROUP[1:], "", narrow(*TOURISM))
    layer, _ = parse(page)
    first = page.lines.index(STACKED_GROUP[1]) + 1
    assert [layer.lines[n].role for n in (first, first + 1, first + 2)] == [Role.TITLE, Role.TITLE, Role.BYLINE]


def test_a_stack_of_headlines_goes_to_the_bodies_by_their_words() -> None:
    # Headlines first, bodies after, as an OCR order that reads the page top-down gives them.
    page = make_page(
        *STACKED_GROUP, "", CLINIC_TITLE, "", AUDIT_TITLE, "■ 本报记者 张明", "",
        narrow(*AUDIT[:2]), "", narrow(*TOURISM), "", narrow(*CLINIC),
    )  # fmt: skip
    layer, articles = parse(page)
    audit = only(articles, AUDIT_TITLE)
    assert audit.paragraphs == AUDIT[:2] and audit.byline == "本报记者 张明"
    assert only(articles, CLINIC_TITLE).paragraphs == CLINIC
    tourism = only(articles, "华夏城乡游首迎式在沪举行罗干及近千名海内外游客出席欢庆活动")
    assert tourism.paragraphs[0].startswith("本报上海1月1日电")
    assert layer.lines[page.lines.index(AUDIT_TITLE) + 1].rule == "headline-far"


def test_bare_names_under_a_headline_are_its_byline() -> None:
    assert f.is_person_names("崔颖勇") and f.is_person_names("赖林嵩 周美林") and f.is_person_names("欧阳明")
    assert not f.is_person_names("温馨的贺卡") and not f.is_person_names("致读者")
    # Tesseract: the second line of the headline 延安供水工程建成通水 (程建 + 成通水 would be two names).
    assert not f.is_person_names("程建成通水")
    # RapidOCR, a wide page: the kicker `兰州市` over `美媒称美国农业经济已` / `受到美关税政策冲击` (兰 is a surname).
    assert not f.is_person_names("兰州市") and f.is_person_names("兰晓龙")
    # Tesseract: the second line of `“赏花+”激活` / `文旅消费活力` (文旅消 + 费活力 would be two names, but 消费
    # spans their cut).
    assert not f.is_person_names("文旅消费活力") and f.is_person_names("赖林嵩周美林")
    page = make_page(narrow(*AUDIT[:2]), "", "洛阳—", "温馨的贺卡", "向贤彪", "", narrow(*CLINIC))
    _, articles = parse(page)
    assert (only(articles, "温馨的贺卡").byline, only(articles, "温馨的贺卡").kicker) == ("向贤彪", "洛阳—")


def test_a_short_line_alone_before_a_headline_is_a_column_label() -> None:
    page = make_page(narrow(*AUDIT[:2]), "", "今日谈", "", CLINIC_TITLE, "■ 本报记者 王芳", "", narrow(*CLINIC))
    layer, articles = parse(page)
    assert layer.lines[page.lines.index("今日谈") + 1].role is Role.SECTION
    assert only(articles, CLINIC_TITLE).byline == "本报记者 王芳"


def test_the_section_name_under_the_page_header_belongs_to_it() -> None:
    page = make_page("2013年9月12日星期四", "第8版", "社会", "", AUDIT_TITLE, "", narrow(*AUDIT[:2]))
    layer, articles = parse(page)
    assert [layer.lines[n].role for n in (1, 2, 3)] == [Role.SECTION] * 3
    assert len({layer.lines[n].item for n in (1, 2, 3)}) == 1, "the page header is one item"
    assert only(articles, AUDIT_TITLE).kicker == ""


def test_a_closing_quote_misread_after_a_full_stop_still_ends_the_sentence() -> None:
    # Tesseract: `……一定能够顺利实现。”` read with the quote as 4.
    assert f.ends_sentence("九年十二月澳门的回归一定能够顺利实现。4")
    assert not f.ends_sentence("在1998年")


def test_public_service_notice_with_its_slogans_and_who_placed_it() -> None:
    assert f.is_ad_signature("本报宣") and f.is_ad_signature("市文明办宣") and f.is_ad_signature("中国网络电视台")
    page = make_page(
        narrow(*AUDIT[:2]), "", "公益广告", "讲文明 树新风", "文明城市 你我共建", "本报宣", "",
        "中南外长高度评价两国建交", "", "口 黎芳梅", "", narrow(*CLINIC),
    )  # fmt: skip
    layer, articles = parse(page)
    ad = [n for n in range(1, len(page.lines) + 1) if n in layer.lines and layer.lines[n].role is Role.AD]
    assert [page.text(n) for n in ad] == ["公益广告", "讲文明 树新风", "文明城市 你我共建", "本报宣"]
    assert only(articles, "中南外长高度评价两国建交").byline == "口 黎芳梅"


def test_place_and_slogan_kickers_also_with_the_dash_read_as_yi() -> None:
    assert f.is_dash_kicker("贵阳：实干谱新篇") and f.is_dash_kicker("海口: 实干见实效一")
    assert not f.is_dash_kicker("记者从国家统计局获悉：上半年经济稳中有进")
    assert f.ends_kicker_dash("无锡—") and f.ends_kicker_dash("海口: 实干见实效一")
    assert not f.ends_kicker_dash("贵阳：实干谱新篇") and not f.ends_kicker_dash("统一")
    page = make_page(narrow(*AUDIT[:2]), "", "海口: 实干见实效一", CLINIC_TITLE, "", narrow(*CLINIC))
    _, articles = parse(page)
    assert only(articles, CLINIC_TITLE).kicker == "海口： 实干见实效一"  # the colon as the corpus prints it


def test_a_caption_over_its_photographers_credit_is_a_photo_even_after_a_column_cut() -> None:
    caption = "山西画院作品展，1997年12月9日至14日在中国美术馆举行。参展的160多幅作品，出自17位画家之手。"
    # The column before the photo is cut mid-sentence: its text goes on elsewhere.
    page = make_page(narrow(AUDIT[0])[:-1], "", narrow(caption), "", "■吕林丽摄", "", CLINIC_TITLE, "", narrow(*CLINIC))
    _, articles = parse(page)
    photo = next(a for a in articles if a.kind is Kind.PHOTO)
    assert photo.paragraphs == (caption,) and photo.byline == "吕林丽摄"


def test_a_photographers_credit_right_under_a_caption_cut_in_mid_sentence_is_a_credit() -> None:
    # RapidOCR on a one-column page: the caption's last line was cut off; `…摄` under it still closes the photo.
    page = make_page(
        "对口援疆助力新疆高质量发展",
        "蔡兰静",
        "",
        "近日，我国出台跨电网经营区常态化电力交易机制方案，提出",
        "国家电网、南方电网要进一步统一市场规则、交易品种等，实现跨",
        "电网经营区交易常态化开市。经营主体在任何一个区域注册信息后，",
        "即可在两网经营区内灵活开展交易业务。该机制将进一步优化电力",
        "资源配置，更好促进绿色电力消纳，打破电力市场分割，助力建设",
        "全国统一电力大市场。",
        "",
        "国家统计局公布的数据显示，上半年，在一系列扩大内需、提振消",
        "新华社记者黎文琳摄",
        "",
        "中央各单位和19个援疆省市完善工作机制，加大对口援疆，",
        "助力新疆经济社会高质量发展。",
    )
    layer, _ = parse(page)
    assert layer.lines[12].role is Role.CREDIT, layer.lines[12]
    assert layer.lines[11].role is Role.CAPTION


def test_a_byline_read_between_two_lines_of_one_sentence_is_that_storys() -> None:
    # Tesseract on a wide page: the byline, printed at the head of the story's next column, is read where the
    # text breaks off in mid-word (`整` / `治工程`, the language's `整治`); the story goes on under it.
    page = make_page(
        "今年前5个月我国内河货运量超过20亿吨",
        "",
        "记者从交通运输部了解到，随着我国内河航道能力的提升，今年",
        "]一5月，全国内河货运量超过20亿吨，同比增长近4%。",
        "",
        "内河航运是横贯东西、连接南北的重要通道。今年以来，我国继",
        "续加快内河航道建设，将于今年年底主体完工的长江中游斌江河段整",
        "",
        "国 本报记者 石旭林",
        "",
        "治工程，把荆江河段枯水期的航道维护水深从此前的3.5到3.8米提升",
        "到4.5米，船舶吨级也将从3000吨级提升至5000吨级，实现5000吨",
        "级船舶可全年经由荆江河段直达重庆。随着长江、西江、京杭运河等",
        "工程的加快推进，预计到今年年底，我国将新增高等级航道里程900",
        "",
        "公里。",
    )
    _, articles = parse(page)
    story = only(articles, "今年前5个月我国内河货运量超过20亿吨")
    assert story.byline == "国 本报记者 石旭林" and story.text.endswith("公里。"), story


def test_a_byline_read_where_a_sentence_breaks_off_on_words_the_page_prints_together_is_that_storys() -> None:
    # Tesseract on a narrow page: `…全国先进典型座谈会的` / `口 金鹏宇` / `军队代表徐洪刚…`. 的军 is no word of
    # the language, but the page prints it together elsewhere (`…的军队…`): the sentence goes on under the byline.
    raw = tuned_on_lines("narrow_tesseract_tess_13001")
    assert raw[197:203] == [
        "于永波等在同应邀参加中宣",
        "部召开的全国先进典型座谈会的",
        "",
        "口 金鹏宇",
        "",
        "军队代表徐洪刚、韩素云、李国",
    ]
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[201].role is Role.BYLINE
    assert layer.lines[199].item == layer.lines[201].item == layer.lines[203].item
    assert layer.lines[203].brk is Break.JOIN


def test_a_place_under_a_column_label_is_the_next_headlines_kicker_not_a_pen_name() -> None:
    # Tesseract on a wide page: `青岛市` is two or three characters under a one-line display line, as a pen name
    # under its essay's title is, but a place kicks the headline under it.
    page = make_page(
        "此次试验是我国首次进行载人航天器地外天体着陆起飞试验，是",
        "我国载人月球探测工程研制工作的一个关键节点。",
        "",
        "新思想引领新征程",
        "青岛市",
        "",
        "民营经济发展向好活力增强",
        "",
        "央视网消息 〈新闻联播) : 习近平总书记强调，新时代新征程民",
        "营经济发展前景广阔、大有可为，广大民营企业和民营企业家大显身",
        "手正当其时。要统一思想、坚定信心，促进民营经济健康发展、高质",
        "量发展。今年以来，一系列促进民营经济发展的政策措施落地见效，",
    )
    layer, articles = parse(page)
    assert layer.lines[5].role is not Role.BYLINE
    assert only(articles, "民营经济发展向好活力增强").kicker == "青岛市"


def test_dated_captions_with_the_year() -> None:
    assert f.is_dated("1997年11月8日,长江三峡工程实施大江截流") and f.is_dated("7月23日，开发区")
    assert f.is_dated("１９９７年１１月８日，") and f.is_dated("７月 23 日") and not f.is_dated("第７月23日")


def test_page_credits_and_datelines_quoted_from_xinhua() -> None:
    assert f.is_furniture("本版摄影: 孔远宁")
    assert f.is_lead("据新华社联合国12月31日电") and f.is_lead("本报约翰内斯堡1 2月3 0")
    assert f.is_lead("综合本报和新华社电在辞旧迎新之际，")
    assert f.is_continuation("《下转第9版)")


def test_a_jump_line_whose_page_number_ocr_misread_is_a_jump_line() -> None:
    assert f.is_continuation("《下转第1]版)")  # Tesseract reads a 1 as `]` (or `工`)


def test_a_column_cut_by_another_story_goes_on_after_it() -> None:
    host = ("市审计局坚持把党建工作与审计", "业务深度融合，打造党建品牌，提质增")  # the second full, cut mid-word
    rest = "效，党建工作精品不断、亮点频闪。"
    page = make_page(AUDIT_TITLE, "", *host, "", CLINIC_TITLE, "", narrow(*CLINIC), "", rest)
    _, articles = parse(page)
    assert only(articles, AUDIT_TITLE).paragraphs == ("".join(host) + rest,)
    assert only(articles, CLINIC_TITLE).paragraphs == CLINIC


def test_a_headline_and_its_name_standing_apart_over_the_story_that_takes_up_its_words() -> None:
    # RapidOCR, column order: the headline group of the story above, then this one with a bare name.
    page = make_page(
        "昆明—", "重庆：关怀", "孤寡老人", "本报记者邵杰勇叶强桂", "", "老挝国会主席会见何鲁丽", "龚思", "",
        narrow(
            "新华社北京12月30日电万象消息：老挝人民民主共和国中央政治局委员、国会主席沙曼·维雅吉29日在万象"
            "会见了正在老挝访问的全国政协副主席、中国人民争取和平与裁军委员会会长何鲁丽及其率领的代表团。"
        ),
    )  # fmt: skip
    _, articles = parse(page)
    laos = only(articles, "老挝国会主席会见何鲁丽")
    assert laos.byline == "龚思" and laos.paragraphs[0].startswith("新华社北京12月30日电")


def test_two_columns_read_row_by_row_are_not_joined_into_one_text() -> None:
    # RapidOCR, strict top-down order: the lines of an article's two columns alternate.
    interleaved = [
        "新华社北京12月30日电万象", "小平理论旗帜感到高兴。", "消息：老挝人民民主共和国中央政治",
        "（二）何鲁丽说，老挝人民在老", "局委员、国会主席沙曼·维雅吉29", "挝人民革命党领导下，在改革开放和",
        "日在万象会见了正在老挝访问的全国", "经济建设的事业中取得了显着成就。", "政协副主席、中国人民争取和平与裁",
        "她说，中老两国是山水相连的友好邻", "军委员会会长何鲁丽及其率领的和裁", "邦，两国人民是可以相互信赖的朋友。",
        "会代表团，宾主进行了亲切友好的交", "两国发展长期、稳定的友好关系不仅", "谈。",
    ]  # fmt: skip
    # The words across each column's own line ends recur on the page (here: the same columns, read in order,
    # in a later edition's text).
    columns = ["".join(interleaved[0::2]), "".join(interleaved[1::2])]
    page = make_page("老挝国会主席会见何鲁丽", "", *interleaved, "", "何鲁丽访问老挝", "", narrow(*columns))
    _, articles = parse(page)
    # Read apart, the first column is the story under its headline, whole.
    assert only(articles, "老挝国会主席会见何鲁丽").paragraphs[0] == columns[0]
    # No text runs from a line of one column into the line of the other read after it.
    texts = "\n".join(p for article in articles for p in article.paragraphs)
    assert not any(a + b in texts for a, b in pairwise(interleaved))
    # Text of one column read in order is joined as before.
    plain, _ = parse(make_page(AUDIT_TITLE, "", narrow(*AUDIT)))
    assert all(s.rule != "columns-interleaved" for s in plain.lines.values())


def test_a_block_of_one_story_printed_after_another_goes_to_the_story_whose_words_it_shares() -> None:
    # A development page read by RapidOCR in columns: the second column of the story headed 老挝国会主席会见何鲁丽
    # (raw lines 109–121) follows the end of another story's column; the next story's headline comes after it.
    dev = DEV / "tune" / "narrow_rapidocr_rcol_1004.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    [headline] = [n for n, s in layer.lines.items() if page.text(n) == "老挝国会主席会见何鲁丽"]
    assert layer.lines[headline].role is Role.TITLE
    column = [n for n in range(109, 122) if n in layer.lines]
    assert page.text(110) == "（二）何鲁丽说，老挝人民在老"
    assert {layer.lines[n].item for n in column} == {layer.lines[headline].item}
    assert [layer.lines[n].role for n in (123, 124)] == [Role.TITLE, Role.TITLE]


def test_a_deck_whose_dashes_ocr_read_as_one_yi() -> None:
    # RapidOCR: `——灾区各级政府…` read with one 一.
    # A wide page: the headline is half as wide as the column.
    deck = "一灾区各级政府全力组织抗灾力争降低灾害损失"
    page = make_page(
        narrow(*AUDIT[:2], column=30), "", "党中央国务院关心西藏雪灾救灾工作", deck, "", narrow(*CLINIC, column=30)
    )
    _, articles = parse(page)
    tibet = only(articles, "党中央国务院关心西藏雪灾救灾工作")
    assert tibet.subtitle == deck
    # A line that opens with a word of 一 (一些, 一批…) the page uses elsewhere is text.
    assert not f.is_dash_kicker("统一") and f.is_dash_kicker("无锡一")


def test_page_header_lines_as_tesseract_reads_them() -> None:
    assert f.is_furniture("2019年10月28日 星期一            第9版                              社会")
    assert f.is_furniture("2003年]月16日星期四”第14版文化")  # 1 read as ]
    assert f.is_furniture("2002年绷20日星期二”第3版                     经济")  # 月 read as 绷
    assert f.is_furniture("责任编辑:修军恰美术编辑:薛娟静")


def test_a_kicker_ends_the_headline_before_it_in_a_stack() -> None:
    # RapidOCR, headlines first: one group's headline, then the next group's kicker saying who spoke.
    army = (
        "本报北京1月2日电中央军委委员、总政治部主任于永波日前会见全军和武警部队先进典型代表，"
        "强调用先进典型推动部队全面建设。"
    )
    tibet = (
        "新华社拉萨1月2日电西藏部分地区发生特大雪灾后，党中央、国务院十分关心西藏灾区救灾工作，"
        "灾区各级政府全力组织抗灾。"
    )
    kicker, title = "于永波会见全军和武警先进典型代表时指出", "用先进典型推动部队全面建设"
    page = make_page(
        "今日谈", "", "党中央国务院关心西藏雪灾救灾工作", kicker, title, "",
        narrow(army, column=30), "", narrow(tibet, column=30),
    )  # fmt: skip
    _, articles = parse(page)
    assert only(articles, title).kicker == kicker
    assert only(articles, "党中央国务院关心西藏雪灾救灾工作").paragraphs[0].startswith("新华社拉萨")


def test_a_headline_with_its_yi_deck_over_a_byline_after_a_column_cut() -> None:
    # RapidOCR, column order: a column ends on an open dateline, then the next story's headline group.
    tibet = (
        "据新华社北京12月30日电西藏自治区政府副主席泽仁桑珠今天在北京接受记者采访时介绍说，西藏部分地区发生"
        "特大雪灾后，党中央、国务院十分关心西藏的灾情和救灾工作。"
    )
    page = make_page(
        "本报重庆1月2日电记者李维平", "", "党中央国务院关心", "西藏雪灾救灾工作",
        "一灾区各级政府全力组织抗灾力争降低灾害损失", "本报记者魏雨强蒋洋秀", "", narrow(tibet),
    )  # fmt: skip
    _, articles = parse(page)
    story = only(articles, "党中央国务院关心西藏雪灾救灾工作")
    assert story.subtitle == "一灾区各级政府全力组织抗灾力争降低灾害损失"
    assert story.byline == "本报记者魏雨强蒋洋秀"


def test_a_headline_standing_over_a_dateline_after_a_column_cut() -> None:
    lead = "新华社北京1月1日电（江涛、曹斌）昨晚，第一次来到首都北京的50多名香港大学生迎来新年。"
    page = make_page(
        narrow(AUDIT[0])[:-1], "", "祝愿祖国明天更加繁荣昌", "盛香港大学生在京度佳节", "", narrow(lead)
    )  # fmt: skip
    _, articles = parse(page)
    assert only(articles, "祝愿祖国明天更加繁荣昌盛香港大学生在京度佳节").paragraphs == (lead,)


def test_a_headline_may_end_on_a_word_that_ends_with_a_function_character() -> None:
    assert f.ends_with_function_word("党员干部的") and not f.ends_with_function_word("初现新世纪油画走向")
    page = make_page(
        narrow(*AUDIT[:2]), "", "『中国青年油画展』", "初现新世纪油画走向", "范凯明", "",
        narrow("首届全国性的『走向新世纪中国青年油画展』，日前已在北京中国美术馆展出。"),
    )  # fmt: skip
    _, articles = parse(page)
    assert only(articles, "『中国青年油画展』初现新世纪油画走向").byline == "范凯明"


def test_a_short_phrase_over_a_headline_of_two_long_clauses_is_its_kicker() -> None:
    kicker, title = "北大荒粮食三年连续大幅增产", "去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率"
    body = "本报讯北大荒经受洪涝灾害的严峻考验，粮食连续3年大幅度增产。1997年的总产量逾85．2亿公斤。"
    page = make_page(kicker, title, "本报记者向军远向志婷", "", narrow(body, column=30))
    _, articles = parse(page)
    assert only(articles, title).kicker == kicker


def test_a_block_after_an_open_line_it_does_not_read_on_from_goes_to_its_own_story() -> None:
    # A wide development page read column by column: the second column of the story headed 塔拉尔将出任巴基斯坦总统
    # (raw line 32) comes at raw line 89, `一是，在今天举行的选举中…`, after the open last line of another
    # story's column (`…进事迹是中华民族传统美德和我党我军优`).
    dev = DEV / "tune" / "wide_rapidocr_rcol_1008.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    assert page.text(32) == "塔拉尔将出任巴基斯坦总统" and page.text(89).startswith("一是，在今天举行的选举中")
    assert layer.lines[32].role is Role.TITLE
    assert {layer.lines[n].item for n in (89, 90, 91, 92)} == {layer.lines[32].item}


def test_a_label_in_a_box_read_as_brackets() -> None:
    # Tesseract: the boxed column label [科技前沿] right over a headline.
    assert f.is_boxed_label("[科技前沿]") and f.is_boxed_label("【一线探访】") and not f.is_boxed_label("[1]")
    page = make_page(narrow(*AUDIT[:2]), "", "[科技前沿]", "致读者", "", narrow(*CLINIC))
    layer, articles = parse(page)
    assert layer.lines[page.lines.index("[科技前沿]") + 1].role is Role.SECTION
    assert only(articles, "致读者").paragraphs == CLINIC


def test_kickers_with_a_semicolon_and_headlines_with_a_place() -> None:
    # Tesseract read the kicker's colon as a semicolon; a place and a long phrase is a headline of its own.
    assert f.is_dash_kicker("武汉; 攻坚开新局") and not f.is_dash_kicker("南京：给特困户解决困难")
    page = make_page(narrow(*AUDIT[:2]), "", "武汉; 攻坚开新局", "南京: 给特困户解决困难", "", narrow(*CLINIC))
    _, articles = parse(page)
    nanjing = only(articles, "南京： 给特困户解决困难")  # as the corpus prints the colon
    assert nanjing.kicker.startswith("武汉") and nanjing.kicker.endswith("攻坚开新局")


def test_a_headline_group_is_no_text_column() -> None:
    # RapidOCR, headlines first on a wide page: a group of short lines, one of them with a comma.
    group = [
        "北大荒粮食三年连续大幅增产",
        "去年总产量逾85．2亿公斤，创下我国农业最高劳动生产率",
        "—为了使粮食不断增产",
        "本报记者向军远向志婷",
    ]
    body = narrow(*AUDIT, column=30)
    profile = profile_page(make_page(*group, "", *body))
    assert {line.column for line in profile.lines} == {profile.column}


def test_a_reporter_named_in_the_next_line_of_an_open_dateline_is_its_text() -> None:
    # RapidOCR: `本报北京12月31日电` / `记者温宪报道：为热烈庆祝中国与南非…` (the colon dropped).
    page = make_page(
        AUDIT_TITLE, "", "本报北京12月31日电", "记者温宪报道为热烈庆祝中国与南", "非建交，两国外长今天举行会谈。",
        "", narrow(*AUDIT[1:]),
    )  # fmt: skip
    layer, articles = parse(page)
    assert layer.lines[4].role is Role.BODY
    assert only(articles, AUDIT_TITLE).byline == ""


def test_a_caption_over_a_credit_of_names_run_together_is_a_photo() -> None:
    caption = (
        "如果说，多年来对于艺术形式的探索已经导致不同程度的“精神性贫血与语言性虚脱”，1997年，这种探索终于开始摆脱困窘。"
    )
    page = make_page(
        narrow(*AUDIT), "（下转第9版）", "", narrow(caption), "■孔怡林黄磊摄", "", CLINIC_TITLE, "", narrow(*CLINIC)
    )
    _, articles = parse(page)
    photo = next(a for a in articles if a.kind is Kind.PHOTO)
    assert photo.byline == "孔怡林黄磊摄" and only(articles, CLINIC_TITLE).byline == ""


def test_a_deck_whose_dash_ocr_read_as_a_hyphen() -> None:
    assert f.is_dash_subtitle("-钱其琛对记者说") and not f.is_dash_subtitle("-1")
    assert f.is_dash_subtitle("一-天气趋势分析")  # Tesseract: the first dash as 一, the second as a hyphen
    assert not f.is_dash_subtitle("一，民族团圆，为开创中华民族全面")
    page = make_page(
        narrow(*AUDIT[:2]), "", "中南外长联合举行记者招待会", "-钱其琛对记者说", "", narrow(*CLINIC)
    )  # fmt: skip
    _, articles = parse(page)
    assert only(articles, "中南外长联合举行记者招待会").subtitle == "-钱其琛对记者说"


def test_a_place_and_a_phrase_over_a_shorter_line_is_the_first_line_of_a_headline() -> None:
    # RapidOCR: the headline 宁夏:农业产业化铺筑致富路 wrapped in the middle of 产业化.
    page = make_page(narrow(*AUDIT[:2]), "", "宁夏:农业产业", "化铺筑致富路", "", narrow(*CLINIC))
    _, articles = parse(page)
    assert [a.kicker for a in articles if a.title.endswith("化铺筑致富路")] == [""]


def test_a_deck_that_wraps_onto_a_second_line() -> None:
    # Tesseract: the deck `——去年总产量…最高劳动生产率` wrapped after 最高劳.
    deck = ("-去年总产量逾85.2亿公斤，创下我国农业最高劳", "动生产率")
    page = make_page(narrow(*AUDIT[:2]), "", "北大荒粮食三年", "连续大幅增产", "", *deck, "", narrow(*CLINIC))
    _, articles = parse(page)
    story = only(articles, "北大荒粮食三年连续大幅增产")
    assert story.subtitle.endswith("最高劳动生产率")


def test_a_short_line_right_over_a_kicker_is_a_column_label() -> None:
    kicker, title = "于永波会见全军和武警先进典型代表时指出", "用先进典型推动部队全面建设"
    page = make_page(narrow(*AUDIT), "（下转第12版）", "", "国际视点", kicker, "", title, "", narrow(*CLINIC))
    layer, articles = parse(page)
    assert layer.lines[page.lines.index("国际视点") + 1].role is Role.SECTION
    assert only(articles, title).kicker == kicker


def test_names_in_brackets_under_a_story_end_it() -> None:
    # RapidOCR: the writers' names in brackets under the last line, then the next story's headline.
    page = make_page(
        AUDIT_TITLE, "", narrow(*AUDIT, column=30), "(徐国春张雅文崔成龙)", "", "党中央国务院关心西藏雪灾救灾工作",
        "一灾区各级政府全力组织抗灾力争降低灾害损失", "", narrow(*CLINIC, column=30),
    )  # fmt: skip
    layer, articles = parse(page)
    assert layer.lines[page.lines.index("(徐国春张雅文崔成龙)") + 1].role is Role.NOTE
    assert only(articles, "党中央国务院关心西藏雪灾救灾工作").paragraphs == CLINIC


def test_a_headline_line_may_end_on_a_function_word_when_the_next_goes_on() -> None:
    # RapidOCR: a four-line headline in large type after a photo's credit, its third line cut after 在 (在京).
    title = ["祝愿祖国明天", "更加繁荣昌盛", "香港大学生在", "京度佳节"]
    caption = "江西临川市洋洲镇洋洲村的农民乐队在元旦这天为本村村民演出迎新年节目，深受群众欢迎。"
    road = "计划于今年开通的新疆吐鲁番乌鲁木齐大黄山高等级公路全长283．3公里，工程概算总投资22．8亿元人民币。"
    page = make_page(narrow(caption), "■贺晓蔡红摄", "", *title, "", narrow(road))
    layer, _ = parse(page)
    first = page.lines.index(title[0]) + 1
    assert [layer.lines[first + k].role for k in range(4)] == [Role.TITLE] * 4


def test_a_headline_group_right_after_a_notice() -> None:
    # RapidOCR: a notice's signature, then a kicker, a two-line headline and a bare-name byline.
    notice = ["公益广告", "诚信做人 守法做事", "中国网络电视台"]
    group = ["兰州市", "宁夏：农业产业", "化铺筑致富路", "周娟"]
    page = make_page(narrow(*AUDIT), "", *notice, "", *group, "", narrow(*CLINIC))
    _, articles = parse(page)
    story = only(articles, "宁夏：农业产业化铺筑致富路")
    assert (story.kicker, story.byline, story.paragraphs) == ("兰州市", "周娟", CLINIC)


def test_a_kickers_dash_on_a_line_of_its_own() -> None:
    assert f.is_dashes_only("—") and f.is_dashes_only(" -- ") and not f.is_dashes_only("——市审计局")
    group = ["西宁：惠民见实效-", "—", "香港各界举行", "活动喜庆元旦"]
    page = make_page(narrow(*AUDIT), "（下转第4版)", "", *group, "", narrow(*CLINIC))
    _, articles = parse(page)
    story = only(articles, "香港各界举行活动喜庆元旦")
    assert story.kicker.startswith("西宁") and story.paragraphs == CLINIC


def test_a_place_whose_kicker_dash_ocr_read_as_a_line_of_its_own() -> None:
    # RapidOCR, a wide page read column by column: under a column label, `无锡` and its dash on a line of their
    # own, the headline and the reporter's bare name, then the story.
    raw = tuned_on_lines("wide_rapidocr_rcol_73007")
    assert raw[6:10] == ["无锡", "—", "台风“巴威”登陆各地全力应对", "谢超"]
    _, articles = parse(Page("rcol", tuple(raw)))
    story = only(articles, "台风“巴威”登陆各地全力应对")
    assert (story.kicker, story.byline) == ("无锡—", "谢超")
    assert story.paragraphs[0].startswith("央视网消息（新闻联播）")


def test_a_dateline_the_column_cut_before_its_dian() -> None:
    # RapidOCR, a 12-character column: `据新华社北京1月2日` ends the line, `电（记者王黎）…` opens the next.
    assert f.is_lead("据新华社北京1月2日") and f.is_lead("新华社莫斯科12月") and f.is_lead("本报北京1月")
    assert not f.is_lead("新华社记者秦欣涛摄") and not f.is_lead("新华社社长")
    lead = ["据新华社北京1月2日", "电（记者王黎）’98北京", "音乐厅学生艺术欣赏课系列", "音乐会首场昨天推出。"]
    page = make_page(narrow(*AUDIT), "", CLINIC_TITLE, "", *lead, "", narrow(*CLINIC))
    layer, articles = parse(page)
    assert layer.lines[page.lines.index(lead[0]) + 1].role is Role.BODY
    assert only(articles, CLINIC_TITLE).paragraphs[0].startswith("据新华社北京1月2日电")


def test_a_deck_wrapped_over_several_lines() -> None:
    # RapidOCR, a 12-character column: a deck whose —— was read as one 一, wrapped over three lines, then the
    # byline and the story (as read, with the page's header above).
    header = ["2016年11月26日星期六", "第4版", "国际新闻"]
    group = ["李鹏在北京", "考察企业", "一向广大职工祝贺新年，", "对节日坚守岗位的同志", "们表示慰问", "●唐峰"]
    body = ["新华社北京十二月三十", "一日电（中央人民广播电台", "记者刘振英、新华社记者张", "宿堂）今天是一九九七年的"]
    body += ["最后一天。辞旧迎新之际，", "国务院总理李鹏今天上午来", "到北京石景山发电总厂考察，"]
    body += ["向广大企业职工表示节日的"]
    body += ["祝贺，向将要在节日期间坚", "守工作岗位的同志们表示慰", "问。", "（下转第3版）"]
    page = make_page(*header, "", *group, "", *body, "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    story = only(articles, "李鹏在北京考察企业")
    assert story.subtitle == "一向广大职工祝贺新年，对节日坚守岗位的同志们表示慰问"
    assert story.byline == "唐峰" and story.paragraphs[0].startswith("新华社北京十二月三十一日电")


def test_full_lines_over_a_marked_byline_are_the_headline() -> None:
    # RapidOCR: a headline over two columns, its lines as full as text lines, right over `●杨华`; a photo's
    # credit under its caption (`■江鹏摄`) makes no headline of the caption.
    title = ["华夏城乡游首迎式在沪举行罗干及", "近千名海内外游客出席欢庆活动"]
    page = make_page(narrow(*AUDIT), "", *title, "●杨华", "", narrow(*CLINIC))
    _, articles = parse(page)
    assert only(articles, "".join(title)).byline == "杨华"  # the mark is not part of the name
    caption = ["昆明南过境高架公路于日前建成并", "通车。该路全长7．2公里，宽2", "6．5米。它的建成标志着云南省"]
    caption += ["公路建设水平取得新突破"]
    page = make_page(narrow(*AUDIT), "", *caption, "■江鹏摄", "", AUDIT_TITLE, "", narrow(*CLINIC))
    layer, _ = parse(page)
    assert all(layer.lines[page.lines.index(t) + 1].role is not Role.TITLE for t in caption)


def test_a_headline_wrapped_on_a_dash_inside_it() -> None:
    # RapidOCR, a headline in large type wrapped at five characters: `胜利前进——元旦献辞`, its line `利前进-`
    # ending on the dash inside the headline, not a kicker of a headline `元旦献辞`.
    group = ["贵阳：惠民见实效—", "在十五大精", "神指引下胜", "利前进-", "元旦献辞", "一刚刚过去的一年", "顾雨"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
    layer, articles = parse(page)
    first = page.lines.index(group[1]) + 1
    assert [layer.lines[first + k].role for k in range(4)] == [Role.TITLE] * 4
    assert only(articles, "在十五大精神指引下胜利前进-元旦献辞").kicker == "贵阳：惠民见实效—"


def test_a_headline_in_large_type_under_a_column_cut_mid_sentence() -> None:
    # RapidOCR, a 12-character column cut after `此次到京的香港大学生`; under a blank, a headline wrapped at five
    # characters and its deck, its dash lost, in smaller type wrapped at ten.
    column = ["新华社北京1月1日电", "（江涛、曹斌）昨晚，第一", "次来到首都北京的50多名", "香港大学生，和北京航空航"]
    column += ["天大学的同学们在《歌唱祖", "国》的歌声中一起迎接19", "98年的到来。", "此次到京的香港大学生"]
    title = ["党中央国务", "院关心西藏", "雪灾救灾工", "作"]
    deck = ["灾区各级政府全力组", "织抗灾力争降低灾害损", "失"]
    page = make_page(AUDIT_TITLE, "", *column, "", *title, *deck, "本报记者崔雪", "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    story = only(articles, "党中央国务院关心西藏雪灾救灾工作")
    assert story.subtitle == "灾区各级政府全力组织抗灾力争降低灾害损失"
    assert story.paragraphs == CLINIC


def test_a_kicker_a_headline_and_a_bare_name_standing_apart() -> None:
    # RapidOCR, a 12-character column: the kicker, a headline wrapped as full as text lines, the reporter's
    # bare name, then the story that takes up the headline's words.
    group = ["北京市", "祝愿祖国明天更加繁荣", "昌盛香港大学生在京度", "佳节", "沈芳"]
    body = ["新华社北京1月1日电", "(江涛、曹斌）昨晚，第一", "次来到首都北京的50多名", "香港大学生，和北京航空航"]
    body += ["天大学的同学们在《歌唱祖", "国》的歌声中一起迎接19", "98年的到来。", "此次到京的香港大学生"]
    body += ["来自香港科技大学和浸会大", "学，他们于12月30日抵", "京后参观了北大、清华和抗", "日战争纪念馆。"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", *body)
    _, articles = parse(page)
    story = only(articles, "祝愿祖国明天更加繁荣昌盛香港大学生在京度佳节")
    assert (story.kicker, story.byline) == ("北京市", "沈芳")


def test_a_place_and_slogan_over_a_headline_in_larger_type_is_its_kicker() -> None:
    # RapidOCR: `太原：实干开新局` in the kicker's type over a headline wrapped at five characters.
    group = ["太原：实干开新局", "北国有寒趣", "南疆闻花香", "各地群众喜", "庆元旦", "本报记者陆海刚史洋"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    assert only(articles, "北国有寒趣南疆闻花香各地群众喜庆元旦").kicker == "太原：实干开新局"


def test_a_said_kicker_wrapped_over_two_lines() -> None:
    # RapidOCR, a 12-character column: `于永波会见全军和武警⏎先进典型代表时指出` over its headline.
    group = ["于永波会见全军和武警", "先进典型代表时指出", "用先进典型推动", "部队全面建设", "●任军飞"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    story = only(articles, "用先进典型推动部队全面建设")
    assert (story.kicker, story.byline) == ("于永波会见全军和武警先进典型代表时指出", "任军飞")


def test_a_box_mark_read_as_kou_without_a_space() -> None:
    # Tesseract: a two-line headline, then `口姚红` (■ 姚红) under it.
    title = ["中国常驻联合国代表秦华孙", "说我多边外交赢得广泛好评"]
    page = make_page(narrow(*AUDIT), "", *title, "口姚红", "", narrow(*CLINIC))
    _, articles = parse(page)
    assert only(articles, "".join(title)).byline == "口姚红"


def test_two_headlines_in_a_row_over_two_stories_printed_one_after_the_other() -> None:
    # RapidOCR reading a one-column page top-down: both headline groups first, then both stories, a blank
    # line between them. The second headline shares one word with its story (电子).
    music = ["据新华社北京1月2日电（记者王黎）’98北京音乐厅学"]
    music += ["生艺术欣赏课系列音乐会首场昨天在北京音乐厅推出。首都千"]
    music += ["余名大中小学生在高雅音乐的伴随下，度过了1998年的第一天。"]
    music += ["此次音乐会由北京音乐厅节日管弦乐团演奏了《二泉映月》、", "《梁山伯与祝英台》等曲目。"]
    music += ["据了解，北京音乐厅将于1998年推出106场学生艺术", "欣赏课系列音乐会，面对广大学生。"]
    traffic = ["“电子眼”在深圳街头一露脸，就形成冲击波，震动了全市", "40余万机动车驾驶员，迈出了有力的一步。"]
    traffic += ["1月2日上午，记者驾车在深圳的几条主干道上缓缓行驶，", "58个“电子眼”默默地注视着潮水般的车流。"]
    traffic += ["据记录，电子“警察”每天查处交通违章近800宗，占全", "市查处违章总数的35%。"]
    heads = ["首都千余名大中小学", "生雅乐伴随度新年", "●蒋宁鹏", "", "电子“交警”在鹏城", "本报记者王楚"]
    page = make_page(*heads, "", *music, "", *traffic)
    _, articles = parse(page)
    assert only(articles, "电子“交警”在鹏城").paragraphs[0].startswith("“电子眼”")
    assert only(articles, "首都千余名大中小学生雅乐伴随度新年").paragraphs[-1].endswith("面对广大学生。")


def test_a_headline_standing_apart_over_its_deck_and_byline() -> None:
    # Tesseract, a 16-character column: a three-line headline ending on one character, a blank, its deck
    # (the dash read as 一) and a byline with its box read as 口; few of the headline's words recur below.
    title = ["谱写脱贫致富新篇章一吕梁扶", "贫开发与计划生育相结合工作纪", "实"]
    body = ["山西省吕梁地区是个贫困大区。", "全区1 3个县市中有 9个是贫困县，", "其中国家重点扶持的贫困县有7 个。"]
    page = make_page(narrow(*AUDIT), "", *title, "", "一赖林嵩周美林范双民张振明", "口孔慧娟", "", *body)
    layer, articles = parse(page)
    story = only(articles, "".join(title))
    assert story.subtitle == "一赖林嵩周美林范双民张振明" and story.byline == "口孔慧娟"
    assert layer.lines[page.lines.index("实") + 1].role is Role.TITLE


def test_digits_printed_full_width_and_read_as_ascii_fill_the_line() -> None:
    # RapidOCR reads the paper's full-width digits (`１９７１`) as ASCII, which counts half an em: the lines that
    # wrap in mid-sentence show that they print a full em on this page, so `1971年建区时…` is no first line.
    page = make_page(
        "吕梁扶贫开发与计划生育相结合",
        "",
        "本报讯（记者曾伟通讯员唐健",
        "凯）山西省吕梁地区是个贫困大区。",
        "全区13个县市中有9个是贫困县，",
        "其中国家重点扶持的贫困县有7个。",
        "1971年建区时，总人口226.",
        "6万，出生率高达33．10%，死",
        "亡率8．4%0，人口自然增长率24",
        "．70%0。1976年开始推行计划",
        "生育，无计划生育势头有所遏制。近",
        "几年来，全区上下结合实施“八七扶",
        "贫攻坚计划”，按“经济要上去，人",
        "口要下来”的方针，计划生育工作连",
        "年取得好成绩。1996年，全区总",
        "人口控制在324万人，出生率下降",
    )
    layer, _ = parse(page)
    assert layer.lines[7].brk is Break.JOIN, layer.lines[7].rule


def test_a_full_stop_read_as_a_dot_ends_the_sentence() -> None:
    assert f.ends_sentence("细腻绵长.") and not f.ends_sentence("1971年建区时，总人口226.")
    page = make_page(
        "温馨的贺卡",
        "",
        "年根儿了，一张张贺卡，飞越关山，从他乡飘至我的案头。",
        "面对这些印刷精美、色彩斑斓的贺卡，读着那些诗句、那些祝辞，",
        "喜悦、激动、欣慰之情油然而生，温馨、甜蜜的感觉更是丝丝缕缕，",
        "细腻绵长.",
        "一张小小的贺卡，反映着寄卡人的性格、情趣和艺术鉴赏力，每",
        "一张贺卡都记载着它和收发人之间的联系，甚至还有一段段小故事。",
    )
    layer, _ = parse(page)
    assert layer.lines[7].brk is Break.PARAGRAPH, layer.lines[7].rule


def test_a_colon_or_a_closing_bracket_short_of_the_column_ends_the_paragraph() -> None:
    # RapidOCR, column order: a photo's credit in brackets, then the salutation of a speech (after the end of
    # a story in the same column width).
    page = make_page(
        "便可到北京音乐厅欣赏高雅",
        "音乐经典节目。’98系列",
        "音乐会仍将以众多着名音乐",
        "家的参与、低廉的票价和边",
        "演出边讲解的方式面对广大",
        "学生。",
        "",
        "在全国政协新年",
        "茶话会上的讲话",
        "●汪欣",
        "",
        "江泽民在茶话会上发表",
        "重要讲话。（新华社记者王",
        "新庆摄)",
        "同志们、朋友们：",
        "在这辞旧迎新的喜庆时",
        "刻，我代表中共中央、国务",
        "院、中央军委，向各民主党",
        "派、全国工商联和无党派爱",
    )
    layer, _ = parse(page)
    assert [layer.lines[n].brk for n in (15, 16, 17)] == [Break.PARAGRAPH, Break.PARAGRAPH, Break.JOIN], [
        layer.lines[n].rule for n in (15, 16, 17)
    ]


def test_a_short_line_that_ends_on_a_percentage_ends_the_paragraph() -> None:
    # RapidOCR, column order: the full stop after `3%` is lost.
    page = make_page(
        "央视网消息（新闻联播）：7月31日，",
        "世贸组织发布的数据显示，亚洲2025年",
        "第一季度服务贸易出口取得同比9%的强",
        "劲增长。其中，中国多项数据表现突出。",
        "在全球运输服务出口方面，中国同比增长",
        "31%；在旅游业收入方面，中国同比增长",
        "达96%。同一时期，全球服务贸易增速",
        "放缓至5%，欧洲和北美的服务贸易出口",
        "同比仅增长3%",
        "世贸组织数据还显示，2025年前5个",
        "月，亚洲主要经济体服务贸易出口增长优",
        "于欧美地区，达到两位数。相关时间段内，",
    )
    layer, _ = parse(page)
    assert layer.lines[10].brk is Break.PARAGRAPH, layer.lines[10].rule
    # Numbers and percent signs print wider than the half em their characters count: a line that holds
    # several fills its column though it reads short.
    page = make_page(
        "机械化助力，江苏麦收已过六成，日机收面积正以360万亩以上的速度加",
        "快推进。在江苏阜宁的高标准农田夏收现场，记者看到10多台套联合收割机、",
        "集粮车在麦浪间穿梭，饱满的麦粒倾泻而下。",
        "这两天，河北多地天气晴好，有利于机收作业，全省每天投入约3.4万台",
        "联合收割机抢收小麦。山东各地展开大面积机收作业，高密市今年投入的新型",
        "高效联合收割机占比达80%以上，既加快了麦收进度，也将损耗率控制在1%",
        "以内。",
        "甘肃小麦也进入收获期，地处丘陵山区的陇南今年专门调配了适合山地的",
        "中小型收割机进场，一气完成收割、脱粒、麦秆还田等工序。",
    )
    layer, _ = parse(page)
    assert layer.lines[7].brk is Break.JOIN, layer.lines[7].rule


def test_a_bracket_ends_no_paragraph_on_a_line_its_latin_letters_fill_or_alone() -> None:
    # RapidOCR, column order: `（COP30)` prints wider than the half em each of its characters counts, and the
    # line fills its column; a bracket OCR read alone on a line ends nothing.
    page = make_page(
        "央视网消息（新闻联播）：10日，《",
        "联合国气候变化框架公约》（以下简称《公",
        "约》）第三十次缔约方大会（COP30)",
        "中国角”系列边会在巴西贝伦拉开序幕，首",
        "场边会聚焦生态文明和美丽中国实践。《公",
        "约》秘书处执行秘书西蒙·斯蒂尔致辞表示，",
        "中国理念强调人与自然和谐共生，可以在中",
    )
    layer, _ = parse(page)
    assert layer.lines[4].brk is Break.JOIN, layer.lines[4].rule
    page = make_page(
        "俄称控制顿涅茨克一处要",
        "地乌称击退俄军进攻",
        "袁伟",
        "",
        "）",
        "俄军防空系统击落2架乌军米格-29战机、50架无人机，拦截多型号导弹和火箭",
        "弹等。俄国防部还称，已控制顿涅茨克地区的乌曼斯科耶。据俄罗斯媒体报道，",
        "（下转第8版）",
    )
    layer, _ = parse(page)
    assert layer.lines[6].brk is Break.JOIN, layer.lines[6].rule


def test_a_list_item_after_a_short_line_opens_a_paragraph_whatever_the_line_ends_on() -> None:
    # RapidOCR read the full stop and an ellipsis as dots: the short line ends no sentence it knows.
    page = make_page(
        "温馨的贺卡",
        "",
        "年根儿了，一张张贺卡，飞越关山，从他乡飘至我的案头。",
        "（一）面对这些印刷精关、色彩斑斓的贺卡，读着那些诗句、那",
        "些祝辞，喜悦、激动、欣慰之情油然而生，温馨、甜蜜的感觉更是丝",
        "丝缕缕，细腻绵长.…….",
        "（二）一张小小的贺卡，反映着寄卡人的性格、情趣和艺术鉴赏",
        "力，每一张贺卡都记载着它和收发人之间的联系，甚至还有一段段小",
        "故事。去年夏天，我参加一家杂志社组织的云南少数民族地区风情采",
    )
    layer, _ = parse(page)
    assert layer.lines[7].brk is Break.PARAGRAPH, layer.lines[7].rule


def test_a_first_line_ending_on_punctuation_hung_past_the_column_lost_its_indent() -> None:
    # `，` may not start a line, so it hangs past the column's edge: the line is 11 em in a 12 em column,
    # but its text stops two em short.
    page = make_page(
        "华夏城乡游首迎式在沪举行",
        "",
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
        "去的1997年，我国成功",
    )
    layer, _ = parse(page)
    assert layer.lines[12].brk is Break.PARAGRAPH, layer.lines[12].rule


def test_two_full_lines_of_figures_tell_how_wide_the_page_prints_them() -> None:
    # A one-column page with few figures: two lines that wrap in mid-sentence show them a full em wide, so
    # `在刚刚过去的1997年…’97…` fills the line (it is no first line whose indent was dropped).
    raw = (DEV / "tune" / "tabloid_rapidocr_rcol_1012.txt").read_text(encoding="utf-8")
    page = Page("t", tuple(raw.split("\n")))
    assert page.lines[12].startswith("在刚刚过去的1997年")
    layer, _ = parse(page)
    assert layer.lines[13].brk is Break.JOIN, layer.lines[13].rule


def test_a_kicker_wrapped_over_two_lines_over_a_headline_of_two() -> None:
    # RapidOCR, a 12-character column: the kicker in smaller type holds more characters a line than the headline.
    group = ["我国将实行播音员主持人", "持证上岗制度", "李铁映等向第一批获得", "资格证书的代表颁证"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    assert only(articles, "李铁映等向第一批获得资格证书的代表颁证").kicker == "我国将实行播音员主持人持证上岗制度"


def test_a_said_kicker_wrapped_inside_a_word_over_a_headline_of_two() -> None:
    group = ["于永波会见全军和武警先", "进典型代表时指出", "用先进典型推动", "部队全面建设"]
    page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
    _, articles = parse(page)
    assert only(articles, "用先进典型推动部队全面建设").kicker == "于永波会见全军和武警先进典型代表时指出"


def test_a_kickers_dash_read_as_a_line_of_its_own() -> None:
    # RapidOCR: the kicker's `——` as a line of its own, `—` or `一`.
    for dash in ("—", "一"):
        group = ["青岛：惠民谱新篇", dash, "巴基斯坦新总", "统宣誓就职", "本报记者董峰本报通讯员徐雪雪"]
        page = make_page(narrow(*AUDIT, column=12), "", *group, "", narrow(*CLINIC, column=12))
        _, articles = parse(page)
        story = only(articles, "巴基斯坦新总统宣誓就职")
        assert (story.kicker, story.byline) == ("青岛：惠民谱新篇" + dash, "本报记者董峰本报通讯员徐雪雪")


def test_an_advert_label_right_under_the_page_header_opens_its_notice() -> None:
    # RapidOCR on a wide page: a 公益广告 notice printed right under the page's header.
    header = ["第12版综合新闻", "2017年6月1日星期四", ""]
    notice = ["公益广告", "关爱老人弘扬孝道", "尊老爱幼是中华民族传统美德", "市文明办宣"]
    page = make_page(*header, *notice, "", "文化广角", "", AUDIT_TITLE, "", narrow(*AUDIT))
    layer, _ = parse(page)
    assert [layer.lines[n].role for n in range(4, 8)] == [Role.AD] * 4
    item = layer.lines[4].item
    assert item is not None and layer.items[item].kind is Kind.AD


def test_a_line_of_chinese_numerals_is_no_headline() -> None:
    # RapidOCR on a wide page: the first line of a story of figures written out (`一九九七年…一百五十万零一百吨`),
    # garbled, under its headline's byline.
    assert f.is_numerals("十一并一十二十一一十十") and not f.is_numerals("九七中国旅游年圆满结束")
    story = ["十一并一十二十一一十十", "零一百吨，超计划一百吨。与上年同期相比，海上油田的年产能力增加了五十万吨。"]
    page = make_page("长春—", "胜利海上油田产油创新高", "●向敏颖", "", *story, "", AUDIT_TITLE, "", narrow(*AUDIT))
    layer, _ = parse(page)
    assert layer.lines[5].role is Role.BODY
    assert layer.lines[5].item == layer.lines[2].item


def test_a_kicker_a_blank_under_a_line_left_without_its_headline_opens_its_own_group() -> None:
    # RapidOCR on a wide page read headlines first: an essay's title over its author's pen name, then a headline
    # group whose kicker is a place, then the next group and the essay.
    lines = (DEV / "tune" / "wide_rapidocr_rtop_13007.txt").read_text(encoding="utf-8").splitlines()[:19]
    assert lines[6:9] == ["南宁市", "九七中国旅游年圆满结束九八华夏", "城乡游隆重启幕罗干出席开幕式"]
    _, articles = parse(Page("kicker apart", tuple(lines)))
    assert only(articles, "九七中国旅游年圆满结束九八华夏城乡游隆重启幕罗干出席开幕式").kicker == "南宁市"


def test_a_pen_name_after_the_mark_as_tesseract_reads_it_is_the_byline_under_a_headline() -> None:
    # Tesseract on a narrow page: an essay's title, then `■ 粒砂` with the mark read as 国.
    assert f.is_marked_pen_name("国 粒砂")
    assert not f.is_marked_pen_name("国 务院办公厅") and not f.is_marked_pen_name("国家")
    page = make_page(narrow(*AUDIT), "", "凝眸岁月", "国 粒砂", "", narrow(*CLINIC))
    _, articles = parse(page)
    assert only(articles, "凝眸岁月").byline == "国 粒砂"


def test_a_short_line_between_blanks_over_a_headline_is_a_column_label_not_the_sentence_going_on() -> None:
    # A tune page read column by column: a speech's column cut off at a full line (`…无党派爱`), then the column
    # label `百姓故事` between blank lines, over the next story's headline. Four characters with no punctuation
    # set apart on both sides are no words of the cut sentence: the label is a section of its own.
    raw = tuned_on_lines("narrow_rapidocr_rcol_9004")
    layer, _ = parse(Page("label", tuple(raw)))
    assert raw[249].endswith("无党派爱") and raw[251] == "百姓故事" and raw[253] == "巴基斯坦新总"
    assert layer.lines[252].role is Role.SECTION
    assert layer.lines[252].item not in (layer.lines[250].item, layer.lines[254].item)


def test_a_story_signed_off_with_its_reporters_names_in_brackets_ends_there() -> None:
    # A tune page read column by column: a short report ends `…新井三十六口。（杜中武孙` / `传刚)`, its reporters'
    # names in brackets after its last sentence; the column after the blank (`国人士，…`) is another story's.
    raw = tuned_on_lines("narrow_rapidocr_rcol_9004")
    layer, _ = parse(Page("signed off", tuple(raw)))
    assert raw[290].endswith("（杜中武孙") and raw[291] == "传刚)" and raw[293].startswith("国人士，")
    assert layer.lines[294].item != layer.lines[292].item == layer.lines[291].item
    assert f.signs_off("新井三十六口。（杜中武 孙传刚）") and not f.signs_off("他说（大意）")


# A narrow page read column by column (RapidOCR, tune page 9003): a photo's caption over its credit, then a
# headline that shares no words with either side, over its byline and its story.
CREDIT_OVER_HEADLINE = [
    "一是，西藏自治区有关",
    "部门在国务院、国家民委的",
    "指导下，从80年代开始对",
    "藏族文化遗产进行积极的挖",
    "掘、收集、整理、翻译和出",
    "版工作。西藏人民出版社重",
    "（下转第8版）",
    "",
    "新年来临，冰城哈尔滨市儿",
    "童公园为孩子们准备了特殊",
    "的贺岁礼物——冰雕童话",
    "世界。这里包括未来世界、",
    "世界奇观、迷宫等十大景区，",
    "展出各种冰雕作品千余件。",
    "新华社记者秦欣涛摄",
    "",
    "我爱逛农",
    "贸市场",
    "●董其中",
    "",
    "近些年来，生活中必不",
    "(下转第12版)",
]


def test_a_photo_credit_closes_the_photo_so_the_headline_under_it_heads_the_story_after() -> None:
    layer, _ = parse(make_page(CREDIT_OVER_HEADLINE))
    assert layer.lines[15].role is Role.CREDIT and layer.lines[9].role is Role.CAPTION
    assert layer.lines[17].role is Role.TITLE
    assert layer.lines[17].item == layer.lines[21].item != layer.lines[9].item


# A narrow page read by a strict XY-cut (RapidOCR, tune page 13003): a headed story cut by its jump line, a
# headline group whose story is printed elsewhere, then a dated caption over its photographer's credit.
HEADLINE_OVER_PHOTO = [
    "苏丹总统强调实现全国和解",
    "本报记者向洋梅",
    "",
    "通过和平和政治途径结束目前的",
    "武装冲突，在全国实现和平。他",
    "强烈呼吁以约翰·加朗为首的反",
    "政府武装力量回到国家的怀抱。",
    "苏丹政府努力消除各种不利于实",
    "现全国和解的障碍，大力复兴经",
    "济、恢复农业以求自给，争取把",
    "(下转第11版)",
    "",
    "香港报纸刊登",
    "新年致词香港",
    "正朝着美好明",
    "天发展",
    "本报记者韦波平杜宇健",
    "",
    "1997年11月8日，长江三",
    "峡工程实施大江截流，成为一期",
    "工程圆满完成，二期工程进入攻",
    "坚阶段的里程碑。目前，担负施",
    "工任务的各路建设大军，正为宏",
    "伟的三峡工程再续新篇章。",
    "本报记者陶浩飞摄",
]


def test_a_headline_the_story_before_has_already_does_not_fall_back_on_a_photos_caption() -> None:
    layer, articles = parse(make_page(HEADLINE_OVER_PHOTO))
    assert layer.lines[19].role is Role.CAPTION and layer.lines[25].role is Role.CREDIT
    assert layer.lines[13].item != layer.lines[19].item
    photo = next(a for a in articles if a.kind is Kind.PHOTO)
    assert photo.title == ""


def test_five_columns_read_across_by_rows_are_kept_apart() -> None:
    # RapidOCR, strict XY-cut order: two stories side by side, of two and three columns, read row by row: each
    # line goes on five lines further down, none with the line after it.
    dev = DEV / "tune" / "narrow_rapidocr_rxy_33004.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    assert page.text(12) == "比利时布鲁塞尔近日也举办" and page.text(17) == "了中秋音乐会，来自中国的艺术"
    joined = [n for n in range(12, 58) if layer.lines[n].brk is Break.JOIN]
    assert len(joined) <= 3, joined


def test_a_list_paragraph_goes_on_the_story_that_holds_the_one_before_it() -> None:
    assert f.list_number("（二）’97中国旅游年是一次国家级的宣传促销") == ("（）", 2)
    assert f.list_number("三是，报告说") == ("是", 3) and f.list_number("2.《华侨报》的评论") == (".", 2)
    assert f.list_number("十一是") is None and f.list_number("1998年") is None
    # A wide development page read column by column: the story headed 九七中国旅游年圆满结束… holds `（一）国家旅游局
    # 局长何光…` (raw line 29); its next column, `（二）’97中国旅游年…` (raw line 82), comes after a column of the
    # story headed 用先进典型推动部队全面建设, whose last line leaves its sentence open.
    dev = DEV / "tune" / "wide_rapidocr_rcol_1008.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    assert page.text(29).startswith("（一）") and page.text(82).startswith("（二）")
    assert layer.lines[82].item == layer.lines[85].item == layer.lines[29].item != layer.lines[71].item


def test_a_column_that_opens_with_a_list_paragraph_goes_on_the_story_with_the_one_before_it() -> None:
    # Tesseract, narrow columns: `2.《华侨报》…` and `3.《华澳日报》…` open columns of their own after a finished
    # sentence, each the next paragraph of the list `1.《澳门日报》…` begins.
    dev = DEV / "tune" / "narrow_tesseract_tess_1001.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    assert [page.text(n)[:2] for n in (43, 53, 63)] == ["1.", "2.", "3."]
    assert layer.lines[43].item == layer.lines[53].item == layer.lines[63].item


def test_a_column_that_holds_a_list_paragraph_goes_on_the_story_with_the_one_before_it() -> None:
    # RapidOCR, narrow columns read column by column: a column of the story that numbers its paragraphs goes on
    # with the end of `2.` and opens `3.` lower down, after another story's columns were read.
    dev = DEV / "tune" / "narrow_rapidocr_rcol_41003.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, _ = parse(page)
    assert [page.text(n)[:2] for n in (127, 181)] == ["2.", "3."]
    assert {layer.lines[n].item for n in range(174, 186)} == {layer.lines[127].item}


def test_on_a_page_of_a_paragraph_per_line_a_display_line_under_a_headline_is_its_deck() -> None:
    # An engine that writes paragraphs gives a headline on one line: the line under it is its deck, not its second
    # line (`我国将实行播音员主持人持证上岗制度` / `李铁映等向第一批获得资格证书的代表颁证`, RapidOCR read by columns).
    gold = paragraph_per_line(next(g for g in dev_pages("tune") if g.page.name == "narrow_rapidocr_rcol_1004"))
    layer, articles = parse(gold.page)
    title = "我国将实行播音员主持人持证上岗制度"
    assert only(articles, title).subtitle == "李铁映等向第一批获得资格证书的代表颁证"
    # The same page as printed, in narrow columns: the headline wraps over lines of its own measure.
    printed = next(g for g in dev_pages("tune") if g.page.name == "narrow_rapidocr_rcol_1004").page
    wrapped = [n for n, text in enumerate(printed.lines, 1) if text == "我国将实行播音员主"]
    layer, _ = parse(printed)
    assert wrapped and layer.lines[wrapped[0] + 1].role is Role.TITLE


def test_a_few_characters_over_a_wrapped_headline_far_longer_are_a_column_label() -> None:
    # Tesseract, one column: `民生关注` printed right over the two lines of a headline wrapped at its measure.
    dev = DEV / "tune" / "tabloid_tesseract_tess_17009.txt"
    page = Page(dev.stem, tuple(dev.read_text("utf-8").split("\n")))
    layer, articles = parse(page)
    assert [page.text(n) for n in (23, 24, 25)] == ["民生关注", "普京提出停火谈判", "条件 马死兰拒绝"]
    assert layer.lines[23].role is Role.SECTION
    assert only(articles, "普京提出停火谈判条件 马死兰拒绝").subtitle.endswith("俄罗斯总统普京14日表示")
    # A place over such a headline is its kicker.
    layer, articles = parse(
        make_page(narrow(*AUDIT[:2]), "", "苏州市", "普京提出停火谈判", "条件马死兰拒绝", "", narrow(*CLINIC))
    )
    assert only(articles, "普京提出停火谈判条件马死兰拒绝").kicker == "苏州市"


def test_a_headline_line_that_opens_with_a_comma_goes_on_from_the_line_above() -> None:
    # RapidOCR on a wide page: the headline wrapped before its enumeration comma, which opens the next line.
    page = Page(
        "wide",
        (
            "澳门特区第八届立法会选举的初步投票统计结果于今天（9月15日）凌晨揭晓，初步产生直接选举和间接选举议员共",
            "26名。",
            "严宇洋摄",
            "",
            "赵乐际分别会见塔吉克斯坦总统",
            "、塞尔维亚总统、韩国国会议长",
            "邓霞",
            "",
            "央视网消息（新闻联播）：全国人大常委会委员长赵乐际3日下午在北京会见来华出席2025年上海合作组织峰会",
            "和纪念中国人民抗日战争暨世界反法西斯战争胜利80周年活动的塔吉克斯坦总统拉赫蒙。",
            "赵乐际表示，中塔关系处于历史最好时期。习近平主席昨天（9月3日）同总统先生举行会唔，为中塔新时代全",
            "面战略合作伙伴关系发展作出新部署。中方愿同塔方一道，落实好两国元首重要共识，不断充实中塔命运共同体内涵。",
            "中国全国人大愿同塔议会加强交流交往，为两国务实合作提供法律保障。",
        ),
    )
    _, articles = parse(page)
    assert only(articles, "赵乐际分别会见塔吉克斯坦总统、塞尔维亚总统、韩国国会议长").subtitle == ""


def test_a_headline_line_of_common_words_under_a_kicker_is_no_byline() -> None:
    # Tesseract on a narrow page: `全国小麦收购` could be cut into two names (全国小, 麦收购), but reads as words.
    assert f.is_person_names("赖林嵩周美林") and not f.is_person_names("全国小麦收购")
    page = Page(
        "narrow",
        (
            "(下转第14版)",
            "",
            "西宁市",
            "全国小麦收购",
            "量超1亿吨",
            "",
            "央视网消息 〈新闻联播) : 国家粮",
            "食和物资储备局最新数据显示，截至目",
            "前，全国累计收购小麦超1亿吨，小麦",
            "收购总量保持在历年较高水平。",
        ),
    )
    _, articles = parse(page)
    assert only(articles, "全国小麦收购量超1亿吨").byline == ""


def test_a_headline_line_a_blank_under_a_word_cut_in_two_is_the_headlines_end() -> None:
    # Tesseract reads the leading of large type as a blank line; `周` / `年` is the page's `周年` cut in two.
    page = Page(
        "narrow",
        (
            "重庆-一",
            "赵乐际访问越南并",
            "出席越南国庆80有周",
            "",
            "年庆祝活动",
            "",
            "-一会见越共中央总书记苏林时",
            "口 白秀慧",
            "",
            "央视网消息 〈新闻联播) : 应越共中央",
            "和越南国会主席陈青敏邀请，中共中央政治",
            "和国国庆80周年庆祝活动。",
        ),
    )
    _, articles = parse(page)
    assert only(articles, "赵乐际访问越南并出席越南国庆80有周年庆祝活动").subtitle.endswith("会见越共中央总书记苏林时")


def test_a_headline_line_a_blank_under_a_common_word_cut_in_two_is_the_headlines_end() -> None:
    # Tesseract on a narrow page: `运` / `行` is the language's `运行` cut in two, which the page prints nowhere
    # else; a deck's first character seldom makes a word with its headline's last.
    page = Page(
        "narrow",
        (
            "地发动效击，以军行为明显违",
            "反停火协议。加沙地带卫生部",
            "《下转第12版)",
            "",
            "假期出行客流高位运",
            "",
            "行 旅游线路升温",
            "",
            "央视网消息 〈新闻联播) :",
            "",
            "记者从交通运输部了解到，1",
            "0月2日，全社会跨区域人员",
            "流动量预计近2.9亿人次，比",
            "",
            "去年同期增长2.2%。",
            "昨天 〈10月1日) ，全国",
            "铁路发送旅客2313.2万人次，",
            "创单日旅客发送量历史新高。",
            "(下转第8版)",
        ),
    )
    _, articles = parse(page)
    assert only(articles, "假期出行客流高位运行 旅游线路升温").subtitle == ""


def test_a_line_longer_than_every_line_of_the_headline_over_it_is_its_deck() -> None:
    # RapidOCR on a narrow page, top-down: a stack of headline groups; the last one's deck lost its dash, and
    # no headline runs past its measure.
    page = Page(
        "narrow",
        (
            "丰富产品提升服务",
            "各地冬季游市场火热",
            "●石华欣",
            "",
            "习近平致电祝贺比亚",
            "当选连任喀麦隆总统",
            "●杨怡",
            "",
            "习近平举行仪式欢",
            "迎西班牙国王访华",
            "习近平主席夫人彭丽媛",
            "",
            "本报厦门5月26日电（记者郑国晓）第",
            "八届虹桥国际经济论坛今天（11月6日）继",
            "续举行多场分论坛。",
            "在《2025年世界贸易报告》研讨暨中",
            "文版发布会上，专家学者热议全球经贸热点",
            "问题，报告指出，根据世贸组织秘书处预测，",
        ),
    )
    layer, _ = parse(page)
    assert [layer.lines[n].role for n in (9, 10, 11)] == [Role.TITLE, Role.TITLE, Role.SUBTITLE]


def test_on_a_page_of_a_paragraph_per_line_a_word_across_a_blank_does_not_join_two_headlines() -> None:
    # Two headlines read before their stories, each on one line as such a page prints it: `年` / `老` make the
    # language's `年老` by chance, which on a page that wraps its lines would tell a headline cut in two.
    page = Page(
        "paragraphs",
        (
            "首都千余名大中小学生雅乐伴随度新年",
            "",
            "老挝国会主席会见何鲁丽",
            "",
            "据新华社北京1月2日电（记者王黎）’98北京音乐厅学生艺术欣赏课系列音乐会首场——“为了明天的希望交响音乐会”，"
            "昨天在北京音乐厅推出。首都千余名大中小学生在高雅音乐的伴随下，度过了1998年的第一天。",
            "此次音乐会由北京音乐厅节日管弦乐团演奏了《二泉映月》、《梁山伯与祝英台》等曲目，青年歌唱家郑咏、程志等演唱了中国、"
            "俄罗斯和意大利等国的着名歌曲。",
            "",
            "新华社北京12月30日电万象消息：老挝人民民主共和国中央政治局委员、国会主席沙曼·维雅吉29日在万象会见了正在老挝访问的"
            "全国政协副主席、中国人民争取和平与裁军委员会会长何鲁丽及其率领的和裁会代表团，宾主进行了亲切友好的交谈。",
            "沙曼说，何鲁丽访老是一次重要的高层次访问和交流，将促进两国传统友好关系的发展，有利于本地区的和平与稳定。他说，"
            "老挝人民密切关注中国社会主义建设事业取得的巨大成就，对中国始终坚持高举邓小平理论旗帜感到高兴。",
        ),
    )
    _, articles = parse(page)
    titles = [article.title for article in articles]
    assert "首都千余名大中小学生雅乐伴随度新年" in titles, titles


def test_a_headline_under_a_storys_jump_line_is_not_that_storys() -> None:
    # RapidOCR on a narrow page, column by column: the story goes on on page 12; the headline group printed under
    # its jump line heads a story elsewhere, and nothing follows it in this column.
    page = Page(
        "narrow",
        (
            "1.大事录详细记录了香港回归",
            "以来政治、经济、法治、人权、教",
            "育、基本建设等方面的重大事项。",
            "包括：香港成为中国的一个特别行",
            "政区后，在“一国两制”方针政策",
            "（下转第12版）",
            "",
            "西安—",
            "香港各界举行",
            "活动喜庆元旦",
        ),
    )
    layer, _ = parse(page)
    assert layer.lines[9].role is Role.TITLE and layer.lines[9].item != layer.lines[6].item


def test_a_place_and_its_colon_open_a_headline() -> None:
    # RapidOCR on a narrow page: a column label, then a headline whose first line is a place and its colon.
    page = Page(
        "narrow",
        (
            "主要目标、战略任务和重大举措、",
            "(下转第8版)",
            "",
            "活力中国调研行",
            "",
            "江苏无锡：",
            "小电驴”闯全",
            "球",
            "本报记者姜刚健尹强",
            "",
            "今年前三季度，江苏无锡电",
            "动摩托车和脚踏车出口额同比增",
            "长超过30%，是无锡整体出口",
            "增速的两倍多。迅猛增长的背后",
            "有何秘诀？来看记者的调研。",
        ),
    )
    layer, articles = parse(page)
    assert layer.lines[6].role is Role.TITLE
    assert only(articles, "江苏无锡：小电驴”闯全球").byline == "本报记者姜刚健尹强"


def test_a_label_over_a_dash_kicker_taken_for_a_byline_is_a_label() -> None:
    # Tesseract, a narrow column: the kicker's dash read as `一` makes `沈阳一` look like a byline; the line over
    # it, standing alone under a note, is still the column label of the headline group.
    page = Page(
        "label",
        (
            "预计每天都有上王笔外卖订单送达到景",
            "",
            "(下转第10版)",
            "",
            "新思想引领新征程",
            "沈阳一",
            "",
            "奋力谱写农业农",
            "村现代化新篇音",
            "",
            "本报记者 夏舌志 丁健",
            "",
            "本报沈阳4月24日电〈记者 夏舌志",
            "习近平总书记强调，没有农业强国就没",
            "有整个现代化强国; 没有农业农村现代",
            "化，社会主义现代化就是不全面的。",
        ),
    )
    layer = parse_page(page)
    assert layer.lines[5].role is Role.SECTION
    assert (layer.lines[8].role, layer.lines[9].role) == (Role.TITLE, Role.TITLE)


def test_a_story_opening_with_the_day_and_saying_more_than_a_caption_is_an_article() -> None:
    # RapidOCR, a wide page read column by column: a headline and its byline, then a story that opens with the
    # day (`8月16日出版的…`, as a photo's caption opens) in many sentences; its next column (`虑得更周全一些。…`,
    # finishing the 考虑 its first column broke off) comes after another story.
    raw = tuned_on_lines("wide_rapidocr_rcol_77008")
    assert raw[28].startswith("8月16日出版的第16期《求是》") and raw[47].endswith("把工作举措考")
    assert raw[75].startswith("虑得更周全一些。")
    _, articles = parse(Page("rcol", tuple(raw)))
    story = only(articles, "《求是》杂志发表习近平总书记重要文章《提高防灾减灾救灾能力》")
    assert story.byline == "本报记者史琳" and story.paragraphs and story.paragraphs[0].startswith("8月16日出版的")
    assert any("把工作举措考虑得更周全一些。" in paragraph for paragraph in story.paragraphs)


def test_a_byline_read_where_a_full_line_breaks_off_in_mid_sentence_is_that_storys() -> None:
    # Tesseract on a narrow page: `…控制器功能，就` / `国 本报记者 汤敏林` / `如同给车辆装上了智慧大脑。…`. 就如 is no
    # word, but a story that breaks off at a full line and has no byline yet goes on under a byline read there.
    raw = tuned_on_lines("narrow_tesseract_tess_17001")
    assert raw[28:31] == ["的仪表、车机等十几个控制器功能，就", "", "国 本报记者 汤敏林"]
    assert raw[32] == "如同给车辆装上了智慧大脑。靠着这项"
    layer = parse_page(Page("tess", tuple(raw)))
    assert layer.lines[31].role is Role.BYLINE
    assert layer.lines[29].item == layer.lines[31].item == layer.lines[33].item
    assert layer.lines[33].brk is Break.JOIN


def test_a_place_the_language_knows_under_a_column_label_is_the_next_headlines_kicker() -> None:
    # Tesseract on a wide page: `郑州`, a place with no 市 after it and a surname's first character (郑), under
    # the label `一线探访` and over the headline, its dash lost: the headline's kicker, not a pen name.
    raw = tuned_on_lines("wide_tesseract_tess_77005")
    assert raw[6:10] == ["一线探访", "", "郑州", ""] and raw[10].startswith("李强主持召开国务院第十二次")
    layer, articles = parse(Page("tess", tuple(raw)))
    assert layer.lines[9].role is not Role.BYLINE
    assert next(a for a in articles if a.title.startswith("李强主持召开国务院第十二次")).kicker == "郑州"
    assert f.is_place("郑州") and f.is_place("兰州") and not f.is_place("史琳") and not f.is_place("郑振")


def test_a_short_line_that_ends_on_a_percentage_ends_the_paragraph_on_a_page_of_long_lines() -> None:
    # RapidOCR, a wide page of long lines, read column by column: `…占全国77%`, its full stop lost, ends the
    # paragraph; the next line opens another.
    raw = tuned_on_lines("wide_rapidocr_rcol_33007")
    assert raw[15] == "群，钾肥总产量占全国77%" and raw[16].startswith("“十四五”期间，青海清洁能源")
    layer, _ = parse(Page("rcol", tuple(raw)))
    assert layer.lines[17].brk is Break.PARAGRAPH and layer.lines[17].item == layer.lines[16].item
