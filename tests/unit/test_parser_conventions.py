"""The printed conventions of Chinese papers in general, as OCR engines read them: each rule on a line read
by Tesseract (`chi_sim`) or RapidOCR from a rendered page, set among real-looking running text."""

from __future__ import annotations

from proofdesk.domain.model import Break, Kind, Role
from proofdesk.parsing import features as f
from tests.unit.test_parser_rules import AUDIT, AUDIT_TITLE, CLINIC, CLINIC_TITLE, make_page, narrow, only, parse

# Lines as Tesseract read them: the ■ mark as 国, the —— of a deck as 一一, brackets half-width.
MISREAD_BYLINE = "国 本报记者 张三 本报通讯员 李四"
MISREAD_DECK = "一一市审计局党建品牌建设纪实"
XINHUA_LEAD = "新华社北京7月12日电 记者从国家统计局获悉，上半年全国规模以上工业增加值同比增长，"
PLACE_LEAD = "本报乌鲁木齐7月12日电（记者 王五）近日，新疆各地"
FURNITURE = ("2023年7月12日 星期三", "第5版", "责任编辑 : 赵六")
CONTINUATION = "(下转第3版)"


def test_the_byline_mark_as_ocr_misreads_it() -> None:
    assert f.is_mark_byline(MISREAD_BYLINE)
    assert f.is_mark_byline("口 王长新 李敏")
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
