"""`proofdesk check`, `backup` and `restore`: verified copies, a rotation, and a restore that never deletes."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

import proofdesk.cli as cli
from proofdesk.importer import import_files
from proofdesk.storage import Library, Problem, StorageError, maintenance


def run(*argv: str) -> int:
    return cli.main(list(argv))


@pytest.fixture
def db(library_path: Path, seed_files: list[Path], capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    folder = library_path.parent / "pages"
    folder.mkdir()
    for seed in seed_files[:3]:
        shutil.copy(seed, folder)
    assert run("import", "--db", str(library_path), str(folder)) == 0
    capsys.readouterr()
    yield library_path


def names(db: Path) -> list[str]:
    with Library.open(db) as library:
        return [p.name for p in library.pages()]


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    page = len(data) // size // 2
    data[page * size : (page + 1) * size] = bytes(range(256)) * (size // 256)
    path.write_bytes(bytes(data))


def test_check_a_sound_and_a_damaged_library(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check", "--db", str(db)) == 0
    assert capsys.readouterr().err == f"proofdesk: library {db} is sound (integrity check passed, every page read)\n"
    damage(db)
    assert run("check", "--db", str(db)) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) >= 2 and err[-1].startswith(f"proofdesk: library {db} is damaged; 'proofdesk restore")


def test_check_finds_a_damaged_value(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE item SET kind = 'nonsense' WHERE rowid = 2")
    assert run("check", "--db", str(db)) == 2
    assert "unreadable stored value" in capsys.readouterr().err


def test_check_finds_a_layer_out_of_shape(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = names(db)[0]
    with sqlite3.connect(db) as conn:
        (page_id,) = conn.execute("SELECT id FROM page WHERE name = ?", (first,)).fetchone()
        (line,) = conn.execute("SELECT min(line) FROM line WHERE page_id = ?", (page_id,)).fetchone()
        conn.execute("DELETE FROM line WHERE page_id = ? AND line = ?", (page_id, line))
    assert run("check", "--db", str(db)) == 2
    err = capsys.readouterr().err
    assert f"page {first!r}: lines without state [{line}]" in err


def test_check_finds_page_counts_that_are_not_the_layers(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check", "--db", str(db)) == 0
    first = names(db)[0]
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE page SET doubts = doubts + 1 WHERE name = ?", (first,))
    assert run("check", "--db", str(db)) == 2
    assert f"page {first!r}: the page list's counts are not its layer's" in capsys.readouterr().err


def test_backup_then_damage_then_restore_end_to_end(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = names(db)
    assert run("backup", "--db", str(db)) == 0
    [made] = maintenance.backups(db)
    assert capsys.readouterr().err == f"proofdesk: library {db} backed up to {made.path} (verified)\n"
    assert maintenance.integrity_findings(made.path) == []
    damage(db)
    damaged = db.read_bytes()
    assert run("import", "--db", str(db), str(db.parent / "pages")) == 2
    capsys.readouterr()
    assert run("restore", "--db", str(db), str(made.path)) == 0
    line = capsys.readouterr().err
    assert line.startswith(f"proofdesk: library {db} restored from {made.path} (verified); the previous library")
    assert names(db) == before
    [aside] = db.parent.glob("library.sqlite.before-restore-*")
    assert aside.read_bytes() == damaged  # kept, never deleted
    assert run("check", "--db", str(db)) == 0


def test_a_backup_made_while_the_library_is_open_has_every_committed_page(db: Path, seed_files: list[Path]) -> None:
    with Library.open(db) as library:
        import_files(library, seed_files[3:])
        target = maintenance.backup(db, db.parent / "copy.sqlite")
        assert len(Library.open(target, read_only=True).pages()) == 5


def test_a_damaged_backup_is_refused_and_nothing_changes(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.sqlite"
    shutil.copy(db, bad)
    damage(bad)
    before = db.read_bytes()
    assert run("restore", "--db", str(db), str(bad)) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"proofdesk: backup {bad} is damaged") and err.endswith("; nothing was restored\n")
    assert db.read_bytes() == before and not list(tmp_path.glob("*.before-restore-*"))
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.commit()
    assert run("restore", "--db", str(db), str(other)) == 2
    assert "is damaged or is not a Proofdesk library" in capsys.readouterr().err


def test_a_library_open_in_a_window_is_not_restored(db: Path, tmp_path: Path) -> None:
    copy = maintenance.backup(db, tmp_path / "copy.sqlite")
    db.with_name(db.name + ".lock").write_text(f"{os.getpid()}\nproofdesk\nhost\n")
    with pytest.raises(StorageError) as caught:
        maintenance.restore(db, copy)
    assert caught.value.problem is Problem.LOCKED
    db.with_name(db.name + ".lock").write_text("999999999\nproofdesk\nhost\n")  # a crashed window's lock
    assert maintenance.restore(db, copy) is not None


def test_rotation_keeps_seven_days_and_four_weeks(db: Path) -> None:
    start = datetime(2026, 1, 1, 9, 0, 0)
    for n in range(60):
        for hour in (0, 5):
            maintenance.backup(db, now=start + timedelta(days=n, hours=hour))
    kept = maintenance.backups(db)
    days = [b.made.date() for b in kept]
    assert len(days) == len(set(days)) == 11
    assert days[:7] == [(start + timedelta(days=59 - n)).date() for n in range(7)]
    assert all(b.made.hour == 14 for b in kept)  # the newest of its day
    assert maintenance.due(db, now=kept[0].made + timedelta(hours=23)) is False
    assert maintenance.due(db, now=kept[0].made + timedelta(days=1)) is True


def test_the_closing_backup_is_made_at_most_once_a_day(db: Path, tmp_path: Path) -> None:
    first = maintenance.backup_if_due(db)
    assert first is not None and maintenance.integrity_findings(first) == []
    assert maintenance.backup_if_due(db) is None
    assert maintenance.backup_if_due(db, every=timedelta(0)) is not None
    empty = tmp_path / "empty.sqlite"
    Library.open(empty).close()
    assert maintenance.backup_if_due(empty) is None


def test_half_written_backups_of_killed_runs_are_removed(db: Path) -> None:
    folder = db.parent / maintenance.BACKUP_FOLDER
    folder.mkdir()
    stale = folder / ".library-20260101-090000.sqlite.partial"
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))
    fresh = folder / ".library-20260101-090001.sqlite.partial"
    fresh.write_bytes(b"being written")
    maintenance.backup(db)
    assert not stale.exists() and fresh.exists()


def test_the_backups_kept_take_at_most_three_times_a_large_library(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = db.stat().st_size
    monkeypatch.setattr(maintenance, "SMALL_SPACE", 0)  # as if the library were gigabytes
    start = datetime(2026, 1, 1, 9, 0, 0)
    for n in range(10):
        maintenance.backup(db, now=start + timedelta(days=n))
    kept = maintenance.backups(db)
    assert sum(b.path.stat().st_size for b in kept) <= maintenance.SPACE_PER_LIBRARY * size * 1.05
    assert [b.made.date() for b in kept] == [(start + timedelta(days=9 - n)).date() for n in range(len(kept))]
    assert 2 <= len(kept) <= maintenance.SPACE_PER_LIBRARY  # the newest ones; a backup is about the library's size
    monkeypatch.setattr(maintenance, "SPACE_PER_LIBRARY", 0)
    maintenance.backup(db, now=start + timedelta(days=11))
    assert [b.made.date() for b in maintenance.backups(db)] == [(start + timedelta(days=11)).date()]  # the newest stays


def test_a_backup_is_refused_before_copying_when_its_disk_has_no_room(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    half = db.stat().st_size // 2
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: SimpleNamespace(total=4 * half, used=3 * half, free=half))
    with pytest.raises(StorageError) as caught:
        maintenance.backup(db, out=tmp_path / "copy.sqlite")
    assert caught.value.problem is Problem.DISK_FULL and "MB free" in caught.value.detail
    assert not (tmp_path / "copy.sqlite").exists() and not list(tmp_path.glob(".copy.sqlite*"))
