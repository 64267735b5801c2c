"""Screenshots of theme tagging in the Chinese interface: the chips and suggestions of an article, and the
taxonomy dialog.

    xvfb-run -s "-screen 0 1600x1000x24" env LANG=zh_CN.UTF-8 QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/make_theme_screenshots.py

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
from proofdesk.gui.app import create_main_window, install_translators  # noqa: E402
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
    db = folder / "library.sqlite"
    with Library.open(db) as library:
        import_files(library, sorted(paths.seeds_dir().glob("*.txt")))
    session = Session(db)
    session.attach(Library.open(db))
    window = create_main_window(session, settings)
    window.resize(1400, 860)
    window.show()
    tags = window.themes.tags
    while tags.suggester is None:
        settle(100)
    # Page 003: reports on party building in one county. Its first articles are tagged as an editor would;
    # the next one with body text shows its confirmed theme and three suggestions, with the keys that accept them.
    assert session.library is not None
    session.open_page(next(i.id for i in session.library.pages() if i.name.startswith("003")))
    articles = [a for r in range(window.outline.rowCount()) if (a := window.outline.article(r))]
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
    window.close()
    session.close()


if __name__ == "__main__":
    main()
