"""The page list's counts are kept with each page, and are always what counting its layer gives: after an
import, edits, a re-parse, a restored version, and a migration of a library made before they were kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from proofdesk.domain import ops
from proofdesk.domain.model import Role, Status
from proofdesk.importer import import_files
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, PageInfo, schema
from tests.older import stamp, without_page_list, without_pieces


def _recounted(library: Library) -> list[PageInfo]:
    return [PageInfo.of(info.id, info.name, library.load(info.id)[1]) for info in library.pages()]


def test_the_counts_follow_every_write(db: str, seed_files: list[Path]) -> None:
    with Library.open(db) as library:
        import_files(library, seed_files)
        assert library.pages() == _recounted(library)
        first = library.pages()[0]
        _page, layer = library.load(first.id)
        doubts = layer.doubts()
        edited = ops.set_role(layer, [min(layer.lines)], Role.NOTE)
        if doubts:
            edited = ops.confirm_doubts(edited, doubts[:1])
        library.save(first.id, layer, ops.set_status(edited, Status.REVIEW))
        page, _layer = library.load(first.id)
        library.replace_layer(first.id, parse_page(page), parsed_with=1)
        assert library.pages() == _recounted(library)
        after = library.info(first.id)
        assert after.status is Status.NEW and after.edited == 0  # the fresh parse, as stored


def test_a_library_made_before_the_counts_gets_them(tmp_path: Path, seed_files: list[Path]) -> None:
    path = tmp_path / "v9.sqlite"
    with Library.open(path) as library:
        import_files(library, seed_files)
        _page, layer = library.load(library.pages()[0].id)
        library.save(library.pages()[0].id, layer, ops.set_role(layer, [min(layer.lines)], Role.NOTE))
        expected = _recounted(library)
    with sqlite3.connect(path) as conn:  # as version 9 left it
        without_pieces(conn)
        for column in ("items", "lines", "doubts", "edited"):
            conn.execute(f"ALTER TABLE page DROP COLUMN {column}")
        stamp(conn, 9)
    with Library.open(path) as library:
        assert library.pages() == expected
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.LATEST,)


def test_a_version_11_library_lists_its_pages_from_an_index(tmp_path: Path, seed_files: list[Path]) -> None:
    path = tmp_path / "v11.sqlite"
    with Library.open(path) as library:
        import_files(library, seed_files)
        expected = library.pages()
    listing = "EXPLAIN QUERY PLAN SELECT p.id, p.name, p.status, p.items FROM page p ORDER BY p.name"
    with sqlite3.connect(path) as conn:
        assert "COVERING INDEX page_list" in str(conn.execute(listing).fetchall())
        without_page_list(conn)  # as version 11 left it
        stamp(conn, 11)
    with Library.open(path) as library:
        assert library.pages() == expected
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.LATEST,)
        assert "COVERING INDEX page_list" in str(conn.execute(listing).fetchall())
