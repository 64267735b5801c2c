"""Which Qt input-method module to use, decided before the QApplication exists.

fcitx5, the input method of most Chinese Linux desktops, reaches Qt programs through its own Qt plugin
(`QT_IM_MODULE=fcitx`, what im-config sets). pip's PySide6 does not carry that plugin, nor does a bundle
frozen from it, and a system fcitx5-qt6 plugin is built for the system's Qt, not ours: with
`QT_IM_MODULE=fcitx` Qt silently falls back to no input method and Chinese cannot be typed. fcitx5 also
serves the ibus protocol through its ibus portal; Qt's ibus plugin (which every PySide6 carries) talks to
that portal only with `IBUS_USE_PORTAL=1` (without it, it looks for `ibus-daemon`, which fcitx5 systems do
not have). Tested with fcitx5 + pinyin: `QT_IM_MODULE=ibus IBUS_USE_PORTAL=1` types 中国; `fcitx` and
plain `ibus` type Latin letters.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, MutableMapping
from pathlib import Path

FCITX_MODULES = {"fcitx", "fcitx5"}


def _wants_fcitx(environ: Mapping[str, str]) -> bool:
    return "fcitx" in environ.get("XMODIFIERS", "") or environ.get("QT_IM_MODULE", "") in FCITX_MODULES


def input_method_changes(environ: Mapping[str, str], plugins: Iterable[str]) -> dict[str, str]:
    """The environment variables to set so that fcitx5 users can type Chinese; empty when nothing is needed.

    `plugins` are the file names of the platform-input-context plugins this Qt can load. When the session
    uses fcitx (by `XMODIFIERS` or `QT_IM_MODULE`) and no fcitx plugin is among them, the ibus module is
    used through fcitx5's ibus portal. A module the user chose other than fcitx (xim, ibus) is kept; with
    fcitx running, ibus only works through the portal, so that is switched on unless set either way.
    """
    if not _wants_fcitx(environ) or any("fcitx" in name for name in plugins):
        return {}
    changes: dict[str, str] = {}
    chosen = environ.get("QT_IM_MODULE", "")
    if not chosen or chosen in FCITX_MODULES:
        changes["QT_IM_MODULE"] = chosen = "ibus"
    # Qt 6.7 and newer try QT_IM_MODULES (a `;` list) before QT_IM_MODULE.
    modules = environ.get("QT_IM_MODULES", "")
    if modules:
        listed = ["ibus" if name in FCITX_MODULES else name for name in modules.split(";")]
        fixed = ";".join(dict.fromkeys(listed))
        if fixed != modules:
            changes["QT_IM_MODULES"] = fixed
    uses_ibus = chosen == "ibus" or "ibus" in changes.get("QT_IM_MODULES", modules).split(";")
    if uses_ibus and "IBUS_USE_PORTAL" not in environ:
        changes["IBUS_USE_PORTAL"] = "1"
    return changes


def loadable_plugins(environ: Mapping[str, str] = os.environ) -> list[str]:
    """File names of the platform-input-context plugins in Qt's plugin folder and in `QT_PLUGIN_PATH`."""
    from PySide6.QtCore import QLibraryInfo

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    folders += [folder for folder in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if folder]
    names: list[str] = []
    for folder in folders:
        contexts = Path(folder) / "platforminputcontexts"
        if contexts.is_dir():
            names += sorted(file.name for file in contexts.iterdir())
    return names


def fix_input_method_env(environ: MutableMapping[str, str] = os.environ) -> dict[str, str]:
    """Apply `input_method_changes` to `environ` (the process environment by default); returns what changed.
    Must run before the QApplication exists."""
    changes = input_method_changes(environ, loadable_plugins(environ))
    environ.update(changes)
    return changes
