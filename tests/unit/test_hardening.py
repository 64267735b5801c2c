"""Whatever the user types or whatever state the files are in: nothing is lost, nothing foreign is modified,
every problem is one clear line on stderr with a documented exit status, never a traceback."""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import proofdesk.cli as cli
from proofdesk.export import ExportError, ExportProblem, Format, export_library
from proofdesk.export.atomic import MARKER
from proofdesk.export.names import safe_name
from proofdesk.export.writers import csv_cell
from proofdesk.importer import import_files
from proofdesk.storage import Library, Problem, StorageError, newpages
from proofdesk.text.decoding import Refusal, Refused, decode_bytes, expand_arguments


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.fixture
def pages(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for seed in seed_files[:3]:
        shutil.copy(seed, folder)
    return folder


@pytest.fixture
def db(library_path: Path, pages: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    assert run("import", "--db", str(library_path), str(pages)) == 0
    capsys.readouterr()
    yield library_path


def one_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


# -- data loss ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_onto_the_library_or_its_files_is_refused(
    db: Path, suffix: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    target = db.with_name(db.name + suffix)
    assert run("export", "--db", str(db), "--format", fmt, "--out", str(target)) == 2
    assert "is the library" in one_line(capsys)
    assert len(Library.open(db).pages()) == 3
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(db.parent / "ok.jsonl")) == 0


def test_export_onto_the_library_through_another_name_is_refused(db: Path, tmp_path: Path) -> None:
    alias = tmp_path / "alias.jsonl"
    os.link(db, alias)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for target in (alias, tmp_path / "." / db.name, other):
        with Library.open(db) as library, pytest.raises(ExportError) as caught:
            export_library(library, Format.JSONL, target)
        assert caught.value.problem is ExportProblem.OUT_IS_LIBRARY
    assert Library.open(db).pages()


def test_txt_export_keeps_files_the_user_added(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "txt"
    assert run("export", "--db", str(db), "--format", "txt", "--out", str(out)) == 0
    assert run("export", "--db", str(db), "--format", "txt", "--out", str(out)) == 0  # its own export: replaced
    page = next(p for p in out.iterdir() if p.is_dir())
    (page / "my notes.txt").write_text("mine")
    (out / "todo.md").write_text("mine too")
    capsys.readouterr()
    assert run("export", "--db", str(db), "--format", "txt", "--out", str(out)) == 2
    assert "holds other files" in one_line(capsys)
    assert (page / "my notes.txt").read_text() == "mine" and (out / "todo.md").exists()


def test_txt_export_replaces_an_export_made_before_exports_listed_their_files(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "txt"
    (out / "000_page").mkdir(parents=True)
    (out / "000_page" / "01_title.txt").write_text("old")
    (out / MARKER).write_text("Written by Proofdesk; replaced by the next export.\n")
    with Library.open(db) as library:
        export_library(library, Format.TXT, out)
    assert not (out / "000_page").exists()
    (out / "000_page").mkdir()
    (out / "000_page" / "draft.docx").write_text("mine")
    (out / MARKER).write_text("Written by Proofdesk; replaced by the next export.\n")
    with Library.open(db) as library, pytest.raises(ExportError):
        export_library(library, Format.TXT, out)
    assert (out / "000_page" / "draft.docx").exists()


def test_unknown_tag_is_refused_before_anything_is_replaced(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "corpus.jsonl"
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(out)) == 0
    before = out.read_bytes()
    capsys.readouterr()
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(out), "--tag", "UNKNOWN") == 2
    assert "no theme named 'UNKNOWN'" in one_line(capsys)
    assert out.read_bytes() == before


def damage(path: Path) -> None:
    """Overwrite a b-tree page in the middle of the file with bytes that are no page at all."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big") or 65536
    page = len(data) // size // 2
    data[page * size : (page + 1) * size] = bytes(range(256)) * (size // 256)
    path.write_bytes(bytes(data))


def test_import_into_a_damaged_library_is_refused_and_writes_nothing(
    db: Path, tmp_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    damage(db)
    before = digest(db)
    assert run("import", "--db", str(db), str(seed_files[4])) == 2
    assert "is damaged" in one_line(capsys)
    assert digest(db) == before
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # SQLite's read-only look may leave an empty log
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "x.jsonl")) == 2
    assert "is damaged" in one_line(capsys)


def test_a_folder_that_cannot_be_listed_is_reported(
    pages: Path, library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = pages / "locked"
    locked.mkdir()
    real = os.scandir

    def scandir(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert run("import", "--db", str(library_path), str(pages)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"proofdesk: {locked}: not imported: cannot be read: Permission denied"
    assert err[-1] == "proofdesk: 4 files: 3 imported, 0 already in the library, 1 refused"


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("日本語のテキストです。東京都は晴れ、気温は二十度。ニュース記事を読みました。", "shift_jis"),
        ("대한민국 헌법 제1조 대한민국은 민주공화국이다. 서울의 날씨는 맑음.", "euc_kr"),
    ],
)
def test_japanese_and_korean_encodings_are_refused(text: str, codec: str) -> None:
    with pytest.raises(Refused) as caught:
        decode_bytes(text.encode(codec), Path("page.txt"))
    assert caught.value.reason is Refusal.UNDECODABLE


def test_chinese_in_gb18030_is_still_read(seed_files: list[Path]) -> None:
    for seed in seed_files:
        text = seed.read_text("utf-8")
        assert decode_bytes(text.encode("gb18030"), seed).lines == decode_bytes(text.encode("utf-8"), seed).lines
    assert decode_bytes("你好".encode("gb18030"), Path("p.txt")).lines == ("你好",)


# -- tracebacks become messages -------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links, pipes and processes")
def test_a_symbolic_link_loop_is_refused_and_the_rest_imports(
    pages: Path, library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pages / "a.txt").symlink_to(pages / "b.txt")
    (pages / "b.txt").symlink_to(pages / "a.txt")
    assert run("import", "--db", str(library_path), str(pages)) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{pages / 'a.txt'}: not imported: cannot be read: a loop of symbolic links" in err
    assert err.splitlines()[-1] == "proofdesk: 5 files: 3 imported, 0 already in the library, 2 refused"


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links, pipes and processes")
def test_too_long_and_unsearchable_paths_are_refused(
    pages: Path, library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    long = pages / ("页" * 100 + ".txt")
    hidden = pages / "private" / "p.txt"
    real = Path.stat

    def stat(self: Path, **kwargs: bool) -> os.stat_result:
        if self == hidden:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat)
    assert run("import", "--db", str(library_path), str(long), str(hidden), str(pages)) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"proofdesk: {long}: not imported: cannot be read: File name too long"
    assert err[1] == f"proofdesk: {hidden}: not imported: cannot be read: Permission denied"
    assert "3 imported" in err[-1]


def test_a_full_disk_during_a_txt_export_is_a_message(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = Path.write_text

    def full(self: Path, *args: str, **kwargs: str) -> int:
        if self.name == MARKER:
            return real(self, *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    out = tmp_path / "txt"
    assert run("export", "--db", str(db), "--format", "txt", "--out", str(out)) == 2
    assert one_line(capsys) == f"proofdesk: {out} cannot be written: No space left on device; nothing was exported"
    assert not out.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".proofdesk-")]


def test_negative_schema_version_is_refused_unchanged(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = -1")
    before = digest(db)
    assert run("import", "--db", str(db), str(db.parent / "pages")) == 2
    assert "is damaged or is not a Proofdesk library" in one_line(capsys)
    assert digest(db) == before


@pytest.mark.parametrize("version", [1, 2, 3])
def test_foreign_sqlite_files_are_never_modified(
    tmp_path: Path, pages: Path, version: int, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("CREATE TABLE item (x)")
        conn.execute(f"PRAGMA user_version = {version}")
    before = digest(other)
    assert run("import", "--db", str(other), str(pages)) == 2
    assert "is not a Proofdesk library" in one_line(capsys)
    assert digest(other) == before
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("PRAGMA application_id = 1234")
    before = digest(other)
    with pytest.raises(StorageError) as caught:
        Library.open(other)
    assert caught.value.problem is Problem.DAMAGED and digest(other) == before


def test_a_new_library_carries_the_application_id(library_path: Path) -> None:
    Library.open(library_path).close()
    assert sqlite3.connect(library_path).execute("PRAGMA application_id").fetchone() == (0x50524644,)


@pytest.mark.parametrize(
    "damage_sql",
    [
        "UPDATE page SET status = 'bogus'",
        "UPDATE item SET tags = 'not json'",
        "UPDATE item SET tags = '{\"a\": 1}'",
        "UPDATE line SET role = 'nothing'",
        "UPDATE page SET raw = 42",
        "UPDATE page SET raw = CAST(X'FFFE41' AS TEXT)",
    ],
)
def test_corrupted_cells_are_a_message(
    db: Path, tmp_path: Path, damage_sql: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA ignore_check_constraints = 1")
        conn.execute(damage_sql)
    for fmt in ("jsonl", "txt"):
        assert run("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / f"out.{fmt}")) == 2
        assert "is damaged" in one_line(capsys)


def test_exports_still_work(db: Path, tmp_path: Path) -> None:
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "c.jsonl")) == 0
    assert [json.loads(line)["page"] for line in (tmp_path / "c.jsonl").read_text("utf-8").splitlines()]
    assert expand_arguments([tmp_path / "nothing"]).refused[0].reason is Refusal.MISSING


# -- security -------------------------------------------------------------------------------------------------


def test_csv_cells_that_start_like_a_formula_are_written_as_text(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "evil.txt"
    page.write_text('=HYPERLINK("http://x","点击")\n\n+1+2本报讯\n@SUM(A1)\n-5摄氏度的早晨\n', "utf-8")
    assert run("import", "--db", str(library_path), str(page)) == 0
    out = tmp_path / "c.csv"
    assert run("export", "--db", str(library_path), "--format", "csv", "--out", str(out)) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert any(c.startswith("'=HYPERLINK") for c in cells)
    assert csv_cell("\t=1") == "'\t=1" and csv_cell("本报讯") == "本报讯" and csv_cell(3) == 3


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links, pipes and processes")
def test_file_names_are_printed_without_terminal_escapes(
    library_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evil = tmp_path / "a\x1b]0;owned\x07\x1b[2J\u202etxt.exe.txt"
    evil.write_bytes(b"")
    assert run("import", "--db", str(library_path), str(evil)) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err
    assert "a\\x1b]0;owned\\x07\\x1b[2J\\u202etxt.exe.txt: not imported: is empty" in err


def test_bidi_and_control_characters_never_reach_file_names() -> None:
    assert safe_name("报告\u202egpj.exe", "x") == "报告_gpj.exe"
    assert safe_name("a\u2066b\u200fc\x85d\x9be", "x") == "a_b_c_d_e"


# -- status and messages --------------------------------------------------------------------------------------


def test_a_page_another_import_stored_meanwhile_is_no_false_refusal(
    db: Path, pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As when two imports run at once: both saw the pages missing, the other one stored them first.
    monkeypatch.setattr(Library, "has_content", lambda _self, _hash: False)
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    first = sorted(pages.iterdir())[0]
    shutil.copy(first, renamed / "another name.txt")
    assert run("import", "--db", str(db), str(pages), str(renamed)) == 0
    assert capsys.readouterr().err == "proofdesk: 4 files: 0 imported, 4 already in the library, 0 refused\n"
    assert len(Library.open(db).pages()) == 3


def test_two_imports_at_once_say_nothing_false(library_path: Path, pages: Path) -> None:
    script = Path(sys.executable).with_name("proofdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "proofdesk.cli"]
    Library.open(library_path).close()
    runs = [
        subprocess.Popen([*command, "import", "--db", str(library_path), str(pages)], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [(r.wait(timeout=120), r.communicate()[1]) for r in runs]
    for code, err in outputs:
        assert code == 0 and "other content" not in err and "Error" not in err, err
    assert len(Library.open(library_path).pages()) == 3


def test_an_export_never_writes_to_the_library(db: Path, tmp_path: Path) -> None:
    before = digest(db)
    for fmt in ("jsonl", "csv", "txt"):
        assert run("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / f"out.{fmt}")) == 0
    assert digest(db) == before
    with Library.open(db, read_only=True) as library, pytest.raises(StorageError) as caught:
        library.set_themes([])
    assert caught.value.problem is Problem.READ_ONLY


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("name", ["-", "stdout"])
def test_export_to_standard_output(db: Path, tmp_path: Path, fmt: str, name: str) -> None:
    # `stdout` stands for /dev/stdout: a link of our own to the same place, so that an export that replaced
    # the target instead of writing through it could only ever replace this link.
    out = name
    if name == "stdout":
        if not Path("/proc/self/fd/1").exists():
            pytest.skip("no /proc/self/fd here")
        out = str(tmp_path / "stdout")
        Path(out).symlink_to("/proc/self/fd/1")
    script = Path(sys.executable).with_name("proofdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "proofdesk.cli"]
    result = subprocess.run(
        [*command, "export", "--db", str(db), "--format", fmt, "--out", out],
        capture_output=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8-sig")
    if fmt == "jsonl":
        assert {json.loads(line)["page"] for line in text.splitlines()} == {p.name for p in Library.open(db).pages()}
    else:
        assert text.startswith("page,item,kind,")
    where = "standard output" if out == "-" else out
    assert result.stderr.decode().endswith(f"pages to {where}\n")
    assert not (tmp_path / "-").exists() and (name == "-" or Path(out).is_symlink())


def test_a_txt_export_to_standard_output_is_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "--db", str(db), "--format", "txt", "--out", "-") == 2
    assert "cannot go to standard output" in one_line(capsys)


def test_a_failure_mid_import_still_gives_the_summary(
    library_path: Path, pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = newpages.insert_page
    calls = []

    def insert_page(*args: Any) -> object:
        calls.append(1)
        if len(calls) == 2:  # the disk fills up while the second page is written
            raise StorageError(Problem.DISK_FULL)
        return real(*args)

    monkeypatch.setattr(newpages, "insert_page", insert_page)
    assert run("import", "--db", str(library_path), str(pages)) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"proofdesk: library {library_path} cannot be written: the disk is full (nothing was lost; free some "
        "space and try again)",
        # The pages stored together are stored together or not at all: the first is not left behind alone.
        "proofdesk: 3 files: 0 imported, 0 already in the library, 0 refused; stopped by the library problem "
        "above, 3 not imported",
    ]
    assert Library.open(library_path).pages() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links, pipes and processes")
def test_temporary_files_of_killed_exports_are_removed_by_the_next_export(db: Path, tmp_path: Path) -> None:
    dead = 2**22 + 12345
    with pytest.raises(ProcessLookupError):
        os.kill(dead, 0)
    killed = tmp_path / f".proofdesk-{dead}-0123456789ab.tmp"
    killed.write_bytes(b"x" * 1000)
    folder = tmp_path / f".proofdesk-{dead}-ba9876543210.old"
    (folder / "page").mkdir(parents=True)
    old_style = tmp_path / ".proofdesk-00112233aabb.tmp"
    old_style.write_text("x")
    hours_ago = time.time() - 2 * 3600
    os.utime(old_style, (hours_ago, hours_ago))
    running = tmp_path / f".proofdesk-{os.getppid()}-0123456789ab.tmp"
    running.write_text("being written")
    recent_old_style = tmp_path / ".proofdesk-ffeeddccbbaa.tmp"
    recent_old_style.write_text("x")
    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "c.jsonl")) == 0
    assert not killed.exists() and not folder.exists() and not old_style.exists()
    assert running.exists() and recent_old_style.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX paths, links, pipes and processes")
def test_an_atomic_export_never_replaces_a_device_or_pipe(tmp_path: Path) -> None:
    from proofdesk.export.atomic import atomic_file

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(ExportError) as caught, atomic_file(fifo) as handle:
        handle.write("x")
    assert caught.value.problem is ExportProblem.CANNOT_WRITE and not fifo.is_file()
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="becoming a user without write access needs root and setpriv",
)
def test_a_read_only_library_in_a_read_only_folder_exports(seed_files: list[Path]) -> None:
    base = Path(tempfile.mkdtemp(prefix="proofdesk-readonly-"))
    try:
        base.chmod(0o777)
        folder = base / "library"
        folder.mkdir()
        db = folder / "library.sqlite"
        with Library.open(db) as library:
            import_files(library, seed_files[:2])
        before = digest(db)
        db.chmod(0o444)
        folder.chmod(0o555)
        out = base / "corpus.jsonl"
        env = {**os.environ, "PROOFDESK_HOME": str(base / "home"), "HOME": str(base)}
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        result = subprocess.run(
            [
                *nobody,
                sys.executable,
                "-m",
                "proofdesk.cli",
                "export",
                "--db",
                str(db),
                "--format",
                "jsonl",
                "--out",
                str(out),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            cwd=base,
        )
        assert result.returncode == 0, result.stderr
        assert len(out.read_text("utf-8").splitlines()) > 0 and digest(db) == before
        assert sorted(p.name for p in folder.iterdir()) == ["library.sqlite"]
    finally:
        (base / "library").chmod(0o755)
        shutil.rmtree(base)


def test_text_sqlite_hands_back_undecoded_is_a_damaged_library() -> None:
    from proofdesk.storage.engine import translated

    with pytest.raises(StorageError) as caught, translated():
        b"\xfd".decode("utf-8")
    assert caught.value.problem is Problem.DAMAGED


def test_randomly_damaged_libraries_never_raise(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import random

    rng = random.Random(1)
    pristine = db.read_bytes()
    for n in range(20):
        data = bytearray(pristine)
        for _ in range(rng.choice((1, 3, 10))):
            at = rng.randrange(100, len(data))
            size = rng.choice((1, 4, 64, 512))
            data[at : at + size] = rng.randbytes(size)
        db.write_bytes(bytes(data))
        for args in (["export", "--format", "csv", "--out", str(tmp_path / "c.csv")], ["check"]):
            assert run(args[0], "--db", str(db), *args[1:]) in (0, 2), n
        assert "Traceback" not in capsys.readouterr().err


def test_the_check_at_opening_stops_at_its_time_on_a_large_file(tmp_path: Path) -> None:
    # SQLite calls no progress handler while `quick_check` reads the file's pages: the check must be stopped
    # from outside when its time is up, or opening a 100,000-page library waits for a check of gigabytes.
    # A connection whose check would run for a minute unless interrupted stands for such a file.
    import threading

    from proofdesk.storage.engine import quick_check

    class Endless:
        def __init__(self) -> None:
            self.interrupted = threading.Event()

        def interrupt(self) -> None:
            self.interrupted.set()

        def execute(self, _sql: str) -> sqlite3.Cursor:
            if self.interrupted.wait(60):
                raise sqlite3.OperationalError("interrupted")
            raise AssertionError("never interrupted")

    started = time.monotonic()
    assert quick_check(Endless(), 0.2) == []
    assert time.monotonic() - started < 5
    sound = tmp_path / "sound.sqlite"
    with sqlite3.connect(sound) as conn:
        conn.execute("CREATE TABLE t (a TEXT)")
        conn.executemany("INSERT INTO t VALUES (?)", ((f"{n:x}",) for n in range(1000)))
    conn = sqlite3.connect(sound)
    try:
        assert quick_check(conn, 60.0) == [], "a sound file checked within its time: nothing found"
    finally:
        conn.close()
