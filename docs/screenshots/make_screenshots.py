"""Screenshots of the Chinese interface for the README: the review window, keys and marks, the check before
done, an empty library, theme chips, the taxonomy dialog, find in library with the replace preview, and the
scan beside the text.

    xvfb-run -s "-screen 0 1600x1000x24" env LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_screenshots.py

Needs a CJK font (Debian: fonts-noto-cjk). Writes the PNGs beside this script, from a fresh library of the
sample pages in a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ["PROOFDESK_HOME"] = tempfile.mkdtemp(prefix="proofdesk-shots-")

from PySide6.QtCore import QEventLoop, QLocale, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from proofdesk import paths  # noqa: E402
from proofdesk.domain.checks import check_page  # noqa: E402
from proofdesk.gui.app import create_main_window, install_translators  # noqa: E402
from proofdesk.gui.findpanel import ReplacePreview  # noqa: E402
from proofdesk.gui.session import Session  # noqa: E402
from proofdesk.importer import import_files  # noqa: E402
from proofdesk.storage import Library  # noqa: E402
from proofdesk.tagging import TAGGED_KINDS  # noqa: E402


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(HERE / name))
    print("wrote", HERE / name)


def main() -> None:
    app = QApplication(sys.argv)
    QLocale.setDefault(QLocale("zh_CN"))
    install_translators(app, QLocale("zh_CN"))
    folder = Path(os.environ["PROOFDESK_HOME"])
    settings = QSettings(str(folder / "w.ini"), QSettings.Format.IniFormat)

    empty = Session(folder / "empty.sqlite")
    empty.attach(Library.open(folder / "empty.sqlite"))
    window = create_main_window(empty, settings)
    window.resize(1400, 860)
    window.show()
    shoot(window, "empty_library_zh.png")
    window.close()

    db = folder / "library.sqlite"
    with Library.open(db) as library:
        import_files(library, sorted(paths.seeds_dir().glob("*.txt")))
    session = Session(db)
    session.attach(Library.open(db))
    window = create_main_window(session, settings)
    window.resize(1400, 860)
    window.show()
    # Page 003 around its second headline block: marks, a doubt (line 199, a headline OCR printed twice),
    # and one corrected line (230: OCR spaces around a number).
    session.open_page(next(i.id for i in session.library.pages() if i.name.startswith("003")))  # type: ignore[union-attr]
    assert session.page is not None
    window.corrections.correct(230, session.page.text(230).replace(" 24 ", "24"))
    window.page_view.go_to_line(202)
    window.page_view.scrollTo(window.lines.index(192), window.page_view.ScrollHint.PositionAtTop)
    shoot(window, "review_window_zh.png")

    window.acts.shortcuts.trigger()
    shoot(window.dialog, "keys_and_marks_zh.png")
    window.dialog.close()

    window.show_findings(check_page(session.page, session.layer))  # type: ignore[arg-type]
    shoot(window.dialog, "check_before_done_zh.png")
    window.dialog.close()

    tags = window.themes.tags
    while window.themes.suggestions.suggester is None:
        settle(100)
    # Page 003: reports on party building in one county. Its first articles are tagged as an editor would;
    # the next one with body text shows its confirmed theme and three suggestions, with the keys that accept them.
    assert session.library is not None
    session.open_page(next(i.id for i in session.library.pages() if i.name.startswith("003")))
    articles = [a for r in range(window.outline_model.rowCount()) if (a := window.outline_model.article(r))]
    articles = [a for a in articles if a.kind in TAGGED_KINDS]
    confirmed = (["队伍建设", "党建品牌"], ["党建品牌"], ["基层治理", "党建品牌"])
    for article, themes in zip(articles, confirmed, strict=False):
        window.articles.select_item(article.key)
        for theme in themes:
            tags.add(theme)
    target = next(a for a in articles[3:] if len(a.paragraphs) >= 3)
    assert session.layer is not None
    window.page_view.go_to_line(session.layer.item_lines(target.key)[0])
    tags.add("队伍建设")
    settle(500)
    shoot(window, "theme_chips_zh.png")
    dialog = window.themes.open_taxonomy()
    dialog.select("党建品牌")
    shoot(dialog, "taxonomy_dialog_zh.png")
    dialog.close()
    finder = window.finder.open()
    finder.query.setText("高质量")
    finder.search()
    shoot(finder, "find_zh.png")
    planned, _held = finder.plan(finder.pattern(), "高水平")
    preview = ReplacePreview(planned, finder.pattern(), "高水平", finder)
    preview.show()
    shoot(preview, "replace_preview_zh.png")
    preview.close()
    finder.close()
    window.close()
    session.close()
    scan_pane(folder, settings)


def scan_pane(folder: Path, settings: QSettings) -> None:
    """The sample scan that Tesseract read (tests/data/ocrfiles), imported from its hOCR with the image."""
    data = HERE.parent.parent / "tests" / "data" / "ocrfiles"
    db = folder / "scans.sqlite"
    with Library.open(db) as library:
        import_files(library, [data / "sample.hocr"])
    session = Session(db)
    session.attach(Library.open(db))
    window = create_main_window(session, settings)
    window.resize(1400, 860)
    window.show()
    window.splitter.setSizes([220, 1180])
    window.work.setSizes([430, 560, 390])
    settle(800)
    window.scan_view.fit_width()
    window.page_view.go_to_line(5)
    shoot(window, "scan_pane_zh.png")
    window.close()
    session.close()


if __name__ == "__main__":
    main()
