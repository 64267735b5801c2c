"""The window side of `packaging/check-input-method`: opens Proofdesk's window on a sample page and offers
its two text fields to a real input method, one after the other.

    python packaging/im-typing.py STATE_FILE [--no-fix]

Run with a Python where Proofdesk is installed, under an X server where an input method runs. For each
field (the in-place correction of a raw line, then the theme field) it focuses the field, writes the
field's name to STATE_FILE (the script then types into it), waits until the field's text has settled, and
prints `FIELD: TEXT`. The correction is committed with Enter and read back from the library. `--no-fix`
skips Proofdesk's input-method choice (the control run: what Qt alone does with the session's settings).
Exit status 0 when every field was reached.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

SETTLE_SECONDS = 2.0
TIMEOUT_SECONDS = 25.0


def main() -> int:
    state = Path(sys.argv[1])
    fix = "--no-fix" not in sys.argv[2:]
    from proofdesk.gui.inputmethod import fix_input_method_env

    if fix:
        print(f"input method: {fix_input_method_env() or 'unchanged'}", file=sys.stderr, flush=True)

    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from proofdesk import paths
    from proofdesk.gui.app import create_main_window
    from proofdesk.gui.session import Session
    from proofdesk.importer import import_files
    from proofdesk.storage import Library

    def wait(seconds: float) -> None:
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        QCoreApplication.sendPostedEvents()

    def typed_into(editor: QLineEdit, name: str) -> str:
        """Offer `editor` to the typist; its text once it has not changed for SETTLE_SECONDS."""
        editor.window().activateWindow()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        wait(0.3)
        state.write_text(name, encoding="utf-8")
        deadline = time.monotonic() + TIMEOUT_SECONDS
        text, since = editor.text(), time.monotonic()
        while time.monotonic() < deadline:
            wait(0.2)
            if editor.text() != text:
                text, since = editor.text(), time.monotonic()
            elif text and time.monotonic() - since >= SETTLE_SECONDS:
                break
        return text

    app = QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="proofdesk-im-") as folder:
        library = Library.open(Path(folder) / "library.sqlite")
        seed = sorted(paths.seeds_dir().glob("*.txt"))[0]
        import_files(library, [seed])
        session = Session(library.path)
        window = create_main_window(session, QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat))
        window.resize(1200, 700)
        window.show()
        session.attach(library)
        wait(1.0)
        layer = session.layer
        assert layer is not None
        line = min(layer.lines)

        window.page_view.go_to_line(line)
        window.acts.edit_text.trigger()
        wait(0.3)
        editor = window.page_view.findChild(QLineEdit)
        if editor is None:
            print("correction: the field did not open", flush=True)
            return 1
        editor.clear()
        correction = typed_into(editor, "correction")
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
        wait(0.5)
        with Library.open(library.path) as reread:
            saved = reread.load(session.page_id)[1].lines[line].correction if session.page_id is not None else None
        print(f"correction: {correction}", flush=True)
        print(f"correction saved: {saved}", flush=True)

        theme_field = window.findChild(QLineEdit, "themeInput")
        if theme_field is None or not theme_field.isVisible():
            print("theme: the field is not shown", flush=True)
            return 1
        theme_field.clear()
        print(f"theme: {typed_into(theme_field, 'theme')}", flush=True)
        state.write_text("done", encoding="utf-8")
        window.close()
        session.close()
        wait(0.2)
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
