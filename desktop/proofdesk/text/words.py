"""jieba, the word segmenter, loaded once and never at import.

Loading jieba's dictionary takes about half a second and holds the GIL for part of it, so the window calls
`load_jieba` in a worker after it shows. jieba's own default cache lives in the system temp dir with mode
0600, which breaks on shared machines and read-only installs: the cache goes to the directory the caller
passes (the platformdirs cache dir by default).
"""

from __future__ import annotations

import logging
import re
import threading
import time
import warnings
from contextlib import closing
from functools import lru_cache
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_jieba: Any = None


def load_jieba(cache_dir: Path | None = None) -> float:
    """Load jieba and its dictionary once, caching the parsed dictionary in `cache_dir` (the user's cache
    folder when None).

    Safe to call from several threads and again after loading; returns the seconds this call spent loading
    (0.0 when jieba was already loaded). In the window, call it in a worker thread, never on the GUI thread.
    """
    global _jieba
    with _lock:
        if _jieba is not None:
            return 0.0
        start = time.perf_counter()
        if cache_dir is None:
            from ..paths import cache_dir as user_cache

            cache_dir = user_cache()
        cache_dir.mkdir(parents=True, exist_ok=True)
        jieba = _jieba_module()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            # jieba logs "Building prefix dict..." at DEBUG to stderr on every load.
            jieba.setLogLevel(logging.WARNING)
            jieba.dt.tmp_dir = str(cache_dir)
            jieba.dt.initialize()
        _jieba = jieba
        return time.perf_counter() - start


def _jieba_module() -> Any:
    """jieba's module, imported (its dictionary not loaded)."""
    # jieba 0.42 has invalid escape sequences in its source (warnings when it is byte-compiled) and may
    # import pkg_resources (deprecated): neither is ours to fix, and they must not fail a strict run.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", SyntaxWarning)
        warnings.simplefilter("ignore", UserWarning)
        import jieba

    return jieba


COMMON = 20
"""A two- or three-character word jieba's dictionary counts at least this often is a word of the language;
rarer ones are names and terms, as likely to be characters that meet by chance."""


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The two- and three-character words of jieba's main dictionary counted at least `COMMON` times (some
    46,000 and 17,000), read from the dictionary file alone, once (a fifth of a second; jieba's dictionary is
    not loaded)."""
    with closing(_jieba_module().dt.get_dict_file()) as file:
        listed = file.read().decode("utf-8")
    found = re.findall(r"^(\w\w\w?) (\d+)", listed, re.MULTILINE)
    return frozenset(word for word, count in found if int(count) >= COMMON)


def is_loaded() -> bool:
    """Whether `load_jieba` has finished, so that segmenting will not block on the dictionary."""
    return _jieba is not None


def loaded_jieba() -> Any:
    """The jieba module; raises RuntimeError before `load_jieba`."""
    if _jieba is None:
        raise RuntimeError("load_jieba() must run before words are cut")
    return _jieba
