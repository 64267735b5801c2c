"""The frozen program's entry point: PyInstaller needs a script, and the `proofdesk` console-script entry
point is not one. Everything happens in `proofdesk.cli.main`."""

import sys

from proofdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
