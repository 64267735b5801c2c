"""Every location Proofdesk reads or writes, in one place.

Per-user locations come from platformdirs. Setting `PROOFDESK_HOME` puts all of them under that folder
(`data/`, `cache/`, `config/`): the tests do this so that they never touch the real home, and it lets a
portable install keep everything beside itself. The shipped `resources/` and `seeds/` folders sit at the top
of a source checkout; an installed wheel carries them as package data (`proofdesk/resources`,
`proofdesk/seeds`), a PyInstaller bundle at its root (`sys._MEIPASS`).

Nothing here creates a folder: the code that writes a file creates its parent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "proofdesk"
HOME_ENV = "PROOFDESK_HOME"
LIBRARY_FILE = "library.sqlite"
PACKAGE_DIR = Path(__file__).parent
"""The package's folder: where an installed wheel's package data is (what `importlib.resources.files` gives for
a package on disk, without importing it at every start)."""


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """Where the library lives."""
    home = _home()
    # appauthor=False: otherwise Windows nests the folder twice (`proofdesk\\proofdesk`).
    return home / "data" if home else platformdirs.user_data_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """Files that can be rebuilt at any time (jieba's dictionary cache)."""
    home = _home()
    return home / "cache" if home else platformdirs.user_cache_path(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Settings."""
    home = _home()
    return home / "config" if home else platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_library() -> Path:
    """The library opened when no `--db` is given."""
    return data_dir() / LIBRARY_FILE


def _shipped(name: str) -> Path:
    """A folder of shipped data: package data of an installed wheel (`proofdesk/resources`), else the root
    of a PyInstaller bundle (`sys._MEIPASS`), else the top of the source checkout (editable install)."""
    packaged = PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / name
    # desktop/proofdesk/paths.py -> the checkout's top level
    return Path(__file__).resolve().parents[2] / name


def resources_dir() -> Path:
    """Icons, translations, the default theme taxonomy."""
    return _shipped("resources")


def seeds_dir() -> Path:
    """The sample raw pages shipped with the app."""
    return _shipped("seeds")
