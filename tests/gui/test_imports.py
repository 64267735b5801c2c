"""The window's modules load jieba and SQLAlchemy only where they are needed, inside functions that run in
workers or on first use: importing the window is fast and never loads the dictionary on the GUI thread."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

HEAVY = ("jieba", "sqlalchemy", "sqlmodel")
# `--smoke` runs the whole program once (library, import, jieba, window): it needs the core at once.
WHOLE_PROGRAM = {"proofdesk.gui.smoke"}


def test_window_modules_defer_heavy_imports() -> None:
    script = textwrap.dedent(
        f"""
        import importlib, pkgutil, sys
        import proofdesk.gui
        names = [m.name for m in pkgutil.walk_packages(proofdesk.gui.__path__, "proofdesk.gui.")]
        for name in names:
            if name not in {WHOLE_PROGRAM!r}:
                importlib.import_module(name)
        print(len(names), *[m for m in {HEAVY!r} if m in sys.modules])
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    count, *loaded = done.stdout.split()
    assert int(count) > 30, "every module of the window was imported"
    assert loaded == []
