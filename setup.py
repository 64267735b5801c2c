"""The parser compiled to C with mypyc, for the packaged app and the wheel it ships: `PROOFDESK_COMPILE=1`
when building (packaging/build-linux and packaging/check-wheel set it). Any other build is the same code as
pure Python. The metadata is in pyproject.toml; see docs/decisions.md 50."""

import os
from pathlib import Path

from setuptools import Extension, setup


def compiled_modules() -> list[Extension]:
    if os.environ.get("PROOFDESK_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    parser = sorted(str(path) for path in Path("desktop/proofdesk/parsing").glob("*.py"))
    return mypycify(parser, group_name="proofdesk_parsing")


setup(ext_modules=compiled_modules())
