"""The parser's rules one by one, on small pages set the way the papers set them."""

from __future__ import annotations

from proofdesk.domain.derive import Article, derive
from proofdesk.domain.model import Break, Kind, Layer, Page, Role, check_invariant
from proofdesk.parsing import PARSER_VERSION, parse_page
from proofdesk.parsing.profile import profile_page, width
from tests.unit.parse_scoring import tuned_on_lines
from tests.unit.parse_variants import wrap

AUDIT = (
    "市审计局坚持把党建工作与审计业务深度融合，着力打造“聊审先锋”党建品牌，推动审计工作提质增效，"
    "党建工作精品不断、亮点频闪。",
    "今年以来，市审计局组织党员干部深入基层开展审计调研，围绕重点项目资金开展专项审计，发现并推动整改问题四十余个。",
    "该局还建立了党员积分管理制度，把学习教育、志愿服务、业务攻坚纳入积分考核，激发党员干部干事创业热情。",
)
AUDIT_TITLE = "审计局打造“聊审先锋”党建品牌"
FARM = (
    "本报讯（记者 李华）近日，阳谷县金斗镇东金村合作社迎来小麦丰收，种植户们忙着收割晾晒，村集体经济"
    "收入比去年增加了二十余万元。",
    "东金村党支部领办合作社，统一采购种子化肥，统一开展技术指导，带动全村农户增收致富，乡村振兴之路越走越宽。",
)
FARM_TITLE = "东金村合作社小麦喜获丰收"
CLINIC = (
    "市人民医院党委坚持以人民健康为中心，组织医护党员走进社区开展义诊活动，为群众测量血压血糖，讲解常见病预防知识。",
    "医院还开通了预约诊疗绿色通道，为老年患者提供陪诊服务，让群众看病就医更加方便快捷，受到社区居民的一致好评。",
)
CLINIC_TITLE = "市人民医院党员义诊进社区"
CAPTION = "7月23日，开发区政务服务中心一楼党员帮办岗，党员帮办员向办事群众介绍办理流程。"


def narrow(*paragraphs: str, column: float = 16.0) -> list[str]:
    """Paragraphs set in a narrow column, each first line two em short, a blank line between them."""
    out: list[str] = []
    for paragraph in paragraphs:
        if out:
            out.append("")
        out.extend(wrap(paragraph, column - 2, column))
    return out


def make_page(*parts: str | list[str]) -> Page:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return Page("t", tuple(lines))


def parse(page: Page) -> tuple[Layer, list[Article]]:
    layer = parse_page(page)
    assert check_invariant(page, layer) == []
    return layer, derive(page, layer)


def only(articles: list[Article], title: str) -> Article:
    found = [a for a in articles if a.title == title]
    assert len(found) == 1, [a.title for a in articles]
    return found[0]


def test_parser_version_is_bumped() -> None:
    assert PARSER_VERSION >= 5


# --- profile ---------------------------------------------------------------------------------------------


def test_width_counts_east_asian_characters_as_one_em_and_others_as_half() -> None:
    assert width("党建") == 2.0
    assert width("5525 个") == 3.5
    assert width("“”……■") == 5.0  # ambiguous width counts as wide
    assert width("ａ") == 1.0 and width("a") == 0.5


def test_profile_tells_narrow_pages_from_paragraph_pages() -> None:
    assert profile_page(make_page(narrow(*AUDIT))).narrow
    assert not profile_page(make_page(list(AUDIT))).narrow


def test_profile_measures_the_column_per_block() -> None:
    page = make_page(narrow(CAPTION, column=10.0), "", "■ 本报记者 商景豪", "", narrow(*AUDIT, column=17.0))
    profile = profile_page(page)
    caption = [line.column for line in profile.lines if line.number <= 5]
    body = [line.column for line in profile.lines if line.number > 12]
    assert all(9.0 <= c <= 10.5 for c in caption)
    assert all(16.0 <= c <= 17.5 for c in body)


def test_a_blocks_column_is_not_measured_on_headline_lines_read_into_it() -> None:
    # RapidOCR, a wide page read in strict XY-cut order: the headline's and the byline's lines come with the
    # story's text with no blank between them. Its column is its full lines' 28–30 em, so a sentence ending at
    # 17 em ends its paragraph.
    raw = tuned_on_lines("wide_rapidocr_rxy_45008")
    assert raw[78:81] == ["7亿亩进度过半", "本报记者夏国", "本报通讯员高磊芳"]
    assert raw[85] == "稻、夏玉米、夏大豆等粮食作物为主。"
    assert raw[86].startswith("目前，河南夏播粮食进度已过九成，")
    page = Page("rxy", tuple(raw))
    assert _column_of(page, 86) >= 27.0
    assert _opens_a_paragraph(parse_page(page), 87)


def test_a_block_of_short_paragraphs_is_as_wide_as_its_longer_lines() -> None:
    # RapidOCR, a wide page read column by column: a story of one-sentence paragraphs, few lines wrapping in
    # mid-sentence. Their median is a paragraph's end; the column is its longer lines' 34–39 em.
    raw = tuned_on_lines("wide_rapidocr_rcol_77008")
    assert raw[72:74] == ["两国元首回到检阅台观看仪仗队分列式。", "诺沃亚是应习近平的邀请对我国进行国事访问的。"]
    page = Page("rcol", tuple(raw))
    assert _column_of(page, 73) >= 30.0
    assert _opens_a_paragraph(parse_page(page), 74)


def test_a_column_is_measured_again_where_digits_print_a_full_em() -> None:
    # RapidOCR, a wide page whose digits print full-width and are read as ASCII (`1997年`, `85．2亿`): measured as
    # read they count half an em and the column came out at 28.5 em for lines of 30. Measured again as printed, a
    # paragraph's first line that lost its two em of indent (28 em) is short of it.
    raw = tuned_on_lines("wide_rapidocr_rcol_1007")
    assert raw[9] == "产。1997年的总产量逾85．2亿公斤，比上年增长13亿公斤。"
    assert raw[10] == "为了使粮食不断增产，黑龙江农垦局近几年积极推进体制改革，"
    page = Page("rcol", tuple(raw))
    assert _column_of(page, 11) >= 29.5
    assert _opens_a_paragraph(parse_page(page), 11)


def test_a_block_of_one_and_two_line_paragraphs_takes_the_pages_column() -> None:
    # RapidOCR, a narrow page read column by column: a story whose paragraphs are of one or two lines. Its longer
    # lines are paragraphs' first lines, 15 em of a 17-em column; measured on them, a first line that lost its
    # indent seemed full and the paragraph it opens was joined to the one before.
    raw = tuned_on_lines("narrow_rapidocr_rcol_37003")
    assert raw[56:58] == ["风俗，感受这个时节的美和诗意。", "“凉风至、白露生、寒蝉鸣”，这"]
    page = Page("rcol", tuple(raw))
    assert _column_of(page, 58) == 17.0
    assert _opens_a_paragraph(parse_page(page), 58)


def test_a_closing_quote_hangs_past_the_column_like_a_comma() -> None:
    # RapidOCR, a page of 29-em columns: no line may start with a closing quotation mark, so a paragraph's first
    # line (27 em) may end on one past the column's edge. Counted so, it is two em short: its indent dropped.
    raw = tuned_on_lines("tabloid_rapidocr_rcol_29212")
    assert raw[9] == "向与会的全球华商代表、海内外侨胞及各界人土致以诚挚的问候。"
    assert raw[10] == "王沪宁表示，长期以来，全球华商秉持“胸怀家国、兼济天下”"
    assert _opens_a_paragraph(parse_page(Page("rcol", tuple(raw))), 11)


def test_a_percentage_short_of_the_column_ends_its_paragraph_where_digits_print_wide() -> None:
    # RapidOCR, a narrow page whose digits print wider than half an em: the line's width counts them so, and the
    # line stops 3.5 em short of its 12-em column; counted a full em each on top of that, it seemed full.
    raw = tuned_on_lines("narrow_rapidocr_rcol_81004")
    assert raw[136:138] == ["同比增长33.65%", "随着沪苏湖高铁通车，"]
    assert _opens_a_paragraph(parse_page(Page("rcol", tuple(raw))), 138)


def test_a_percentage_read_as_a_line_of_its_own_ends_its_paragraph() -> None:
    # RapidOCR, narrow pages: a paragraph's last line, a percentage read apart from its digits (`%`) or misread
    # (`00/06`, `°06` for `90%`), short of the column: no word of a sentence going on, a percentage ending one.
    raw = tuned_on_lines("narrow_rapidocr_rcol_45003")
    assert raw[72:74] == ["长5.6%；进口982.4亿元，增长21", "%"] and raw[74].startswith("作为共建")
    assert raw[52:54] == ["027年，全国新能源利用率不低于", "00/06"] and raw[54].startswith("发布会上，")
    layer = parse_page(Page("rcol", tuple(raw)))
    assert _opens_a_paragraph(layer, 75) and _opens_a_paragraph(layer, 55)
    raw = tuned_on_lines("narrow_rapidocr_rcol_81003")
    assert raw[264:266] == ["困难群众政策范围内报销比例超", "°06"] and raw[266].startswith("2019年以来，")
    assert _opens_a_paragraph(parse_page(Page("rcol", tuple(raw))), 267)


def _column_of(page: Page, number: int) -> float:
    return next(line.column for line in profile_page(page).lines if line.number == number)


def _opens_a_paragraph(layer: Layer, number: int) -> bool:
    """Line `number` starts a paragraph of the story the line before it is in."""
    return layer.lines[number].brk is Break.PARAGRAPH and layer.lines[number].item == layer.lines[number - 1].item


# --- headlines and bylines ------------------------------------------------------------------------------


def test_headline_after_its_body_attaches_to_it_with_the_byline_under_it() -> None:
    page = make_page(narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", "■ 本报记者 张明", "", narrow(*FARM), "", FARM_TITLE)
    _, articles = parse(page)
    assert [a.title for a in articles] == [AUDIT_TITLE, FARM_TITLE]
    audit, farm = articles
    assert audit.byline == "本报记者 张明" and farm.byline == ""
    assert farm.paragraphs[0] == FARM[0]  # the 本报讯 lead stays in the first paragraph


def test_headline_before_its_body_attaches_to_it() -> None:
    page = make_page(AUDIT_TITLE, "", "■ 本报记者 张明", "", narrow(*AUDIT[:2]), "", CLINIC_TITLE, "", narrow(*CLINIC))
    _, articles = parse(page)
    audit = only(articles, AUDIT_TITLE)
    assert audit.paragraphs == AUDIT[:2] and audit.byline == "本报记者 张明"
    assert only(articles, CLINIC_TITLE).paragraphs == CLINIC


def test_byline_under_a_headline_goes_forward_when_the_story_before_has_one() -> None:
    page = make_page(
        "■ 本报记者 张明", "", narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", "■ 本报记者 王芳", "",
        narrow(*CLINIC), "", CLINIC_TITLE,
    )  # fmt: skip
    _, articles = parse(page)
    assert only(articles, AUDIT_TITLE).byline == "本报记者 张明"
    assert only(articles, CLINIC_TITLE).byline == "本报记者 王芳"


def test_letter_spaced_reporter_lines_are_bylines() -> None:
    page = make_page("■ 本 报 记 者 朱海波", "本报通讯员 刘亚楠", "", narrow(*AUDIT[:2]), "", AUDIT_TITLE)
    layer, articles = parse(page)
    assert [layer.lines[n].role for n in (1, 2)] == [Role.BYLINE, Role.BYLINE]
    assert articles[0].byline == "本报记者 朱海波 本报通讯员 刘亚楠"


def test_kicker_above_a_headline_is_a_kicker_and_dash_deck_under_it_a_subtitle() -> None:
    page = make_page(
        narrow(*FARM), "", "阿城镇", "", FARM_TITLE, "", narrow(*AUDIT[:2]), "", AUDIT_TITLE,
        "——市审计局“聊审先锋”党建品牌建设纪实",
    )  # fmt: skip
    _, articles = parse(page)
    assert (only(articles, FARM_TITLE).kicker, only(articles, FARM_TITLE).subtitle) == ("阿城镇", "")
    assert only(articles, AUDIT_TITLE).subtitle == "——市审计局“聊审先锋”党建品牌建设纪实"


def test_two_line_headline_is_one_title_and_a_unit_signature_is_a_byline() -> None:
    page = make_page(
        narrow("市委办公室第一党支部坚持党建引领，持续提升党支部标准化规范化建设水平，推动党建和业务工作迈上新台阶。"),
        "", "党建融合激活“一池春水”", "“三服务”提质锻造硬核担当", "", "市委办公室第一党支部",
        narrow("市委组织部机关第一党支部深入贯彻市委要求，立足组织工作职责定位，引导党员干部在实干争先中彰显担当。"),
        "", "聚力“四个争先”", "彰显组工担当", "", "市委组织部机关第一党支部",
    )  # fmt: skip
    _, articles = parse(page)
    assert [(a.title, a.byline) for a in articles] == [
        ("党建融合激活“一池春水”“三服务”提质锻造硬核担当", "市委办公室第一党支部"),
        ("聚力“四个争先”彰显组工担当", "市委组织部机关第一党支部"),
    ]


def test_doubled_headline_text_is_read_once() -> None:
    page = make_page(narrow(*AUDIT[:2]), "", AUDIT_TITLE * 2)
    _, articles = parse(page)
    assert articles[0].title == AUDIT_TITLE


def test_story_without_headline_stays_an_article_of_its_own() -> None:
    page = make_page(narrow(*AUDIT[:2]), "创模范", "", narrow(*CLINIC), "", CLINIC_TITLE)
    _, articles = parse(page)
    assert [(a.kind, a.title) for a in articles] == [
        (Kind.ARTICLE, ""),
        (Kind.SECTION, "创模范"),
        (Kind.ARTICLE, CLINIC_TITLE),
    ]
    assert articles[0].paragraphs == AUDIT[:2]


# --- other kinds of items ---------------------------------------------------------------------------------


def test_dated_caption_with_credit_is_a_photo() -> None:
    page = make_page(narrow(CAPTION, column=10.0), "", "■ 本报记者 商景豪", "", narrow(*AUDIT[:2]), "", AUDIT_TITLE)
    _, articles = parse(page)
    photo, article = articles
    assert photo.kind is Kind.PHOTO and photo.byline == "本报记者 商景豪" and photo.paragraphs == (CAPTION,)
    assert {u.role for u in photo.units} == {Role.CAPTION, Role.CREDIT}
    assert article.title == AUDIT_TITLE and article.byline == ""


def test_caption_with_inline_credit_after_an_article_is_a_photo() -> None:
    caption = "7月23日，在茌平区冯官屯镇武赵村，农技人员在查看农作物长势情况。 ■ 马红坤 史晓燕"
    page = make_page(narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", caption, "", "创品牌")
    _, articles = parse(page)
    assert [a.kind for a in articles] == [Kind.ARTICLE, Kind.PHOTO, Kind.SECTION]
    assert articles[1].byline == "" and articles[1].paragraphs[0].endswith("■ 马红坤 史晓燕")


def test_section_label_between_headline_and_byline_is_its_own_item() -> None:
    page = make_page(
        "市卫健委：奏响模范机关建设最强音", "", "四元同创 创模范", "", "■ 王淑菊 金增秀", "", narrow(*CLINIC)
    )
    _, articles = parse(page)
    assert [(a.kind, a.title, a.byline) for a in articles] == [
        (Kind.ARTICLE, "市卫健委：奏响模范机关建设最强音", "王淑菊 金增秀"),
        (Kind.SECTION, "四元同创 创模范", ""),
    ]


def test_public_notice_and_its_slogans_are_an_ad() -> None:
    page = make_page(
        narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", "公益广告", "", "安全生产 是民生大事", "", "一丝一毫 不能放松"
    )
    _, articles = parse(page)
    ad = articles[-1]
    assert ad.kind is Kind.AD and ad.title == "公益广告"
    assert ad.paragraphs == ("安全生产 是民生大事", "一丝一毫 不能放松")


def test_author_note_ends_its_article_and_pulls_the_headline_back() -> None:
    page = make_page(
        narrow(*AUDIT[:2]), "（作者系市审计局党组书记）", "", AUDIT_TITLE, "", "■ 刘宗廷", "", narrow(*FARM)
    )
    _, articles = parse(page)
    audit = only(articles, AUDIT_TITLE)
    assert audit.paragraphs[-1] == "（作者系市审计局党组书记）" and audit.byline == "刘宗廷"
    assert audit.units[len(AUDIT[:2])].role is Role.NOTE
    assert articles[-1].paragraphs == FARM


def test_trailing_names_in_brackets_are_a_note_on_a_paragraph_page() -> None:
    page = make_page(CLINIC_TITLE, "", CLINIC[0], "", CLINIC[1], "", "(王长新 路庆良 邱晨)")
    layer, articles = parse(page)
    assert layer.lines[7].role is Role.NOTE
    assert articles[0].paragraphs == (*CLINIC, "（王长新 路庆良 邱晨）")


def test_headings_inside_an_article_stay_in_it() -> None:
    page = make_page(
        narrow(AUDIT[0]), "", "“三学联动”", "", narrow(AUDIT[1]), "", "“一支部一品牌”", "", narrow(AUDIT[2]),
        "", AUDIT_TITLE, "", "■ 本报记者 张明",
    )  # fmt: skip
    _, articles = parse(page)
    assert len(articles) == 1
    assert articles[0].paragraphs == (AUDIT[0], "“三学联动”", AUDIT[1], "“一支部一品牌”", AUDIT[2])
    assert [u.role for u in articles[0].units].count(Role.HEADING) == 2


def test_lone_headline_between_unrelated_stories_on_a_paragraph_page_starts_a_story() -> None:
    page = make_page(AUDIT_TITLE, "", AUDIT[0], "", AUDIT[1], "", CLINIC_TITLE, "", CLINIC[0], "", CLINIC[1])
    _, articles = parse(page)
    assert [(a.title, a.paragraphs) for a in articles] == [(AUDIT_TITLE, AUDIT[:2]), (CLINIC_TITLE, CLINIC)]


# --- joins and breaks -------------------------------------------------------------------------------------


def test_blank_line_inside_a_sentence_is_a_column_cut() -> None:
    lines = narrow(AUDIT[0])
    cut = next(i for i, t in enumerate(lines[1:-1], 1) if t[-1] not in "，。、")
    page = make_page(lines[: cut + 1], "", lines[cut + 1 :], "", AUDIT_TITLE)
    layer, articles = parse(page)
    assert articles[0].paragraphs == (AUDIT[0],)
    assert layer.lines[cut + 3].brk is Break.JOIN and layer.lines[cut + 3].rule in ("column-cut", "running-text")


def test_first_line_that_lost_its_indent_starts_a_paragraph_without_a_blank_line() -> None:
    lines = narrow(AUDIT[0]) + narrow(AUDIT[1])  # no blank line between the paragraphs
    page = make_page(lines, "", AUDIT_TITLE)
    _, articles = parse(page)
    assert articles[0].paragraphs == AUDIT[:2]


def test_full_line_ending_a_sentence_wraps_when_the_next_line_is_full() -> None:
    lines = [
        "为此，医院进一步优化了运行机",
        "制，扎实推进了模范机关建设工作。",
        "坚持党建与业务同部署、同推进、同",
        "检查，推动医院党建和业务发展。",
    ]
    assert [width(t) for t in lines[:3]] == [14.0, 16.0, 16.0]
    _, articles = parse(make_page(lines, "", AUDIT_TITLE))
    assert len(articles[0].paragraphs) == 1


def test_paragraph_page_joins_a_word_cut_by_a_blank_line() -> None:
    first = "之所以称“最美石榴”广场为红色宣传阵地，源于该镇依托该广场建设了党建主题公园。公园分区分模"
    second = "块展示中共党史、组织、宣传、统战、政法等党建工作相关内容，是集党史教育、党建宣传于一体的新时代红色阵地。"
    page = make_page(CLINIC_TITLE, "", CLINIC[0], "", first, "", second, "", CLINIC[1])
    layer, articles = parse(page)
    assert articles[0].paragraphs == (CLINIC[0], first + second, CLINIC[1])
    assert layer.lines[7].brk is Break.JOIN


def test_upper_case_hyphen_at_a_line_end_is_kept_and_flagged() -> None:
    lines = ["将党建深度嵌入治理，依托PD-", "CA机制优化八项流程，推广重", "症管理新模式，显著提升救治水平。"]
    layer, articles = parse(make_page(narrow(AUDIT[0]), "", lines, "", AUDIT_TITLE))
    assert "依托PD-CA机制" in articles[0].paragraphs[1]
    hyphen = next(n for n, s in layer.lines.items() if s.rule == "hyphen-kept")
    assert hyphen in layer.doubts()


# --- every decision explained ---------------------------------------------------------------------------


def test_every_line_carries_a_rule_and_a_confidence() -> None:
    page = make_page(narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", "■ 本报记者 张明", "", narrow(*FARM), "", FARM_TITLE)
    layer, _ = parse(page)
    assert all(s.rule and 0.0 < s.confidence <= 1.0 for s in layer.lines.values())
    assert not any(s.edited for s in layer.lines.values())


def test_close_calls_are_stored_as_doubts() -> None:
    # A headline that shares no words with either neighbour: the side it goes to is a guess.
    page = make_page(narrow(*AUDIT[:2]), "", "夏日里的一抹清凉", "", narrow(*CLINIC))
    layer, _ = parse(page)
    title_line = next(n for n, s in layer.lines.items() if s.role is Role.TITLE)
    assert title_line in layer.doubts()


def test_headline_of_the_story_before_and_of_the_story_after_printed_together_are_split() -> None:
    page = make_page(narrow(*AUDIT[:2]), "", AUDIT_TITLE, "", CLINIC_TITLE, "", narrow(*CLINIC))
    _, articles = parse(page)
    assert [(a.title, a.subtitle, a.paragraphs) for a in articles] == [
        (AUDIT_TITLE, "", AUDIT[:2]),
        (CLINIC_TITLE, "", CLINIC),
    ]


def test_two_stories_with_no_header_between_them_are_split_between_their_headlines() -> None:
    # The first story's headline printed above it, the second's below it: nothing marks where they meet.
    page = make_page(AUDIT_TITLE, "", narrow(*AUDIT[:2]), "", narrow(*CLINIC), "", CLINIC_TITLE)
    layer, articles = parse(page)
    assert [(a.title, a.paragraphs) for a in articles] == [(AUDIT_TITLE, AUDIT[:2]), (CLINIC_TITLE, CLINIC)]
    assert {layer.lines[n].rule for n in layer.lines if layer.lines[n].role is Role.TITLE} == {"headline-split-story"}


def test_headings_printed_right_above_their_paragraphs_are_headings() -> None:
    page = make_page(
        narrow(AUDIT[0]), "", "“三学联动”", narrow(AUDIT[1]), "", "“一支部一品牌”", narrow(AUDIT[2]),
        "", AUDIT_TITLE,
    )  # fmt: skip
    _, articles = parse(page)
    assert articles[0].paragraphs == (AUDIT[0], "“三学联动”", AUDIT[1], "“一支部一品牌”", AUDIT[2])


def test_paragraph_page_heading_right_above_its_paragraph() -> None:
    first, second = "突出公信力,在做实规范上精准发力", "突出凝聚力,在政治引领上精准发力"
    page = make_page(CLINIC_TITLE, "", CLINIC[0], "", first, CLINIC[1], "", second, AUDIT[2])
    _, articles = parse(page)
    assert articles[0].paragraphs == (
        CLINIC[0],
        first.replace(",", "，"),
        CLINIC[1],
        second.replace(",", "，"),
        AUDIT[2],
    )
