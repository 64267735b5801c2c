"""A library on a PostgreSQL server: naming it, refusing what cannot be used (with the password never shown,
the database unchanged), one schema through Alembic's revisions on both engines, older library files
migrated into them, and `proofdesk copy` between engines with a byte-identical export after a round trip."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

import proofdesk.cli as cli
from proofdesk.domain import ops
from proofdesk.domain.model import Page, Status
from proofdesk.location import BadLocation, Server, masked, parse
from proofdesk.parsing import parse_page
from proofdesk.parsing.frequencies import page_bigrams
from proofdesk.storage import Library, Problem, StorageError, copying, schema
from proofdesk.themes import Theme

from ..pgserver import GUARDED_PASSWORD, ThrowawayServer
from .engines import snapshot

DATA = Path(__file__).parent.parent / "data"


def run(*argv: str) -> int:
    return cli.main(list(argv))


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


# -- naming a library ------------------------------------------------------------------------------------------


def test_a_url_names_a_server_and_its_password_is_never_shown() -> None:
    server = parse("postgresql://ed:pa55word@db.example:5433/corpus?sslmode=require")
    assert isinstance(server, Server)
    assert str(server) == repr(server)[8:-2] == "postgresql://ed:***@db.example:5433/corpus?sslmode=require"
    assert masked("postgres://ed@h/db?password=pa55word&sslmode=verify-full") == (
        "postgres://ed@h/db?password=***&sslmode=verify-full"
    )
    assert parse("postgresql:///?service=corpus") == Server("postgresql:///?service=corpus")
    assert parse("library.sqlite") == Path("library.sqlite")
    assert parse("C:/libraries/2024.sqlite") == Path("C:/libraries/2024.sqlite")
    with pytest.raises(BadLocation, match="not a PostgreSQL URL"):
        parse("mysql://ed:pa55word@h/db")
    with pytest.raises(BadLocation) as bad:
        parse("postgresql://ed:pa55word@h/db?nosuchoption=1")
    assert "pa55word" not in str(bad.value)


def test_a_bad_url_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for url in ("mysql://ed:pa55word@h/db", "postgresql://ed:pa55word@h/db?nosuchoption=1"):
        with pytest.raises(SystemExit) as usage:
            run("import", "--db", url, str(tmp_path))
        assert usage.value.code == 2
        err = capsys.readouterr().err
        assert "--db" in err and "pa55word" not in err and "Traceback" not in err


# -- refusals --------------------------------------------------------------------------------------------------


def test_a_server_that_is_down_is_unreachable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(StorageError) as caught:
        Library.open("postgresql://ed:pa55word@127.0.0.1:9/corpus?connect_timeout=3")
    assert caught.value.problem is Problem.UNREACHABLE and "pa55word" not in caught.value.detail
    (tmp_path / "a.txt").write_text("一行\n", encoding="utf-8")
    assert run("import", "--db", "postgresql://ed:pa55word@127.0.0.1:9/corpus", str(tmp_path / "a.txt")) == 2
    err = one_line(capsys)
    assert "postgresql://ed:***@127.0.0.1:9/corpus" in err and "cannot be reached" in err


def test_a_wrong_password_is_denied_and_never_shown(
    pg_server: ThrowawayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.url("library_template", "guarded").replace("guarded@", "guarded:wrong-Pa55@")
    with pytest.raises(StorageError) as caught:
        Library.open(url)
    assert caught.value.problem is Problem.DENIED
    assert run("search", "--db", url, "党建") == 2
    err = one_line(capsys)
    assert "refused the user name or password" in err and "wrong-Pa55" not in err and "***" in err
    right = url.replace("wrong-Pa55", GUARDED_PASSWORD)
    with pytest.raises(StorageError) as caught:  # the right password, but no right to the library's tables
        Library.open(right, read_only=True)
    assert caught.value.problem is Problem.DENIED


def test_a_missing_database_cannot_be_opened(pg_server: ThrowawayServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("search", "--db", pg_server.url("no_such_database"), "党建") == 2
    assert 'database "no_such_database" does not exist' in one_line(capsys)


def test_another_programs_database_is_refused_and_unchanged(
    pg_server: ThrowawayServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = pg_server.new_database(library=False)
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE invoices (id integer, total numeric)")
        conn.execute("INSERT INTO invoices VALUES (1, 9.5)")
    (tmp_path / "a.txt").write_text("一行\n", encoding="utf-8")
    assert run("import", "--db", url, str(tmp_path / "a.txt")) == 2
    assert "is not a Proofdesk library (or was changed by another program)" in one_line(capsys)
    with psycopg.connect(url) as conn:
        tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        assert tables == [("invoices",)]


def test_a_newer_library_on_a_server_is_refused_and_unchanged(pg_server: ThrowawayServer) -> None:
    url = pg_server.new_database()
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (f"{schema.LATEST + 1:04d}",))
    before = snapshot(url)
    with pytest.raises(StorageError) as caught:
        Library.open(url)
    assert caught.value.problem is Problem.NEWER_SCHEMA
    assert snapshot(url) == before


def test_a_read_only_library_on_a_server_refuses_every_write(pg_server: ThrowawayServer) -> None:
    url = pg_server.new_database()
    with Library.open(url, read_only=True) as library:
        with pytest.raises(StorageError) as caught:
            library.set_themes([Theme("党建")])
        assert caught.value.problem is Problem.READ_ONLY
        assert library.themes() == []
    with pytest.raises(StorageError) as caught:  # an empty database is not made a library by a reader
        Library.open(pg_server.new_database(library=False), read_only=True)
    assert caught.value.problem is Problem.CANNOT_OPEN


# -- one schema, through Alembic -------------------------------------------------------------------------------


def test_the_latest_version_is_the_last_revision() -> None:
    assert int(schema._script().get_current_head()) == schema.LATEST


def _shape(url: str) -> dict[str, object]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    try:
        inspector = inspect(engine)
        shape: dict[str, object] = {}
        for table in inspector.get_table_names():
            columns = inspector.get_columns(table)
            shape[table] = (
                sorted((c["name"], str(c["type"]), c["nullable"]) for c in columns),
                sorted(i["name"] or "" for i in inspector.get_indexes(table)),
                sorted(str(k["referred_table"]) for k in inspector.get_foreign_keys(table)),
            )
        return shape
    finally:
        engine.dispose()


def test_the_revisions_make_the_schema_a_new_library_has_on_a_server(pg_server: ThrowawayServer) -> None:
    fresh = pg_server.new_database()
    migrated = pg_server.new_database(library=False)
    engine = create_engine(migrated.replace("postgresql://", "postgresql+psycopg://"), poolclass=NullPool)
    with engine.connect() as conn:
        assert schema.upgrade(conn, 0) == list(range(1, schema.LATEST + 1))
    engine.dispose()
    assert _shape(migrated) == _shape(fresh)
    with Library.open(migrated) as library:
        assert library.pages() == []


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5, 6])
def test_a_library_file_of_every_earlier_version_migrates_into_alembic(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}.sqlite"
    with sqlite3.connect(path) as conn:
        conn.executescript((DATA / "library_v1.sql").read_text(encoding="utf-8"))
    if version > 1:
        engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
        with engine.connect() as conn:
            schema.upgrade(conn, 1, target=version)
        engine.dispose()
        if version < 6:
            with sqlite3.connect(path) as conn:  # as that version of Proofdesk left it: no Alembic table
                conn.execute("DROP TABLE alembic_version")
    with Library.open(path) as library:
        (info,) = library.pages()
        assert (info.name, info.status, info.edited) == ("p1", Status.REVIEW, 2)
        assert [h.line for h in library.search("全市审计")] == [4]
        words = page_bigrams(library.load(info.id)[0].lines)  # the word statistics counted when migrating
        assert words and library.bigram_pages(words) == (1, dict.fromkeys(words, 1))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(f"{schema.LATEST:04d}",)]
        assert conn.execute("PRAGMA user_version").fetchone() == (schema.LATEST,)
        assert conn.execute("PRAGMA application_id").fetchone() == (schema.APPLICATION_ID,)
    fresh = tmp_path / "fresh.sqlite"
    Library.open(fresh).close()
    assert _shape(f"sqlite:///{path}") == _shape(f"sqlite:///{fresh}")


# -- copy ------------------------------------------------------------------------------------------------------


@pytest.fixture
def edited_library(tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]) -> Path:
    """The sample pages with an editor's work on them: corrections, roles, tags, a status, a taxonomy."""
    path = tmp_path / "a.sqlite"
    assert run("import", "--db", str(path), *map(str, seed_files)) == 0
    with Library.open(path) as library:
        first, second = library.pages()[:2]
        _page, layer = library.load(first.id)
        edited = ops.correct_text(layer, 2, "改正的一行", _page.text(2))
        key = next(iter(edited.items))
        edited = ops.set_status(ops.set_tags(edited, key, ("党建", "经济")), Status.DONE)
        library.save(first.id, layer, edited)
        _page, layer = library.load(second.id)
        library.save(second.id, layer, ops.set_status(layer, Status.REVIEW))
        library.set_themes([Theme("党建", "党的建设", ("党建", "支部")), Theme("经济")])
    capsys.readouterr()
    return path


def _export(db: str, out: Path) -> bytes:
    assert run("export", "--db", db, "--format", "jsonl", "--out", str(out)) == 0
    return out.read_bytes()


def test_file_to_server_and_back_gives_the_same_export(
    edited_library: Path, pg_server: ThrowawayServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server = pg_server.new_database(library=False)
    back = tmp_path / "back.sqlite"
    assert run("copy", str(edited_library), server) == 0
    assert "copied 5 pages" in one_line(capsys)
    assert run("copy", server, str(back)) == 0
    assert "verified" in one_line(capsys)
    original = _export(str(edited_library), tmp_path / "a.jsonl")
    assert b"\\u" not in original and "改正的一行".encode() in original
    assert _export(server, tmp_path / "server.jsonl") == original
    assert _export(str(back), tmp_path / "back.jsonl") == original
    with Library.open(back) as library, Library.open(server) as team:
        assert library.themes() == team.themes() and library.tag_counts() == team.tag_counts() == {"党建": 1, "经济": 1}
        assert [h.line for h in team.search("改正的")] == [2]
        assert [(p.name, p.status) for p in library.pages()] == [(p.name, p.status) for p in team.pages()]
        first = library.pages()[0].id
        assert library.page_history(first) == team.page_history(first) and len(team.page_history(first)) == 2
        words = page_bigrams(library.load(first)[0].lines)
        assert library.bigram_pages(words) == team.bigram_pages(words) and team.bigram_pages(words)[0] == 5
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "later.txt").write_text("后来的一页\n", encoding="utf-8")
    assert run("import", "--db", server, str(tmp_path / "new")) == 0  # ids go on after the copied ones


def test_a_copy_into_a_library_with_pages_is_refused(
    edited_library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite"
    shutil.copy(edited_library, other)
    before = other.read_bytes()
    assert run("copy", str(edited_library), str(other)) == 2
    assert "is not empty" in one_line(capsys)
    assert other.read_bytes() == before
    assert run("copy", str(edited_library), str(edited_library)) == 2
    assert "are the same library" in one_line(capsys)
    assert run("copy", str(tmp_path / "none.sqlite"), str(tmp_path / "x.sqlite")) == 2
    assert "no library at" in one_line(capsys)
    assert not (tmp_path / "x.sqlite").exists()


def test_a_copy_that_does_not_verify_leaves_the_target_as_it_was(
    edited_library: Path,
    pg_server: ThrowawayServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    real_write = copying._write

    def losing_a_correction(conn: object, read: dict[str, list[dict[str, object]]]) -> None:
        written = {table: [dict(row) for row in rows] for table, rows in read.items()}
        for row in written["line"]:
            if row["correction"] is not None:
                row["correction"] = None
                break
        real_write(conn, written)  # type: ignore[arg-type]

    monkeypatch.setattr(copying, "_write", losing_a_correction)
    server = pg_server.new_database()
    before = snapshot(server)
    assert run("copy", str(edited_library), server) == 2
    err = one_line(capsys)
    assert "differs from the library (page 000" in err and "is as it was" in err
    assert snapshot(server) == before
    assert run("copy", str(edited_library), str(tmp_path / "new.sqlite")) == 2
    assert not (tmp_path / "new.sqlite").exists()  # a target file the copy made is removed


def test_a_cancelled_copy_leaves_nothing(edited_library: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite"
    with pytest.raises(copying.CopyError) as caught:
        copying.copy_library(edited_library, target, cancel=lambda: True)
    assert caught.value.problem is copying.CopyProblem.CANCELLED and not target.exists()
    seen: list[tuple[int, int]] = []
    report = copying.copy_library(edited_library, target, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(5, 5)] and report.pages == 5 and report.rows["page"] == 5 and report.rows["line_search"] > 0


def test_without_pg_trgm_a_search_scans_and_finds_the_same(
    pg_server: ThrowawayServer, capsys: pytest.CaptureFixture[str]
) -> None:
    indexed = pg_server.new_database()
    plain = pg_server.new_database(library=False)
    name = plain.rsplit("/", 1)[1]
    # A database the editor may make tables in but not install extensions into (not its owner).
    pg_server.sql(f"ALTER DATABASE {name} OWNER TO postgres")
    pg_server.sql("GRANT CREATE ON SCHEMA public TO proofdesk", database=name)
    lines = ("全市审计系统召开会议", "", "{} 党建引领发展，", "审计工作再上台阶。")
    pages = [Page(f"p{i}", tuple(line.format(f"第{i}版") for line in lines)) for i in range(3)]
    indexes: list[bool] = []
    hits: list[list[tuple[str, int, str]]] = []
    for url in (indexed, plain):
        with Library.open(url) as library:
            for page in pages:
                library.add_page(page, page.name, parse_page(page))
            indexes.append(library.stats().search_indexed)
            hits.append([(h.page, h.line, h.text) for q in ("审计系统", "党建", "%", "_") for h in library.search(q)])
    assert indexes == [True, False]
    assert hits[0] == hits[1] and len(hits[0]) == 6
    assert run("stats", "--db", plain) == 0
    assert "search: every line is read (the database has no pg_trgm extension" in capsys.readouterr().out


def test_a_bug_in_a_query_is_not_taken_for_a_library_problem(pg_server: ThrowawayServer) -> None:
    with Library.open(pg_server.new_database()) as library:
        for statement, arguments in (("SELECT name FROM page WHERE id = ?", (1,)), ("SELEC 1", ())):
            with pytest.raises(DBAPIError), library._transaction(write=False) as conn:
                conn.exec_driver_sql(statement, arguments)
        assert library.pages() == []  # and the connection goes on


def test_two_imports_at_once_into_a_server_store_each_page_once(
    pg_server: ThrowawayServer, tmp_path: Path, seed_files: list[Path]
) -> None:
    url = pg_server.new_database()
    script = Path(sys.executable).with_name("proofdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "proofdesk.cli"]
    runs = [
        subprocess.Popen([*command, "import", "--db", url, *map(str, seed_files)], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [(r.wait(timeout=120), r.communicate()[1]) for r in runs]
    for code, err in outputs:
        assert code == 0 and "other content" not in err and "Error" not in err, err
    imported = sum(int(err.split(": ")[-1].split(" imported")[0]) for _code, err in outputs)
    assert imported == len(seed_files)
    with Library.open(url) as library:
        assert len(library.pages()) == len(seed_files)
