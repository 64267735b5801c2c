"""The words of texts segmented before, kept in a file of the user's cache folder.

Segmenting every article of a library with jieba is most of what building the theme suggester costs (about
17 s for 1,000 pages), and it was done again at every start of the window and every export with suggestions.
The words of a text depend on the text alone, so they are kept by the text's hash: an article segmented once
is not segmented again, in any library, until its text changes. The file can be deleted at any time; one that
cannot be opened or read is left alone, and the words are segmented as before.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

from .suggest import Tokenize

FILE = "words.sqlite"
_SEPARATOR = "\x1f"  # no word holds it: words hold a Han character and no control character


class WordCache:
    """`tokenize` with its results remembered in `folder`/words.sqlite; `save` writes what was segmented new."""

    def __init__(self, folder: Path, tokenize: Tokenize) -> None:
        self._tokenize = tokenize
        self._lock = threading.Lock()
        self._new: dict[str, str] = {}
        self.segmented = 0
        """Texts segmented here (not found in the file)."""
        self._db: sqlite3.Connection | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / FILE, check_same_thread=False, isolation_level=None)
            db.execute("CREATE TABLE IF NOT EXISTS words (hash TEXT PRIMARY KEY, words TEXT NOT NULL) WITHOUT ROWID")
            self._db = db
        except (OSError, sqlite3.Error):  # a read-only or broken cache: segment every text
            self._db = None

    def __call__(self, text: str) -> list[str]:
        key = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        with self._lock:
            found = self._new.get(key)
            if found is None and self._db is not None:
                try:
                    row = self._db.execute("SELECT words FROM words WHERE hash = ?", (key,)).fetchone()
                except sqlite3.Error:
                    row = None
                found = None if row is None else row[0]
        if found is not None:
            return found.split(_SEPARATOR) if found else []
        words = self._tokenize(text)
        with self._lock:
            self._new[key] = _SEPARATOR.join(words)
            self.segmented += 1
        return words

    def save(self) -> None:
        """Write the words segmented since the last save (nothing when the file cannot be written)."""
        with self._lock:
            new, self._new = self._new, {}
            if self._db is None or not new:
                return
            try:
                with self._db:
                    self._db.execute("BEGIN")
                    self._db.executemany("INSERT OR REPLACE INTO words VALUES (?, ?)", new.items())
            except sqlite3.Error:
                return
