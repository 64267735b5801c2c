"""The parser with the scan's geometry: where each line stands, from an OCR file with line boxes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from proofdesk.domain.derive import derive
from proofdesk.domain.model import Break, Kind, Page, Role
from proofdesk.importer import import_files
from proofdesk.parsing import parse_page
from proofdesk.parsing.breaks import stream_breaks
from proofdesk.parsing.profile import Line, printed_above, profile_page, read_across, read_down
from proofdesk.storage import Library
from tests.unit.parse_scoring import dev_pages, score

# RapidOCR on a wide page, its lines sorted into rows (an XY-cut order): the two columns of one story read
# across, a line of the left column, then one of the right. Real lines and boxes (x, y, width, height).
ROWS = [
    ("用先进典型推动部队全面建设", (1483, 343, 787, 59)),
    ("■本报记者赵凯", (1771, 430, 209, 36)),
    ("据新华社北京12月31日电（记者罗玉文）中央军委委员、总", (1054, 496, 792, 38)),
    ("我党我军全心全意为人民服务的宗旨，体现了与社会主义市场经济相", (1908, 498, 843, 36)),
    ("政治部主任于永波日前在会见全军和武警部队先进典型代表时强调，", (999, 541, 823, 35)),
    ("适应的时代精神。", (1908, 541, 209, 35)),
    ("全军要认真贯彻落实江泽民主席最近的重要指示精神，形成学习邓小", (999, 584, 841, 33)),
    ("于永波指出，我军是一支英雄模范辈出的军队，用先进典型教育", (1963, 584, 784, 33)),
    ("平理论的新高潮，把这一学习提高到十五大所达到的新水平，进一步", (1001, 628, 839, 34)),
    ("部队是我军政治工作的优良传统。他说，要充分发挥先进典型的示范、", (1909, 626, 847, 34)),
]


def _line(box: tuple[float, float, float, float]) -> Line:
    return Line(0, 1, "", 10.0, 0, 0, box=box)


def test_a_line_read_across_the_columns() -> None:
    left, right, next_left = _line(ROWS[2][1]), _line(ROWS[3][1]), _line(ROWS[4][1])
    assert read_across(left, right) and read_across(right, next_left)
    # Down the same column, or up to the top of the next column (a column cut): not across.
    assert not read_across(left, next_left)
    assert not read_across(_line((999, 900, 840, 34)), _line((1908, 496, 843, 36)))
    # Far lower in the next column (past a photo): a column cut too.
    assert not read_across(_line((999, 541, 823, 35)), _line((1908, 900, 843, 36)))
    assert not read_across(_line((999, 541, 823, 35)), Line(0, 2, "", 10.0, 0, 0))  # no box: nothing known


def test_columns_read_across_are_kept_apart_with_boxes_and_by_the_words_across_their_rows_without() -> None:
    # The boxes show each line beside the one before it; without them, the line ends make words with the line a
    # row down three times (`总` / `政治部`, `邓小` / `平理论`, `教育` / `部队`) and once with the next, by chance
    # (`邓小` / `于永波`: 小于).
    page = Page("rows", tuple(text for text, _ in ROWS))
    boxes = {n: box for n, (_, box) in enumerate(ROWS, 1)}
    with_boxes, without = parse_page(page, None, None, boxes), parse_page(page)
    body = range(4, len(ROWS) + 1)
    assert all(layer.lines[n].brk is Break.PARAGRAPH for layer in (with_boxes, without) for n in body)
    assert all(without.lines[n].rule == "columns-interleaved" for n in body)


@pytest.mark.parametrize("part", ["tune", "heldout"])
def test_line_boxes_read_the_paragraphs_of_pages_read_across_near_the_text_alone(part: str) -> None:
    pages = dev_pages(part)
    across = [g for g in pages if "_rxy_" in g.page.name]
    plain = score((g, parse_page(g.page)) for g in across)
    boxed = score((g, parse_page(g.page, None, None, g.boxes)) for g in across)
    # (the text alone now finds most blocks read by rows too: the boxes keep their floor and stay near it)
    assert boxed.paragraphs >= 0.88 and boxed.paragraphs >= plain.paragraphs - 0.02, (plain, boxed)
    # and nothing is lost elsewhere
    whole = score((g, parse_page(g.page, None, None, g.boxes)) for g in pages)
    floor = score((g, parse_page(g.page)) for g in pages)
    names = ("items", "paragraphs", "titles", "bylines")
    assert all(getattr(whole, name) >= getattr(floor, name) - 0.005 for name in names), (floor, whole)


def test_an_ocr_file_with_boxes_is_parsed_with_them(library_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "rows.json"
    records = [
        {"text": text, "box": [[x, y], [x + w, y], [x + w, y + h], [x, y + h]], "score": 0.99}
        for text, (x, y, w, h) in ROWS
    ]
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    with Library.open(library_path) as library:
        report = import_files(library, [path])
        page_id = report.results[0].page_id
        assert page_id is not None
        _, layer = library.load(page_id)
    assert all(layer.lines[n].brk is Break.PARAGRAPH for n in range(4, len(ROWS) + 1))


def _lines(*boxes: tuple[float, float, float, float]) -> list[Line]:
    return [Line(i, i + 1, "", 10.0, 0, 0, box=box) for i, box in enumerate(boxes)]


def test_the_line_printed_right_above_another() -> None:
    lines = _lines(
        (100, 100, 900, 60),  # a headline over two columns
        (450, 170, 200, 36),  # its byline, in the middle of them
        (100, 240, 400, 36),  # the first line of the left column
        (600, 240, 400, 36),  # and of the right one
        (100, 280, 400, 36),  # the second line of the left column
        (100, 900, 400, 36),  # far below: nothing right above it
    )
    assert printed_above(lines) == [None, 0, 1, 1, 2, None]
    assert printed_above(_lines((100, 100, 400, 36), (600, 140, 400, 36))) == [None, None]  # side by side


# A page of two stories side by side, each under its own headline, read by an OCR engine that sorts its
# blocks top-down: both headlines first, then the left column, then the right one. The left story's last line
# leaves its sentence open, as a column cut does, so the text alone reads the right column on from it.
TOP_DOWN = [
    ("全市审计系统召开工作会议", (100, 100, 400, 60)),
    ("",),
    ("农村公路建设全面提速", (600, 100, 400, 60)),
    ("",),
    ("本报讯 全市审计系统工作会议昨天召开，会议", (100, 200, 400, 36)),
    ("总结了去年的审计工作，部署了今年的任务，要求", (100, 240, 400, 36)),
    ("各级审计机关把审计整改作为重点，推动问题", (100, 280, 400, 36)),
    ("",),
    ("整改落实到位，全年新建改建农村公路一千公里。", (600, 200, 400, 36)),
    ("各地把农村公路建设同乡村振兴结合起来，", (600, 240, 400, 36)),
    ("群众出行更加方便。", (600, 280, 400, 36)),
]


def _page(rows: list[tuple[Any, ...]]) -> tuple[Page, dict[int, tuple[float, float, float, float]]]:
    page = Page("top-down", tuple(row[0] for row in rows))
    return page, {n: row[1] for n, row in enumerate(rows, 1) if len(row) > 1}


def test_a_block_under_another_headline_starts_its_own_story() -> None:
    page, boxes = _page(TOP_DOWN)
    without, with_boxes = parse_page(page), parse_page(page, None, None, boxes)
    assert without.lines[9].item == without.lines[5].item  # read on across the cut, by the words
    assert with_boxes.lines[9].item != with_boxes.lines[5].item
    assert with_boxes.lines[9].item == with_boxes.lines[10].item == with_boxes.lines[11].item


# One story under a headline over both its columns; between its columns in the OCR order, another story's
# block (printed lower down, under its own headline).
SPANNING = [
    ("农村公路建设全面提速", (100, 100, 900, 60)),
    ("",),
    ("本报讯 今年全市新建改建农村公路一千公里，", (100, 200, 400, 36)),
    ("各地把农村公路建设同乡村振兴结合起来，", (100, 240, 400, 36)),
    ("",),
    ("城市书房开到家门口", (100, 400, 400, 60)),
    ("",),
    ("本报讯 全市又有十家城市书房开门迎客。", (100, 500, 400, 36)),
    ("",),
    ("群众出行更加方便，农产品运得出、卖得好。", (600, 200, 400, 36)),
]


def test_a_column_under_the_same_headline_goes_on_its_story() -> None:
    page, boxes = _page(SPANNING)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[10].item == layer.lines[3].item == layer.lines[1].item
    assert layer.lines[8].item != layer.lines[3].item


# Two headlines read first, one over each column, that share no words with their stories: only where they
# are printed says which story each heads.
STACKED = [
    ("春风又绿江南岸", (100, 100, 400, 60)),
    ("",),
    ("一路繁花到天涯", (600, 100, 400, 60)),
    ("",),
    ("本报讯 全市审计系统工作会议昨天召开。", (100, 200, 400, 36)),
    ("会议总结了去年的审计工作。", (100, 240, 400, 36)),
    ("",),
    ("本报讯 今年全市新建改建农村公路一千公里。", (600, 200, 400, 36)),
    ("群众出行更加方便。", (600, 240, 400, 36)),
]


def test_stacked_headlines_go_to_the_stories_printed_under_them() -> None:
    page, boxes = _page(STACKED)
    without, layer = parse_page(page), parse_page(page, None, None, boxes)
    assert not (without.lines[1].item == without.lines[5].item and without.lines[3].item == without.lines[8].item)
    assert layer.lines[1].item == layer.lines[5].item != layer.lines[8].item == layer.lines[3].item
    assert layer.lines[1].role is Role.TITLE and layer.lines[3].role is Role.TITLE


# A narrow column whose lines end sentences at full width: the text alone cannot tell an indented first line
# (here one that OCR read a character too long) from a flush one, nor a short closing line from a short first
# line; the boxes show the indent. 16 em a line, 25 px an em.
_TEXT = (
    "全市审计系统工作会议昨天召开会议总结了去年的审计工作部署了今年的任务"
    "要求各级审计机关把整改作为重点推动问题整改落实到位"
)


def _column() -> tuple[Page, dict[int, tuple[float, float, float, float]]]:
    t = _TEXT
    rows = [
        (t[0:14], 150),  # a paragraph's first line, indented two em
        (t[14:29] + "。", 100),
        (t[29:41] + "。", 100),  # short, ends its sentence, flush: the paragraph's last line
        (t[41:55] + "。", 150),
        (t[0:15] + "1", 150),  # indented, though the text reads nearly full (an extra character read)
        (t[15:30] + "。", 100),
    ]
    page = Page("column", tuple(text for text, _ in rows))
    boxes = {n: (float(x), 100.0 + 40 * n, 500.0 - x, 30.0) for n, (_, x) in enumerate(rows, 1)}
    return page, boxes


def test_the_indent_on_the_scan_tells_paragraphs() -> None:
    page, boxes = _column()
    without, layer = parse_page(page), parse_page(page, None, None, boxes)
    joined, parted = Break.JOIN, Break.PARAGRAPH
    assert [layer.lines[n].brk for n in range(2, 7)] == [joined, joined, parted, parted, joined]
    assert without.lines[3].brk is parted and without.lines[5].brk is joined  # the text alone errs


def test_a_headline_stays_with_the_story_printed_under_it_though_another_holds_more_of_its_words() -> None:
    # A real page: a headline over three columns, read before the first, which opens with a lead; the third
    # column, read far later, repeats the headline's words. Its neighbour is printed under it: it stays there.
    (gold,) = [g for g in dev_pages("tune") if g.page.name == "narrow_rapidocr_rcol_9004"]
    layer = parse_page(gold.page, None, None, gold.boxes)
    headline = next(n for n, text in enumerate(gold.page.lines, 1) if text.startswith("祝愿祖国明天"))
    lead = next(n for n, text in enumerate(gold.page.lines, 1) if text.startswith("新华社北京1月1日电"))
    assert layer.lines[headline].role is Role.TITLE
    assert layer.lines[lead].item == layer.lines[headline].item == gold.layer().lines[lead].item


def test_a_column_printed_under_a_storys_headline_goes_on_that_story() -> None:
    # A real page: a headline centred over a three-column story stands over its second and third columns only;
    # the second column (opening with `一是，`) goes on the story begun in the first.
    (gold,) = [g for g in dev_pages("tune") if g.page.name == "wide_rapidocr_rcol_1008"]
    layer = parse_page(gold.page, None, None, gold.boxes)
    lines = gold.page.lines
    headline = next(n for n, text in enumerate(lines, 1) if text.startswith("塔拉尔将出任巴基斯坦总统"))
    second = next(n for n, text in enumerate(lines, 1) if text.startswith("一是，在今天举行的选举中"))
    assert layer.lines[second].item == layer.lines[headline].item


def test_lines_printed_one_under_the_other_are_not_taken_for_interleaved_columns() -> None:
    # Words across the line ends read badly (an OCR misread), as between two columns read row by row; the
    # scan shows each line printed right under the one before, in one column.
    texts = ["统瓦西姆和总理谢里夫等的", "陪同下步入宽豪华的大厅", "时，在场的近百名政府要员、"]
    boxes = [(2129, 950, 361, 35), (2129, 996, 361, 35), (2129, 1042, 370, 35)]
    lines = [
        Line(i, i + 1, t, 12.0, 0, 0, column=12.0, box=b) for i, (t, b) in enumerate(zip(texts, boxes, strict=True))
    ]
    assert read_down(lines[0], lines[1]) and not read_down(lines[1], lines[0])
    assert not read_down(lines[0], _line((2600, 996, 361, 35)))  # the next column
    assert not read_down(lines[0], _line((2129, 1300, 361, 35)))  # further down, past a photo
    interleaved = dict.fromkeys((0, 1, 2), 2)  # read two columns across
    with_boxes = stream_breaks(lines, True, interleaved)
    assert all(d.rule != "columns-interleaved" for d in with_boxes[1:])
    without = stream_breaks([replace(line, box=None) for line in lines], True, interleaved)
    assert all(d.rule == "columns-interleaved" for d in without[1:])


def test_a_printed_line_the_ocr_cut_in_two_is_not_read_across() -> None:
    # RapidOCR cut `音乐会首场-“为了明` at its dash: the second box starts inside the column, not in the next.
    page = Page(
        "cut", ("新年音乐会在首都隆重举行全场", "音乐会首场-", "“为了明", "天”的主题贯穿了整场演出内容", "下一栏的文字")
    )
    boxes = {
        1: (1722, 500, 361, 35),
        2: (1722, 547, 156, 35),
        3: (1942, 543, 127, 37),
        4: (1722, 590, 361, 35),
        5: (2129, 590, 361, 35),
    }
    lines = profile_page(page, None, boxes).lines
    assert not read_across(lines[1], lines[2])  # one printed line
    assert read_across(lines[3], lines[4])  # the next column, on the same row


# RapidOCR on a narrow page, column order: a photo's caption ending on its credit in brackets, then a speech
# whose salutation ends on a colon. Real lines and boxes.
SPEECH = [
    ("在全国政协新年", (1875, 2703, 459, 65)),
    ("茶话会上的讲话", (1877, 2789, 461, 71)),
    ("●汪欣", (2055, 2881, 104, 45)),
    ("江泽民在茶话会上发表", (1779, 2954, 308, 44)),
    ("重要讲话。（新华社记者王", (1724, 3005, 361, 36)),
    ("新庆摄)", (1719, 3048, 110, 42)),
    ("同志们、朋友们：", (1782, 3097, 224, 36)),
    ("在这辞旧迎新的喜庆时", (1782, 3140, 303, 40)),
    ("刻，我代表中共中央、国务", (1719, 3188, 364, 40)),
    ("院、中央军委，向各民主党", (1719, 3234, 366, 40)),
    ("派、全国工商联和无党派爱", (1721, 3281, 364, 36)),
]


def test_an_indent_on_the_scan_starts_a_paragraph_after_a_line_that_ends_no_sentence() -> None:
    # Two lines starting together give the column's left edge; the salutation and the speech's first line
    # stand two em right of it.
    page = Page("t", tuple(text for text, _ in SPEECH))
    layer = parse_page(page, None, None, {n: box for n, (_, box) in enumerate(SPEECH, 1)})
    assert [layer.lines[n].brk for n in (7, 8, 9)] == [Break.PARAGRAPH, Break.PARAGRAPH, Break.JOIN], [
        layer.lines[n].rule for n in (7, 8, 9)
    ]


# RapidOCR on a narrow page, XY-cut order: a band of two stories' columns side by side that no cut could part,
# read by rows, a line of the left column, then one of the right. Real lines and boxes.
BAND = [
    ("华北黄淮等地高温天气持", (1055, 215, 364, 39)),
    ("昆明市", (2114, 203, 115, 51)),
    ("续南方部分地区有暴雨", (1066, 259, 341, 40)),
    ("本报记者胡静黎秀静", (1095, 320, 283, 34)),
    ("李强会见新", (2003, 272, 335, 68)),
    ("央视网消息（新闻联播）：", (1088, 392, 343, 35)),
    ("西兰总督", (2039, 359, 268, 76)),
    ("中央气象台预计，今天（6月9", (1028, 439, 393, 34)),
    ("●何婷杰", (2109, 454, 131, 41)),
    ("日）起至13日，北方高温继续", (1028, 485, 391, 34)),
    ("发展，华北、黄淮等地将有持续", (1028, 532, 419, 34)),
    ("央视网消息（新闻联播）：", (2022, 528, 347, 38)),
    ("性高温天气，河北、河南、山东", (1026, 576, 421, 35)),
    ("当地时间13日下午，国务院总", (1965, 576, 386, 35)),
    ("等地部分地区最高气温可达40", (1024, 621, 397, 34)),
    ("理李强在惠灵顿会见新西兰总督", (1963, 623, 419, 34)),
    ("°C以上，中央气象台今天发布高", (1028, 669, 419, 35)),
    ("基罗。", (1960, 668, 82, 36)),
    ("温橙色预警。而在南方地区，较", (1026, 716, 421, 34)),
    ("李强向基罗总督转达习近平", (2020, 711, 364, 41)),
    ("强降雨区域维持在广西北部到江", (1023, 761, 422, 34)),
    ("主席的亲切问候。李强表示，我", (1963, 761, 421, 34)),
    ("南中南部一带，湖南、江西、福", (1024, 807, 423, 34)),
    ("此次访新正值中新建立全面战略", (1963, 807, 419, 34)),
    ("建等地将有暴雨或大暴雨天气，", (1023, 848, 405, 42)),
    ("伙伴关系10周年，是一次友谊", (1962, 848, 393, 42)),
    ("需注意防范次生灾害的发生。", (1026, 898, 373, 35)),
    ("之旅、合作之旅。中新的发展理", (1962, 897, 420, 34)),
    ("念相似、文化价值相通、国际主", (1962, 943, 419, 34)),
    ("张相近，多年来都从彼此的发展", (1960, 990, 421, 34)),
]


def test_each_column_of_a_band_read_by_rows_reads_downward_as_one_story() -> None:
    page, boxes = _page(BAND)
    layer = parse_page(page, None, None, boxes)
    left = [n for n, (_, (x, y, _w, _h)) in enumerate(BAND, 1) if x < 1500 and y > 380]
    right = [n for n, (_, (x, y, _w, _h)) in enumerate(BAND, 1) if x > 1500 and y > 520]
    assert len({layer.lines[n].item for n in left}) == 1, [layer.lines[n].item for n in left]
    assert len({layer.lines[n].item for n in right}) == 1, [layer.lines[n].item for n in right]
    assert layer.lines[left[0]].item != layer.lines[right[0]].item
    # The left column's sentences run on down the column: soft wraps, not paragraphs.
    assert [layer.lines[n].brk for n in left[2:]] == [Break.JOIN] * len(left[2:])


# RapidOCR on a narrow page, XY-cut order: two stories' columns side by side read by rows, under a line the
# engine read across both columns as one (the first lines of both leads). Real lines and boxes.
MERGED = [
    ("甲辰年世界华人炎帝故", (106, 215, 328, 36)),
    ("习近平向墨西哥当选", (508, 217, 345, 41)),
    ("里寻根节在湖北随州举", (106, 259, 330, 36)),
    ("总统辛鲍姆致贺电", (520, 267, 316, 46)),
    ("行", (247, 299, 47, 44)),
    ("●卢杰娜", (205, 359, 133, 43)),
    ("央视网消息 (新闻联播)", (559, 352, 315, 36)),
    ("6月4日，国家主席习近平", (499, 398, 335, 36)),
    ("央视网消息（新闻联播）：向克劳迪娅·辛鲍姆-帕尔多", (145, 425, 708, 62)),
    ("今天（6月2日），甲辰年", (91, 482, 333, 36)),
    ("致贺电，祝贺她当选墨西哥", (494, 484, 368, 48)),
    ("世界华人炎帝故里寻根节在", (91, 528, 361, 36)),
    ("合众国总统。", (496, 530, 164, 46)),
    ("湖北随州举行。来自海内外", (89, 575, 363, 35)),
    ("习近平指出，墨西哥是", (557, 580, 303, 41)),
    ("华人华侨及社会各界代表约", (91, 621, 361, 35)),
    ("拉美地区大国和重要新兴市", (497, 628, 361, 36)),
    ("2500人共同拜谒华夏始祖", (89, 667, 340, 36)),
    ("场国家，中墨是全面战略伙", (494, 669, 366, 43)),
    ("炎帝神农，祈福中华。随州", (87, 708, 366, 43)),
    ("伴。当前中墨关系保持良好", (497, 720, 361, 36)),
    ("炎帝祭典为国家级非物质文", (89, 758, 364, 35)),
    ("发展，战略性、互补性、互", (497, 767, 363, 35)),
    ("化遗产，今年的主题为“烈", (91, 804, 361, 36)),
]


def test_a_column_reads_down_past_a_line_read_across_two_columns() -> None:
    page, boxes = _page(MERGED)
    layer = parse_page(page, None, None, boxes)
    right = [8] + [n for n, (_, (x, y, _w, _h)) in enumerate(MERGED, 1) if x > 400 and y > 480]
    left = [n for n, (_, (x, y, _w, _h)) in enumerate(MERGED, 1) if x < 100 and y > 480]
    assert {layer.lines[n].item for n in right} == {layer.lines[8].item}, [layer.lines[n].item for n in right]
    assert layer.lines[8].item not in {layer.lines[n].item for n in left}
    # The right column's sentence goes on from the line over the merged one: `习近平⏎致贺电`.
    assert layer.lines[11].brk is Break.JOIN


# Tesseract on a narrow page: the foot of two stories' columns, one printed row of the right one cut in two boxes
# (`“的重大举措，` and `1 9 9 7年元旦…`), the first read with the left story. Real lines and boxes.
ROW_CUT = [
    ("《一) 国家旅游局局长何光、江苏省政府", (169, 3293, 520, 46)),
    ("领导等以及数和干名中外宾朋参加了这一隆重而", (91, 3339, 598, 46)),
    ("” 9 8 华夏城乡游", (453, 3205, 236, 28)),
    ("“的重大举措，", (723, 3159, 172, 31)),
    ("国 本报记者 避静婷", (914, 2948, 250, 28)),
    ("特别的仪式。", (739, 3015, 161, 44)),
    ("(二) ”9 7中国旅游年是一次国家级的", (817, 3061, 519, 44)),
    ("宣传促销活动，是我国“九五”期间旅游发展", (740, 3107, 601, 44)),
    ("1 9 9 7年元旦由国家主席江泽", (927, 3158, 410, 29)),
    ("民在新年致词中宣布开幕。", (741, 3199, 337, 44)),
    ("(三) 据最新统计，1 9 9 7年1月至1", (817, 3244, 513, 43)),
    ("工月份，来华旅游人数达5 2 3 6 万多人次，", (747, 3292, 568, 42)),
    ("国际旅游收入达1 1 0. 8 亿多美元，分别较", (741, 3336, 596, 43)),
]


def test_a_row_the_engine_cut_in_two_does_not_carry_the_column_under_it_to_another_story() -> None:
    page, boxes = _page(ROW_CUT)
    layer = parse_page(page, None, None, boxes)
    # Two boxes of that row stand over `民在新年致词中宣布开幕。`: neither says which story it goes on.
    assert {layer.lines[n].item for n in range(7, 14)} == {layer.lines[7].item}
    assert layer.lines[7].item != layer.lines[1].item == layer.lines[2].item


def test_a_headline_read_apart_by_rows_is_one_headline() -> None:
    # In the band read by rows, each headline's second line comes after a line of another column: the kicker
    # over the right column, its first lead line.
    page, boxes = _page(BAND)
    titles = [article.title for article in derive(page, parse_page(page, None, None, boxes))]
    assert "华北黄淮等地高温天气持续南方部分地区有暴雨" in titles, titles
    assert "李强会见新西兰总督" in titles, titles


# RapidOCR on a narrow page, XY-cut order: three columns read by rows; a photographer's credit printed in the middle
# column, on the row of a lead's first line and a line of the left column. Real lines and boxes.
THREE_ROWS = [
    ("华北黄淮等地高温天气持", (1055, 215, 364, 39)),
    ("昆明市", (2114, 203, 115, 51)),
    ("续南方部分地区有暴雨", (1066, 259, 341, 40)),
    ("本报记者胡静黎秀静", (1095, 320, 283, 34)),
    ("李强会见新", (2003, 272, 335, 68)),
    ("央视网消息（新闻联播）：", (1088, 392, 343, 35)),
    ("西兰总督", (2039, 359, 268, 76)),
    ("中央气象台预计，今天（6月9", (1028, 439, 393, 34)),
    ("辽宁积极构建人才创新体系，以", (1496, 435, 416, 29)),
    ("●何婷杰", (2109, 454, 131, 41)),
    ("日）起至13日，北方高温继续", (1028, 485, 391, 34)),
    ("高质量人才振兴推动新时代辽宁", (1490, 475, 425, 41)),
    ("发展，华北、黄淮等地将有持续", (1028, 532, 419, 34)),
    ("全面振兴。", (1490, 521, 139, 42)),
    ("央视网消息（新闻联播）：", (2022, 528, 347, 38)),
    ("性高温天气，河北、河南、山东", (1026, 576, 421, 35)),
    ("■邵红磊钱秀摄", (1685, 571, 232, 35)),
    ("当地时间13日下午，国务院总", (1965, 576, 386, 35)),
    ("等地部分地区最高气温可达40", (1024, 621, 397, 34)),
    ("理李强在惠灵顿会见新西兰总督", (1963, 623, 419, 34)),
    ("°C以上，中央气象台今天发布高", (1028, 669, 419, 35)),
    ("新思想引领新征程", (1507, 671, 278, 40)),
    ("基罗。", (1960, 668, 82, 36)),
    ("温橙色预警。而在南方地区，较", (1026, 716, 421, 34)),
    ("李强向基罗总督转达习近平", (2020, 711, 364, 41)),
    ("强降雨区域维持在广西北部到江", (1023, 761, 422, 34)),
    ("深圳市", (1493, 740, 110, 43)),
    ("主席的亲切问候。李强表示，我", (1963, 761, 421, 34)),
    ("南中南部一带，湖南、江西、福", (1024, 807, 423, 34)),
    ("开创美丽中国", (1495, 809, 389, 63)),
]


def test_text_beside_a_photographers_credit_is_no_caption() -> None:
    page, boxes = _page(THREE_ROWS)
    layer = parse_page(page, None, None, boxes)
    lead, beside, credit, under = 15, 16, 17, 18
    assert page.text(credit) == "■邵红磊钱秀摄"
    # The credit stands on the row of the lines before it, not under them: they are running text, each of its
    # column's story.
    assert layer.lines[beside].role is Role.BODY and layer.lines[beside].item == layer.lines[13].item
    assert layer.lines[lead].role is Role.BODY and layer.lines[lead].item == layer.lines[under].item


# Tesseract on a wide page: a headline's second line, as short as a byline and set in the type of the line over
# it. Real lines and boxes.
HEADLINE_IN_TWO = [
    ("万个。全国共有少先队辅导员754.2万名，其中，省、市、县级少先", (1067, 1507, 883, 44)),
    ("队总辅导员0.3万名，中小学校大队辅导员21.1万名、中队辅导员287", (1068, 1557, 893, 43)),
    (".6万名，少先队校外辅导员445.2万名。", (1068, 1603, 500, 43)),
    ("",),
    ("党旗村于", (1081, 1688, 136, 77)),
    ("",),
    ("大规模小交机收结束", (1220, 1795, 590, 63)),
    ("夏粮丰收已成定局", (1261, 1883, 523, 63)),
    ("",),
    ("(下转第7版)", (1788, 1993, 160, 45)),
    ("",),
    ("南方强降雨持续 各地各部门全力应对", (494, 2068, 1068, 92)),
    ("",),
    ("@@ 黄阳欣", (961, 2165, 129, 46)),
    ("",),
]


def test_a_line_in_a_headlines_type_under_it_is_no_byline() -> None:
    page, boxes = _page(HEADLINE_IN_TWO)
    titles = [article.title for article in derive(page, parse_page(page, None, None, boxes))]
    assert "大规模小交机收结束夏粮丰收已成定局" in titles, titles


# Tesseract on a narrow page: a headline's last line, alone in its block, whose box is lower than the lines
# over it though its characters are as wide (`人死亡` has no stroke reaching the box's top or bottom). Real
# lines and boxes.
HEADLINE_LAST_LINE = [
    ("人不安”且“前所未有”。今", (1406, 748, 387, 47)),
    ("年6月，美国联邦政府曾以搜", (1405, 794, 375, 47)),
    ("捕非法移民为由，向加州洛杉", (1405, 841, 387, 46)),
    ("矶派出国民警卫队。", (1405, 887, 249, 46)),
    ("",),
    ("石家庄: 攻坚见实效一", (1846, 207, 386, 48)),
    ("巴称以军获", (1880, 271, 321, 80)),
    ("击加沙地带", (1875, 357, 326, 85)),
    ("多地 造成50", (1863, 448, 354, 83)),
    ("",),
    ("人死亡", (1940, 542, 193, 63)),
    ("",),
    ("国 本报记者 任明明", (1913, 634, 252, 45)),
    ("",),
    ("央视网消息 〈新闻联播) :", (2341, 206, 338, 46)),
    ("巴勒斯坦媒体11日报道称，以", (2284, 251, 383, 45)),
    ("军当天对加沙地带北部加沙城、", (2282, 298, 401, 45)),
    ("中部代尔拜拉赫等多地发动袭", (2283, 344, 390, 46)),
    ("击，造成至少50人死亡，多", (2281, 388, 360, 46)),
    ("人受伤。巴勒斯坦伊斯兰抵抗", (2282, 435, 390, 45)),
]


def test_a_headlines_last_line_in_the_same_type_goes_on_it_whatever_its_boxs_height() -> None:
    page, boxes = _page(HEADLINE_LAST_LINE)
    titles = [article.title for article in derive(page, parse_page(page, None, None, boxes))]
    assert "巴称以军获击加沙地带多地 造成50人死亡" in titles, titles


# RapidOCR on a narrow page: a headline of parallel phrases over four lines, its second ending on the `、`
# between them, set a little smaller than the lines over and under it. Real lines and boxes.
HEADLINE_LINE_ON_ITS_COMMA = [
    ("积极行动，聚力攻坚，全力促", (89, 483, 393, 37)),
    ("进未就业毕业生就业。", (86, 528, 288, 42)),
    ("1.今年以来，教育部持续", (143, 572, 335, 46)),
    ("对接经济大省的人才需求，挖", (88, 620, 396, 41)),
    ("潜拓岗，推动构建区域性就业", (88, 668, 394, 37)),
    ("大市场。其中，广东省围绕发", (89, 714, 393, 37)),
    ("展新质生产力等领域需求，已", (89, 761, 395, 37)),
    ("挖掘岗位超120万个。", (86, 805, 275, 42)),
    ("",),
    ("上海合作组织成员国文", (91, 1256, 389, 42)),
    ("化部长第二十二次会唔、", (73, 1309, 404, 43)),
    ("旅游部门领导人会议在", (89, 1361, 393, 42)),
    ("青岛举行", (203, 1409, 164, 50)),
    ("",),
    ("赵乐际会见韩国国会副议长", (110, 2205, 791, 72)),
    ("黎娜怡", (438, 2299, 132, 45)),
    ("",),
    ("本报烟台12月13日电（", (150, 2373, 308, 43)),
    ("记者黎娜怡）全国人大常委", (91, 2421, 367, 37)),
    ("会委员长赵乐际10日在北京", (91, 2469, 362, 37)),
    ("会见韩国国会副议长李学永。", (88, 2510, 376, 44)),
    ("赵乐际表示，习近平主席", (148, 2558, 334, 42)),
    ("在李在明总统就职后第一时间", (89, 2606, 393, 37)),
    ("致贺电并同他通电话，就推动", (88, 2652, 394, 37)),
    ("中韩战略合作伙伴关系向更高", (91, 2702, 391, 31)),
    ("水平迈进达成重要共识。中方", (89, 2745, 393, 37)),
]


def test_a_line_in_the_type_of_the_headline_lines_beside_it_is_one_of_them_whatever_its_end() -> None:
    page, boxes = _page(HEADLINE_LINE_ON_ITS_COMMA)
    layer = parse_page(page, None, None, boxes)
    headline = [layer.lines[n] for n in (10, 11, 12)]
    assert [(state.item, state.role) for state in headline] == [(headline[0].item, Role.TITLE)] * 3


# RapidOCR, strict XY-cut order, on a narrow page: two headlines printed side by side, each over its deck,
# read across their rows (a line of one, a line of the other). Real lines and boxes.
HEADLINES_SIDE_BY_SIDE = [
    ("（下转第3版）", (269, 1119, 165, 36)),
    ("",),
    ("党中央国务院关心", (499, 218, 372, 47)),
    ("北大荒粮食三年", (899, 218, 368, 58)),
    ("西藏雪灾救灾工作", (501, 279, 357, 46)),
    ("连续大幅增产", (928, 283, 312, 61)),
    ("一灾区各级政府全力组", (503, 340, 348, 41)),
    ("一去年总产量逾85.", (920, 356, 324, 40)),
    ("织抗灾力争降低灾害损", (499, 388, 328, 35)),
    ("2亿公斤，创下我国农", (925, 402, 328, 40)),
    ("失", (492, 428, 47, 44)),
    ("业最高劳动生产率", (953, 445, 268, 41)),
    ("本报记者贺芳旭", (494, 479, 222, 40)),
    ("刘雨强", (1020, 496, 133, 42)),
    ("本报通讯员肖静娜", (497, 529, 249, 35)),
    ("本报讯北大荒经受洪涝", (965, 566, 303, 44)),
    ("据新华社北京12月3", (557, 599, 300, 40)),
    ("灾害的严峻考验，粮食连续", (904, 615, 366, 40)),
    ("0日电西藏自治区政府副主", (501, 648, 357, 35)),
    ("3年大幅度增产。1997", (906, 659, 359, 42)),
    ("席泽仁桑珠今天在北京接受", (496, 692, 362, 40)),
    ("年的总产量逾85．2亿公", (904, 704, 364, 47)),
    ("记者采访时介绍说，西藏部", (497, 741, 360, 35)),
    ("斤，比上年增长13亿公斤。", (906, 753, 371, 40)),
    ("分地区发生特大雪灾后，党", (497, 785, 365, 40)),
]


def test_two_headlines_printed_side_by_side_and_read_across_their_rows_are_taken_apart() -> None:
    page, boxes = _page(HEADLINES_SIDE_BY_SIDE)
    titles = [article.title for article in derive(page, parse_page(page, None, None, boxes))]
    assert "党中央国务院关心西藏雪灾救灾工作" in titles, titles
    assert "北大荒粮食三年连续大幅增产" in titles, titles


# RapidOCR, strict XY-cut order: a headline's two lines with another column's line read between them; the
# first, in the headline's type, holds quotation marks and so is not measured as display type on its own.
HEADLINE_READ_APART = [
    ("记者从交通运输部了解到，", (1722, 402, 344, 35)),
    ("合国人权理事会第56届会", (2133, 423, 333, 41)),
    ("预计今天（6月9日）全社", (1722, 448, 335, 36)),
    ("议代表“对话合作促人权之", (2127, 468, 365, 42)),
    ("会跨区域人员流动量超1.9", (1721, 491, 347, 41)),
    ("亿人次。", (1717, 535, 111, 43)),
    ("友小组”等作共同发言。发", (2129, 514, 365, 43)),
    ("言指出，实现人人享有人权，", (2129, 560, 372, 43)),
    ("本报记者胡杰摄", (1856, 583, 231, 41)),
    ("是人类社会共同追求。人权", (2131, 610, 363, 36)),
    ("理事会等国际人权机制应秉", (2131, 656, 361, 36)),
    ("“三北”工程攻坚", (1738, 676, 349, 68)),
    ("持公平正义，恪守联合国宪", (2126, 697, 368, 43)),
    ("战取得阶段性进展", (1724, 749, 358, 46)),
    ("章宗旨和原则，遵循普遍、", (2131, 749, 342, 36)),
    ("公正、客观、非政治化、非", (2129, 792, 366, 41)),
    ("●孔欣", (1852, 818, 104, 43)),
    ("选择性原则，坚决反对双重", (2126, 836, 368, 43)),
    ("央视网消息 (新闻联播)", (1780, 888, 323, 44)),
    ("）：标准、恃强凌弱和单边主义，", (2082, 883, 419, 42)),
    ("记者从国家林草局了解到，", (1721, 938, 341, 41)),
    ("为各国在平等和相互尊重基", (2133, 932, 359, 36)),
    ("今年以来，“三北”工程攻", (1724, 984, 359, 36)),
    ("础上开展建设性对话与合作", (2129, 979, 361, 35)),
    ("坚战加快推进，目前取得阶", (1722, 1032, 361, 36)),
    ("发挥应有作用。", (2127, 1021, 198, 41)),
]


def test_a_line_printed_over_a_headlines_line_in_its_type_is_one_of_its_lines_though_read_apart() -> None:
    page, boxes = _page(HEADLINE_READ_APART)
    titles = [article.title for article in derive(page, parse_page(page, None, None, boxes))]
    assert "“三北”工程攻坚战取得阶段性进展" in titles, titles


# RapidOCR, strict XY-cut order, on a narrow page: a story's first line read right after the `——` deck of the
# headline beside it, no longer than the deck's line. Real lines and boxes.
LINE_BESIDE_A_DECK = [
    ("基层风采", (98, 213, 152, 46)),
    ("假期出行客流高位运", (544, 221, 454, 52)),
    ("福州市", (241, 283, 116, 48)),
    ("行旅游线路升温", (581, 287, 371, 56)),
    ("拔节生长中国制", (93, 349, 414, 62)),
    ("一昨天（10月1日）", (622, 357, 281, 40)),
    ("■本报记者戴娜远", (641, 409, 257, 39)),
    ("造锻造更强筋骨", (98, 424, 402, 62)),
    ("一折叠屏、曲面屏、伸缩屏", (98, 500, 412, 40)),
    ("记者从交通运输部了解到，", (617, 481, 342, 40)),
    ("10月2日，全社会跨区域人员流", (558, 529, 408, 35)),
    ("本报记者林婷秀彭婷", (156, 552, 289, 39)),
    ("动量预计近2.9亿人次，比去年", (559, 576, 403, 34)),
    ("本报福州4月11日电（记者", (151, 627, 344, 35)),
    ("同期增长2.2%。", (556, 620, 211, 40)),
    ("林婷秀）“十四五”时期，中国", (91, 674, 417, 34)),
    ("昨天（10月1日），全国铁", (614, 665, 350, 40)),
    ("制造不断从“规模第一”迈向“", (88, 717, 425, 37)),
    ("路发送旅客2313.2万人次，创", (556, 711, 398, 40)),
    ("质量突围”，正逐渐改写世界产", (90, 763, 422, 40)),
    ("单日旅客发送量历史新高。今天", (558, 758, 423, 39)),
    ("业发展的新格局。", (90, 810, 226, 39)),
]


def test_a_line_read_after_a_deck_but_printed_beside_it_is_no_line_of_the_deck() -> None:
    page, boxes = _page(LINE_BESIDE_A_DECK)
    assert parse_page(page, None, None, boxes).lines[10].role is Role.BODY


# RapidOCR, strict XY-cut order, on a narrow page: a headline's second line, read three columns' lines after
# its first, taken alone for a column label, though printed right under the first in the headline's type.
# Real lines and boxes.
HEADLINE_LINE_TAKEN_FOR_A_LABEL = [
    ("理李强在惠灵顿会见新西兰总督", (1963, 623, 419, 34)),
    ("°C以上，中央气象台今天发布高", (1028, 669, 419, 35)),
    ("新思想引领新征程", (1507, 671, 278, 40)),
    ("基罗。", (1960, 668, 82, 36)),
    ("温橙色预警。而在南方地区，较", (1026, 716, 421, 34)),
    ("李强向基罗总督转达习近平", (2020, 711, 364, 41)),
    ("强降雨区域维持在广西北部到江", (1023, 761, 422, 34)),
    ("深圳市", (1493, 740, 110, 43)),
    ("主席的亲切问候。李强表示，我", (1963, 761, 421, 34)),
    ("南中南部一带，湖南、江西、福", (1024, 807, 423, 34)),
    ("开创美丽中国", (1495, 809, 389, 63)),
    ("此次访新正值中新建立全面战略", (1963, 807, 419, 34)),
    ("建等地将有暴雨或大暴雨天气，", (1023, 848, 405, 42)),
    ("伙伴关系10周年，是一次友谊", (1962, 848, 393, 42)),
    ("需注意防范次生灾害的发生。", (1026, 898, 373, 35)),
    ("建设新局面", (1491, 895, 332, 69)),
    ("之旅、合作之旅。中新的发展理", (1962, 897, 420, 34)),
    ("念相似、文化价值相通、国际主", (1962, 943, 419, 34)),
    ("●莫涛明", (1486, 984, 137, 45)),
    ("张相近，多年来都从彼此的发展", (1960, 990, 421, 34)),
    ("全国麦收过七成", (1031, 1008, 457, 64)),
    ("中受益，双方要始终做共同发展", (1960, 1033, 424, 43)),
    ("本报讯（记者莫涛明）生", (1553, 1058, 343, 40)),
]


def test_a_line_in_a_headlines_type_printed_right_under_it_is_no_label_but_its_next_line() -> None:
    page, boxes = _page(HEADLINE_LINE_TAKEN_FOR_A_LABEL)
    layer = parse_page(page, None, None, boxes)
    first, second = layer.lines[11], layer.lines[16]
    assert (second.role, second.item) == (Role.TITLE, first.item)


# RapidOCR, a narrow column: a kicker printed `无锡——` in smaller type than its headline, read as `无锡—`, so
# that its box measures it in larger type than the headline's lines under it (four characters' width for
# three); then a second headline group with its kicker.
KICKER_MEASURED_LARGER = [
    ("中国汽车工业协会相关负责人", (148, 936, 393, 37)),
    ("表示，当前，我国汽车行业整体运", (91, 983, 452, 37)),
    ("行呈现稳中向好态势，新能源汽车", (89, 1028, 454, 37)),
    ("继续快速增长，汽车出口增速明显", (91, 1074, 447, 32)),
    ("提高。", (85, 1119, 82, 40)),
    ("",),
    ("无锡—", (243, 1379, 146, 53)),
    ("以色列称打击伊朗导弹", (94, 1446, 446, 43)),
    ("和指挥中心等目标伊", (108, 1506, 417, 43)),
    ("朗称采用新方法突破以", (93, 1566, 447, 43)),
    ("防空系统", (225, 1622, 186, 51)),
    ("一伊朗伊斯兰革命卫队今天", (111, 1688, 414, 37)),
    ("称", (294, 1729, 44, 41)),
    ("本报记者苏红军", (206, 1783, 220, 37)),
    ("本报通讯员吴雪东", (191, 1830, 248, 37)),
    ("",),
    ("呼和浩特：创新见实效—", (106, 2194, 415, 38)),
    ("我国可再生能源发电装机", (100, 2248, 427, 43)),
    ("总规模突破20亿千瓦", (137, 2303, 362, 43)),
    ("本报记者郝兰凯本报通讯员卢平", (96, 2370, 438, 32)),
    ("",),
    ("本报呼和浩特2月2日电（记", (152, 2443, 361, 32)),
    ("者郝兰凯）记者从国务院新闻办", (89, 2486, 430, 37)),
    ("公室今天（6月5日）举行的新闻", (93, 2534, 420, 32)),
    ("发布会上了解到，我国可再生能源", (89, 2577, 452, 38)),
    ("新增装机连续两年突破3亿千瓦，", (89, 2624, 419, 38)),
    ("截至今年4月底，可再生能源发电", (91, 2673, 436, 32)),
    ("装机总规模达到20.17亿千瓦，同", (89, 2714, 436, 37)),
    ("比增长58%", (87, 2759, 169, 43)),
    ("为提升电力系统对新能源的消", (150, 2807, 391, 38)),
    ("纳能力，我国将有序推进大型清洁", (91, 2854, 447, 32)),
    ("能源基地以及跨省区输电工程建设", (91, 2903, 450, 32)),
    ("完善电网调度运行机制，明确到2", (89, 2946, 441, 37)),
    ("027年，全国新能源利用率不低于", (91, 2994, 437, 32)),
    ("发布会上，国家能源局等相关", (148, 3084, 393, 37)),
    ("负责人表示，我国已建成全球规模", (91, 3133, 447, 31)),
    ("最大的互联网办电服务体系，全国", (89, 3176, 452, 37)),
    ("“获得电力”服务水平持续提升。", (100, 3219, 427, 41)),
]


def test_a_kicker_ending_in_its_dash_stays_the_kicker_though_ocr_measures_it_larger() -> None:
    page, boxes = _page(KICKER_MEASURED_LARGER)
    layer = parse_page(page, None, None, boxes)
    kicker, headline = layer.lines[7], layer.lines[8]
    assert (kicker.role, kicker.item) == (Role.KICKER, headline.item)
    assert [layer.lines[n].role for n in range(8, 12)] == [Role.TITLE] * 4
    titles = [article.title for article in derive(page, layer)]
    assert "以色列称打击伊朗导弹和指挥中心等目标伊朗称采用新方法突破以防空系统" in titles


# Tesseract, a wide page: a column label in type little larger than the body's, over a place kicker and a
# headline in type twice the body's, with a blank between the kicker and the headline.
LABEL_OVER_A_KICKER_AND_A_HEADLINE = [
    ("此次试验是我国首次进行载人航天器地外天体着陆起飞试验，是", (1126, 2025, 837, 46)),
    ("我国载人月球探测工程研制工作的一个关键节点。", (1066, 2071, 639, 46)),
    ("",),
    ("立秋过后，我国大部分地区秋粮进入产量形成的关键阶段，各地科学", (1067, 2405, 896, 46)),
    ("国 程峰旭 摄", (1805, 2450, 159, 46)),
    ("",),
    ("新思想引领新征程", (106, 2568, 270, 53)),
    ("青岛市", (488, 2638, 106, 53)),
    ("",),
    ("民营经济发展向好活力增强", (148, 2702, 786, 93)),
    ("",),
    ("央视网消息 〈新闻联播) : 习近平总书记强调，新时代新征程民", (151, 2871, 840, 45)),
    ("营经济发展前景广阔、大有可为，广大民营企业和民营企业家大显身", (91, 2917, 897, 46)),
    ("手正当其时。要统一思想、坚定信心，促进民营经济健康发展、高质", (91, 2962, 901, 47)),
    ("量发展。今年以来，一系列促进民营经济发展的政策措施落地见效，", (92, 3008, 875, 46)),
    ("民营企业活力竞相进发，高质量发展迈出坚实步伐。", (93, 3054, 667, 47)),
]


def test_a_line_in_body_type_over_a_headline_in_far_larger_type_is_its_column_label() -> None:
    page, boxes = _page(LABEL_OVER_A_KICKER_AND_A_HEADLINE)
    layer = parse_page(page, None, None, boxes)
    assert layer.lines[7].role is Role.SECTION
    assert (layer.lines[8].role, layer.lines[10].role) == (Role.KICKER, Role.TITLE)
    articles = derive(page, layer)
    assert [article.title for article in articles if article.kind is Kind.ARTICLE and article.title] == [
        "民营经济发展向好活力增强"
    ]
