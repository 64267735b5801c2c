"""OCR files with geometry: hOCR, ALTO, PAGE-XML, PaddleOCR/RapidOCR JSON, PPOCRLabel's Label.txt.

`tests/data/ocrfiles/sample.*` are one real Tesseract 5.3 run (chi_sim) over `sample.png` (see
`render_sample.py` there): the imported hOCR and ALTO must number their lines as Tesseract's own txt does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proofdesk.ocrfiles import (
    Box,
    Caveat,
    LineGeometry,
    OcrFileError,
    OcrFormat,
    OcrLine,
    OcrPage,
    Trouble,
    page_name,
    read_ocr,
    read_page_files,
    sniff,
)
from proofdesk.ocrfiles.model import blocks_of, clean_line
from proofdesk.text.decoding import Refusal, Refused

DATA = Path(__file__).parent.parent / "data" / "ocrfiles"


def tesseract_txt() -> list[str]:
    lines = (DATA / "sample.txt").read_text(encoding="utf-8").split("\n")
    while lines and not lines[-1]:  # Tesseract ends its txt with the blank line after the last paragraph
        lines.pop()
    return lines


@pytest.mark.parametrize(("name", "fmt"), [("sample.hocr", OcrFormat.HOCR), ("sample.xml", OcrFormat.ALTO)])
def test_tesseract_output_imports_with_the_line_numbers_of_its_txt(name: str, fmt: OcrFormat) -> None:
    [read] = read_page_files(DATA / name)
    txt = tesseract_txt()
    assert read.scan is not None and read.scan.format is fmt
    assert len(read.page.lines) == len(txt) == 15
    for number, (ours, theirs) in enumerate(zip(read.page.lines, txt, strict=True), 1):
        # Tesseract pads words with spaces its hOCR does not record; the characters are the same.
        assert ours.replace(" ", "") == theirs.replace(" ", ""), number
        assert (ours == "") == (theirs == "")
    # Every non-blank line has its box; blank lines have none.
    assert sorted(read.scan.lines) == [n for n, text in enumerate(txt, 1) if text]
    assert read.scan.lines[1].box == Box(123, 79, 907, 62)
    assert (read.scan.width, read.scan.height) == (1800, 1000)
    assert read.scan.image is not None and read.scan.image.path.endswith("sample.png")
    assert (read.scan.image.width, read.scan.image.height) == (1800, 1000)
    assert read.page.name == "sample" and read.notices == ()


def test_hocr_and_alto_of_one_page_give_the_same_lines_and_boxes() -> None:
    [hocr] = read_page_files(DATA / "sample.hocr")
    [alto] = read_page_files(DATA / "sample.xml")
    assert hocr.page.lines == alto.page.lines
    assert hocr.content_hash == alto.content_hash
    assert hocr.scan is not None and alto.scan is not None
    assert {n: g.box for n, g in hocr.scan.lines.items()} == {n: g.box for n, g in alto.scan.lines.items()}


def test_type_height_and_confidence() -> None:
    [hocr] = read_page_files(DATA / "sample.hocr")
    assert hocr.scan is not None
    title, body = hocr.scan.lines[1], hocr.scan.lines[13]
    assert title.type_height is not None and body.type_height is not None
    assert title.type_height > 1.5 * body.type_height  # the headline is the tall line
    assert title.confidence is not None and 0.5 < title.confidence <= 1


def test_a_gap_wider_than_the_type_keeps_a_space() -> None:
    # Tesseract read two columns as one line; the gutter stays visible as one space.
    [hocr] = read_page_files(DATA / "sample.hocr")
    assert hocr.page.lines[4] == "开发区行政审批服务部多措 党的二十大报告指出，高质量"
    assert hocr.page.lines[0] == "党建引领聚合力服务群众暖民心"


PAGE_2013 = """<?xml version="1.0" encoding="UTF-8"?>
<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">
  <Metadata><Creator>x</Creator><Created>2020-01-01T00:00:00</Created><LastChange>2020-01-01T00:00:00</LastChange></Metadata>
  <Page imageFilename="scan.jpg" imageWidth="1000" imageHeight="800">
    <ReadingOrder><OrderedGroup id="ro">
      <RegionRefIndexed index="1" regionRef="r1"/>
      <RegionRefIndexed index="0" regionRef="r2"/>
    </OrderedGroup></ReadingOrder>
    <TextRegion id="r1"><Coords points="10,10 500,10 500,200 10,200"/>
      <TextLine id="l1"><Coords points="10,10 500,10 500,60 10,60"/>
        <TextEquiv index="1"><Unicode>旧文</Unicode></TextEquiv>
        <TextEquiv index="0" conf="0.9"><Unicode>正文第一行</Unicode></TextEquiv></TextLine>
      <TextLine id="l2"><Coords><Point x="10" y="70"/><Point x="400" y="110"/></Coords>
        <Word id="w1"><Coords points="10,70 50,110"/><TextEquiv><Unicode>第二</Unicode></TextEquiv></Word>
        <Word id="w2"><Coords points="60,70 100,110"/><TextEquiv><Unicode>行</Unicode></TextEquiv></Word>
      </TextLine>
    </TextRegion>
    <TextRegion id="r2"><Coords points="10,300 900,300 900,400 10,400"/>
      <TextLine id="l3"><Coords points="10,300 900,300 900,400 10,400"/>
        <TextEquiv><Unicode>大标题</Unicode></TextEquiv></TextLine>
    </TextRegion>
  </Page>
</PcGts>
"""


def test_page_xml_follows_its_reading_order(tmp_path: Path) -> None:
    path = tmp_path / "p1.page.xml"
    path.write_text(PAGE_2013, encoding="utf-8")
    [read] = read_page_files(path)
    assert read.page.name == "p1"
    assert read.page.lines == ("大标题", "", "正文第一行", "第二行")
    assert read.scan is not None and read.scan.format is OcrFormat.PAGE
    assert read.scan.lines[1].box == Box(10, 300, 890, 100)
    assert read.scan.lines[3].confidence == 0.9
    assert read.scan.lines[4].box == Box(10, 70, 390, 40)
    assert [c.warning for c in read.notices] == [Caveat.IMAGE_MISSING]  # scan.jpg is not there


PADDLE_SHAPES = [
    [
        [[[10, 10], [200, 10], [200, 40], [10, 40]], "第一行", 0.98],
        [[[10, 50], [200, 50], [200, 80], [10, 80]], "第二行", 0.9],
    ],
    [
        [
            [[[10, 10], [200, 10], [200, 40], [10, 40]], ["第一行", 0.98]],
            [[[10, 50], [200, 50], [200, 80], [10, 80]], ["第二行", 0.9]],
        ]
    ],
    [
        {"points": [[10, 10], [200, 10], [200, 40], [10, 40]], "transcription": "第一行", "score": 0.98},
        {"box": [[10, 50], [200, 50], [200, 80], [10, 80]], "text": "第二行", "score": 0.9},
    ],
    {
        "res": {
            "rec_texts": ["第一行", "第二行"],
            "rec_scores": [0.98, 0.9],
            "rec_boxes": [[10, 10, 200, 40], [10, 50, 200, 80]],
        }
    },
    {
        "txts": ["第一行", "第二行"],
        "scores": [0.98, 0.9],
        "boxes": [[[10, 10], [200, 10], [200, 40], [10, 40]], [[10, 50], [200, 50], [200, 80], [10, 80]]],
    },
]


@pytest.mark.parametrize("shape", PADDLE_SHAPES)
def test_paddle_and_rapidocr_json(shape: object, tmp_path: Path) -> None:
    path = tmp_path / "page7.json"
    path.write_text(json.dumps(shape, ensure_ascii=False), encoding="utf-8")
    [read] = read_page_files(path)
    assert read.page.lines == ("第一行", "第二行")
    assert read.scan is not None and read.scan.format is OcrFormat.PADDLE
    assert read.scan.lines[1].box == Box(10, 10, 190, 30)
    assert read.scan.lines[2].confidence == 0.9


def test_ppocrlabel_label_file_holds_a_page_per_image(tmp_path: Path) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "a.png").write_bytes((DATA / "sample.png").read_bytes())
    entries = [{"transcription": "标题", "points": [[0, 0], [90, 0], [90, 30], [0, 30]], "difficult": False}]
    (folder / "Label.txt").write_text(
        f"scans/a.png\t{json.dumps(entries, ensure_ascii=False)}\nscans/b.jpg\t[]\n", encoding="utf-8"
    )
    reads = read_page_files(folder / "Label.txt")
    assert [r.page.name for r in reads] == ["a"]  # b has no text: no page
    assert reads[0].page.lines == ("标题",)
    assert reads[0].scan is not None and reads[0].scan.image is not None


def test_plain_text_is_not_an_ocr_file() -> None:
    assert sniff("党建引领\n\n[编者按]\n<通知>\n".encode()) is None
    assert sniff("[编者按] 本报讯".encode()) is None


@pytest.mark.parametrize(
    ("data", "trouble"),
    [
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", Trouble.UNKNOWN),
        (b'{"name": "not ocr"}', Trouble.UNKNOWN),
        (b"<alto><Layout><Page><TextBlock><TextLine HPOS='1'", Trouble.MALFORMED),
        (
            b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b"<alto><Layout><Page><TextBlock><TextLine HPOS='0' VPOS='0' WIDTH='1' HEIGHT='1'>"
            b"<String CONTENT='&lol2;'/></TextLine></TextBlock></Page></Layout></alto>",
            Trouble.UNSAFE,
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE PcGts [<!ENTITY x SYSTEM "file:///etc/passwd">]><PcGts><Page>'
            b"<TextRegion id='r'><TextEquiv><Unicode>&x;</Unicode></TextEquiv></TextRegion></Page></PcGts>",
            Trouble.UNSAFE,
        ),
        (b"<alto><Layout><Page/></Layout></alto>", Trouble.NO_TEXT),
        (
            b"<html><head><meta name='ocr-system' content='tesseract 5.3.0' /></head><body></body></html>",
            Trouble.NO_TEXT,
        ),
        (
            b"<alto><Layout><Page><TextBlock><TextLine HPOS='x'><String CONTENT='a'/></TextLine></TextBlock>"
            b"</Page></Layout></alto>",
            Trouble.MALFORMED,
        ),
    ],
)
def test_bad_ocr_files_are_refused_with_a_reason(data: bytes, trouble: Trouble, tmp_path: Path) -> None:
    with pytest.raises(OcrFileError) as caught:
        fmt = sniff(data)
        assert fmt is not None
        read_ocr(data, fmt)
    assert caught.value.trouble is trouble
    path = tmp_path / "bad.xml"
    path.write_bytes(data)
    with pytest.raises(Refused) as refused:
        read_page_files(path)
    assert refused.value.reason is Refusal.OCR_FILE and trouble.value in refused.value.detail


def test_a_billion_laughs_is_refused_at_once() -> None:
    entities = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    bomb = f'<?xml version="1.0"?><!DOCTYPE alto [<!ENTITY l0 "lol">{entities}]><alto>&l9;</alto>'.encode()
    with pytest.raises(OcrFileError) as caught:
        read_ocr(bomb, OcrFormat.ALTO)
    assert caught.value.trouble is Trouble.UNSAFE


def test_boxes_outside_the_page_and_a_broken_image_are_warned_about(tmp_path: Path) -> None:
    page = [[[[10, 10], [2000, 10], [2000, 40], [10, 40]], "出界", 0.9]]
    (tmp_path / "p.json").write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "p.png").write_bytes(b"not a png at all")
    [read] = read_page_files(tmp_path / "p.json")
    assert [n.warning for n in read.notices] == [Caveat.IMAGE_BAD]
    (tmp_path / "p.png").write_bytes((DATA / "sample.png").read_bytes())  # 1800 px wide
    [read] = read_page_files(tmp_path / "p.json")
    assert [(n.warning, n.detail) for n in read.notices] == [(Caveat.BOX_OUTSIDE, "1")]


def test_page_names_drop_the_kind_suffix() -> None:
    assert page_name(Path("0001.hocr")) == "0001"
    assert page_name(Path("0001.hocr.html")) == "0001"
    assert page_name(Path("0001.page.xml")) == "0001"
    assert page_name(Path("0001.alto.xml")) == "0001"
    assert page_name(Path("0001.xml")) == "0001"
    assert page_name(Path(".hocr.xml")) == ".hocr"


def test_hocr_as_plain_html_from_another_engine(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>x</title></head><body>"
        "<div class='ocr_page' title='bbox 0 0 800 600'>"
        "<span class='ocr_header' title='bbox 10 10 400 60; x_size 48'>标题&amp;副题</span><br>"
        "<p class='ocr_par'><span class='ocr_line' title='bbox 10 100 300 130'>"
        "<span class='ocrx_word' title='bbox 10 100 60 130; x_wconf 80'>Page</span>&nbsp;"
        "<span class='ocrx_word' title='bbox 70 100 120 130; x_wconf 90'><strong>one</strong></span></span>"
        "<span class='ocr_caption' title='bbox 10 140 300 170'>图片说明</span></p>"
        "</div></body></html>"
    )
    path = tmp_path / "scan_0001.html"
    path.write_text(html, encoding="utf-8")
    [read] = read_page_files(path)
    assert read.page.name == "scan_0001"
    assert read.page.lines == ("标题&副题", "", "Page one", "图片说明")
    assert read.scan is not None and read.scan.lines[1].type_height == 48
    assert read.scan.lines[3].confidence == pytest.approx(0.85)


_texts = st.text(alphabet=st.sampled_from("党建引领 abc，。\t\n"), max_size=12)


@given(st.lists(st.lists(_texts, max_size=5), max_size=6))
def test_every_line_keeps_its_own_box_in_the_raw_numbering(blocks: list[list[str]]) -> None:
    # Each line's box encodes its place in the file; whatever is dropped or cleaned, a raw line's box is its own.
    ocr_blocks = [
        [OcrLine(clean_line(text), LineGeometry(Box(b, i, 1, 1))) for i, text in enumerate(block)]
        for b, block in enumerate(blocks)
    ]
    page = OcrPage(OcrFormat.HOCR, blocks_of(ocr_blocks))
    lines = page.raw_lines()
    geometry = page.geometry()
    assert sorted(geometry) == [n for n, text in enumerate(lines, 1) if text]
    assert all("\n" not in text and text == text.strip() for text in lines)
    assert "" not in (lines[0], lines[-1]) if lines else True
    for n, found in geometry.items():
        b, i = found.box.x, found.box.y
        assert lines[n - 1] == clean_line(blocks[b][i])
    kept = [clean_line(t) for block in blocks for t in block if clean_line(t)]
    assert [text for text in lines if text] == kept


def test_words_are_joined_by_their_gaps() -> None:
    from proofdesk.ocrfiles.model import join_words, wide_gaps

    spans: list[tuple[float, float] | None] = [(0, 20), (22, 50), (52, 80), (82, 110), (300, 330), (332, 360)]
    words = ["7", "月", "23", "日", "本报", "讯"]
    assert join_words(words, wide_gaps(spans, 30)) == "7月23日 本报讯"  # the wide gap: another column
    assert join_words(["PD", "CA", "标准"], [None, False, False]) == "PD CA标准"
    assert join_words(["本报", "讯", "CA"]) == "本报讯 CA"  # no boxes: by script alone


def test_line_text_is_nfc_without_control_characters() -> None:
    assert clean_line("e\u0301 \x07本报\u3000\n讯 ") == "\u00e9 本报\u3000 讯"
    assert clean_line("（５月）") == "（５月）"  # never NFKC
