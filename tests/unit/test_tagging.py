"""The library's taxonomy and the suggestions that go into the JSONL export."""

from __future__ import annotations

import json
from pathlib import Path

from proofdesk import cli
from proofdesk.domain import ops
from proofdesk.domain.derive import derive
from proofdesk.storage import Library
from proofdesk.tagging import build_suggester, library_taxonomy, suggested_names
from proofdesk.themes import default_taxonomy


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
