"""The core runs where Qt cannot be imported at all, and importing it loads no jieba dictionary."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import proofdesk

CORE = ("text", "parsing", "domain", "themes", "storage", "export", "ocrfiles")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(proofdesk.__path__, "proofdesk."):
        if info.name.split(".")[1] in CORE or info.name in ("proofdesk.paths", "proofdesk.importer"):
            names.append(info.name)
    return names


def test_every_core_module_imports_with_qt_blocked() -> None:
    modules = core_modules()
    assert "proofdesk.domain.ops" in modules and "proofdesk.storage.library" in modules
    script = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # any import of Qt now fails\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
        "assert 'jieba' not in sys.modules, 'jieba is loaded on demand, never at import'\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
