"""Window tests run offscreen, with settings, data and the library in a temporary folder."""

from __future__ import annotations

import os

# Before any Qt import: no display is needed, and none is touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("QT_IM_MODULE", None)

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from proofdesk import paths
from proofdesk.gui.app import create_main_window
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.importer import import_files
from proofdesk.storage import Library

SEEDS = sorted(paths.seeds_dir().glob("*.txt"))


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path / "home"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library holding the five sample pages, built once and copied for each test."""
    path = tmp_path_factory.mktemp("template") / "library.sqlite"
    with Library.open(path) as library:
        report = import_files(library, SEEDS)
    assert len(report.results) == len(SEEDS)
    return path


@pytest.fixture
def library_path(seeded_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    shutil.copy(seeded_template, path)
    return path


@pytest.fixture
def session(qapp: object, library_path: Path) -> Iterator[Session]:
    # The application first: the session starts a timer, which needs its event loop.
    session = Session(library_path)
    session.attach(Library.open(library_path))
    yield session
    session.close()


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: object, session: Session, window_settings: QSettings) -> Iterator[MainWindow]:
    win = create_main_window(session, window_settings)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    qtbot.waitUntil(lambda: session.claims.settled)  # type: ignore[attr-defined]  # the open page is claimed
    yield win
    win.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform says this whenever a window is shown; it is not about our code. Every other Qt
    # warning still fails the test.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)"))
