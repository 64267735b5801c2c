"""Write the licence notices of everything a Proofdesk bundle carries into one text file.

    python packaging/collect-notices.py OUT

Run it with the Python of the build environment (the one PyInstaller runs in): it lists Proofdesk and every
distribution Proofdesk depends on, directly or not, with its version and licence, followed by the licence
files each one ships; then Python's own licence and PyInstaller's (its bootloader starts the program). Texts
that a distribution does not ship (jieba, Qt/PySide6) come from packaging/licenses/.
"""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RULE = "=" * 100

# Texts kept in packaging/licenses/ for distributions whose wheels carry none.
EXTRA_TEXTS = {
    "jieba": ["jieba.txt"],
    "pyside6-essentials": ["qt.txt", "LGPL-3.0.txt", "GPL-3.0.txt"],
    "shiboken6": [],  # covered by the Qt/PySide6 notice
}


def _key(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for line in dist.requires or []:
        requirement = Requirement(line)
        marker: Marker | None = requirement.marker
        if marker is not None and not marker.evaluate({"extra": ""}):
            continue
        names.append(requirement.name)
    return names


def closure(root: str) -> list[metadata.Distribution]:
    """`root` and everything it needs at run time, sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency for another platform
        found[_key(name)] = dist
        pending.extend(_runtime_requirements(dist))
    return sorted(found.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = next(iter(meta.get_all("License-Expression") or meta.get_all("License") or []), "")
    if not expression or len(expression) > 120:
        classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        expression = ", ".join(classifiers) or expression[:120] or "see the texts below"
    return expression


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of the licence files a distribution ships."""
    texts = []
    for file in dist.files or []:
        parts = Path(str(file)).parts
        in_dist_info = parts and parts[0].endswith(".dist-info")
        name = parts[-1].upper() if parts else ""
        if in_dist_info and any(word in name for word in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            path = Path(str(dist.locate_file(file)))
            if path.is_file():
                texts.append(("/".join(parts[1:]), path.read_text(encoding="utf-8", errors="replace")))
    return texts


def python_licence() -> str:
    for candidate in (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",  # Windows
    ):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8", errors="replace")
    return (
        "Python is distributed under the Python Software Foundation License: https://docs.python.org/3/license.html\n"
    )


def main(out: Path) -> int:
    dists = closure("proofdesk")
    tools = [metadata.distribution("pyinstaller")]
    sections: list[str] = []
    header = [
        "Proofdesk (校对台) — licence notices",
        "",
        "Proofdesk is free software under the MIT licence (below). It is distributed together with the",
        "components listed here, each under its own licence; their texts follow.",
        "",
        f"Python {sys.version.split()[0]} — Python Software Foundation License (PSF-2.0)",
    ]
    header += [f"{d.metadata['Name']} {d.version} — {licence_of(d)}" for d in dists]
    header += [
        f"{d.metadata['Name']} {d.version} (its bootloader starts the program) — GPL-2.0-or-later with an exception"
        " that allows distributing programs built with it"
        for d in tools
    ]
    header += ["", RULE, "Proofdesk", RULE, (ROOT / "LICENSE").read_text(encoding="utf-8")]
    sections.append("\n".join(header))
    for dist in dists + tools:
        name = dist.metadata["Name"]
        if _key(name) == "proofdesk":
            continue
        texts = licence_files(dist)
        for extra in EXTRA_TEXTS.get(_key(name), []):
            texts.append((extra, (HERE / "licenses" / extra).read_text(encoding="utf-8")))
        if not texts and _key(name) not in EXTRA_TEXTS:
            texts = [("licence", f"{licence_of(dist)} (the distribution ships no licence file)\n")]
        for title, text in texts:
            sections.append(f"{RULE}\n{name} {dist.version}: {title}\n{RULE}\n{text}")
    sections.append(f"{RULE}\nPython {sys.version.split()[0]}\n{RULE}\n{python_licence()}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(sections), encoding="utf-8")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: collect-notices.py OUT", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
