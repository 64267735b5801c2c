"""Pages parsed in worker processes give the layers parsing them here gives; a page the parser fails on is
refused alone, with why."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofdesk import importer
from proofdesk.domain.model import Layer, Page, Role
from proofdesk.importer import PARALLEL_FROM, Parsers, parse_all
from proofdesk.ocrfiles import PageFile, read_page_files
from proofdesk.parsing import DocumentFrequencies, Learned, parse_page

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEV = Path(__file__).resolve().parents[1] / "data" / "dev" / "tune"


def _reads() -> list[PageFile]:
    """Enough pages for the workers: the sample pages and development pages, some with line boxes."""
    reads = [r for path in sorted(SEEDS.glob("*.txt")) for r in read_page_files(path)]
    reads += [r for path in sorted(DEV.glob("*.txt"))[:PARALLEL_FROM] for r in read_page_files(path)]
    return reads


def test_workers_parse_as_this_process_does() -> None:
    reads = _reads()
    frequencies = DocumentFrequencies()
    for read in reads:
        frequencies.add(read.page)
    idf, learned = frequencies.idf(), Learned([("党旗飘飘", Role.SECTION)])
    parsers = Parsers(workers=2)
    try:
        in_workers = parsers.start(reads, idf, learned)()
        assert parsers.workers == 2  # the workers were had: nothing fell back to this process
    finally:
        parsers.close()
    here = Parsers(workers=1).start(reads, idf, learned)()
    assert len(in_workers) == len(reads) >= PARALLEL_FROM
    assert all(isinstance(layer, Layer) for layer in in_workers)
    assert in_workers == here


def test_a_page_the_parser_fails_on_gives_why(monkeypatch: pytest.MonkeyPatch) -> None:
    def parse(page: Page, *args: object) -> Layer:
        if page.name == "bad":
            raise ValueError("no such column")
        return parse_page(page)

    monkeypatch.setattr(importer, "parse_page", parse)
    good, bad = Page("good", ("党建引领发展",)), Page("bad", ("审计",))
    layer, why = parse_all(DocumentFrequencies().idf(), Learned(), [(good, None), (bad, None)])
    assert layer == parse_page(good) and why == "ValueError: no such column"
