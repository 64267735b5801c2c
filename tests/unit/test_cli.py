"""The `proofdesk` command end to end: exit codes scripts rely on, one clear stderr line per problem."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import proofdesk.cli as cli
from proofdesk import __version__, batch, importer, messages
from proofdesk.export import FIELDS, ExportError, ExportProblem
from proofdesk.importer import FileResult, ImportReport
from proofdesk.importer import import_files as real_import_files
from proofdesk.ocrfiles import Caveat, ImageError, ImageTrouble, Notice
from proofdesk.storage import Library, Problem, StorageError
from proofdesk.text.decoding import Refusal, Refused


def pages_in(db: Path | str) -> list[str]:
    with Library.open(db) as library:
        return [p.name for p in library.pages()]


@pytest.fixture
def pages(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for seed in seed_files:
        shutil.copy(seed, folder)
    return folder


def test_import_then_again_then_export(
    pages: Path, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["import", "--db", db, str(pages)]) == 0
    assert capsys.readouterr().err == "proofdesk: 5 files: 5 imported, 0 already in the library, 0 refused\n"
    assert cli.main(["--db", db, "import", str(pages)]) == 0
    assert "0 imported, 5 already in the library" in capsys.readouterr().err
    out = tmp_path / "corpus.jsonl"
    assert cli.main(["export", "--db", db, "--format", "jsonl", "--out", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert f"exported {len(records)} items from 5 pages" in capsys.readouterr().err
    assert cli.main(["export", "--db", db, "--format", "csv", "--out", str(out), "--status", "done"]) == 0
    assert out.read_text("utf-8-sig").splitlines() == [",".join(FIELDS)]


def test_refused_files_get_one_line_each_and_exit_1(
    pages: Path, db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pages / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (pages / "blank.txt").write_text("\n \n")
    code = cli.main(["import", "--db", db, str(pages), str(tmp_path / "gone.txt")])
    err = capsys.readouterr().err.splitlines()
    assert code == 1
    assert err == [
        f"proofdesk: {tmp_path / 'gone.txt'}: not imported: no such file or folder",
        f"proofdesk: {pages / 'blank.txt'}: not imported: is empty or holds only blank lines",
        f"proofdesk: {pages / 'scan.txt'}: not imported: holds binary data, not text",
        "proofdesk: 8 files: 5 imported, 0 already in the library, 3 refused",
    ]
    assert len(pages_in(db)) == 5


def test_default_library_is_under_the_redirected_home(pages: Path, proofdesk_home: Path) -> None:
    assert cli.main(["import", str(pages / "000_de1ca1498991a57e.txt")]) == 0
    assert pages_in(proofdesk_home / "data" / "library.sqlite") == ["000_de1ca1498991a57e"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    for argv in (["export", "--format", "pdf", "--out", "x"], ["import"], ["frobnicate"]):
        with pytest.raises(SystemExit) as caught:
            cli.main(argv)
        assert caught.value.code == 2
    capsys.readouterr()
    assert cli.main(["export", "--db", str(library_path), "--format", "jsonl", "--out", "x.jsonl"]) == 2
    assert capsys.readouterr().err.startswith(f"proofdesk: no library at {library_path}")
    assert not library_path.exists()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--version"])
    assert caught.value.code == 0 and capsys.readouterr().out == f"proofdesk {__version__}\n"


@pytest.mark.parametrize("case", ["newer", "damaged", "locked"])
def test_an_unusable_library_gives_one_line_and_exit_2(
    case: str, pages: Path, library_path: Path, capsys: pytest.CaptureFixture[str], short_lock_wait: float
) -> None:
    holder = None
    if case == "damaged":
        library_path.write_bytes(b"this is not a database at all" * 200)
    else:
        Library.open(library_path).close()
        holder = sqlite3.connect(library_path, isolation_level=None)
        if case == "newer":
            holder.execute("PRAGMA user_version = 999")
        else:
            holder.execute("BEGIN EXCLUSIVE")
    try:
        code = cli.main(["import", "--db", str(library_path), str(pages)])
    finally:
        if holder is not None:
            holder.close()
    [line] = capsys.readouterr().err.splitlines()
    assert code == 2
    words = {"newer": "newer version of Proofdesk", "damaged": "damaged", "locked": "in use by another program"}
    assert line.startswith(f"proofdesk: library {library_path} ") and words[case] in line
    if case != "damaged":
        assert sqlite3.connect(library_path).execute("SELECT count(*) FROM page").fetchone() == (0,)
    assert line.count(str(library_path)) == 1


def test_export_target_problem_exits_2(pages: Path, library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli.main(["import", "--db", str(library_path), str(pages)])
    capsys.readouterr()
    (pages.parent / "mine").mkdir()
    (pages.parent / "mine" / "keep.doc").write_text("x")
    out = pages.parent / "mine"
    assert cli.main(["export", "--db", str(library_path), "--format", "txt", "--out", str(out)]) == 2
    assert capsys.readouterr().err == (
        f"proofdesk: {out} is a folder that holds other files; name a new or empty folder; nothing was exported\n"
    )


def test_ctrl_c_stops_after_the_pages_being_stored_with_130(
    pages: Path, db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted_import(
        *args: object, progress: Callable[[FileResult, int, int], None], **kwargs: object
    ) -> ImportReport:
        def progress_then_ctrl_c(result: FileResult, done: int, total: int) -> None:
            progress(result, done, total)
            if done == 2:
                os.kill(os.getpid(), signal.SIGINT)

        return real_import_files(*args, progress=progress_then_ctrl_c, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "import_files", interrupted_import)
    monkeypatch.setattr(importer, "STORE_EVERY", 2)  # pages stored two at a time: Ctrl+C after the first two
    before = signal.getsignal(signal.SIGINT)  # Python's own, or ignored when the tests run in the background
    assert cli.main(["import", "--db", db, str(pages)]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert len(pages_in(db)) == 2
    assert signal.getsignal(signal.SIGINT) is before, "the handler the command found is put back"


def test_window_is_opened_lazily(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "proofdesk.gui.app", None)
    assert cli.main(["--db", str(library_path)]) == 2
    assert "review window is not available" in capsys.readouterr().err
    opened: list[Path] = []
    app = ModuleType("proofdesk.gui.app")

    def run(db: Path) -> int:
        opened.append(db)
        return 0

    app.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "proofdesk.gui.app", app)
    assert cli.main(["--db", str(library_path)]) == 0 and opened == [library_path]


def test_installed_command_in_a_subprocess(pages: Path, library_path: Path) -> None:
    (pages / "nul.txt").write_bytes(b"abc\x00def")
    script = Path(sys.executable).with_name("proofdesk")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "proofdesk.cli"]
    result = subprocess.run(
        [*command, "import", "--db", str(library_path), str(pages)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"proofdesk: {pages / 'nul.txt'}: not imported: holds NUL bytes (line 1): binary data, or UTF-16 without "
        "a byte-order mark",
        "proofdesk: 6 files: 5 imported, 0 already in the library, 1 refused",
    ]


def test_every_code_has_words() -> None:
    path = Path("dir") / "page.txt"
    lines = [messages.refusal(Refused(path, reason, line=3, size=7 * 1024 * 1024)) for reason in Refusal]
    lines += [messages.storage_problem(path, StorageError(problem, "why")) for problem in Problem]
    lines += [messages.export_problem(ExportError(problem, path, "No space left")) for problem in ExportProblem]
    lines += [messages.notice(path, Notice(caveat, "x.png")) for caveat in Caveat]
    lines += [messages.image_problem(ImageError(path, trouble, "why")) for trouble in ImageTrouble]
    assert len(set(lines)) == len(lines) and all(str(path) in line and "\n" not in line for line in lines)
    assert "is 7.0 MB; page files over 5 MB are refused" in lines[list(Refusal).index(Refusal.TOO_LARGE)]


def test_opening_the_window_does_not_wait_for_the_storage_stack() -> None:
    script = "import sys, proofdesk.cli; assert 'sqlalchemy' not in sys.modules and 'jieba' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", script], timeout=60).returncode == 0
