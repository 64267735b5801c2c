"""Two columns an OCR order read row by row, where the page knows the words across only a few line ends."""

from __future__ import annotations

from proofdesk.domain.model import Break, Page
from proofdesk.parsing import parse_page
from tests.unit.parse_scoring import DATA, tuned_on_lines
from tests.unit.test_parser_rules import AUDIT, AUDIT_TITLE, make_page, narrow, parse

DEV = DATA / "dev"

# RapidOCR, strict top-down order: the lines of an article's two columns alternate.
ROWS = [
    "新华社北京12月30日电万象", "小平理论旗帜感到高兴。", "消息：老挝人民民主共和国中央政治",
    "（二）何鲁丽说，老挝人民在老", "局委员、国会主席沙曼·维雅吉29", "挝人民革命党领导下，在改革开放和",
    "日在万象会见了正在老挝访问的全国", "经济建设的事业中取得了显着成就。", "政协副主席、中国人民争取和平与裁",
    "她说，中老两国是山水相连的友好邻", "军委员会会长何鲁丽及其率领的和裁", "邦，两国人民是可以相互信赖的朋友。",
    "会代表团，宾主进行了亲切友好的交", "两国发展长期、稳定的友好关系不仅", "谈。",
]  # fmt: skip


def test_a_block_read_by_rows_is_kept_apart_beyond_the_line_ends_the_page_knows() -> None:
    # Elsewhere the page has only three of the words across the columns' own line ends (老挝, 全国政协, 和裁军):
    # the block was read by rows, and its other lines are not joined either.
    known = "老挝是邻国。全国政协开会。和裁军有关。"
    page = make_page("老挝国会主席会见何鲁丽", "", *ROWS, "", "简讯", "", known)
    layer, _ = parse(page)
    numbers = range(3, 3 + len(ROWS))
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers), [
        (page.text(n), layer.lines[n].rule) for n in numbers if layer.lines[n].brk is Break.JOIN
    ]
    # Text of one column read in order is joined as before.
    plain, _ = parse(make_page(AUDIT_TITLE, "", narrow(*AUDIT)))
    assert all(s.rule != "columns-interleaved" for s in plain.lines.values())


# RapidOCR, strict XY-cut order: the lines of a story's three columns, row after row.
THREE_COLUMNS = [
    "者龚雯报道：今天，黄浦江", "预计全年入境旅游人数将达", "据悉，随着上海改革开",
    "畔的东方明珠电视塔前热闹", "5400万人次，创汇11", "放不断深化，该市旅游业已",
    "非凡，一派节日盛景，’9", "5亿美元，创历史最高水平。", "具备了良好的发展条件和坚",
    "8华夏城乡游首迎式在这里", "他说，今年正值我国改革开", "实的基础。去年，新组建的",
    "隆重举行。国务委员兼国务", "放20周年，国家旅游局推", "上海市旅游委初步实现新老",
    "院秘书长罗干、国家旅游局", "出”98华夏城乡游，突出", "管理体制的衔接、过渡，并",
    "局长何光、上海市委副书记", "表现中国改革开放以来城市", "通过一系列举措，使上海旅",
    "龚学平等以及近千名海内外", "与乡村的新气象、新变化，", "游业再创新高，1－11月",
]  # fmt: skip


def test_three_columns_read_by_rows_are_kept_apart() -> None:
    # Each line's sentence goes on two lines further down: the words across each column's own line ends
    # recur on the page (here: the same columns, read in order, in a later edition's text).
    columns = ["".join(THREE_COLUMNS[k::3]) for k in range(3)]
    page = make_page("华夏城乡游首迎式在沪举行", "", *THREE_COLUMNS, "", "简讯", "", narrow(*columns))
    layer, _ = parse(page)
    numbers = range(3, 3 + len(THREE_COLUMNS))
    rules = [layer.lines[n].rule for n in numbers]
    assert rules.count("columns-interleaved") >= len(THREE_COLUMNS) // 2, rules
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers if layer.lines[n].rule == "columns-interleaved")


def test_a_block_whose_line_ends_make_words_a_row_down_was_read_by_rows() -> None:
    # RapidOCR, strict XY-cut order, a wide page: a story's two columns read row by row, its line ends making
    # words the page knows with the line after next six times and with the next line once.
    raw = (DEV / "tune" / "wide_rapidocr_rxy_1007.txt").read_text(encoding="utf-8")
    page = Page("t", tuple(raw.split("\n")))
    assert page.lines[40].startswith("都地区的一些县")
    layer, _ = parse(page)
    numbers = range(41, 64)
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers), [
        (page.text(n), layer.lines[n].rule) for n in numbers if layer.lines[n].brk is Break.JOIN
    ]


def tune_page(name: str) -> Page:
    return Page("t", tuple(tuned_on_lines(name)))


def assert_kept_apart(page: Page, numbers: range) -> None:
    """Each of the lines `numbers` is told a line of columns read by rows, and starts a paragraph."""
    layer, _ = parse(page)
    assert all(layer.lines[n].rule == "columns-interleaved" for n in numbers), [
        (page.text(n), layer.lines[n].rule) for n in numbers if layer.lines[n].rule != "columns-interleaved"
    ]
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers)


def test_a_block_whose_words_across_the_rows_are_words_of_the_language_was_read_by_rows() -> None:
    # RapidOCR, strict XY-cut order: an essay's two columns read row by row. Its line ends make words a row
    # down (真诚, 那时, 怎样, 紧迫, 快乐) that occur nowhere else on the page, but are common words of the language.
    page = tune_page("wide_rapidocr_rxy_13007")
    assert page.lines[9].endswith("只有真") and page.lines[11].startswith("诚！")
    assert_kept_apart(page, range(8, 30))


def test_a_block_whose_line_ends_make_words_a_row_down_twice_as_often_as_with_any_other_line_was_read_by_rows() -> None:
    # RapidOCR, strict XY-cut order, a wide page: a story's two columns read row by row. Its line ends make
    # words a row down six times (企业, 助人为乐, 贫困户, 来抓, 再就业…) and three times by chance with the
    # next line (`困难企` / `及工会`: 企及; `助人` / `为了`: 人为), with no other line more than once.
    page = tune_page("wide_rapidocr_rxy_9007")
    assert page.lines[84].endswith("为困难企") and page.lines[85].startswith("及工会")
    assert_kept_apart(page, range(85, 98))


def test_two_stories_printed_side_by_side_and_read_by_rows_are_parted_column_by_column() -> None:
    # RapidOCR, strict XY-cut order, a narrow page: two stories' headlines, then their columns, read a line of
    # one and a line of the other. No cut parts the two headlines' words in the lines as read; taken a row
    # apart, each column holds one headline's words (炎帝, 寻根节, 随州 against 墨西哥, 辛鲍姆, 总统).
    raw = (DEV / "tune" / "narrow_rapidocr_rxy_17004.txt").read_text(encoding="utf-8")
    page = Page("t", tuple(raw.split("\n")))
    assert page.lines[6] == "甲辰年世界华人炎帝故" and page.lines[7] == "习近平向墨西哥当选"
    layer, _ = parse(page)
    festival, greetings = layer.lines[7].item, layer.lines[8].item
    assert festival != greetings
    assert all(layer.lines[n].item == festival for n in range(16, 45, 2))
    assert all(layer.lines[n].item == greetings for n in range(17, 44, 2))
    # Each column is read down as running text, a paragraph opening where its sentence does.
    assert layer.lines[21].brk is Break.PARAGRAPH and page.text(21).startswith("习近平指出")
    assert all(layer.lines[n].brk is Break.JOIN for n in [*range(18, 45, 2), 19, 23, 25, 43])


def test_two_words_a_row_down_by_chance_are_no_block_read_by_rows() -> None:
    # A tune page read column by column: in the President's column, `等的` / `陪同下…` / `时，…` and `不` /
    # `约而同地…` / `同时…` make words the page knows a row down (`的时`, `不同`) but not across the line
    # ends (`的陪`, `不约`): twice is chance, and the column's lines are joined.
    raw = tuned_on_lines("narrow_rapidocr_rcol_9004")
    layer, _ = parse(Page("by chance", tuple(raw)))
    assert raw[266].endswith("等的") and raw[267].startswith("陪同下") and raw[272] == "接着，塔拉尔在最高法庭首"
    assert all(layer.lines[n].brk is Break.JOIN for n in range(268, 274)), [
        (n, layer.lines[n].rule) for n in range(268, 274)
    ]


def test_the_lines_of_two_stories_read_by_rows_go_each_to_its_story() -> None:
    # A tune page in strict XY-cut order: two stories side by side, each under its headline, read row by row
    # from their leads on (`本报讯北大荒…` / `据新华社北京12月3…`): each line goes on the story of the line a
    # row further up, and within its own column its lines are joined.
    raw = tuned_on_lines("narrow_rapidocr_rxy_9003")
    layer, _ = parse(Page("two stories by rows", tuple(raw)))
    assert raw[38].startswith("本报讯北大荒") and raw[39].startswith("据新华社") and raw[59] == "失。"
    farm, tibet = layer.lines[39].item, layer.lines[40].item
    assert farm != tibet
    assert all(layer.lines[n].item == farm for n in range(41, 60, 2))
    assert all(layer.lines[n].item == tibet for n in range(42, 61, 2))
    assert layer.lines[43].brk is Break.JOIN and layer.lines[44].brk is Break.JOIN


def test_four_columns_read_by_rows_are_kept_apart() -> None:
    # A tune page in strict XY-cut order: a story's three columns and a fourth of the story beside it
    # (`暑运将至，为进一步优化全` / `国铁路运输结构…`), read row by row: no line is joined to the next one read.
    raw = tuned_on_lines("narrow_rapidocr_rxy_17004")
    assert (
        raw[133] == "全面推行产业链链长制，主"
        and raw[135] == "暑运将至，为进一步优化全"
        and raw[139] == "国铁路运输结构，今天（6"
    )
    layer, _ = parse(Page("four columns by rows", tuple(raw)))
    numbers = range(134, 166)
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers), [
        (n, raw[n - 1], layer.lines[n].rule) for n in numbers if layer.lines[n].brk is Break.JOIN
    ]


def test_two_wide_columns_read_by_rows_are_told_by_the_three_character_words_across_their_line_ends() -> None:
    # A tune page in strict XY-cut order: a story's two wide columns read row by row. Pairs of characters that
    # meet by chance make two-character words across the lines read one after the other (`近地`, `关卡`, `代际`),
    # but only the line a row down makes three-character words with them (`总书|记`, `现代|化`).
    raw = tuned_on_lines("wide_rapidocr_rxy_29208")
    assert (
        raw[36].endswith("中共中央总书")
        and raw[38].startswith("记、国家主席")
        and raw[53].endswith("抓科技创新，要着眼建设现代")
    )
    layer, _ = parse(Page("two wide columns by rows", tuple(raw)))
    numbers = range(38, 60)
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in numbers), [
        (n, raw[n - 1], layer.lines[n].rule) for n in numbers if layer.lines[n].brk is Break.JOIN
    ]


def test_a_column_read_by_rows_that_goes_on_from_a_story_cut_off_before_the_rows_goes_on_it() -> None:
    # RapidOCR, a narrow page in strict XY-cut order: a story of one column beside a story of two, read three
    # lines a row. The rows went to the second story, which opens with its lead `新华社深圳11月13日电近`; but every
    # third line (`全力保障旅客平安有序返程。`, `一是，公路出行，今天以中`, …) goes on from the first story, cut
    # off before the rows at `…增开夜间高铁，`, and shares its words.
    raw = tuned_on_lines("narrow_rapidocr_rxy_65004")
    assert raw[22:29] == [
        "时段加开列车，增开夜间高铁，",
        "新华社深圳11月13日电近",
        "心组织开展“强国复兴有我”群",
        "全力保障旅客平安有序返程。",
        "日，中央宣传部、中央统战部、",
        "众性主题宣传教育活动，着力用",
        "一是，公路出行，今天以中",
    ]
    layer = parse_page(Page("rxy", tuple(raw)))
    first, second = layer.lines[23].item, layer.lines[24].item
    assert first != second
    assert [layer.lines[n].item for n in (26, 29, 32, 35)] == [first] * 4
    assert [layer.lines[n].item for n in (24, 25, 27, 28, 30, 31)] == [second] * 6
    # The column's lines go on from each other a row apart; the other story's two columns stay apart.
    assert [layer.lines[n].brk for n in (26, 29, 32)] == [Break.JOIN, Break.PARAGRAPH, Break.JOIN]
    assert [layer.lines[n].brk for n in (25, 27, 28, 30)] == [Break.PARAGRAPH] * 4
