"""The built Linux package, checked as an editor's machine would run it (`packaging/check-deb`).

Building the package takes minutes, so the normal test run does not: this test checks the newest
`dist/proofdesk_*.deb` when `packaging/build-linux` has made one (or the .deb named by PROOFDESK_DEB) and is
skipped otherwise. A package older than the sources it was built from is skipped too, rather than tested
as if it were current.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [ROOT / "desktop", ROOT / "resources", ROOT / "seeds", ROOT / "packaging", ROOT / "pyproject.toml"]


def _generated(file: Path) -> bool:
    """Bytecode and the metadata an editable install writes: not sources of the package."""
    return any(part == "__pycache__" or part.endswith(".egg-info") for part in file.parts)


def _newest_source_change() -> float:
    times = [path.stat().st_mtime for path in SOURCES if path.is_file()]
    for folder in (path for path in SOURCES if path.is_dir()):
        files = (file for file in folder.rglob("*") if file.is_file() and not _generated(file))
        times += [file.stat().st_mtime for file in files]
    return max(times)


def _built_package() -> Path | None:
    named = os.environ.get("PROOFDESK_DEB")
    if named:
        return Path(named)
    built = sorted((ROOT / "dist").glob("proofdesk_*.deb"), key=lambda path: path.stat().st_mtime)
    return built[-1] if built else None


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the .deb is the Linux package")
def test_built_package_runs_without_python_or_environment() -> None:
    deb = _built_package()
    if deb is None:
        pytest.skip("no built package: run packaging/build-linux")
    if "PROOFDESK_DEB" not in os.environ and deb.stat().st_mtime < _newest_source_change():
        pytest.skip(f"{deb.name} is older than the sources: run packaging/build-linux")
    if shutil.which("dpkg-deb") is None:
        pytest.skip("dpkg-deb is not installed")
    result = subprocess.run(
        [str(ROOT / "packaging" / "check-deb"), str(deb)], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
