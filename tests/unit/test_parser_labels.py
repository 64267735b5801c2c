"""Column labels, leads and captions as pages of another source print them: each rule on real lines of a
development page (`tests/data/dev/tune`) read by RapidOCR or Tesseract."""

from __future__ import annotations

import pytest

from proofdesk.domain.model import Break, Page, Role
from proofdesk.parsing import features as f
from tests.unit.parse_scoring import tuned_on_lines
from tests.unit.test_parser_rules import only, parse


def tune_page(name: str) -> tuple[str, ...]:
    return tuple(tuned_on_lines(name))


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


def test_a_longer_label_over_a_headline_whose_deck_and_byline_stand_a_blank_apart_is_a_section() -> None:
    # A wide page read by Tesseract, which sets a blank between lines of large type: `新思想引领新征程`, a blank,
    # the headline `中国以全面绿色转` / `型厚植发展底色`, a blank, its deck (the dash read as `一`) and byline.
    raw = tune_page("wide_tesseract_tess_37005")
    assert raw[99:106] == (
        "新思想引领新征程",
        "",
        "中国以全面绿色转",
        "型厚植发展底色",
        "",
        "一每一分每一秒",
        "本报记者 杜慧静 石佳斌",
    )
    layer, articles = parse(Page("label", raw))
    assert layer.lines[100].role is Role.SECTION
    assert "中国以全面绿色转型厚植发展底色" in {a.title for a in articles}


# `新时代的青春之歌` between blanks over the one-line headline `战舰“新青年”：青春逐浪向深蓝`, under what ends the text
# before it: the story's jump line `（下转第3版）` (a narrow page read column by column) or the byline of the headline
# group before (`本报记者贺霞林孔磊`, the same page read headlines first).
@pytest.mark.parametrize(
    ("name", "above", "before"),
    [("narrow_rapidocr_rcol_49004", 94, "（下转第3版）"), ("narrow_rapidocr_rtop_49004", 13, "本报记者贺霞林孔磊")],
)
def test_a_longer_label_under_what_ends_the_text_before_and_over_a_headline_is_a_section(
    name: str, above: int, before: str
) -> None:
    raw = tune_page(name)
    label, headline = above, above + 2
    assert raw[label - 3] == before and raw[label - 1] == "新时代的青春之歌" and raw[headline - 1].startswith("战舰")
    layer, articles = parse(Page("label", raw))
    assert layer.lines[label].role is Role.SECTION and layer.lines[headline].role is Role.TITLE
    assert "战舰“新青年”：青春逐浪向深蓝" in {a.title for a in articles}


def test_a_label_right_over_a_kicker_is_a_section_however_long() -> None:
    # A narrow page read top down across its columns: `新思想引领新征程` under the page's header and right over
    # the kicker `天津—` with no blank between, and `经济观察` right over the place kicker `深圳市`.
    raw = tune_page("narrow_rapidocr_rxy_17003")
    assert raw[6:9] == ("新思想引领新征程", "天津—", "决战“三北”筑牢")
    layer, articles = parse(Page("label", raw))
    assert layer.lines[7].role is Role.SECTION and layer.lines[8].role is Role.KICKER
    assert "决战“三北”筑牢北方生态安全屏障" in {a.title for a in articles}
    raw = tune_page("narrow_rapidocr_rxy_9003")
    assert raw[97:101] == ("", "经济观察", "深圳市", "凝眸岁月")
    layer, _ = parse(Page("label", raw))
    assert layer.lines[99].role is Role.SECTION and layer.lines[100].role is Role.KICKER


def test_a_label_set_apart_under_a_headline_and_over_a_kicker_is_a_section() -> None:
    # `社会广角` between blanks under the headline `第八届进博会虹桥国际经济` / `论坛继续举行多场分论坛` and over
    # the kicker `杭州市` of the next headline group: not the headline's last line.
    raw = tune_page("narrow_rapidocr_rtop_29204")
    assert raw[4:11] == (
        "第八届进博会虹桥国际经济",
        "论坛继续举行多场分论坛",
        "",
        "社会广角",
        "",
        "杭州市",
        "韩正访问科威特",
    )
    layer, articles = parse(Page("label", raw))
    assert layer.lines[8].role is Role.SECTION
    assert {"第八届进博会虹桥国际经济论坛继续举行多场分论坛", "韩正访问科威特"} <= {a.title for a in articles}


def test_a_headline_set_apart_over_its_last_line_is_no_label() -> None:
    # Large type read with its leading as blanks: a short last line of a headline set apart under it, over
    # the next headline (no kicker), stays the headline's.
    raw = (
        "中央经济工作会议",
        "",
        "在京举行",
        "",
        "全国铁路今起实行新列车运行图",
        "本报记者 王明",
        "",
        "本报北京电 今天，全国铁路实行新的列车运行图。",
    )
    layer, _ = parse(Page("label", raw))
    assert layer.lines[3].role is not Role.SECTION


def test_a_news_sites_lead_filling_a_line_opens_the_first_paragraph_of_its_story() -> None:
    # A narrow page read headlines first: a column cut after `…发` (another story's), a blank, then
    # `央视网消息（新闻联播）：` alone on its line and the report it opens.
    assert f.is_lead("央视网消息 (新闻联播)") and f.is_lead("人民网讯 近日") and f.is_lead("新华网北京6月1日电")
    raw = tune_page("narrow_rapidocr_rtop_17003")
    assert raw[251].endswith("发") and raw[253] == "央视网消息（新闻联播）：" and raw[254].startswith("当地时间")
    layer, _ = parse(Page("lead", raw))
    assert layer.lines[254].item != layer.lines[252].item and layer.lines[254].brk is Break.PARAGRAPH
    assert layer.lines[255].brk is Break.JOIN and layer.lines[255].item == layer.lines[254].item


def test_a_sentence_about_the_reporter_is_no_byline() -> None:
    # Tesseract on a narrow page: a caption opens `记者从国家统计局最新发布的数据中了` / `解到，…`.
    assert not f.is_reporter_line("记者从国家统计局最新发布的数据中了") and not f.is_reporter_line("本报记者近日走访")
    assert f.is_reporter_line("本报记者胡杰摄") and f.is_reporter_line("本报记者 张三")
    raw = tune_page("narrow_tesseract_tess_17001")
    assert raw[159] == "记者从国家统计局最新发布的数据中了"
    layer, _ = parse(Page("reporter", raw))
    assert layer.lines[160].role is not Role.BYLINE and layer.lines[160].item == layer.lines[161].item


def test_a_caption_over_a_credit_with_the_mark_as_tesseract_reads_it() -> None:
    # The same caption ends `…涨幅与上月相同。` over `国 李怡秀 能飞霞 摄`, the ■ of the credit read as 国.
    assert f.is_marked_photo_credit("国 李怡秀 能飞霞 摄") and f.is_marked_photo_credit("■邵红磊钱秀摄")
    assert not f.is_marked_photo_credit("国 本报记者 张三")
    raw = tune_page("narrow_tesseract_tess_17001")
    assert raw[162].endswith("相同。") and raw[163] == "国 李怡秀 能飞霞 摄"
    layer, _ = parse(Page("credit", raw))
    assert [layer.lines[n].role for n in range(160, 165)] == [Role.CAPTION] * 4 + [Role.CREDIT]


def test_the_line_right_over_a_continuation_is_the_storys_text() -> None:
    # A narrow page read column by column: a full line `展新质生产力是推动高质量发展` between a blank and
    # `（下转第14版）`, the last words of a story cut to fit its module, not a headline.
    raw = tune_page("narrow_rapidocr_rcol_17003")
    assert raw[295] == "展新质生产力是推动高质量发展" and raw[296] == "（下转第14版）"
    layer, _ = parse(Page("continuation", raw))
    assert layer.lines[296].role is Role.BODY and layer.lines[296].item == layer.lines[297].item


def test_the_lines_under_a_kicker_are_its_headline_whatever_they_list() -> None:
    # A wide page read column by column: the kicker `苏州—` over a headline of two lines that list with `、`
    # (`《习近平著作选读》第一卷、第二卷法文` / `、俄文、阿拉伯文、西班牙文版出版发行`), then a blank and the story.
    raw = tune_page("wide_rapidocr_rcol_17008")
    assert raw[85] == "苏州—" and raw[87].startswith("、俄文")
    _, articles = parse(Page("kicker", raw))
    story = only(articles, "《习近平著作选读》第一卷、第二卷法文、俄文、阿拉伯文、西班牙文版出版发行")
    assert story.kicker == "苏州—"


def test_a_long_headline_between_a_finished_story_and_a_lead_is_a_headline_however_full() -> None:
    # A narrow page read column by column: `…业态成果。`, a blank, a headline of 31 characters wrapped in the
    # column (`中共中央办公厅印发《全国` / `党政领导班子建设规划纲要` / `(2024—2028年）》`, its last line nearly
    # full), a blank and the lead `本报讯（记者唐飞晨）近`.
    raw = tune_page("narrow_rapidocr_rcol_17003")
    assert raw[59].endswith("。") and raw[63] == "(2024—2028年）》" and raw[65].startswith("本报讯")
    _, articles = parse(Page("long headline", raw))
    story = only(articles, "中共中央办公厅印发《全国党政领导班子建设规划纲要(2024—2028年）》")
    assert story.paragraphs[0].startswith("本报讯")


def test_a_foreign_name_wrapped_at_its_hyphen_is_no_deck() -> None:
    # Tesseract on a narrow page: `李希表示，在习近平主席和迪亚斯` / `-卡内尔主席的战略引领下，中古命运`, the name
    # 迪亚斯-卡内尔 wrapped at its hyphen in the middle of a sentence.
    raw = tune_page("narrow_tesseract_tess_17001")
    assert raw[240] == "李希表示，在习近平主席和迪亚斯" and raw[241].startswith("-卡内尔")
    layer, _ = parse(Page("hyphen", raw))
    assert [layer.lines[n].role for n in (241, 242, 243)] == [Role.BODY] * 3
    assert layer.lines[242].brk is Break.JOIN


def test_a_notices_slogans_run_to_its_signature_across_blanks() -> None:
    # Tesseract on a wide page: `公益广告`, `关爱老人 难扬孝道`, a blank, `尊老爱幼是中华民族传统美德` and the signature
    # `中国文明网`; then the next story's headline.
    assert f.is_ad_signature("中国文明网") and f.is_ad_signature("本报宣")
    raw = tune_page("wide_tesseract_tess_17006")
    assert raw[75] == "公益广告" and raw[79] == "中国文明网"
    layer, _ = parse(Page("notice", raw))
    assert {layer.lines[n].role for n in (76, 77, 79, 80)} == {Role.AD}
    assert len({layer.lines[n].item for n in (76, 77, 79, 80)}) == 1


def test_a_line_without_a_chinese_character_is_no_headline() -> None:
    # Tesseract on a narrow page: `mw`, what it made of a photo, between blanks over the photo's caption.
    raw = tune_page("narrow_tesseract_tess_17001")
    assert raw[157] == "mw" and raw[159].startswith("记者从")
    layer, _ = parse(Page("photo", raw))
    assert layer.lines[158].role is not Role.TITLE
    assert layer.lines[160].role is Role.CAPTION


def test_a_paragraph_opening_with_yi_that_ends_its_sentence_is_no_deck() -> None:
    # Tesseract on a narrow page: `一项项创新举措，保障着智能驾驶车辆` / `安全有序地往来穿梭。` between blanks, under
    # what it made of a headline; 一项 is no deck's dash read as 一: the block ends its sentence.
    raw = tune_page("narrow_tesseract_tess_17001")
    assert raw[58].startswith("一项项") and raw[59].endswith("。")
    layer, _ = parse(Page("yi", raw))
    assert [layer.lines[n].role for n in (59, 60)] == [Role.BODY, Role.BODY]


def test_a_news_sites_lead_signs_no_reporter() -> None:
    # A wide page read by XY-cut: a report opened by `央视网消息（新闻联播）：`, then its headline `李希在四川调研` and
    # byline `本报记者毛伟肖慧军` read in the middle of its text; the site's lead names no reporter, so the byline
    # and the text after it stay with the report.
    assert f.is_site_lead("央视网消息（新闻联播）：中共中央") and not f.is_site_lead("新华社北京6月1日电")
    raw = tune_page("wide_rapidocr_rxy_17007")
    assert raw[107] == "李希在四川调研" and raw[108] == "本报记者毛伟肖慧军"
    layer, _ = parse(Page("site lead", raw))
    assert layer.lines[109].item == layer.lines[110].item == layer.lines[106].item


def test_a_column_found_by_its_words_goes_on_with_a_sentence_left_open() -> None:
    # A wide page read column by column: a report's first column ends `…纵深推进全面从` in mid-sentence and goes on,
    # after another story, in a column that opens `严治党，进一步严明党的群众纪律，…`: the same sentence.
    raw = tune_page("wide_rapidocr_rcol_17007")
    assert not raw[40].endswith("。") and raw[80].startswith("严治党，")
    layer, _ = parse(Page("column", raw))
    assert layer.lines[81].item == layer.lines[41].item and layer.lines[81].brk is Break.JOIN


def test_a_label_under_a_header_that_names_the_section_already_is_no_part_of_the_header() -> None:
    # A wide page read headlines first: the header `第12版综合新闻` / `2017年6月1日星期四`, then the column label
    # `文化广角` a blank under it, over a headline group.
    raw = tune_page("wide_rapidocr_rtop_13008")
    assert raw[0] == "第12版综合新闻" and raw[3] == "文化广角" and raw[5] == "长春—"
    layer, _ = parse(Page("label", raw))
    assert layer.lines[4].role is Role.SECTION and layer.lines[1].role is Role.SECTION
    assert layer.lines[1].item == layer.lines[2].item != layer.lines[4].item


def test_a_label_the_page_prints_again_is_a_section() -> None:
    # RapidOCR, headlines first: `“十五五”新图景` over three stories, read among their headlines; a page prints a
    # headline once.
    raw = tuned_on_lines("narrow_rapidocr_rtop_61004")
    assert raw[4] == raw[25] == raw[53] == "“十五五”新图景"
    layer, _ = parse(Page("rtop", tuple(raw)))
    assert [layer.lines[n].role for n in (5, 26, 54)] == [Role.SECTION] * 3


def test_a_headlines_line_printed_again_in_another_headline_stays_a_headline() -> None:
    # Two reports of two tuned-on pages, one under the other: `习近平会见` opens both headlines.
    one = tuned_on_lines("narrow_rapidocr_rcol_41004")[198:207]
    two = tuned_on_lines("narrow_tesseract_tess_49102")[137:146]
    assert one[:2] == ["习近平会见", "俄罗斯外长"] and two[:2] == ["习近平会见", "缅甸领导"]
    _, articles = parse(Page("twice", (*one, "", *two)))
    assert {a.title for a in articles} >= {"习近平会见俄罗斯外长", "习近平会见缅甸领导"}


def test_a_place_the_page_prints_again_kicks_off_each_headline() -> None:
    # RapidOCR, headlines first: `合肥市` kicks off two headlines of the page; it is no column label.
    raw = tuned_on_lines("wide_rapidocr_rtop_33008")
    assert raw[5] == raw[11] == "合肥市"
    layer, _ = parse(Page("rtop", tuple(raw)))
    assert layer.lines[6].role is not Role.SECTION and layer.lines[12].role is not Role.SECTION


def test_a_short_line_cut_in_mid_word_over_a_headline_line_is_the_headlines_first_line() -> None:
    # RapidOCR on a tabloid page: `上半年新能源重` / `卡销量再创新高`, the headline's two lines set a blank apart.
    # The story prints 新能源重卡 whole: the first line breaks off in mid-word, as no column label does.
    raw = tuned_on_lines("tabloid_rapidocr_rxy_77012")
    assert raw[22:25] == ["上半年新能源重", "", "卡销量再创新高"] and "新能源重卡" in raw[33]
    _, articles = parse(Page("rxy", tuple(raw)))
    assert only(articles, "上半年新能源重卡销量再创新高").byline == "郭琳"
