"""Fixtures shared by all tests. Every test runs with `PROOFDESK_HOME` in a temporary folder, so nothing
reads or writes the real user data, cache or settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from proofdesk import paths

from . import pgserver
from .pgserver import ThrowawayServer

# Locally, hypothesis explores new examples on every run; CI replays a fixed set so a run is reproducible.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def proofdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder that stands in for the user's data, cache and config folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(paths.HOME_ENV, str(home))
    return home


@pytest.fixture
def library_path(tmp_path: Path) -> Path:
    """Where a test's library file goes (not created)."""
    return tmp_path / "library.sqlite"


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    """The raw sample pages shipped in `seeds/`."""
    files = sorted(paths.seeds_dir().glob("*.txt"))
    assert files, "no seed pages found"
    return files


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> float:
    """Connections made from now on wait 0.2 s, not 3 s, for another program's lock before giving up."""
    from proofdesk.storage import engine

    monkeypatch.setattr(engine, "LOCK_TIMEOUT", 0.2)
    return 0.2


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayServer]:
    """A throwaway PostgreSQL server for the whole session (skipped where PostgreSQL is not installed)."""
    server = pgserver.start()
    if server is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["file", "server"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A library as `--db` names it, on each engine: a file path (not created yet) or the URL of a database
    on the throwaway server (an empty library)."""
    if request.param == "file":
        return str(tmp_path / "library.sqlite")
    server: ThrowawayServer = request.getfixturevalue("pg_server")
    return server.new_database()
