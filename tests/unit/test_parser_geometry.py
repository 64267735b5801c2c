"""The parser with the scan's geometry: where each line stands, from an OCR file with line boxes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofdesk.domain.model import Break, Page
from proofdesk.importer import import_files
from proofdesk.parsing import parse_page
from proofdesk.parsing.profile import Line, read_across
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


def test_columns_read_across_are_kept_apart_with_boxes_and_joined_without() -> None:
    page = Page("rows", tuple(text for text, _ in ROWS))
    boxes = {n: box for n, (_, box) in enumerate(ROWS, 1)}
    with_boxes, without = parse_page(page, None, None, boxes), parse_page(page)
    body = range(4, len(ROWS) + 1)
    assert all(with_boxes.lines[n].brk is Break.PARAGRAPH for n in body)
    assert any(without.lines[n].brk is Break.JOIN for n in body)


@pytest.mark.parametrize("part", ["tune", "heldout"])
def test_line_boxes_raise_the_paragraphs_of_pages_read_across(part: str) -> None:
    pages = dev_pages(part)
    across = [g for g in pages if "_rxy_" in g.page.name]
    plain = score((g, parse_page(g.page)) for g in across)
    boxed = score((g, parse_page(g.page, None, None, g.boxes)) for g in across)
    assert boxed.paragraphs >= plain.paragraphs + 0.02 and boxed.paragraphs >= 0.88, (plain, boxed)
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
