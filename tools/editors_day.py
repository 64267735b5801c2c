"""An editor's day over the five sample pages, by keystrokes only: the real window on an X display, driven with
xdotool as an editor's hands would drive it, then the library and its JSONL export checked.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python tools/editors_day.py [--shots DIR]

On each page the editor cuts, adds, joins, corrects, splits and merges, moves lines, sets roles, confirms the
parser's doubts, tags themes, undoes and redoes, and marks the page done (Ctrl+D, which goes on to the next page
that is not done). A check dialog where none was expected, a key that changes nothing it should, a page not
done at the end, or an export without the roles the editor gave is a surprise: the day fails (exit 1).
Exit 77 when there is no X display or no xdotool (nothing was tried). `--shots DIR` keeps screenshots of the
window after some pages (with ImageMagick's `import`).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TOP = Path(__file__).resolve().parents[1]
SEEDS = TOP / "seeds"
PROOFDESK = [str(Path(sys.executable).with_name("proofdesk"))]  # the command installed beside this Python
CREDIT = "■ 马红坤 史晓燕"
PHOTO_TITLE = "秋粮丰收有保障"
STORY_TITLE = "党群阵地连民心"


class Surprise(Exception):
    """Something the editor did not expect."""


def xdotool(*args: str) -> str:
    # xdotool reads the text it types in its own locale: one that exists everywhere and knows UTF-8.
    env = os.environ | {"LC_ALL": "C.UTF-8"}
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=60, env=env)
    if "error" in done.stderr:  # (a search that finds nothing exits 1, silently)
        raise Surprise(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


class Window:
    """The window under the editor's hands: keys go to it; after a dialog closes, the window is focused again
    (on a bare X server no window manager does that)."""

    def __init__(self, window_id: str) -> None:
        self.id = window_id
        xdotool("windowsize", self.id, "1600", "1000")
        xdotool("windowmove", self.id, "0", "0")
        self.focus()

    def focus(self) -> None:
        xdotool("windowfocus", "--sync", self.id)
        time.sleep(0.2)

    def keys(self, *keys: str, pause: float = 0.35) -> None:
        for key in keys:
            xdotool("key", "--clearmodifiers", key)
            time.sleep(pause)

    def type(self, text: str) -> None:
        xdotool("type", "--delay", "40", text)
        time.sleep(0.3)

    def to_line(self, line: int) -> None:
        """The raw page's row `line` (the rows are the raw lines while no line before it was cut or added)."""
        self.keys("ctrl+Home", pause=0.1)
        if line > 1:
            xdotool("key", "--delay", "2", "--repeat", str(line - 1), "Down")
        time.sleep(0.3)

    def dialog(self, title: str) -> None:
        """Wait for the dialog named `title` and give it the keys (a window manager would)."""
        for _ in range(50):
            found = xdotool("search", "--onlyvisible", "--name", title)
            if found:
                xdotool("windowfocus", "--sync", found.splitlines()[-1])
                time.sleep(0.2)
                return
            time.sleep(0.1)
        raise Surprise(f"no dialog {title!r} appeared")

    def shows(self, page: str) -> None:
        """Wait until the window shows page `page` (its title names the open page): keys pressed before a page
        is on screen would go nowhere, and on a busy machine it may take seconds."""
        for _ in range(300):
            if f"— {page}_" in xdotool("getwindowname", self.id):
                time.sleep(0.3)
                return
            time.sleep(0.1)
        raise Surprise(f"page {page} did not open")

    def done(self) -> None:
        """Ctrl+D; a check dialog means the page was not as the editor thought."""
        self.keys("ctrl+d", pause=0.8)
        if xdotool("search", "--onlyvisible", "--name", "完成前检查"):
            raise Surprise("the check before done found something")


def line_of(name: str, holding: str) -> int:
    lines = next(SEEDS.glob(f"{name}_*.txt")).read_text(encoding="utf-8").split("\n")
    return next(n for n, text in enumerate(lines, 1) if holding in text)


def page_000(window: Window, shot: Callable[[str], None]) -> None:
    """A credit printed at the end of a caption line becomes the photo's byline; its lost headline is added; a
    paragraph split by mistake and joined again; an item split and merged back; undo and redo."""
    window.to_line(line_of("000", CREDIT))
    window.keys("ctrl+k")
    window.dialog("切分本行")
    window.keys("Return")  # the cursor stands before ■ already
    window.focus()
    window.keys("8")  # credit
    window.keys("Up", "Up", "Up", "ctrl+shift+Return")
    window.dialog("添加一行")
    window.type(PHOTO_TITLE)
    window.keys("Return")
    window.focus()
    window.keys("t")
    window.keys("alt+1")  # its first theme suggestion
    shot("day_000_cut_and_added")
    window.to_line(3)
    window.keys("j", "j", "n", "ctrl+Up", "ctrl+z", "ctrl+shift+z")


def page_001(window: Window, shot: Callable[[str], None]) -> None:
    """The story under 本报记者 苑莘 lost its headline in the OCR: the editor types it in, and a theme."""
    window.to_line(line_of("001", "■ 本报记者 苑莘"))
    window.keys("ctrl+shift+Return")
    window.dialog("添加一行")
    window.type(STORY_TITLE)
    window.keys("Return")
    window.focus()
    window.keys("t")
    window.keys("ctrl+t")
    window.type("为民服务")
    window.keys("Return", "Escape")
    shot("day_001_added_headline")


def page_002(window: Window, shot: Callable[[str], None]) -> None:
    """A line taken into an item of its own and back (undo), a role set and taken back, a correction typed
    and the raw text restored after all."""
    window.to_line(line_of("002", "习近平总书记"))
    window.keys("shift+n", "ctrl+z", "6", "ctrl+z")
    window.keys("F2", "End")
    window.type("（完）")
    window.keys("Return")
    window.keys("ctrl+BackSpace")


def page_003(window: Window, shot: Callable[[str], None]) -> None:
    """A word cut by a hyphen joined in one step, beside the parser's doubts."""
    window.to_line(line_of("003", "依托PD-"))
    window.keys("shift+j")
    shot("day_003_hyphen_and_doubts")


def confirm_doubts(window: Window, name: str) -> None:
    """Alt+↓ to each of the parser's doubts on the page, Space to confirm it as it is (on a line the editor
    changed already, or once none is left, Space only says there is no doubt there)."""
    from proofdesk.domain.model import Page
    from proofdesk.parsing import parse_page

    path = next(SEEDS.glob(f"{name}_*.txt"))
    page = Page(path.stem, tuple(path.read_text(encoding="utf-8").split("\n")))
    for _ in parse_page(page).doubts():
        window.keys("alt+Down", "space")


def page_004(window: Window, shot: Callable[[str], None]) -> None:
    """A theme typed in."""
    window.to_line(3)
    window.keys("ctrl+t")
    window.type("党建品牌")
    window.keys("Return", "Escape")


PAGES = (page_000, page_001, page_002, page_003, page_004)


def day(window: Window, shot: Callable[[str], None]) -> None:
    """Each page edited, its doubts confirmed, then marked done (Ctrl+D goes on to the next page that is not
    done)."""
    for page in PAGES:
        name = page.__name__.removeprefix("page_")
        window.shows(name)
        page(window, shot)
        confirm_doubts(window, name)
        window.done()


def check(db: Path, out: Path) -> list[str]:
    """What is not as the editor left it: every page done, the export holding the roles given."""
    problems = []
    export = subprocess.run(
        [*PROOFDESK, "export", "--db", str(db), "--format", "jsonl", "--out", str(out)],
        capture_output=True,
        text=True,
        env=os.environ,
    )
    if export.returncode != 0:
        return [f"export failed: {export.stderr.strip()}"]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    statuses = {r["page"]: r["status"] for r in records}
    problems += [f"{page} is {status}, not done" for page, status in statuses.items() if status != "done"]
    if len(statuses) != 5:
        problems.append(f"{len(statuses)} pages exported, not 5")
    blocks = [(b["role"], b["text"]) for r in records for b in r["blocks"]]
    expected = [("credit", "马红坤 史晓燕"), ("title", PHOTO_TITLE), ("title", STORY_TITLE)]
    problems += [f"no {role} block {text!r}" for role, text in expected if (role, text) not in blocks]
    photo = next((r for r in records if r["byline"] == "马红坤 史晓燕"), None)
    if photo is None or any("马红坤" in p for p in photo["paragraphs"]):
        problems.append("the credit is not the photo's byline alone")
    if not any("PDCA" in p for r in records for p in r["paragraphs"]):
        problems.append("PD- CA not joined into PDCA")
    if not any("为民服务" in r["tags"] for r in records) or not any("党建品牌" in r["tags"] for r in records):
        problems.append("a theme typed in is not on its item")
    if any("（完）" in p for r in records for p in r["paragraphs"]):
        problems.append("a correction taken back is still in the export")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shots", type=Path, help="keep a screenshot of the window after some pages here")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("editors_day: needs an X display (xvfb-run) and xdotool", file=sys.stderr)
        return 77
    home = Path(tempfile.mkdtemp(prefix="proofdesk-day-"))
    env = os.environ | {"PROOFDESK_HOME": str(home), "LANG": "zh_CN.UTF-8", "PROOFDESK_EDITOR": "编辑甲"}
    os.environ.update(env)
    db = home / "library.sqlite"
    subprocess.run([*PROOFDESK, "import", "--db", str(db), str(SEEDS)], check=True, capture_output=True, env=env)
    shots = args.shots
    process = subprocess.Popen([*PROOFDESK, "--db", str(db)], env=env, stderr=subprocess.PIPE, text=True)
    try:
        found = ""
        for _ in range(300):
            found = xdotool("search", "--onlyvisible", "--name", "校对台")
            if found or process.poll() is not None:
                break
            time.sleep(0.1)
        if not found:
            print("editors_day: the window did not appear", file=sys.stderr)
            return 1
        window = Window(found.splitlines()[0])

        def shot(name: str) -> None:
            if shots is not None:
                shots.mkdir(parents=True, exist_ok=True)
                time.sleep(0.4)
                subprocess.run(["import", "-window", "root", str(shots / f"{name}.png")], check=False)

        try:
            day(window, shot)
        except Surprise as surprise:
            shot("surprise")
            print(f"editors_day: surprise: {surprise}", file=sys.stderr)
            return 1
        window.keys("ctrl+q", pause=1.0)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
    problems = check(db, home / "corpus.jsonl")
    for problem in problems:
        print(f"editors_day: {problem}", file=sys.stderr)
    if not problems:
        print("editors_day: five pages done by keys; the export holds every role, cut, added line and theme given")
        shutil.rmtree(home, ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
