"""A display Qt cannot open: Qt's own message and exit status 1, not an abort (status 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo
from PySide6.QtWidgets import QApplication

from proofdesk.gui.platform import NO_DISPLAY_STATUS, create_application


def test_the_running_application_is_reused(qapp: QApplication) -> None:
    assert create_application([]) is qapp


def _has_wayland_plugin() -> bool:
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    return any(plugins.glob("*qwayland*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Wayland is a Linux display")
@pytest.mark.skipif(not _has_wayland_plugin(), reason="this Qt has no Wayland platform plugin")
def test_wayland_without_a_compositor_ends_with_qts_message(tmp_path: Path) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {key: value for key, value in os.environ.items() if key not in {"WAYLAND_DISPLAY", "DISPLAY"}}
    env |= {"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": str(runtime), "PROOFDESK_HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "proofdesk.cli", "--smoke"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == NO_DISPLAY_STATUS, done.stderr
    assert 'platform plugin "wayland"' in done.stderr
