"""The frozen program's entry point: PyInstaller needs a script, and the `proofdesk` console-script entry
point is not one. Everything happens in `proofdesk.cli.main`."""

import multiprocessing
import sys

from proofdesk.cli import main

if __name__ == "__main__":
    # An import parses in worker processes started from this program: in such a process, run the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
