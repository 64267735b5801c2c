"""The wheel's contents as pyproject.toml declares them: every subpackage, and every shipped data file.

The wheel itself is built, installed in a fresh virtual environment and run by `packaging/check-wheel`
(minutes, with downloads; CI runs it). These checks catch the usual slip in a second: a new subpackage or
a new kind of resource file that the explicit lists in pyproject.toml do not name.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
# Files of resources/ that only matter when building (Qt Linguist sources; icons the installers embed).
SOURCE_ONLY = {".ts", ".ico", ".icns"}


def _folder_of(package: str) -> Path:
    """Where a package's files are, by the longest matching `package-dir` entry."""
    mapping: dict[str, str] = SETUPTOOLS["package-dir"]
    parts = package.split(".")
    for cut in range(len(parts), -1, -1):
        prefix = ".".join(parts[:cut])
        if prefix in mapping:
            return ROOT / mapping[prefix] / Path(*parts[cut:])
    return ROOT / Path(*parts)


def test_every_python_package_is_listed() -> None:
    code = ROOT / "desktop"
    found = {".".join(init.parent.relative_to(code).parts) for init in code.rglob("__init__.py")}
    assert found, "no packages found"
    assert found <= set(SETUPTOOLS["packages"])


def test_every_shipped_data_file_is_package_data() -> None:
    shipped = {
        file
        for folder in ("resources", "seeds")
        for file in (ROOT / folder).rglob("*")
        if file.is_file() and file.suffix not in SOURCE_ONLY and "__pycache__" not in file.parts
    }
    declared = set()
    for package, patterns in SETUPTOOLS["package-data"].items():
        folder = _folder_of(package)
        declared |= {file for file in folder.iterdir() if any(fnmatch.fnmatch(file.name, p) for p in patterns)}
    assert shipped, "no shipped files found"
    assert shipped == declared
