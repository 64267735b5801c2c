"""jieba, the word segmenter, loaded once and never at import.

Loading jieba's dictionary takes about half a second, so the window calls `load_jieba` in a worker after it
shows. jieba's own cache lives in the system temp dir with mode 0600, which breaks on shared machines and
read-only installs, and loading it in a worker stalls the window's thread (see `_load_dictionary`): the
dictionary is cached here instead, in the directory the caller passes (the platformdirs cache dir by default).
"""

from __future__ import annotations

import io
import logging
import marshal
import os
import re
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import closing
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

_lock = threading.Lock()
_jieba: Any = None


def load_jieba(cache_dir: Path | None = None, pause: Callable[[], None] | None = None) -> float:
    """Load jieba and its dictionary once, caching the parsed dictionary in `cache_dir` (the user's cache
    folder when None). `pause` is called every `CACHE_RECORD` words: a worker passes one that holds the load
    back while the editor is busy.

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
            _load_dictionary(jieba.dt, cache_dir / f"jieba-{jieba.__version__}.dictionary", pause or _go_on)
        _jieba = jieba
        return time.perf_counter() - start


CACHE_RECORD = 2_000
"""Words in one record of the cached dictionary: reading or writing a record holds the GIL well under a
millisecond."""


def _go_on() -> None:
    """No pause."""


def _load_dictionary(tokenizer: Any, cache: Path, pause: Callable[[], None] = _go_on) -> None:
    """Give a jieba tokenizer its prefix dictionary from the file `cache`, built and written there when the
    file is missing or unreadable; `pause` is called every `CACHE_RECORD` words.

    jieba's own `initialize` stalls every other thread for 0.2 s at a time, cache or not (measured in
    benchmarks/bench_jieba_load.py): it reads the dictionary or its cache through a file's buffer, whose small
    reads hand the GIL back to the reading thread before a waiting thread can take it, and its cache is one
    record, read or written in one call that holds the GIL throughout. Here each file is read in one call,
    the words are counted from memory, and the cache is written as records of `CACHE_RECORD` words.
    """
    try:
        with open(cache, "rb") as file:
            stream = io.BytesIO(file.read())
        total, records = marshal.load(stream)
        freq: dict[str, int] = {}
        for _ in range(records):
            pause()
            freq.update(marshal.load(stream))
    except (OSError, EOFError, ValueError, TypeError):
        with closing(tokenizer.get_dict_file()) as file:
            listed = file.read()
        freq, total = tokenizer.gen_pfdict(_paused_lines(listed, pause))
        _write_dictionary(cache, freq, total, pause)
    tokenizer.FREQ, tokenizer.total = freq, total
    tokenizer.initialized = True


def _paused_lines(listed: bytes, pause: Callable[[], None]) -> Iterator[bytes]:
    """The lines of a word list, `pause` called before every `CACHE_RECORD` of them."""
    for number, line in enumerate(io.BytesIO(listed)):
        if number % CACHE_RECORD == 0:
            pause()
        yield line


def _write_dictionary(cache: Path, freq: dict[str, int], total: int, pause: Callable[[], None]) -> None:
    """Write a prefix dictionary to `cache` as `_load_dictionary` reads it, whole or not at all, and remove
    the cache jieba itself wrote there before; a cache that cannot be written is only logged (the next start
    builds the dictionary again)."""
    words = iter(freq.items())
    records = -(-len(freq) // CACHE_RECORD)
    part = cache.with_name(f"{cache.name}.{os.getpid()}-{threading.get_ident()}.part")
    try:
        with open(part, "wb") as file:
            marshal.dump((total, records), file)
            for _ in range(records):
                pause()
                file.write(marshal.dumps(dict(islice(words, CACHE_RECORD))))
        os.replace(part, cache)
        (cache.parent / "jieba.cache").unlink(missing_ok=True)
    except OSError as error:
        part.unlink(missing_ok=True)
        logging.getLogger(__name__).warning("jieba's dictionary was not cached in %s: %s", cache.parent, error)


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


PLACE_COMMON = 300
"""A place jieba's dictionary counts at least this often is a place the language knows (`郑州`, `兰州`)."""


def common_words() -> frozenset[str]:
    """The two- and three-character words of jieba's main dictionary counted at least `COMMON` times (some
    46,000 and 17,000)."""
    return _listed_words()[0]


def places() -> frozenset[str]:
    """The two- and three-character words jieba's main dictionary tags as places (`ns`) and counts at least
    `PLACE_COMMON` times (some 700)."""
    return _listed_words()[1]


@lru_cache(maxsize=1)
def _listed_words() -> tuple[frozenset[str], frozenset[str]]:
    """`common_words` and `places`, read from the dictionary file alone, once (a fifth of a second; jieba's
    dictionary is not loaded)."""
    with closing(_jieba_module().dt.get_dict_file()) as file:
        listed = file.read().decode("utf-8")
    found = [
        (word, int(count), tag) for word, count, tag in re.findall(r"^(\w\w\w?) (\d+) (\w+)$", listed, re.MULTILINE)
    ]
    common = frozenset(word for word, count, _ in found if count >= COMMON)
    return common, frozenset(word for word, count, tag in found if tag == "ns" and count >= PLACE_COMMON)


def is_loaded() -> bool:
    """Whether `load_jieba` has finished, so that segmenting will not block on the dictionary."""
    return _jieba is not None


def loaded_jieba() -> Any:
    """The jieba module; raises RuntimeError before `load_jieba`."""
    if _jieba is None:
        raise RuntimeError("load_jieba() must run before words are cut")
    return _jieba
