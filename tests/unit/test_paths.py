"""All locations come from one module, and PROOFDESK_HOME moves every per-user one."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
import pytest

from proofdesk import paths


def test_home_override_moves_every_user_folder(proofdesk_home: Path) -> None:
    assert paths.data_dir() == proofdesk_home / "data"
    assert paths.cache_dir() == proofdesk_home / "cache"
    assert paths.config_dir() == proofdesk_home / "config"
    assert paths.default_library() == proofdesk_home / "data" / "library.sqlite"


def test_without_override_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV)
    assert paths.data_dir() == platformdirs.user_data_path("proofdesk", appauthor=False)
    assert paths.cache_dir() == platformdirs.user_cache_path("proofdesk", appauthor=False)
    assert paths.config_dir() == platformdirs.user_config_path("proofdesk", appauthor=False)
    assert paths.default_library().name == "library.sqlite"


def test_shipped_folders_in_a_source_checkout() -> None:
    assert (paths.seeds_dir() / "000_de1ca1498991a57e.txt").is_file()
    assert paths.resources_dir().parent == paths.seeds_dir().parent
    assert (paths.seeds_dir().parent / "pyproject.toml").is_file()


def test_shipped_folders_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.seeds_dir() == tmp_path / "seeds"


def test_shipped_folders_of_an_installed_wheel(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A wheel carries them as package data beside the modules; that wins over a bundle root.
    for name in ("resources", "seeds"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(paths, "PACKAGE_DIR", tmp_path)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.seeds_dir() == tmp_path / "seeds"
