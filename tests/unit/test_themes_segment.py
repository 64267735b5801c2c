"""jieba is loaded once, quietly, off the import path, with its cache where the caller says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from proofdesk.themes import load_jieba, tokenize
from proofdesk.themes.segment import NEWSPAPER_STOP_WORDS


def jieba_version() -> str:
    import jieba

    return str(jieba.__version__)


def test_loading_is_quiet_once_only_thread_safe_and_caches_in_the_given_dir(tmp_path: Path) -> None:
    # A fresh interpreter: this process may have loaded jieba already. `-W error` as in the test suite.
    script = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "from proofdesk.themes import is_loaded, load_jieba, tokenize\n"
        "assert not is_loaded()\n"
        "try:\n"
        "    tokenize('党建')\n"
        "except RuntimeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('tokenize before load')\n"
        "spent = []\n"
        "threads = [threading.Thread(target=lambda: spent.append(load_jieba(Path(sys.argv[1])))) for _ in range(4)]\n"
        "for t in threads: t.start()\n"
        "for t in threads: t.join()\n"
        "assert sorted(spent)[:3] == [0.0, 0.0, 0.0] and spent.count(0.0) == 3, spent\n"
        "assert is_loaded() and load_jieba(Path(sys.argv[1])) == 0.0\n"
        "print(max(spent))\n"
    )
    cache = tmp_path / "cache"
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", script, str(cache)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert float(result.stdout) > 0
    assert [path.name for path in cache.iterdir()] == [f"jieba-{jieba_version()}.dictionary"]


@pytest.fixture(scope="module", autouse=True)
def _jieba(tmp_path_factory: pytest.TempPathFactory) -> None:
    load_jieba(tmp_path_factory.mktemp("jieba"))


def test_tokenize_keeps_content_words_only() -> None:
    words = tokenize("本报讯（记者 王培源）8月20日，该镇党支部领办合作社，为集体经济增收22万元。")
    assert "合作社" in words and "集体经济" in words and "党支部" in words
    assert not {"本报讯", "记者", "该镇", "万元"} & set(words)
    assert all(len(w) >= 2 for w in words)
    assert not any(w.isdigit() or w.isascii() for w in words)


def test_stop_words_are_words_not_themes() -> None:
    assert "党建" not in NEWSPAPER_STOP_WORDS
    assert all(len(w) >= 2 for w in NEWSPAPER_STOP_WORDS)
