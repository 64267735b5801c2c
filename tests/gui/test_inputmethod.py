"""fcitx5 users can type Chinese although PySide6 has no fcitx plugin: the ibus module through fcitx5's
ibus portal (`gui.inputmethod`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from proofdesk.gui import inputmethod
from proofdesk.gui.inputmethod import input_method_changes

PYSIDE_PLUGINS = ["libcomposeplatforminputcontextplugin.so", "libibusplatforminputcontextplugin.so"]
FCITX_PLUGIN = "libfcitx5platforminputcontextplugin.so"
PORTAL = {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


@pytest.mark.parametrize(
    "environ",
    [
        {"XMODIFIERS": "@im=fcitx"},  # im-config without QT_IM_MODULE
        {"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx"},  # what im-config sets
        {"XMODIFIERS": "@im=fcitx5", "QT_IM_MODULE": "fcitx5"},
        {"QT_IM_MODULE": "fcitx"},  # Wayland sessions may have no XMODIFIERS
    ],
)
def test_fcitx_without_its_plugin_goes_through_the_ibus_portal(environ: dict[str, str]) -> None:
    assert input_method_changes(environ, PYSIDE_PLUGINS) == PORTAL


def test_fcitx_with_its_plugin_is_left_alone() -> None:
    environ = {"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx"}
    assert input_method_changes(environ, [*PYSIDE_PLUGINS, FCITX_PLUGIN]) == {}


def test_other_input_methods_are_left_alone() -> None:
    assert input_method_changes({"XMODIFIERS": "@im=ibus", "QT_IM_MODULE": "ibus"}, PYSIDE_PLUGINS) == {}
    assert input_method_changes({}, PYSIDE_PLUGINS) == {}


def test_a_module_the_user_chose_is_kept() -> None:
    assert input_method_changes({"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "xim"}, PYSIDE_PLUGINS) == {}
    # ibus under fcitx5 works only through the portal: switched on, unless the user set it either way.
    assert input_method_changes({"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "ibus"}, PYSIDE_PLUGINS) == {
        "IBUS_USE_PORTAL": "1"
    }
    decided = {"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx", "IBUS_USE_PORTAL": "0"}
    assert input_method_changes(decided, PYSIDE_PLUGINS) == {"QT_IM_MODULE": "ibus"}


def test_the_module_list_of_newer_qt_is_fixed_too() -> None:
    environ = {"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx", "QT_IM_MODULES": "wayland;fcitx;ibus"}
    assert input_method_changes(environ, PYSIDE_PLUGINS) == {**PORTAL, "QT_IM_MODULES": "wayland;ibus"}


def test_the_plugins_come_from_qt_and_qt_plugin_path(tmp_path: Path) -> None:
    own = inputmethod.loadable_plugins({})
    assert any("ibus" in name for name in own), "PySide6 carries the ibus plugin the fallback relies on"
    (tmp_path / "platforminputcontexts").mkdir()
    (tmp_path / "platforminputcontexts" / FCITX_PLUGIN).touch()
    assert FCITX_PLUGIN in inputmethod.loadable_plugins({"QT_PLUGIN_PATH": str(tmp_path)})


def test_fix_applies_the_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputmethod, "loadable_plugins", lambda environ: PYSIDE_PLUGINS)
    environ = {"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx"}
    assert inputmethod.fix_input_method_env(environ) == PORTAL
    assert environ == {"XMODIFIERS": "@im=fcitx", **PORTAL}
