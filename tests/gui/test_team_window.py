"""The window on a library in a PostgreSQL database: edits saved at once, undone, and the URL never shown with
its password."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from proofdesk.domain.model import Role
from proofdesk.gui.app import create_main_window
from proofdesk.gui.mainwindow import MainWindow
from proofdesk.gui.session import Session
from proofdesk.location import Server, parse
from proofdesk.storage import Library
from proofdesk.storage.copying import copy_library
from tests.gui.helpers import layer_of, on_disk
from tests.pgserver import ThrowawayServer


@pytest.fixture
def server(pg_server: ThrowawayServer, seeded_template: Path) -> Server:
    """The sample pages in a database of their own (a password in the URL, which trust accepts)."""
    url = pg_server.new_database(library=False).replace("proofdesk@", "proofdesk:not-shown@")
    server = parse(url)
    assert isinstance(server, Server)
    copy_library(seeded_template, server)
    return server


@pytest.fixture
def team_window(qtbot: QtBot, server: Server, window_settings: QSettings) -> Iterator[MainWindow]:
    session = Session(server)
    session.attach(Library.open(server))
    window = create_main_window(session, window_settings)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    session.close()


def test_edits_on_a_server_are_saved_at_once_and_undone(team_window: MainWindow, server: Server) -> None:
    page_id = team_window.session.page_id
    assert page_id is not None and team_window.session.path == server
    line = min(layer_of(team_window).lines)
    before = layer_of(team_window).lines[line].role
    team_window.page_view.go_to_line(line)
    team_window.acts.roles[Role.NOTE].trigger()
    assert on_disk(server, page_id).lines[line].role is Role.NOTE
    team_window.stack.undo()
    assert on_disk(server, page_id).lines[line].role is before
    assert "postgresql://proofdesk:***@" in team_window.windowTitle()
    assert "not-shown" not in team_window.windowTitle()
    settings = team_window.settings
    assert "not-shown" not in "".join(f"{k}={settings.value(k)}" for k in settings.allKeys())


def test_a_database_of_another_program_is_refused_and_unchanged(
    qtbot: QtBot, pg_server: ThrowawayServer, window_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_server.new_database(library=False)
    with psycopg.connect(url) as conn:
        conn.execute("CREATE TABLE invoices (id integer)")
    said: list[tuple[object, ...]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: said.append(args))
    session = Session(parse(url))
    window = create_main_window(session, window_settings)
    qtbot.addWidget(window)
    window.show()
    window.open_library()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    text = str(said[0][2])
    assert "not a Proofdesk library" in text and "invoices" in text and url.split("@")[1] in text
    window.close()
    session.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall() == [("invoices",)]
