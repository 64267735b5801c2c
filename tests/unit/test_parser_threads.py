"""Columns an OCR order read by rows, read apart again before the page is parsed (`parsing.threads`), on the
real lines of tuned-on development pages: RapidOCR's strict XY-cut order across a narrow page."""

from __future__ import annotations

from itertools import chain

from proofdesk.domain.model import Break, Kind, Page, Role
from proofdesk.parsing import parse_page, parser
from proofdesk.parsing.breaks import interleaved_lines
from proofdesk.parsing.classes import STORY_TEXT, PageText
from proofdesk.parsing.frequencies import Weights, page_weights
from proofdesk.parsing.passes import classify
from proofdesk.parsing.profile import Line, profile_page
from proofdesk.parsing.threads import read_apart
from proofdesk.text.words import common_words
from tests.unit.parse_scoring import dev_pages, paragraph_per_line, tuned_on_lines

# A story's column beside a photo's caption, its credit, and the next story's kicker, headline, byline and body.
BESIDE_A_PHOTO = "narrow_rapidocr_rxy_69003"
STORY = [32, 33, 35, 37, 39, 41, 43, 45, 46, 47, 49, 51, 52, 54, 56, 57, 59]
CAPTION, CREDIT = [34, 36, 38, 40, 42], 44
NEXT_STORY = [48, 50, 53, 55, 58, 60]  # kicker, two lines of headline, byline, body


def page_of(name: str) -> Page:
    return Page(name, tuple(tuned_on_lines(name)))


def columns_read_apart(page: Page) -> list[list[list[int]]]:
    """The columns of each block of `page` that was read by rows, as raw line numbers."""
    profile = profile_page(page)
    counts = PageText(profile.lines)
    classes = classify(profile, counts)
    words = common_words()
    rows = interleaved_lines(profile.lines, [c in STORY_TEXT for c in classes], counts.bigrams, words)
    blocks = read_apart(profile.lines, classes, rows, counts.bigrams, words, weights_of(profile.lines, profile.blocks))
    return [[[profile.lines[i].number for i in column] for column in block] for block in blocks]


def weights_of(lines: list[Line], blocks: list[list[int]]) -> Weights:
    """Page-local weights, as the parser makes them."""
    texts = (chain.from_iterable(lines[i].bigrams for i in block) for block in blocks)
    return page_weights(None, texts, PageText(lines).bigrams.keys())


def block_from(page: Page, first: int) -> list[list[int]]:
    return next(block for block in columns_read_apart(page) if block[0][0] == first)


def test_each_line_goes_on_the_column_its_words_go_on_from_whatever_the_turns() -> None:
    # Rows of text beside the credit (44), the kicker (48), the headline's lines (50, 53) and the byline (55)
    # take no turn of theirs: 45 and 46, 51 and 52, 56 and 57 are read one after the other in the story's
    # column. The list's second paragraph (47 `（二）今年1月起…`) goes under its first (41 `（一）…`), not on the
    # caption's column, whose turn it was.
    story, beside = block_from(page_of(BESIDE_A_PHOTO), 32)
    assert story[: len(STORY)] == STORY
    assert beside == [*CAPTION, CREDIT, *NEXT_STORY]


def test_a_number_cut_at_the_line_end_goes_on_in_its_column() -> None:
    # `…人员流动量超1.9` / `亿人次。`: the caption's number goes on in the caption's column, though it was the
    # turn of the story beside it.
    page = page_of("narrow_rapidocr_rxy_17004")
    assert page.text(94).endswith("1.9") and page.text(95).startswith("亿")
    story, caption = block_from(page, 89)
    assert {94, 95} <= set(caption) and 96 in story


def test_two_stories_read_by_rows_are_parsed_each_in_its_column() -> None:
    page = page_of(BESIDE_A_PHOTO)
    layer = parse_page(page)
    item = {n: layer.lines[n].item for n in [*STORY, *CAPTION, CREDIT, *NEXT_STORY]}
    assert {item[n] for n in STORY} == {item[32]}
    assert {item[n] for n in [*CAPTION, CREDIT]} == {item[34]}
    assert {item[n] for n in NEXT_STORY} == {item[48]}
    assert len({item[32], item[34], item[48]}) == 3
    photo = item[34]
    assert photo is not None and layer.items[photo].kind is Kind.PHOTO
    assert [layer.lines[n].role for n in (44, 50, 53, 55)] == [Role.CREDIT, Role.TITLE, Role.TITLE, Role.BYLINE]
    # Each column's lines join as its own text does: `以来，我国通过向中度以上失能老年` / `人发放消费补贴…`.
    assert [layer.lines[n].brk for n in (33, 35, 37, 45, 52)] == [Break.JOIN] * 5
    assert layer.lines[47].brk is Break.PARAGRAPH  # `（二）…`
    assert [layer.lines[n].brk for n in (36, 38, 53, 60)] == [Break.JOIN] * 4


def test_the_columns_of_one_story_read_by_rows_stay_as_they_were_read() -> None:
    # Read apart, the second column of the story (`11月14日主持召开国务院常务会议…`) makes a story with no
    # headline of its own, and shares the first column's words (国务院常务会议, 两重, 消费): one story, its
    # lines each a paragraph as before, since the next line read is the other column's.
    page = page_of("narrow_rapidocr_rxy_29203")
    first, second = block_from(page, 158)
    layer = parse_page(page)
    lines = [*first[1:], *second]
    assert {layer.lines[n].item for n in lines} == {layer.lines[158].item}
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in lines), [
        n for n in lines if layer.lines[n].brk is Break.JOIN
    ]


def test_a_page_of_a_paragraph_per_line_is_not_read_apart() -> None:
    # Its lines are paragraphs, no rows: two of them in turn are no two columns.
    gold = next(g for g in dev_pages("tune") if g.page.name == "narrow_rapidocr_rxy_57004")
    page = paragraph_per_line(gold).page
    layer = parse_page(page)
    numbers = [n for n in range(23, 41) if page.text(n).strip()]
    assert {layer.lines[n].item for n in numbers} == {layer.lines[23].item}


def test_a_line_read_apart_joins_only_the_line_read_right_before_it_in_its_item() -> None:
    # The two columns of one story read apart go to one item (the parser would not keep them apart): in the
    # page's order each line's item has the other column's line right before it, and joining them would mix
    # two texts, however well the line goes on in its own column.
    page = page_of("narrow_rapidocr_rxy_1003")
    profile = profile_page(page)
    index = {line.number: line.index for line in profile.lines}
    block = block_from(page, 12)
    items, _ = parser._read_apart(page, profile.lines, [[[index[n] for n in c] for c in block]], None, None)
    item = next(item for item in items if 14 in item.lines)
    numbers = sorted(n for column in block for n in column)
    assert set(numbers) <= set(item.lines)
    assert all(item.lines[n].brk is Break.PARAGRAPH for n in numbers[1:]), [
        n for n in numbers[1:] if item.lines[n].brk is Break.JOIN
    ]


def test_a_column_keeps_its_paragraphs_shape_where_the_turn_of_four_columns_drifts() -> None:
    # Four stories side by side, read a line of each in turn. Where the first column's paragraph ends
    # (89 `国事访问。`) its next paragraph starts a row lower, so the turn drifts: 93 `带动作用日益显现，健康支`
    # is the second column's (under 90 `过多年持续推进，示范区的`), and the first column goes on with the
    # indented first line 96 `天安门广场上鸣礼炮2` three lines later. A full line under a finished sentence
    # would break the shape of a paragraph, a first line under an open one too.
    page = page_of("narrow_rapidocr_rxy_77004")
    assert page.text(89).endswith("。") and page.text(93).startswith("带动")
    column_of = {n: k for k, column in enumerate(block_from(page, 60)) for n in column}
    assert column_of[93] == column_of[90] != column_of[89]
    assert column_of[96] == column_of[89]
    assert column_of[97] == column_of[93]  # `健康支` / `持性环境持续改善。`


def test_a_story_of_one_column_beside_one_of_two_is_read_apart_from_it() -> None:
    # A story's column (`央视网消息（新闻联播）：` / `记者从交通运输部了解到，今天` / `(5月4日），全社会跨区域人`…)
    # read by rows with the two columns of the story beside it (`新华社深圳11月13日电近` / `日，中央宣传部…`):
    # read apart, the first story's lines join as its text does, and the other story's lines, each of whose
    # raw line before it in its item is its other column's, each start a paragraph as they were read.
    page = page_of("narrow_rapidocr_rxy_65004")
    layer = parse_page(page)
    first, second = layer.lines[13].item, layer.lines[24].item
    assert first != second
    assert [layer.lines[n].item for n in (16, 18, 20, 22, 26)] == [first] * 5
    assert [layer.lines[n].brk for n in (16, 18, 20, 22, 23, 26)] == [Break.JOIN] * 6
    assert [layer.lines[n].item for n in (27, 28, 30, 31)] == [second] * 4
    assert [layer.lines[n].brk for n in (27, 28, 30, 31)] == [Break.PARAGRAPH] * 4


def test_a_line_wider_than_its_column_tells_no_paragraph_shape() -> None:
    # The same page as an engine that writes a paragraph per line gives it: where two rows of one column were
    # read one after the other, they are one line of twice the column's width (`全国数十万架农用无人机位置信息
    # 生成了这样的数据图：…`), no full line under a finished sentence. Taken for one, it parted two stories
    # read by rows wrong (`“十五五”规划纲要提出，强化` / `农业科技和装备支撑。…` beside `央视网消息（新闻联播）：
    # 商务` / `部最新数据显示，…`), and they were left as they were read.
    gold = next(g for g in dev_pages("tune") if g.page.name == "narrow_rapidocr_rxy_61004")
    page = paragraph_per_line(gold).page
    layer = parse_page(page)
    farming, trade = layer.lines[98].item, layer.lines[97].item
    assert farming != trade
    assert [layer.lines[n].item for n in (100, 102, 104)] == [farming] * 3
    assert [layer.lines[n].item for n in (99, 101, 103)] == [trade] * 3
    assert [layer.lines[n].brk for n in (99, 100, 101, 102)] == [Break.JOIN] * 4


def test_three_columns_of_one_story_are_not_read_apart() -> None:
    # A story's three columns read by rows (`央视网消息（新闻联播）：“十` / `年，整个工厂的数智化改造，新增投` /
    # `口约400万人，智能制造领域人才需`) share their words column by column (0.20 and 0.20 close): one story,
    # left as read without parsing the page read apart first. Four stories side by side share few.
    page = page_of("narrow_rapidocr_rxy_61003")
    assert page.text(123).startswith("央视网消息") and page.text(124).startswith("年，整个工厂")
    assert not any(123 in column for block in columns_read_apart(page) for column in block)
    assert len(block_from(page_of("narrow_rapidocr_rxy_77004"), 60)) == 4


def test_a_headline_read_in_the_wrong_turn_goes_back_over_its_story() -> None:
    # Two stories side by side, read a line of each in turn: `促进新消费` / `一培育消费新场景` over the left
    # column (`眼下，各地多措并举培育消` / `费新场景、推进首发经济等，`…), `记者今天(12月19日)` /
    # `从商务部了解到，今年前11` over the right (`…个月，我国电子商务持续激` / `发消费活力，…`). OCR read two
    # of the right column's lines one after the other (61, 62), and the words across the line ends tell nothing
    # there: read by the turns alone, each story's head went on its neighbour's text. Read again with the words
    # each line shares with each column (消费新场景 with the left one's), the heads go back over their stories.
    page = page_of("narrow_rapidocr_rxy_81004")
    left, right = block_from(page, 58)
    assert left[:4] == [58, 60, 63, 65]
    assert right[:5] == [59, 61, 62, 64, 66]
    assert all(n % 2 == 1 for n in left[2:-2]) and all(n % 2 == 0 for n in right[2:])


def test_two_stories_whose_heads_were_read_in_the_wrong_turn_are_read_apart() -> None:
    # Two stories side by side under their headlines (`2025年中国国内生产总` / `值突破140万亿元同比增` / `长5%`
    # beside `《求是》杂志发表习近` / `平总书记重要文章《学` / `习好贯彻好党的二十届` / `四中全会精神》`), read a line
    # of each in turn. Read by the turns alone, the longer headline's last line (301) took the other story's turn
    # and each headline went on its neighbour's text: the columns shared the words of both (0.24 close), and the
    # block was left as read, each line a paragraph. Read again with the words each line shares with each column,
    # the two texts part and are parsed each in its column.
    page = page_of("narrow_rapidocr_rxy_85003")
    assert page.text(308).startswith("2026年1月1日出版") and page.text(309).startswith("2025年，中国国内生产总")
    layer = parse_page(page)
    qiushi, output = layer.lines[308].item, layer.lines[309].item
    assert qiushi != output
    assert {layer.lines[n].item for n in range(308, 340, 2)} == {qiushi}
    assert {layer.lines[n].item for n in range(309, 340, 2)} == {output}
    assert [layer.lines[n].brk for n in (310, 312, 314, 316, 318)] == [Break.JOIN] * 5
    assert [layer.lines[n].brk for n in (311, 313, 315, 319, 321)] == [Break.JOIN] * 5
