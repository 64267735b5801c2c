"""PAGE-XML export: valid against PRImA's 2019-07-15 schema, and imported back to the same lines and boxes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lxml import etree

from proofdesk.domain import ops
from proofdesk.domain.model import Page, Role
from proofdesk.export import Format, corpus, export_library
from proofdesk.importer import Outcome, import_files
from proofdesk.ocrfiles import Box, read_page_files
from proofdesk.storage import Library

DATA = Path(__file__).parent.parent / "data" / "ocrfiles"
NS = {"pc": "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"}


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    # The schema comes from tests/data; nothing is fetched and no entity is expanded.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.XMLSchema(etree.parse(str(DATA / "pagecontent-2019-07-15.xsd"), parser))


def parse(path: Path) -> etree._ElementTree:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.parse(str(path), parser)


def content_lines(library: Library, page_id: int) -> dict[str, Box | None]:
    page, layer = library.load(page_id)
    scan = library.scan(page_id)
    boxes = scan.lines if scan is not None else {}
    return {
        page.text(n): (boxes[n].box if n in boxes else None)
        for n in layer.lines
        if layer.lines[n].role is not Role.IGNORED
    }


def test_a_page_with_geometry_validates_and_round_trips(
    schema: etree.XMLSchema, tmp_path: Path, library_path: Path
) -> None:
    for name in ("sample.hocr", "sample.png"):
        shutil.copy(DATA / name, tmp_path)
    out = tmp_path / "pagexml"
    with Library.open(library_path) as library:
        import_files(library, [tmp_path / "sample.hocr"])
        (info,) = library.pages()
        before = content_lines(library, info.id)
        report = export_library(library, Format.PAGEXML, out)
    assert (report.pages, report.items) == (1, info.items)
    exported = out / "sample.xml"
    schema.assertValid(parse(exported))
    tree = parse(exported)
    page = tree.find("pc:Page", NS)
    assert page is not None and page.get("imageFilename") == "sample.png"
    assert (page.get("imageWidth"), page.get("imageHeight")) == ("1800", "1000")
    groups = tree.findall(".//pc:ReadingOrder/pc:OrderedGroup/pc:OrderedGroupIndexed", NS)
    assert len(groups) == info.items and all("article {id:item" in (g.get("custom") or "") for g in groups)

    [read] = read_page_files(exported)
    assert read.scan is not None
    after = {text: read.scan.lines[n].box for n, text in enumerate(read.page.lines, 1) if text}
    assert after == before  # every line once, with its box


def test_a_page_without_geometry_gets_a_synthetic_layout_and_corrections(
    schema: etree.XMLSchema, tmp_path: Path, library_path: Path, seed_files: list[Path]
) -> None:
    out = tmp_path / "pagexml"
    with Library.open(library_path) as library:
        import_files(library, seed_files[:2])
        first = library.pages()[0]
        page, layer = library.load(first.id)
        n = min(layer.lines)
        edited = ops.correct_text(layer, n, "改正后的文字", page.text(n))
        key = edited.lines[n].item
        assert key is not None
        edited = ops.set_tags(edited, key, ["党建"])
        library.save(first.id, layer, edited)
        export_library(library, Format.PAGEXML, out)
    files = sorted(p.name for p in out.glob("*.xml"))
    assert len(files) == 2
    for name in files:
        schema.assertValid(parse(out / name))
    tree = parse(out / f"{first.name}.xml")
    line = tree.find(f".//pc:TextLine[@id='l{n}']", NS)
    assert line is not None
    texts = {e.get("index"): e.findtext("pc:Unicode", namespaces=NS) for e in line.findall("pc:TextEquiv", NS)}
    assert texts == {"0": "改正后的文字", "1": page.text(n)}
    themes = tree.findall(".//pc:TextRegion/pc:UserDefined/pc:UserAttribute[@name='theme']", NS)
    assert [t.get("value") for t in themes] == ["党建"]


def test_exported_pages_import_again_as_pages(tmp_path: Path, library_path: Path, seed_files: list[Path]) -> None:
    out = tmp_path / "pagexml"
    with Library.open(library_path) as library:
        import_files(library, seed_files[:1])
        export_library(library, Format.PAGEXML, out)
    with Library.open(tmp_path / "again.sqlite") as again:
        (result,) = import_files(again, sorted(out.glob("*.xml"))).results
        assert result.outcome is Outcome.IMPORTED and result.page_id is not None
        scan = again.scan(result.page_id)
    # The made-up layout of a page without geometry does not come back as boxes.
    assert scan is not None and scan.lines == {}


def test_a_failure_mid_write_leaves_the_old_export(
    tmp_path: Path, library_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "pagexml"
    with Library.open(library_path) as library:
        import_files(library, seed_files[:3])
        export_library(library, Format.PAGEXML, out)
        old = {p.name: p.read_bytes() for p in out.iterdir()}
        written: list[str] = []

        def failing(page: Page, *args: object) -> bytes:
            written.append(page.name)
            if len(written) == 2:
                raise RuntimeError("disk gone")
            return b"<new/>"

        monkeypatch.setattr(corpus, "page_xml", failing)
        with pytest.raises(RuntimeError, match="disk gone"):
            export_library(library, Format.PAGEXML, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".proofdesk-")) == []
