"""Creating the QApplication, so that a display Qt cannot open ends the program with Qt's message, not a crash.

When no platform plugin can start (`QT_QPA_PLATFORM=wayland` with no Wayland compositor, `xcb` with no X
server) Qt prints why and then aborts through `qFatal`: exit status 134 and a crash report for what is a
setting, not a bug. While the QApplication is being created, Qt's messages are printed as Qt prints them and
a fatal one ends the program with status 1 instead. Afterwards Qt's own handling (or a test's) is back.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

NO_DISPLAY_STATUS = 1


def _print_or_exit(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
    if kind == QtMsgType.QtFatalMsg:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(NO_DISPLAY_STATUS)  # Qt would abort right after this handler returns


def create_application(argv: list[str]) -> QApplication:
    """The running QApplication, or a new one on `argv`; exits with status 1 when Qt cannot start a display."""
    existing = QApplication.instance()
    if existing is not None:
        assert isinstance(existing, QApplication)
        return existing
    previous = qInstallMessageHandler(_print_or_exit)
    try:
        return QApplication(argv)
    finally:
        qInstallMessageHandler(previous)
