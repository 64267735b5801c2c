"""Segments and added lines in the library, on both engines: stored and read back, searched, rewound through
the page's history, left out of what the parser learns; a library of version 10 gets them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import proofdesk.cli as cli
from proofdesk.domain import ops
from proofdesk.domain.derive import derive
from proofdesk.domain.model import Layer, Page, Role, check_invariant
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, schema
from tests.older import stamp, without_pieces

PAGE = Page(
    "p1", ("丰收在望", "", "田野里一片金黄，确保秋粮丰收。 ■ 马红坤 史晓燕", "", "本报记者 王五", "正文第一行。")
)
CUT = PAGE.text(3).index("■")


def _edited(layer: Layer) -> Layer:
    """The credit cut off its caption and made a credit; a lost kicker added above the title."""
    cut = ops.split_line(PAGE, layer, 3, CUT)
    credited = ops.set_role(cut, [max(cut.lines)], Role.CREDIT)
    added = ops.add_line(PAGE, credited, 1, "秋收时节")
    return ops.set_role(added, [max(added.lines)], Role.KICKER)


def test_pieces_are_stored_read_back_and_searched(db: str) -> None:
    with Library.open(db) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, before = library.load(page_id)
        after = _edited(before)
        library.save(page_id, before, after)
    with Library.open(db, read_only=True) as library:
        page, stored = library.load(page_id)
        assert stored == after and check_invariant(page, stored) == []
        assert [derive(page, stored)[0].kicker, derive(page, stored)[0].title] == ["秋收时节", "丰收在望"]
        added = max(stored.lines)
        assert [(h.line, h.text, h.raw) for h in library.search("秋收时节")] == [(added, "秋收时节", "")]
        assert [h.line for h in library.search("马红坤")] == [3]  # a segment's raw text is its raw line's
        assert [h.where for h in library.search("秋")] == ["+", "3"]  # in page order, numbered as in the window
        assert library.info(page_id).lines == len(stored.lines)


def test_taking_a_piece_away_deletes_its_row_and_the_history_rewinds_it(db: str) -> None:
    with Library.open(db) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, first = library.load(page_id)
        second = _edited(first)
        library.save(page_id, first, second)
        third = ops.remove_piece(PAGE, second, max(second.lines))
        library.save(page_id, second, third)
        assert library.load(page_id)[1] == third
        assert library.search("秋收时节") == []
        entries = library.page_history(page_id)
        assert library.layer_after(page_id, entries[-2].id) == second
        assert library.layer_after(page_id, entries[0].id) == first


def test_what_the_parser_learns_and_the_frequent_corrections_leave_pieces_out(db: str) -> None:
    with Library.open(db) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, before = library.load(page_id)
        after = ops.correct_text(_edited(before), 5, "本报记者 王伍", PAGE.text(5))
        after = ops.set_role(after, [5], Role.BYLINE)
        library.save(page_id, before, after)
        assert [text for text, _role in library.editor_roles()] == ["本报记者 王五"]
        assert library.stats().corrections == [("五", "伍", 1)]


def test_a_version_10_library_gets_pieces(tmp_path: Path) -> None:
    path = tmp_path / "v10.sqlite"
    with Library.open(path) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, layer = library.load(page_id)
    with sqlite3.connect(path) as conn:  # as version 10 left it
        without_pieces(conn)
        stamp(conn, 10)
    with Library.open(path) as library:
        assert library.load(page_id)[1] == layer
        library.save(page_id, layer, _edited(layer))
        assert library.load(page_id)[1] == _edited(layer)
        assert len(library.search("秋收时节")) == 1
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.LATEST,)


def test_the_search_command_numbers_pieces_as_the_window_does(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    with Library.open(db) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, before = library.load(page_id)
        cut = ops.split_line(PAGE, _edited(before), 3, 4)
        library.save(
            page_id, before, ops.correct_text(cut, max(cut.lines), "片金黄，确保秋粮丰收！", "片金黄，确保秋粮丰收。 ")
        )
    assert cli.main(["search", "--db", db, "丰收"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "p1:1: 丰收在望",
        f"p1:3: {PAGE.text(3)}",  # the raw line, which holds the raw text of its parts
        "p1:3.2: 片金黄，确保秋粮丰收！",
    ]


def test_a_copied_library_keeps_its_pieces_and_finds_them(db: str, tmp_path: Path) -> None:
    with Library.open(db) as library:
        page_id = library.add_page(PAGE, "h1", parse_page(PAGE)).id
        _page, before = library.load(page_id)
        library.save(page_id, before, _edited(before))
    copy = tmp_path / "copy.sqlite"
    assert cli.main(["copy", db, str(copy)]) == 0  # verified: every table's rows, the index's too
    with Library.open(copy, read_only=True) as library:
        assert library.load(library.pages()[0].id)[1] == _edited(before)
        assert [h.where for h in library.search("秋收时节")] == ["+"]
    assert cli.main(["check", "--db", str(copy)]) == 0
