"""What an unlucky user or an attacker may type, run against the installed `proofdesk` command.

    .venv/bin/python benchmarks/torture.py [--damaged 20] [--kills 20]

Each case runs the command line in a subprocess on a fresh temporary library and checks three things: the
command refused cleanly (a documented non-zero exit status and one clear line per problem) or did the
right thing; no traceback reached stderr; nothing was lost (the library, its companion files, files the
user put beside an export, another program's database). Then kill -9 lands at random moments of backups
and restores, and the library must open, pass `proofdesk check` and hold a whole set of pages. Prints a
table; exits 1 when any case left a traceback or lost data.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from proofdesk.paths import seeds_dir
from proofdesk.storage import Library

SCRIPT = Path(sys.executable).with_name("proofdesk")
COMMAND = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "proofdesk.cli"]
SEEDS = sorted(seeds_dir().glob("*.txt"))


@dataclass
class Result:
    group: str
    case: str
    clean: bool
    traceback: bool
    lost: bool


@dataclass
class Run:
    code: int
    out: bytes
    err: str


def proofdesk(*args: str | Path, cwd: Path | None = None, limit: int | None = None) -> Run:
    def limited() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run([*COMMAND, *map(str, args)], capture_output=True, timeout=300, cwd=cwd, preexec_fn=limited)
    return Run(done.returncode, done.stdout, done.stderr.decode("utf-8", "replace"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def pages_of(db: Path) -> int:
    with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
        return int(conn.execute("SELECT count(*) FROM page").fetchone()[0])


class Bench:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.results: list[Result] = []
        self.n = 0

    def fresh(self, pages: int = 3) -> tuple[Path, Path]:
        """A new folder with a library of `pages` seed pages; returns (folder, library)."""
        self.n += 1
        folder = self.root / f"case{self.n}"
        (folder / "pages").mkdir(parents=True)
        for seed in SEEDS[:pages]:
            shutil.copy(seed, folder / "pages")
        db = folder / "library.sqlite"
        if pages:
            run = proofdesk("import", "--db", db, folder / "pages")
            assert run.code == 0, run.err
        else:
            Library.open(db).close()
        return folder, db

    def record(self, group: str, case: str, run: Run, clean: bool, lost: bool) -> None:
        self.results.append(Result(group, case, clean, "Traceback" in run.err, lost))


def data_loss(bench: Bench) -> None:
    group = "data loss"
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        for fmt in ("jsonl", "csv"):
            _folder, db = bench.fresh()
            target = db.with_name(db.name + suffix)
            run = proofdesk("export", "--db", db, "--format", fmt, "--out", target)
            lost = pages_of(db) != 3 or proofdesk("check", "--db", db).code != 0
            bench.record(
                group, f"export --out library{suffix}", run, run.code == 2 and "is the library" in run.err, lost
            )
    folder, db = bench.fresh()
    other = folder / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE accounts (x)").connection.commit()
    before = digest(other)
    run = proofdesk("export", "--db", db, "--format", "csv", "--out", other)
    bench.record(group, "export --out another program's database", run, run.code == 2, digest(other) != before)

    folder, db = bench.fresh()
    out = folder / "txt"
    proofdesk("export", "--db", db, "--format", "txt", "--out", out)
    mine = next(p for p in out.iterdir() if p.is_dir()) / "my notes.txt"
    mine.write_text("mine")
    run = proofdesk("export", "--db", db, "--format", "txt", "--out", out)
    bench.record(group, "TXT export over one with a user's file", run, run.code == 2, not mine.exists())

    folder, db = bench.fresh()
    out = folder / "corpus.csv"
    proofdesk("export", "--db", db, "--format", "csv", "--out", out)
    before = digest(out)
    run = proofdesk("export", "--db", db, "--format", "csv", "--out", out, "--tag", "UNKNOWN")
    bench.record(group, "export --tag UNKNOWN over an export", run, run.code == 2, digest(out) != before)

    for text, codec in (
        ("日本語のテキストです。東京都は晴れ。ニュース記事を読みました。", "shift_jis"),
        ("대한민국 헌법 제1조 대한민국은 민주공화국이다. 서울의 날씨는 맑음.", "euc_kr"),
    ):
        folder, db = bench.fresh()
        page = folder / f"{codec}.txt"
        page.write_bytes(text.encode(codec))
        run = proofdesk("import", "--db", db, page)
        bench.record(
            group, f"import a {codec} file", run, run.code == 1 and "not imported" in run.err, pages_of(db) != 3
        )

    if os.geteuid() != 0:  # root lists any folder
        folder, db = bench.fresh()
        locked = folder / "pages" / "locked"
        locked.mkdir()
        locked.chmod(0)
        run = proofdesk("import", "--db", db, folder / "pages")
        locked.chmod(0o755)
        bench.record(group, "import a folder that cannot be listed", run, run.code == 1 and "locked" in run.err, False)


def damaged_libraries(bench: Bench, count: int) -> None:
    rng = random.Random(13)
    for n in range(count):
        folder, db = bench.fresh(pages=5)
        data = bytearray(db.read_bytes())
        size = int.from_bytes(data[16:18], "big")
        page = rng.randrange(1, len(data) // size)
        start = page * size + rng.randrange(0, size // 2)
        data[start : start + rng.choice((16, 256, size // 2))] = rng.randbytes(256)[: size // 2]
        db.write_bytes(bytes(data))
        before = digest(db)
        extra = folder / "extra"
        extra.mkdir()
        shutil.copy(SEEDS[0], extra / "new page.txt")
        (extra / "new page.txt").write_text(SEEDS[0].read_text("utf-8") + "\n新的一行\n", "utf-8")
        run = proofdesk("import", "--db", db, extra)
        # Either the damage is caught (exit 2, file untouched) or it missed every structure SQLite checks and
        # the import is sound.
        refused = run.code == 2 and digest(db) == before
        imported = run.code == 0 and proofdesk("check", "--db", db).code in (0, 2)
        bench.record("damaged library", f"import into damaged library #{n + 1}", run, refused or imported, False)


def security(bench: Bench) -> None:
    group = "security"
    folder, db = bench.fresh(pages=0)
    page = folder / "formula.txt"
    page.write_text('=HYPERLINK("http://x","点击")\n\n+1+2本报讯\n@SUM(A1)\n-5摄氏度\n', "utf-8")
    proofdesk("import", "--db", db, page)
    run = proofdesk("export", "--db", db, "--format", "csv", "--out", folder / "c.csv")
    with (folder / "c.csv").open(encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in list(csv.reader(handle))[1:] for c in row]
    bench.record(group, "CSV formula injection", run, not any(c[:1] in "=+-@\t\r" for c in cells if c), False)

    folder, db = bench.fresh(pages=0)
    evil = folder / "a\x1b]0;owned\x07\x1b[2J.txt"
    evil.write_bytes(b"")
    run = proofdesk("import", "--db", db, evil)
    bench.record(group, "terminal escapes in a file name", run, run.code == 1 and "\x1b" not in run.err, False)

    folder, db = bench.fresh(pages=0)
    page = folder / "bidi.txt"
    page.write_text("报告\u202egpj.exe\n\n正文第一段写在这里，内容很长很长很长很长。\n", "utf-8")
    proofdesk("import", "--db", db, page)
    run = proofdesk("export", "--db", db, "--format", "txt", "--out", folder / "txt")
    names = [p.name for p in (folder / "txt").rglob("*")]
    bench.record(group, "bidi controls in TXT file names", run, not any("\u202e" in n for n in names), False)


def tracebacks(bench: Bench) -> None:
    group = "traceback"
    folder, db = bench.fresh(pages=0)
    (folder / "pages" / "a.txt").symlink_to(folder / "pages" / "b.txt")
    (folder / "pages" / "b.txt").symlink_to(folder / "pages" / "a.txt")
    shutil.copy(SEEDS[0], folder / "pages")
    run = proofdesk("import", "--db", db, folder / "pages")
    bench.record(group, "a *.txt symbolic link loop", run, run.code == 1 and pages_of(db) == 1, False)

    folder, db = bench.fresh(pages=0)
    run = proofdesk("import", "--db", db, folder / ("页" * 100 + ".txt"))
    bench.record(group, "a path over 255 bytes", run, run.code == 1, False)

    # A file size limit stands in for a full disk (it applies per file, so the export is one file).
    folder, db = bench.fresh(pages=5)
    out = folder / "c.csv"
    out.write_text("the previous export\n")
    run = proofdesk("export", "--db", db, "--format", "csv", "--out", out, limit=36_000)
    bench.record(
        group,
        "CSV export onto a full disk (file size limit)",
        run,
        run.code == 2 and "cannot be written" in run.err,
        out.read_text() != "the previous export\n",
    )
    for side in ("-wal", "-shm"):
        db.with_name(db.name + side).unlink(missing_ok=True)
    before = digest(db)
    run = proofdesk("import", "--db", db, SEEDS[0], limit=2_000)
    bench.record(group, "import with no room for SQLite's side files", run, run.code == 2, digest(db) != before)

    for version in (-1,):
        folder, db = bench.fresh()
        with closing(sqlite3.connect(db)) as conn:
            conn.execute(f"PRAGMA user_version = {version}")
            conn.commit()
        before = digest(db)
        run = proofdesk("import", "--db", db, SEEDS[4])
        bench.record(group, f"library with user_version {version}", run, run.code == 2, digest(db) != before)

    for version in (1, 3):
        folder, _ = bench.fresh(pages=0)
        other = folder / "other.db"
        with sqlite3.connect(other) as conn:
            conn.execute("CREATE TABLE page (id INTEGER PRIMARY KEY, title TEXT)")
            conn.execute(f"PRAGMA user_version = {version}")
        before = digest(other)
        run = proofdesk("import", "--db", other, SEEDS[0])
        mode = sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone()[0]
        bench.record(
            group,
            f"foreign SQLite file, user_version {version}",
            run,
            run.code == 2,
            digest(other) != before or mode != "delete",
        )

    for sql in (
        "UPDATE page SET status = 'bogus'",
        "UPDATE item SET tags = 'not json'",
        "UPDATE line SET role = 'nothing'",
        "UPDATE page SET raw = CAST(X'FFFE41' AS TEXT)",
        "UPDATE page SET raw = 'x'",
        "UPDATE item SET kind = 7",
    ):
        folder, db = bench.fresh()
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA ignore_check_constraints = 1")
            conn.execute(sql)
        run = proofdesk("export", "--db", db, "--format", "csv", "--out", folder / "c.csv")
        bench.record(group, f"corrupted cell: {sql[7:40]}", run, run.code == 2 and "damaged" in run.err, False)


def statuses(bench: Bench) -> None:
    group = "status"
    folder, db = bench.fresh(pages=0)
    for seed in SEEDS:
        shutil.copy(seed, folder / "pages")
    runs = [
        subprocess.Popen([*COMMAND, "import", "--db", str(db), str(folder / "pages")], stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    for process in runs:
        _, err = process.communicate(timeout=300)
        run = Run(process.returncode, b"", err.decode())
        bench.record(
            group,
            "two imports at once",
            run,
            run.code == 0 and "other content" not in run.err,
            pages_of(db) != len(SEEDS) and process is runs[-1],
        )

    for out in ("-", "/dev/stdout"):
        for fmt in ("jsonl", "csv"):
            folder, db = bench.fresh()
            run = proofdesk("export", "--db", db, "--format", fmt, "--out", out, cwd=folder)
            bench.record(
                group,
                f"export --format {fmt} --out {out}",
                run,
                run.code == 0 and len(run.out) > 1000 and not (folder / "-").exists(),
                False,
            )

    folder, db = bench.fresh(pages=0)
    for seed in SEEDS:
        shutil.copy(seed, folder / "pages")
    run = proofdesk("import", "--db", db, folder / "pages", limit=db.stat().st_size + 150_000)
    bench.record(
        group,
        "disk full in the middle of an import",
        run,
        run.code == 2 and "not imported" in run.err.splitlines()[-1],
        proofdesk("check", "--db", db).code != 0,
    )

    folder, db = bench.fresh()
    out = folder / "c.jsonl"
    for attempt in range(12):  # until a kill lands while the export is being written
        if attempt >= 3 and any(p.name.startswith(".proofdesk-") for p in folder.iterdir()):
            break
        process = subprocess.Popen(
            [*COMMAND, "export", "--db", str(db), "--format", "txt", "--out", str(folder / "t")], stderr=subprocess.PIPE
        )
        time.sleep(0.3 + 0.05 * attempt)
        process.send_signal(signal.SIGKILL)
        process.wait()
    left = [p for p in folder.iterdir() if p.name.startswith(".proofdesk-")]
    run = proofdesk("export", "--db", db, "--format", "jsonl", "--out", out)
    after = [p for p in folder.iterdir() if p.name.startswith(".proofdesk-")]
    bench.record(
        group, f"temporary files of killed exports ({len(left)} left)", run, run.code == 0 and not after, False
    )


def kill_loops(bench: Bench, kills: int) -> None:
    rng = random.Random(7)
    folder, db = bench.fresh(pages=5)
    good = folder / "good.sqlite"
    assert proofdesk("backup", "--db", db, "--out", good).code == 0
    for n in range(kills):
        command = "backup" if n % 2 == 0 else "restore"
        args = ["backup", "--db", str(db)] if command == "backup" else ["restore", "--db", str(db), str(good)]
        process = subprocess.Popen([*COMMAND, *args], stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.2, 1.2))
        process.send_signal(signal.SIGKILL)
        _, err = process.communicate()
        run = Run(process.returncode, b"", err.decode())
        check = proofdesk("check", "--db", db)
        whole = check.code == 0 and pages_of(db) == 5
        backups_sound = (
            all(proofdesk("check", "--db", b).code == 0 for b in (folder / "backups").glob("*.sqlite"))
            if (folder / "backups").exists()
            else True
        )
        bench.record("kill -9", f"kill -9 during {command} #{n + 1}", run, whole and backups_sound, not whole)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--damaged", type=int, default=20)
    parser.add_argument("--kills", type=int, default=20)
    options = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="proofdesk-torture-") as temp:
        bench = Bench(Path(temp))
        steps: list[Callable[[], None]] = [
            lambda: data_loss(bench),
            lambda: damaged_libraries(bench, options.damaged),
            lambda: security(bench),
            lambda: tracebacks(bench),
            lambda: statuses(bench),
            lambda: kill_loops(bench, options.kills),
        ]
        for step in steps:
            step()
    groups: dict[str, list[Result]] = {}
    for result in bench.results:
        groups.setdefault(result.group, []).append(result)
    print("| group | cases | handled cleanly | tracebacks | data lost |")
    print("|---|---|---|---|---|")
    for group, results in groups.items():
        print(
            f"| {group} | {len(results)} | {sum(r.clean for r in results)} | {sum(r.traceback for r in results)}"
            f" | {sum(r.lost for r in results)} |"
        )
    every = bench.results
    print(
        f"| all | {len(every)} | {sum(r.clean for r in every)} | {sum(r.traceback for r in every)}"
        f" | {sum(r.lost for r in every)} |"
    )
    for result in every:
        if not result.clean or result.traceback or result.lost:
            print(f"  not clean: {result.group}: {result.case}", file=sys.stderr)
    print(f"({time.monotonic() - started:.0f} s)", file=sys.stderr)
    return 1 if any(r.traceback or r.lost for r in every) else 0


if __name__ == "__main__":
    sys.exit(main())
