"""The library file: round trips, one transaction per edit, migrations, and failures the editor can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from proofdesk.domain import ops
from proofdesk.domain.model import Kind, Page, Role, Status
from proofdesk.parsing import parse_page
from proofdesk.storage import Library, Problem, StorageError, schema
from proofdesk.themes import Retag, Theme

DATA = Path(__file__).parent.parent / "data"
PAGE = Page("p1", ("标题一行", "", "■ 本报记者 王五", "", "正文第一行，", "正文第二行。", "", "另一篇文章。"))


@pytest.fixture
def lib(db: str) -> Iterator[Library]:
    """An empty library, on each engine."""
    library = Library.open(db)
    yield library
    library.close()


@pytest.fixture
def file_lib(tmp_path: Path) -> Iterator[Library]:
    """An empty library file (for what only SQLite has: pragmas, its locks, its full disk)."""
    library = Library.open(tmp_path / "lib.sqlite")
    yield library
    library.close()


def test_round_trip_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "lib.sqlite"
    layer = parse_page(PAGE)
    with Library.open(path) as lib:
        info = lib.add_page(PAGE, "h1", layer)
        assert (info.name, info.lines, info.status) == ("p1", 5, Status.NEW)
        edited = ops.set_role(layer, [1], Role.TITLE)
        edited = ops.set_status(ops.correct_text(edited, 5, "正文第一行,", PAGE.text(5)), Status.REVIEW)
        lib.save(info.id, layer, edited)
    with Library.open(path) as lib:
        page, loaded = lib.load(info.id)
        assert page == PAGE and loaded == edited
        assert lib.pages()[0].edited == 2


def test_pragmas(file_lib: Library) -> None:
    conn = file_lib._conn  # the settings are per connection: ask the library's own
    assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    conn.rollback()


def test_same_name_other_content_is_refused(lib: Library) -> None:
    lib.add_page(PAGE, "h1", parse_page(PAGE))
    assert lib.has_content("h1") and not lib.has_content("h2")
    with pytest.raises(StorageError) as err:
        lib.add_page(PAGE, "h2", parse_page(PAGE))
    assert err.value.problem is Problem.DUPLICATE_NAME
    assert len(lib.pages()) == 1


def test_page_ids_are_in_the_name_order_of_the_page_list(lib: Library) -> None:
    for name in ("p3", "p10", "p1", "p2"):
        page = Page(name, (*PAGE.lines, name))
        lib.add_page(page, name, parse_page(page))
    assert lib.page_ids() == [info.id for info in lib.pages()]
    assert [info.name for info in lib.pages()] == ["p1", "p10", "p2", "p3"]


def test_filters_by_status_and_tag(lib: Library) -> None:
    layer = parse_page(PAGE)
    a = lib.add_page(PAGE, "h1", layer)
    other = Page("p2", PAGE.lines)
    lib.add_page(other, "h2", parse_page(other))
    key = layer.item_order()[0]
    lib.save(a.id, layer, ops.set_status(ops.set_tags(layer, key, ["基层治理"]), Status.DONE))
    assert [p.name for p in lib.pages(status=Status.DONE)] == ["p1"]
    assert [p.name for p in lib.pages(tag="基层治理")] == ["p1"]
    assert lib.pages(tag="乡村振兴") == []
    assert lib.tag_counts() == {"基层治理": 1}


def test_themes_rename_merge_delete_follow_tags(lib: Library) -> None:
    layer = parse_page(PAGE)
    layer = ops.move_lines(layer, [8], None)  # two items whatever the parser grouped
    info = lib.add_page(PAGE, "h1", layer)
    first, second = layer.item_order()[:2]
    tagged = ops.set_tags(ops.set_tags(layer, first, ["甲", "乙"]), second, ["乙", "丙"])
    lib.save(info.id, layer, tagged)
    themes = [Theme("甲", "", ("k",)), Theme("乙"), Theme("丙")]
    assert lib.set_themes(themes) == 0
    assert [t.name for t in lib.themes()] == ["甲", "乙", "丙"]
    # rename 甲 → 丁, merge 乙 into 丙, delete nothing else
    changed = lib.set_themes([Theme("丁", "", ("k",)), Theme("丙")], Retag({"甲": "丁", "乙": "丙"}))
    assert changed == 2
    _, loaded = lib.load(info.id)
    assert loaded.items[first].tags == ("丁", "丙") and loaded.items[second].tags == ("丙",)
    assert lib.set_themes([Theme("丁")], Retag(deleted=frozenset({"丙"}))) == 2
    assert lib.tag_counts() == {"丁": 1}


def test_a_taxonomy_edit_and_its_undo_are_written_item_by_item(lib: Library) -> None:
    layer = ops.move_lines(parse_page(PAGE), [8], None)
    info = lib.add_page(PAGE, "h1", layer)
    first, second = layer.item_order()[:2]
    lib.save(info.id, layer, ops.set_tags(ops.set_tags(layer, first, ["甲", "乙"]), second, ["乙"]))
    assert sorted(lib.tagged_items()) == [(info.id, "p1", first, ("甲", "乙")), (info.id, "p1", second, ("乙",))]
    # merge 乙 into 甲: each item's themes are written as given, with the new taxonomy, in one transaction
    lib.set_taxonomy([Theme("甲")], {(info.id, first): ("甲",), (info.id, second): ("甲",)})
    assert [t.name for t in lib.themes()] == ["甲"] and lib.tag_counts() == {"甲": 2}
    lib.set_taxonomy([Theme("甲"), Theme("乙")], {(info.id, first): ("甲", "乙"), (info.id, second): ("乙",)})
    _, loaded = lib.load(info.id)
    assert loaded.items[first].tags == ("甲", "乙") and loaded.items[second].tags == ("乙",)
    assert loaded == ops.set_tags(ops.set_tags(layer, first, ["甲", "乙"]), second, ["乙"])


def test_migrates_first_schema(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript((DATA / "library_v1.sql").read_text(encoding="utf-8"))
    with Library.open(path) as lib:
        (info,) = lib.pages()
        assert (info.name, info.status, info.lines, info.edited) == ("p1", Status.REVIEW, 3, 2)
        page, layer = lib.load(info.id)
        assert page.text(4) == "本报讯　全市审计系统"
        assert layer.lines[4].correction == "本报讯 全市审计系统"
        assert layer.items[1].tags == ("党建品牌",) and layer.items[1].kind is Kind.ARTICLE
        assert layer.items[1].pinned  # a tagged item keeps its lines through a re-parse
        assert lib.parsed_with(info.id) == 0
        assert lib.themes() == []
        assert lib.scan(info.id) is None  # pages from before geometry have none, and work as before
    fresh = tmp_path / "new.sqlite"
    Library.open(fresh).close()
    assert _schema(path) == _schema(fresh)


def _schema(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == schema.LATEST
        found: dict[str, list[tuple[object, ...]]] = {
            t: sorted((r[1], r[2], r[3]) for r in conn.execute(f"PRAGMA table_info({t})")) for t in tables
        }
        indexes = conn.execute("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        found["indexes"] = sorted(tuple(row) for row in indexes)
        return found


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    Library.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    with pytest.raises(StorageError) as err:
        Library.open(path)
    assert err.value.problem is Problem.NEWER_SCHEMA


def test_other_database_and_garbage_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all" * 200)
    for path in (other, garbage):
        before = path.read_bytes()
        with pytest.raises(StorageError) as err:
            Library.open(path)
        assert err.value.problem is Problem.DAMAGED
        assert path.read_bytes() == before
    with pytest.raises(StorageError) as err:
        Library.open(tmp_path)
    assert err.value.problem is Problem.CANNOT_OPEN


def test_locked_library_is_reported_and_unchanged(short_lock_wait: float, file_lib: Library) -> None:
    layer = parse_page(PAGE)
    info = file_lib.add_page(PAGE, "h1", layer)
    blocker = sqlite3.connect(str(file_lib.path), timeout=0.1, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as err:
            file_lib.save(info.id, layer, ops.set_status(layer, Status.DONE))
        assert err.value.problem is Problem.LOCKED
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert file_lib.load(info.id)[1] == layer
    file_lib.save(info.id, layer, ops.set_status(layer, Status.DONE))  # works again once the lock is gone
    assert file_lib.info(info.id).status is Status.DONE


def test_full_disk_rolls_back_the_page(file_lib: Library) -> None:
    file_lib.add_page(PAGE, "h1", parse_page(PAGE))
    conn = file_lib._conn
    used = conn.exec_driver_sql("PRAGMA page_count").scalar()
    conn.exec_driver_sql(f"PRAGMA max_page_count = {used}")  # the file may not grow: as good as a full disk
    conn.rollback()
    big = Page("big", tuple(f"第{i}行，" + "很长的正文" * 40 for i in range(400)))
    with pytest.raises(StorageError) as err:
        file_lib.add_page(big, "h-big", parse_page(big))
    assert err.value.problem is Problem.DISK_FULL
    assert [p.name for p in file_lib.pages()] == ["p1"]
    assert file_lib.page_id("big") is None


@pytest.mark.parametrize(
    ("code", "name", "problem"),
    [
        (5, "SQLITE_BUSY", Problem.LOCKED),
        (262, "SQLITE_LOCKED_SHAREDCACHE", Problem.LOCKED),
        (13, "SQLITE_FULL", Problem.DISK_FULL),
        (1032, "SQLITE_READONLY_DBMOVED", Problem.READ_ONLY),
        (26, "SQLITE_NOTADB", Problem.DAMAGED),
        (266, "SQLITE_IOERR_READ", Problem.DAMAGED),
        (4874, "SQLITE_IOERR_SHMSIZE", Problem.CANNOT_OPEN),
        (14, "SQLITE_CANTOPEN", Problem.CANNOT_OPEN),
        (1, "SQLITE_ERROR", None),
    ],
)
def test_failures_are_sorted_by_sqlite_result_code_not_by_message(
    code: int, name: str, problem: Problem | None
) -> None:
    from proofdesk.storage.engine import _classify

    # The message says something else on purpose: only the code counts.
    error = sqlite3.OperationalError("database is locked, disk is full, readonly, malformed")
    error.sqlite_errorcode, error.sqlite_errorname = code, name
    assert _classify(error) is problem


def test_on_disk_values_are_pinned(file_lib: Library) -> None:
    """Values stored in the file: changing one would misread every library already written."""
    from proofdesk.domain.model import Break, Field
    from proofdesk.storage.rows import BITS as _BITS

    assert _BITS == {Field.ITEM: 1, Field.ROLE: 2, Field.BREAK: 4, Field.CORRECTION: 8}
    assert set(_BITS) == set(Field), "every field has its bit"
    assert [s.value for s in Status] == ["new", "review", "done"]
    assert [b.value for b in Break] == ["P", "J", "H"]
    assert [k.value for k in Kind] == ["article", "photo", "section", "ad"]
    roles = ["title", "kicker", "subtitle", "byline", "heading", "body", "note", "caption", "credit", "section"]
    assert [r.value for r in Role] == [*roles, "ad", "ignored"]
    layer = parse_page(PAGE)
    info = file_lib.add_page(PAGE, "h1", layer)
    line = min(n for n, s in layer.lines.items() if s.role is not Role.IGNORED)
    edited = ops.correct_text(ops.set_role(layer, [line], Role.NOTE), line, "改正", PAGE.text(line))
    file_lib.save(info.id, layer, edited)
    [(bits,)] = file_lib._conn.exec_driver_sql("SELECT edited FROM line WHERE line = ?", (line,)).all()
    assert bits == _BITS[Field.ROLE] | _BITS[Field.CORRECTION] == 10


def test_page_counts_in_python_and_in_sql_agree(lib: Library, seed_files: list[Path]) -> None:
    """The window counts a page from its layer in memory (`PageInfo.of`), the library list by a query: the
    same figures, after the parse and after edits of every kind."""
    from proofdesk.storage import PageInfo

    for path in seed_files:
        page = Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n")))
        layer = parse_page(page)
        info = lib.add_page(page, path.stem, layer)
        assert lib.info(info.id) == info == PageInfo.of(info.id, page.name, layer)
        lines = sorted(n for n, s in layer.lines.items() if s.role is not Role.IGNORED)
        edited = ops.set_role(layer, lines[:2], Role.NOTE)
        edited = ops.correct_text(edited, lines[3], "改正", page.text(lines[3]))
        edited = ops.move_lines(edited, lines[5:7], None)
        if edited.doubts():
            edited = ops.confirm_doubts(edited, edited.doubts()[:1])
        edited = ops.set_tags(ops.set_status(edited, Status.DONE), edited.item_order()[0], ["基层治理"])
        lib.save(info.id, layer, edited)
        assert lib.info(info.id) == PageInfo.of(info.id, page.name, edited)


def test_pages_read_in_batches_equal_pages_read_one_by_one(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """`load_many` (a replace across the library reads hundreds of pages) gives what `load_versioned` gives for
    each page, in the order asked, over batch boundaries, leaving out ids with no page."""
    from proofdesk.storage import layers

    ids = []
    for n in range(5):
        page = Page(f"p{n}", (*PAGE.lines, f"第{n}页。"))
        layer = parse_page(page)
        ids.append(lib.add_page(page, f"h{n}", layer).id)
        edited = ops.correct_text(layer, 5, f"改正{n}", PAGE.text(5))
        if n % 2:
            edited = ops.set_role(ops.set_status(edited, Status.REVIEW), [1], Role.KICKER)
        lib.save(ids[-1], layer, edited)
    monkeypatch.setattr(layers, "CHUNK", 2)
    asked = [ids[3], ids[0], 9999, ids[4], ids[1], ids[2]]
    read = list(lib.load_many(asked))
    assert [r[0] for r in read] == [i for i in asked if i != 9999]
    assert [r[1:] for r in read] == [lib.load_versioned(i) for i in asked if i != 9999]
    assert {r[3] for r in read} == {1}  # edited once since stored
