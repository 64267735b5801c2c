"""The library's taxonomy and the suggestions that go into the JSONL export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from proofdesk import cli, tagging
from proofdesk.domain import ops
from proofdesk.domain.derive import Article, derive
from proofdesk.domain.model import TAGGED_KINDS, Page
from proofdesk.export import Format, export_library
from proofdesk.parsing import parse_page
from proofdesk.storage import Library
from proofdesk.tagging import build_suggester, library_taxonomy, suggested_names
from proofdesk.themes import Suggester, default_taxonomy


def test_a_library_keeps_the_default_taxonomy_from_its_first_import(db: str, seed_files: list[Path]) -> None:
    with Library.open(db) as lib:
        assert lib.themes() == []
        themes = library_taxonomy(lib)
        assert themes == default_taxonomy() and "乡村振兴" in [t.name for t in themes]
        assert lib.themes() == [], "reading the taxonomy writes nothing"
    assert cli.main(["import", "--db", db, str(seed_files[0])]) == 0
    with Library.open(db) as lib:
        assert tuple(lib.themes()) == themes, "the first import stores it"
        lib.set_themes(themes[:2])
    assert cli.main(["import", "--db", db, *map(str, seed_files[1:])]) == 0
    with Library.open(db) as lib:
        assert library_taxonomy(lib) == themes[:2], "an editor's taxonomy is never replaced"


def test_jsonl_export_ranks_themes_and_keeps_confirmed_ones(db: str, seed_files: list[Path], tmp_path: Path) -> None:
    assert cli.main(["import", "--db", db, *map(str, seed_files)]) == 0
    with Library.open(db) as lib:
        info = lib.pages()[0]
        _page, layer = lib.load(info.id)
        key = layer.item_order()[1]
        lib.save(info.id, layer, ops.set_tags(layer, key, ["医疗卫生"]))
        names = {t.name for t in library_taxonomy(lib)}
    out = tmp_path / "corpus.jsonl"
    assert cli.main(["export", "--db", db, "--format", "jsonl", "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    articles = [r for r in records if r["kind"] in ("article", "photo")]
    assert all(set(r["suggested_tags"]) <= names for r in records)
    assert sum(1 for r in articles if r["suggested_tags"]) >= 0.8 * len(articles)
    assert all(r["suggested_tags"] == [] for r in records if r["kind"] in ("section", "ad"))
    tagged = [r for r in records if r["tags"]]
    assert [(r["page"], r["tags"]) for r in tagged] == [(info.name, ["医疗卫生"])]
    only = tmp_path / "tagged.jsonl"
    args = ["export", "--db", db, "--format", "jsonl", "--out", str(only), "--tag", "医疗卫生"]
    assert cli.main(args) == 0
    assert [json.loads(line)["tags"] for line in only.read_text(encoding="utf-8").splitlines()] == [["医疗卫生"]]


def test_suggestions_hide_confirmed_themes_on_request(db: str, seed_files: list[Path]) -> None:
    assert cli.main(["import", "--db", db, str(seed_files[0])]) == 0
    with Library.open(db) as lib:
        info = lib.pages()[0]
        page, layer = lib.load(info.id)
        suggester = build_suggester(lib)
        article = next(a for a in derive(page, layer) if a.kind.value == "article")
        ranked = suggested_names(suggester, article)
        assert ranked
        confirmed = ops.set_tags(layer, article.key, ranked[:1])
        again = next(a for a in derive(page, confirmed) if a.key == article.key)
        assert ranked[0] not in suggested_names(suggester, again, hide_confirmed=True)


def _add_copies(lib: Library) -> None:
    """Each page of the library again under another name, a line added: twice as many pages."""
    for info in lib.pages():
        page, _layer = lib.load(info.id)
        lib.add_page(Page(f"z{page.name}", (*page.lines, "（又一版）")), f"z{page.name}", parse_page(page))


def test_a_large_library_is_known_by_a_sample_its_confirmed_articles_first(
    db: str, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ten pages (the five sample pages twice under other names); two carry a confirmed theme. A suggester that
    # may read four pages reads those two first, then two of the eight others spread over the library; it can
    # be asked once it has read two, and that is the suggester the build goes on filling.
    assert cli.main(["import", "--db", db, *map(str, seed_files)]) == 0
    with Library.open(db) as lib:
        _add_copies(lib)
        infos = lib.pages()
        for info in (infos[7], infos[3]):
            _page, layer = lib.load(info.id)
            lib.save(info.id, layer, ops.set_tags(layer, layer.item_order()[1], ["医疗卫生"]))
        monkeypatch.setattr(tagging, "MOST_PAGES", 4)
        monkeypatch.setattr(tagging, "FIRST_PAGES", 2)
        order = tagging.pages_to_read(lib)
        others = [i.id for i in infos if i.id not in (infos[3].id, infos[7].id)]
        assert order == [infos[3].id, infos[7].id, others[0], others[4]]
        ready: list[tuple[Suggester, int]] = []  # the suggester handed over, and how many articles it knew then
        built = tagging.build_suggester(lib, ready=lambda s: ready.append((s, len(s))))
        articles = {i.id: sum(1 for a in derive(*lib.load(i.id)) if a.kind in TAGGED_KINDS) for i in infos}
        assert ready == [(built, articles[infos[3].id] + articles[infos[7].id])]
        assert len(built) == sum(articles[i] for i in order)
        monkeypatch.setattr(tagging, "MOST_PAGES", 100)
        assert sorted(tagging.pages_to_read(lib)) == sorted(i.id for i in infos), "a small library: every page"


def test_an_export_with_suggestions_writes_the_pages_the_suggester_read_as_derive_makes_them(
    db: str, seed_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The pages the suggester reads are derived once, and the export writes those items; a suggester that may
    # read four of the ten pages leaves six for the export to read. Edited pages: a confirmed theme, a correction,
    # a cut line and an added line.
    assert cli.main(["import", "--db", db, *map(str, seed_files)]) == 0
    with Library.open(db) as lib:
        _add_copies(lib)
        for n, info in enumerate(lib.pages()[::3]):
            page, layer = lib.load(info.id)
            body = [k for k in layer.order if layer.lines[k].item is not None and len(layer.raw_text(page, k)) > 4]
            edited = ops.set_tags(layer, layer.item_order()[1], [["医疗卫生"], ["乡村振兴", "医疗卫生"]][n % 2])
            edited = ops.correct_text(edited, body[0], "改正的一行", layer.raw_text(page, body[0]))
            edited = ops.split_line(page, edited, body[1], 2)
            edited = ops.add_line(page, edited, body[2], "补上的一行")
            lib.save(info.id, layer, edited)
        monkeypatch.setattr(tagging, "MOST_PAGES", 4)
        derived: dict[int, list[Article]] = {}
        suggester = build_suggester(lib, derived=derived)
        assert derived == {page_id: derive(*lib.load(page_id)) for page_id in tagging.pages_to_read(lib)}
        assert len(derived) == 4
        for fmt in (Format.JSONL, Format.CSV):
            shared, apart = tmp_path / f"shared.{fmt.value}", tmp_path / f"apart.{fmt.value}"
            tagging.export_corpus(lib, fmt, shared)
            # Every page read and derived by the export itself, as an export did before the pages were shared.
            export_library(lib, fmt, apart, suggest=lambda article: suggested_names(suggester, article))
            assert shared.read_bytes() == apart.read_bytes()
            assert "改正的一行" in shared.read_text(encoding="utf-8-sig")
