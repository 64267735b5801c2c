"""Exports: every raw line once, no text lost or invented, safe file names, Excel-ready CSV, atomic writes."""

from __future__ import annotations

import csv
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from proofdesk.domain import ops
from proofdesk.domain.derive import Article
from proofdesk.domain.model import Role, Status
from proofdesk.export import FIELDS, ExportError, ExportProblem, Format, export_library
from proofdesk.export.atomic import MARKER
from proofdesk.export.names import safe_name
from proofdesk.importer import import_files
from proofdesk.storage import Library


@pytest.fixture
def lib(library_path: Path, seed_files: list[Path]) -> Iterator[Library]:
    with Library.open(library_path) as library:
        import_files(library, seed_files)
        yield library


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def alnum(text: str) -> Counter[str]:
    return Counter(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def test_jsonl_covers_every_raw_line_once_and_keeps_the_text(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    report = export_library(lib, Format.JSONL, out)
    records = read_jsonl(out)
    assert report.items == len(records) > 0 and report.pages == 5
    assert all(set(FIELDS) <= set(r) for r in records)
    assert [r["page"] for r in records] == sorted(r["page"] for r in records)  # type: ignore[type-var]
    for info, page, layer in lib.iter_pages([p.id for p in lib.pages()]):
        mine = [r for r in records if r["page"] == page.name]
        assert [r["item"] for r in mine] == list(range(1, len(mine) + 1))
        used = [n for r in mine for n in r["source_lines"]]  # type: ignore[attr-defined]
        ignored = [n for n, s in layer.lines.items() if s.role is Role.IGNORED]
        assert sorted(used + ignored) == page.content_lines(), info.name
        raw = alnum("".join(page.text(n) for n in used))
        out_text = "".join(
            f"{r['kicker']}{r['title']}{r['subtitle']}{r['byline']}{''.join(r['paragraphs'])}"  # type: ignore[arg-type]
            for r in mine
        )
        exported = alnum(out_text)
        kept = sum((raw & exported).values()) / sum(raw.values())
        invented = sum((exported - raw).values()) / sum(exported.values())
        assert kept >= 0.99 and invented <= 0.005, (page.name, kept, invented)


def test_kicker_field_and_blocks_keep_the_roles(lib: Library, tmp_path: Path) -> None:
    info = lib.pages()[0]
    page, layer = lib.load(info.id)
    key = next(k for k in layer.item_order() if any(layer.lines[n].role is Role.TITLE for n in layer.item_lines(k)))
    lines = layer.item_lines(key)
    title = next(n for n in lines if layer.lines[n].role is Role.TITLE)
    body = [n for n in lines if layer.lines[n].role is Role.BODY]
    edited = ops.set_role(ops.set_role(layer, [title], Role.KICKER), body[:1], Role.HEADING)
    lib.save(info.id, layer, edited)
    out = tmp_path / "corpus.jsonl"
    export_library(lib, Format.JSONL, out)
    position = layer.item_order().index(key) + 1
    [record] = [r for r in read_jsonl(out) if r["page"] == info.name and r["item"] == position]
    assert record["kicker"] == page.text(title).strip()
    blocks = record["blocks"]
    assert isinstance(blocks, list)
    assert {"role": "kicker", "text": record["kicker"]} in blocks
    assert {"role": "heading", "text": page.text(body[0]).strip()} in blocks
    assert [b["text"] for b in blocks if b["role"] in ("body", "heading", "note")] == record["paragraphs"]

    csv_out = tmp_path / "corpus.csv"
    export_library(lib, Format.CSV, csv_out)
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["page"] == info.name and r["item"] == str(position)]
    assert rows[0]["kicker"] == record["kicker"]
    assert rows[0]["blocks"].splitlines() == [f"{b['role']}\t{b['text']}" for b in blocks]


def test_filters_and_suggestions(lib: Library, tmp_path: Path) -> None:
    first, second = lib.pages()[:2]
    layer = lib.load(first.id)[1]
    lib.save(first.id, layer, ops.set_status(layer, Status.DONE))
    layer = lib.load(second.id)[1]
    key = layer.item_order()[1]
    lib.save(second.id, layer, ops.set_tags(layer, key, ["党建"]))

    out = tmp_path / "done.jsonl"
    export_library(lib, Format.JSONL, out, status=Status.DONE)
    assert {r["page"] for r in read_jsonl(out)} == {first.name}
    assert {r["status"] for r in read_jsonl(out)} == {"done"}

    def suggest(article: Article) -> list[str]:
        return ["经济", "党建"] if article.tags else []

    report = export_library(lib, Format.JSONL, out, tag="党建", suggest=suggest)
    records = read_jsonl(out)
    assert report.items == 1
    assert [(r["page"], r["item"], r["tags"], r["suggested_tags"]) for r in records] == [
        (second.name, 2, ["党建"], ["经济", "党建"])
    ]


def test_csv_has_a_bom_and_reads_back(lib: Library, tmp_path: Path) -> None:
    export_library(lib, Format.JSONL, tmp_path / "c.jsonl")
    records = read_jsonl(tmp_path / "c.jsonl")
    out = tmp_path / "corpus.csv"
    export_library(lib, Format.CSV, out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfpage,item,kind,")
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(records)
    for row, record in zip(rows, records, strict=True):
        assert row["page"] == record["page"] and int(row["item"]) == record["item"]
        assert row["title"] == record["title"]
        assert row["paragraphs"] == "\n".join(record["paragraphs"])  # type: ignore[arg-type]
        assert row["source_lines"].split() == [str(n) for n in record["source_lines"]]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("..", "fallback"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("CON", "_CON"),
        ("prn", "_prn"),
        ("aux.txt", "_aux.txt"),
        ("NUL ", "_NUL"),
        ("COM1", "_COM1"),
        ("lpt9.log", "_lpt9.log"),
        ("CONSOLE", "CONSOLE"),
        ("标题。。 . ", "标题。。"),
        ("  .hidden", "hidden"),
        ("tab\there\nnewline", "tab_here_newline"),
        ("", "fallback"),
    ],
)
def test_safe_names(title: str, expected: str) -> None:
    assert safe_name(title, "fallback") == expected


def test_long_names_are_cut_on_a_character_boundary() -> None:
    name = safe_name("党" * 250, "x")
    assert name == "党" * 60 and len(name.encode()) <= 180
    assert safe_name("a" * 250 + ".", "x") == "a" * 60


def test_txt_export_folders_names_and_text(lib: Library, tmp_path: Path) -> None:
    export_library(lib, Format.JSONL, tmp_path / "corpus.jsonl")
    records = read_jsonl(tmp_path / "corpus.jsonl")
    out = tmp_path / "txt"
    report = export_library(lib, Format.TXT, out)
    assert report.items == len(records)
    assert (out / MARKER).is_file()
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [p.name for p in lib.pages()]
    for record in records:
        [file] = (out / str(record["page"])).glob(f"{record['item']:02d}_*.txt")
        head = [str(record[f]) for f in ("kicker", "title", "subtitle", "byline") if record[f]]
        body = list(record["paragraphs"])  # type: ignore[call-overload]
        expected = [*head, "", *body] if head and body else head or body
        assert file.read_text("utf-8") == "\n".join(expected) + "\n"


def test_txt_names_from_hostile_titles(lib: Library, tmp_path: Path) -> None:
    info = lib.pages()[0]
    page, layer = lib.load(info.id)
    keys = layer.item_order()
    titles = ["CON", "a/b:c?", "..", "长" * 230, "end. . "]
    edited = layer
    for key, title in zip(keys, titles, strict=False):
        line, *rest = layer.item_lines(key)
        other_titles = [n for n in rest if layer.lines[n].role is Role.TITLE]
        edited = ops.set_role(ops.set_role(edited, other_titles, Role.BODY), [line], Role.TITLE)
        edited = ops.correct_text(edited, line, title, page.text(line))
    lib.save(info.id, layer, edited)
    out = tmp_path / "txt"
    export_library(lib, Format.TXT, out)
    names = sorted(f.name for f in (out / info.name).iterdir())[:5]
    assert names == ["01__CON.txt", "02_a_b_c_.txt", "03_article.txt", "04_" + "长" * 60 + ".txt", "05_end.txt"]


def test_txt_export_replaces_its_own_folder_but_no_other(lib: Library, tmp_path: Path) -> None:
    out = tmp_path / "txt"
    export_library(lib, Format.TXT, out)
    export_library(lib, Format.TXT, out)  # its own earlier export is replaced
    assert (out / MARKER).is_file()
    mine = tmp_path / "documents"
    mine.mkdir()
    (mine / "thesis.docx").write_text("precious")
    with pytest.raises(ExportError) as caught:
        export_library(lib, Format.TXT, mine)
    assert caught.value.problem is ExportProblem.FOLDER_NOT_EXPORT
    assert [p.name for p in mine.iterdir()] == ["thesis.docx"]


def test_a_file_export_over_a_folder_is_refused(lib: Library, tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        export_library(lib, Format.JSONL, tmp_path)
    assert caught.value.problem is ExportProblem.OUT_IS_FOLDER


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".proofdesk-"))


@pytest.mark.parametrize("fmt", [f for f in Format if f is not Format.PAGEXML])  # PAGE-XML: test_export_pagexml
def test_a_failure_mid_write_leaves_the_old_export(lib: Library, tmp_path: Path, fmt: Format) -> None:
    out = tmp_path / f"out.{fmt.value}"
    export_library(lib, fmt, out)
    old = out.read_bytes() if fmt is not Format.TXT else sorted(p.name for p in out.rglob("*"))
    second_page = lib.pages()[1].name

    def suggest(article: Article) -> list[str]:
        if article.page == second_page and article.number == 2:  # the first page is already written
            raise RuntimeError("theme model crashed")
        return ["新"]

    with pytest.raises(RuntimeError, match="theme model crashed"):
        export_library(lib, fmt, out, suggest=suggest)
    assert (out.read_bytes() if fmt is not Format.TXT else sorted(p.name for p in out.rglob("*"))) == old
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("fmt", list(Format))
def test_cancel_leaves_no_target_and_reports_progress(lib: Library, tmp_path: Path, fmt: Format) -> None:
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    report = export_library(lib, fmt, out, progress=lambda d, t: seen.append((d, t)), cancel=lambda: len(seen) >= 3)
    assert report.cancelled and seen == [(1, 5), (2, 5), (3, 5)]
    assert not out.exists() and leftovers(tmp_path) == []
