"""A page read from a library file with sqlite3 alone, before the library is opened (the window's first page)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from proofdesk.domain import ops
from proofdesk.domain.model import Page, Role, Status
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, schema
from proofdesk.storage.glance import glance, glance_first

PAGE = Page("p1", ("标题一行", "", "■ 本报记者 王五", "", "正文第一行，", "正文第二行。", "", "另一篇文章。"))


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Path, int]:
    """A library file with one edited page (a role, a correction, a line cut in two, a status)."""
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        layer = parse_page(PAGE)
        info = lib.add_page(PAGE, "h1", layer)
        edited = ops.set_role(layer, [1], Role.TITLE)
        edited = ops.correct_text(edited, 5, "正文第一行,", PAGE.text(5))
        edited = ops.set_status(ops.split_line(PAGE, edited, 6, 2), Status.REVIEW)
        lib.save(info.id, layer, edited)
    return path, info.id


def test_the_page_is_read_as_the_library_reads_it(stored: tuple[Path, int]) -> None:
    path, page_id = stored
    with Library.open(path) as lib:
        expected = lib.load(page_id)
    assert glance(path, page_id) == expected
    assert glance(path, page_id + 1) is None  # no such page


def test_the_first_page_of_the_list_is_the_first_by_name_and_an_empty_library_has_none(
    stored: tuple[Path, int], tmp_path: Path
) -> None:
    path, _page_id = stored
    with Library.open(path) as lib:
        before = lib.add_page(Page("a0", ("另一版",)), "h0", parse_page(Page("a0", ("另一版",))))
        expected = lib.load(before.id)
    assert glance_first(path) == (before.id, *expected)
    with Library.open(tmp_path / "empty.sqlite"):
        pass
    assert glance_first(tmp_path / "empty.sqlite") is None
    assert glance_first(tmp_path / "new.sqlite") is None and not (tmp_path / "new.sqlite").exists()


def test_what_is_not_a_library_of_this_version_gives_nothing_and_is_not_changed(
    stored: tuple[Path, int], tmp_path: Path
) -> None:
    path, page_id = stored
    assert glance(tmp_path / "missing.sqlite", page_id) is None
    assert not (tmp_path / "missing.sqlite").exists()
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE page (id INTEGER, name TEXT, raw TEXT, status TEXT)")
        conn.execute("INSERT INTO page VALUES (1, 'x', 'y', 'new')")
    assert glance(other, 1) is None
    (tmp_path / "text.sqlite").write_text("not a database", encoding="utf-8")
    assert glance(tmp_path / "text.sqlite", 1) is None
    older = tmp_path / "older.sqlite"
    older.write_bytes(path.read_bytes())
    with sqlite3.connect(older) as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST - 1}")  # the library opens it and migrates first
    before = older.read_bytes()
    assert glance(older, page_id) is None
    assert older.read_bytes() == before


def test_a_stored_value_that_cannot_be_a_page_gives_nothing(stored: tuple[Path, int]) -> None:
    path, page_id = stored
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE line SET role = 'no such role' WHERE page_id = ? AND line = 1", (page_id,))
    assert glance(path, page_id) is None


def test_a_page_is_read_while_another_connection_writes(stored: tuple[Path, int]) -> None:
    path, page_id = stored
    with sqlite3.connect(path) as writer:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE page SET status = 'done' WHERE id = ?", (page_id,))
        seen = glance(path, page_id)  # the last committed state
        writer.rollback()
    assert seen is not None and seen[1].status is Status.REVIEW


def test_reading_a_page_imports_no_database_library() -> None:
    script = (
        "import sys\n"
        "from proofdesk.storage.glance import glance\n"
        "loaded = [m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'proofdesk.storage.library') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
