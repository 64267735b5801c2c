"""Importing OCR files with geometry and page images into a library, and attaching images later."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

import proofdesk.cli as cli
from proofdesk.importer import Outcome, import_files
from proofdesk.ocrfiles import Box, Caveat, OcrFormat
from proofdesk.storage import Library
from proofdesk.text.decoding import Refusal, expand_arguments

DATA = Path(__file__).parent.parent / "data" / "ocrfiles"


@pytest.fixture
def scans(tmp_path: Path) -> Path:
    """Tesseract's hOCR and ALTO of one page, with its image, in a folder of their own."""
    folder = tmp_path / "scans"
    folder.mkdir()
    for name in ("sample.hocr", "sample.xml", "sample.png"):
        shutil.copy(DATA / name, folder)
    return folder


def test_an_hocr_file_imports_with_its_boxes_and_image(scans: Path, library_path: Path) -> None:
    with Library.open(library_path) as library:
        report = import_files(library, [scans / "sample.hocr", scans / "sample.xml"])
        assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.DUPLICATE]  # the same lines
        (info,) = library.pages()
        page, layer = library.load(info.id)
        scan = library.scan(info.id)
    txt = (DATA / "sample.txt").read_text("utf-8").split("\n")[:15]
    assert [line.replace(" ", "") for line in page.lines] == [line.replace(" ", "") for line in txt]
    assert info.name == "sample" and info.lines == len([t for t in txt if t])
    assert scan is not None and scan.format is OcrFormat.HOCR and (scan.width, scan.height) == (1800, 1000)
    assert sorted(scan.lines) == sorted(layer.lines)  # every content line has its box
    assert scan.lines[1].box == Box(123, 79, 907, 62) and scan.lines[1].type_height == pytest.approx(80.38, 0.01)
    assert scan.image is not None
    assert scan.image.sha256 == hashlib.sha256((scans / "sample.png").read_bytes()).hexdigest()
    assert Path(scan.image.path) == (scans / "sample.png").resolve()


def test_folders_are_searched_for_ocr_files_too(scans: Path) -> None:
    assert [p.name for p in expand_arguments([scans]).files] == ["sample.hocr", "sample.xml"]


def test_a_text_page_gets_the_image_beside_it(tmp_path: Path, library_path: Path) -> None:
    (tmp_path / "p7.txt").write_text("本报讯 全市审计系统\n", encoding="utf-8")
    shutil.copy(DATA / "sample.png", tmp_path / "p7.PNG")
    with Library.open(library_path) as library:
        import_files(library, [tmp_path / "p7.txt"])
        (info,) = library.pages()
        scan = library.scan(info.id)
    assert scan is not None and scan.format is None and scan.lines == {}
    assert scan.image is not None and (scan.image.width, scan.image.height) == (1800, 1000)


def test_a_bad_file_leaves_nothing_and_the_others_import(scans: Path, library_path: Path) -> None:
    bad = scans / "broken.xml"
    bad.write_text("<alto><Layout><Page><TextBlock>", encoding="utf-8")
    with Library.open(library_path) as library:
        report = import_files(library, [bad, scans / "sample.xml"])
        assert [r.outcome for r in report.results] == [Outcome.REFUSED, Outcome.IMPORTED]
        refused = report.results[0].refused
        assert refused is not None and refused.reason is Refusal.OCR_FILE and refused.detail.startswith("malformed")
        assert [p.name for p in library.pages()] == ["sample"]
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("SELECT count(*) FROM page_scan").fetchone() == (1,)
        assert conn.execute("SELECT count(DISTINCT page_id) FROM line_box").fetchone() == (1,)


def test_a_broken_image_is_warned_about_and_not_attached(
    scans: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (scans / "sample.png").write_bytes(b"\x89PNG but not really")
    assert cli.main(["import", "--db", str(library_path), str(scans / "sample.hocr")]) == 0
    err = capsys.readouterr().err
    assert "sample.hocr: imported, but the image beside it is not a readable image (sample.png" in err
    with Library.open(library_path) as library:
        (info,) = library.pages()
        scan = library.scan(info.id)
    assert scan is not None and scan.image is None and scan.lines


def test_attach_image_from_the_command_line(
    tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p1.txt").write_text("标题\n\n正文\n", encoding="utf-8")
    assert cli.main(["import", "--db", str(library_path), str(tmp_path / "p1.txt")]) == 0
    image = tmp_path / "elsewhere" / "scan 1.png"
    image.parent.mkdir()
    shutil.copy(DATA / "sample.png", image)
    capsys.readouterr()
    assert cli.main(["attach-image", "--db", str(library_path), "p1", str(image)]) == 0
    assert "attached" in capsys.readouterr().err
    with Library.open(library_path) as library:
        (info,) = library.pages()
        scan = library.scan(info.id)
        raw = library.load(info.id)[0].lines
    assert scan is not None and scan.image is not None and Path(scan.image.path) == image.resolve()
    assert raw == ("标题", "", "正文")  # the raw page never changes
    assert cli.main(["attach-image", "--db", str(library_path), "nope", str(image)]) == 2
    assert "no page named 'nope'" in capsys.readouterr().err
    (tmp_path / "not.png").write_text("text", encoding="utf-8")
    assert cli.main(["attach-image", "--db", str(library_path), "p1", str(tmp_path / "not.png")]) == 2
    assert "is not a PNG, JPEG, TIFF or WebP image; nothing was attached" in capsys.readouterr().err


def test_boxes_outside_the_page_are_warned_about(tmp_path: Path, library_path: Path) -> None:
    (tmp_path / "p.json").write_text('[[[[0, 0], [5000, 0], [5000, 30], [0, 30]], "出界", 0.9]]', encoding="utf-8")
    shutil.copy(DATA / "sample.png", tmp_path / "p.png")
    with Library.open(library_path) as library:
        (result,) = import_files(library, [tmp_path / "p.json"]).results
    assert result.outcome is Outcome.IMPORTED and [n.warning for n in result.notices] == [Caveat.BOX_OUTSIDE]


def test_a_name_taken_is_named_without_the_kind_suffix(
    tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p1.txt").write_text("标题\n", encoding="utf-8")
    (tmp_path / "p1.json").write_text('[[[[0, 0], [90, 0], [90, 30], [0, 30]], "另一个标题", 0.9]]', encoding="utf-8")
    assert cli.main(["import", "--db", str(library_path), str(tmp_path / "p1.txt"), str(tmp_path / "p1.json")]) == 1
    assert "the library already has a page named 'p1' with other content" in capsys.readouterr().err


def test_moved_images_are_found_again_by_name_and_hash(
    scans: Path, tmp_path: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", "--db", str(library_path), str(scans / "sample.hocr")]) == 0
    moved = tmp_path / "archive" / "2024"
    moved.mkdir(parents=True)
    (moved.parent / "sample.png").write_bytes(b"\x89PNG\r\n\x1a\n another image of the same name")
    shutil.move(scans / "sample.png", moved / "sample.png")
    capsys.readouterr()
    assert cli.main(["relink-images", "--db", str(library_path), str(tmp_path / "archive")]) == 0
    assert "images not at their recorded path: 1, found again: 1" in capsys.readouterr().err
    with Library.open(library_path) as library:
        ((_page, image),) = library.images()
    assert Path(image.path) == (moved / "sample.png").resolve()
    assert cli.main(["relink-images", "--db", str(library_path), str(tmp_path / "nope")]) == 2


def test_attach_image_can_copy_it_beside_the_library(tmp_path: Path, library_path: Path) -> None:
    (tmp_path / "p1.txt").write_text("标题\n", encoding="utf-8")
    assert cli.main(["import", "--db", str(library_path), str(tmp_path / "p1.txt")]) == 0
    image = tmp_path / "camera" / "IMG_1.PNG"
    image.parent.mkdir()
    shutil.copy(DATA / "sample.png", image)
    for _ in range(2):  # the same scan twice: one copy
        assert cli.main(["attach-image", "--db", str(library_path), "--copy", "p1", str(image)]) == 0
    copies = list((tmp_path / "library.sqlite.images").iterdir())
    assert len(copies) == 1 and copies[0].suffix == ".png"
    assert copies[0].read_bytes() == image.read_bytes()
    image.unlink()
    with Library.open(library_path) as library:
        ((_page, attached),) = library.images()
    assert Path(attached.path) == copies[0].resolve()
