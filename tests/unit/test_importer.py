"""Importing page files: each file whole or not at all, duplicates skipped, refusals reported, others go on."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

import proofdesk.importer as importer
import proofdesk.ocrfiles
import proofdesk.parsing
from proofdesk.domain.model import Layer, Page
from proofdesk.importer import FileResult, Outcome, import_files
from proofdesk.ocrfiles.files import read_page
from proofdesk.parsing import DocumentFrequencies, Idf, Learned
from proofdesk.storage import Library, Problem, StorageError, layers
from proofdesk.text.decoding import Refusal, expand_arguments

GB_TEXT = "聊城市审计局\n\n■ 本报记者 王五\n\n近年来，市审计局持续打造“聊审先锋”品牌，\n推进党建与业务融合。\n"


@pytest.fixture
def lib(db: str) -> Iterator[Library]:
    """An empty library, on each engine."""
    with Library.open(db) as library:
        yield library


@pytest.fixture
def pages_dir(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for seed in seed_files:
        shutil.copy(seed, folder)
    (folder / "gb.txt").write_bytes(GB_TEXT.replace("\n", "\r\n").encode("gb18030"))
    return folder


def run(lib: Library, *arguments: Path) -> importer.ImportReport:
    candidates = expand_arguments(arguments)
    return import_files(lib, candidates.files, refused=candidates.refused)


def snapshot(lib: Library) -> list[tuple[str, int, int]]:
    return [(p.name, p.items, p.lines) for p in lib.pages()]


def test_seed_pages_and_a_gb18030_page(lib: Library, pages_dir: Path, seed_files: list[Path]) -> None:
    report = run(lib, pages_dir)
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED] * 6
    assert [p.name for p in lib.pages()] == sorted([s.stem for s in seed_files] + ["gb"])
    info = next(p for p in lib.pages() if p.name == "gb")
    page, layer = lib.load(info.id)
    assert page.lines == tuple(GB_TEXT.rstrip("\n").split("\n"))
    assert set(layer.lines) == set(page.content_lines())
    seed_page, _ = lib.load(lib.pages()[0].id)
    assert seed_page.lines == tuple(seed_files[0].read_text("utf-8").split("\n")[:-1])


def test_importing_again_adds_nothing(lib: Library, pages_dir: Path, tmp_path: Path) -> None:
    run(lib, pages_dir)
    before = snapshot(lib)
    # The same content under another name, encoding and line ends is the same page.
    (tmp_path / "copy.txt").write_bytes(GB_TEXT.encode("utf-16"))
    report = run(lib, pages_dir, tmp_path / "copy.txt")
    assert [r.outcome for r in report.results] == [Outcome.DUPLICATE] * 7
    assert snapshot(lib) == before


def test_identical_files_in_one_import_are_stored_once(lib: Library, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GB_TEXT, "utf-8")
    report = run(lib, tmp_path / "a.txt", tmp_path / "b.txt")
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.DUPLICATE]
    assert [p.name for p in lib.pages()] == ["a"]


def test_bad_files_are_refused_and_the_others_imported(lib: Library, pages_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "nul.txt").write_bytes("正文\x00".encode())
    (tmp_path / "no-pages").mkdir()
    report = run(lib, tmp_path / "missing.txt", tmp_path / "no-pages", bad, pages_dir / "gb.txt")
    refused = {r.path.name: r.refused.reason for r in report.refused if r.refused}
    assert refused == {
        "missing.txt": Refusal.MISSING,
        "no-pages": Refusal.NO_PAGES,
        "binary.txt": Refusal.BINARY,
        "empty.txt": Refusal.EMPTY,
        "nul.txt": Refusal.NUL,
    }
    assert [p.name for p in lib.pages()] == ["gb"]


def test_a_name_taken_by_other_content_is_refused(lib: Library, tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "p.txt").write_text("甲文章。", "utf-8")
    (tmp_path / "two" / "p.txt").write_text("乙文章。", "utf-8")
    report = run(lib, tmp_path / "one", tmp_path / "two")
    assert [r.outcome for r in report.results] == [Outcome.IMPORTED, Outcome.REFUSED]
    assert report.results[1].refused is not None
    assert report.results[1].refused.reason is Refusal.NAME_TAKEN
    assert lib.load(lib.pages()[0].id)[0].lines == ("甲文章。",)


def fail_for(name: str, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the storage fail while writing `name`'s layer: after its page row is inserted, inside the
    transaction, so only a rollback can leave nothing behind."""
    write = layers.insert_new

    def failing(conn: Connection, page_id: int, layer: Layer) -> None:
        write(conn, page_id, layer)
        if conn.execute(text("SELECT name FROM page WHERE id = :id"), {"id": page_id}).scalar_one() == name:
            raise error

    monkeypatch.setattr(layers, "insert_new", failing)


def test_failure_mid_import_leaves_nothing_of_that_file(
    lib: Library, pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_for("gb", RuntimeError("write failed"), monkeypatch)
    report = run(lib, pages_dir)
    failed = [r for r in report.results if r.outcome is Outcome.REFUSED]
    assert [(r.path.name, r.refused.reason if r.refused else None) for r in failed] == [("gb.txt", Refusal.FAILED)]
    assert failed[0].refused is not None and "write failed" in failed[0].refused.detail
    assert len(lib.pages()) == 5 and "gb" not in [p.name for p in lib.pages()]
    monkeypatch.undo()
    assert [r.outcome for r in run(lib, pages_dir).results].count(Outcome.IMPORTED) == 1


def test_a_library_failure_stops_the_import(lib: Library, pages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = sorted(pages_dir.glob("*.txt"))[0].stem
    fail_for(first, StorageError(Problem.DISK_FULL, "test"), monkeypatch)
    with pytest.raises(StorageError) as caught:
        run(lib, pages_dir)
    assert caught.value.problem is Problem.DISK_FULL
    assert lib.pages() == []


def test_progress_and_cancel(lib: Library, pages_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Outcome, int, int]] = []

    def progress(result: FileResult, done: int, total: int) -> None:
        seen.append((result.outcome, done, total))

    files = sorted(pages_dir.glob("*.txt"))
    monkeypatch.setattr(importer, "STORE_EVERY", 2)  # pages are stored, and reported, two at a time
    report = import_files(lib, files, progress=progress, cancel=lambda: len(seen) >= 2)
    assert report.cancelled
    assert seen == [(Outcome.IMPORTED, 1, 6), (Outcome.IMPORTED, 2, 6)]
    assert len(lib.pages()) == 2


def test_idf_covers_the_library_and_the_new_pages(
    lib: Library, pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Idf] = []
    parse = proofdesk.parsing.parse_page

    def parse_page(page: Page, idf: Idf, learned: Learned | None = None, boxes: object = None) -> Layer:
        seen.append(idf)
        return parse(page, idf, learned)

    run(lib, pages_dir / "gb.txt")
    monkeypatch.setattr(importer, "parse_page", parse_page)
    run(lib, pages_dir)
    everything, new = DocumentFrequencies(), DocumentFrequencies()
    for path in pages_dir.glob("*.txt"):
        page, _ = read_page(path)
        everything.add(page)
        if path.name != "gb.txt":
            new.add(page)
    expected = everything.idf()
    assert len(seen) == 5 and new.bigrams()
    for idf in seen:  # what counting every page of the library and the new ones gives, for the new pages' words
        assert idf.unseen == expected.unseen
        assert {b: idf.weight(b) for b in new.bigrams()} == {b: expected[b] for b in new.bigrams()}


def test_files_go_in_batches_each_weighed_over_the_library_so_far(
    lib: Library, pages_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str]] = []
    weights: dict[str, Idf] = {}
    read_files, parse = proofdesk.ocrfiles.read_page_files, proofdesk.parsing.parse_page

    def reading(path: Path) -> object:
        events.append(("read", path.stem))
        return read_files(path)

    def parsing(page: Page, idf: Idf, learned: Learned | None = None, boxes: object = None) -> Layer:
        events.append(("parse", page.name))
        weights[page.name] = idf
        return parse(page, idf, learned)

    monkeypatch.setattr(importer, "BATCH", 2)
    monkeypatch.setattr(importer, "read_page_files", reading)
    monkeypatch.setattr(importer, "parse_page", parsing)
    files = sorted(pages_dir.glob("*.txt"))
    run(lib, *files)
    names = [f.stem for f in files]
    # Memory holds one batch: the next is read only when the one before is stored.
    assert events == [(what, n) for k in range(0, 6, 2) for what in ("read", "parse") for n in names[k : k + 2]]
    assert len(lib.pages()) == 6
    for k in range(0, 6, 2):  # each batch weighed over the pages stored before it and its own
        so_far = DocumentFrequencies()
        for path in files[: k + 2]:
            so_far.add(read_page(path)[0])
        expected = so_far.idf()
        for name in names[k : k + 2]:
            own = DocumentFrequencies()
            own.add(read_page(pages_dir / f"{name}.txt")[0])
            assert {b: weights[name].weight(b) for b in own.bigrams()} == {b: expected[b] for b in own.bigrams()}
