"""A throwaway PostgreSQL server for the tests: `initdb` into a temporary folder, listening on 127.0.0.1 only,
stopped and removed at the end of the session.

The server runs as an unprivileged user (PostgreSQL refuses root): the current user, or `nobody` when the tests
run as root. Two roles log in over TCP: `proofdesk` (no password, the tests' libraries) and `guarded` (with a
password, for the tests of a wrong one). Each test gets a database of its own, copied from a template that is
already an empty library, so a test pays for a `CREATE DATABASE`, not for making the schema.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

GUARDED_PASSWORD = "s3cret-Pa55"  # a throwaway server's test role
REQUIRE_ENV = "PROOFDESK_REQUIRE_POSTGRES"
"""Set (CI does): no server is a failure, not a skip."""


def binaries() -> Path | None:
    """The folder of PostgreSQL's server programs (`initdb`, `pg_ctl`), newest version first."""
    given = os.environ.get("PROOFDESK_PG_BIN")
    if given:
        return Path(given)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ThrowawayServer:
    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="proofdesk-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "nobody")
            self._as = ["runuser", "-u", "nobody", "--"]
        self._numbers = itertools.count(1)

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, capture_output=True, cwd=self.folder, timeout=120)

    def start(self) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all guarded 127.0.0.1/32 scram-sha-256\nhost all all 127.0.0.1/32 trust\n"
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -k {self.folder} -c fsync=off"
            " -c full_page_writes=off -c synchronous_commit=off -c max_connections=200"
        )
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")  # fmt: skip
        self.sql(
            "CREATE ROLE proofdesk LOGIN CREATEDB",
            f"CREATE ROLE guarded LOGIN PASSWORD '{GUARDED_PASSWORD}'",
            "CREATE DATABASE library_template OWNER proofdesk",
        )
        from proofdesk.storage import Library

        Library.open(self.url("library_template")).close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str = "proofdesk") -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, *statements: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database, "postgres"), autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def new_database(self, library: bool = True) -> str:
        """The URL of a new database: an empty library, or (`library` False) a database with nothing in it."""
        name = f"test_{next(self._numbers)}"
        template = "library_template" if library else "template0"
        self.sql(f"CREATE DATABASE {name} OWNER proofdesk TEMPLATE {template}")
        return self.url(name)


def start() -> ThrowawayServer | None:
    """A running server, or None where PostgreSQL is not installed (then REQUIRE_ENV makes it an error)."""
    found = binaries()
    if found is None or not (found / "pg_ctl").exists():
        if os.environ.get(REQUIRE_ENV):
            raise RuntimeError("PostgreSQL's server programs are not installed (apt-get install postgresql)")
        return None
    server = ThrowawayServer(found)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server
