"""Starting the review window: environment, translations, the one-writer lock, the main window.

`run(db_path)` is what `proofdesk [--db PATH]` calls. Tests build the window with `create_main_window`.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QObject, QSettings, QSocketNotifier, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from .. import paths
from .backups import DailyBackup
from .inputmethod import fix_input_method_env
from .mainwindow import MainWindow
from .platform import create_application
from .session import Session

if TYPE_CHECKING:
    from ..location import Location


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Chinese when the system is Chinese (Qt's own dialogs too), English otherwise."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase_zh_CN", qt_dir), ("proofdesk_zh_CN", str(paths.resources_dir() / "translations"))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def settings() -> QSettings:
    """Window layout and small preferences, in the config folder (redirected by PROOFDESK_HOME)."""
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def lock_library(db: Path) -> QLockFile | None:
    """The lock that lets only one running Proofdesk write to a library; None when another holds it.
    A lock left by a crashed copy is stale and taken over."""
    db.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(db) + ".lock")
    lock.setStaleLockTime(0)
    return lock if lock.tryLock(100) else None


def create_main_window(session: Session, window_settings: QSettings | None = None) -> MainWindow:
    return MainWindow(session, window_settings or settings())


def run(db_path: Location | None = None) -> int:
    """Open the review window on the library at `db_path`, a file or a `Server` (default: the user's
    library)."""
    fix_input_method_env()
    db: Location = paths.default_library() if db_path is None else db_path
    if isinstance(db, str):
        db = Path(db)
    app = create_application(sys.argv)
    app.setApplicationName("Proofdesk")
    app.setOrganizationName("Proofdesk")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "proofdesk-256.png")))
    app.setDesktopFileName("org.proofdesk.Proofdesk")  # taskbars match the window to the installed menu entry
    install_translators(app)
    # A library on a server has no file to lock: several editors work on it at once.
    lock = lock_library(db) if isinstance(db, Path) else None
    if isinstance(db, Path) and lock is None:
        from PySide6.QtWidgets import QMessageBox  # only here: PySide makes a class's enums when it is first touched

        QMessageBox.warning(
            None,
            "Proofdesk",
            app.translate(
                "App",
                "This library is already open in another Proofdesk window:\n{0}\n\nUse that window, or close it first.",
            ).format(db),
        )
        return 1
    try:
        session = Session(db)
        window = create_main_window(session)
        window.show()
        if sys.platform != "win32":
            CloseOnTerminate(window)
        # The page the editor left (else the list's first), read-only from the file at once; the library opens in
        # a worker once it is painted.
        window.glance_at_page()
        window.open_library_when_painted()
        DailyBackup(session, window).message.connect(lambda text: window.statusBar().showMessage(text, 10000))
        code = app.exec()
        session.close()
        if isinstance(db, Path):
            _daily_backup(db)
        return code
    finally:
        if lock is not None:
            lock.unlock()


class CloseOnTerminate(QObject):
    """A desktop session that ends (or `kill`) sends SIGTERM: the window then closes as the editor would close
    it (edits written, the open page's claim released, the pane sizes kept) instead of dying where it stands.
    Python runs a signal's handler only when it gets control, so the signal also wakes Qt's loop (a pipe
    Qt watches, which Python writes to when a signal comes)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._reader, self._writer = os.pipe()
        for end in (self._reader, self._writer):
            os.set_blocking(end, False)
        signal.set_wakeup_fd(self._writer)
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(lambda: os.read(self._reader, 64))  # Python's handler runs right after
        signal.signal(signal.SIGTERM, lambda _signum, _frame: window.close())


def _daily_backup(db: Path) -> None:
    """A verified backup beside the library when the window closes, unless one was made in the last day
    (while the lock is still held, so no other copy writes meanwhile). The window is gone: a failure can
    only be printed."""
    from ..storage import StorageError, maintenance

    try:
        maintenance.backup_if_due(db)
    except StorageError as error:
        print(f"proofdesk: no backup was made: {error}", file=sys.stderr)
