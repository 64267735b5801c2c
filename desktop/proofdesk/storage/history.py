"""Who changed what and when: a row of `history` for every write to a page, in the write's own transaction,
named by the editor of the connection (`Library.editor`).

A row says which page, when (UTC, to the second), who, what kind of write (`Action`), which lines and items it
changed (JSON lists of line numbers and item keys) and the page's status after it when the write changed the
status. The team statistics (`proofdesk stats`) are counted from it and from the layers.
"""

from __future__ import annotations

import getpass
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from difflib import SequenceMatcher
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, insert, select, text
from sqlmodel import SQLModel

from ..domain.model import Field
from . import fulltext, tables  # noqa: F401  (tables: registers the tables)
from .engine import is_server
from .layers import whole_line
from .rows import BITS

EDITOR_ENV = "PROOFDESK_EDITOR"
"""The editor's name for every change made through this program (default: the system's user name)."""

_HISTORY = SQLModel.metadata.tables["history"]
_RECORD = insert(_HISTORY)


class Action(StrEnum):
    IMPORT = "import"
    EDIT = "edit"
    REPARSE = "reparse"
    IMAGE = "image"
    RETAG = "retag"


def default_editor() -> str:
    named = os.environ.get(EDITOR_ENV, "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this user id (a container)
        return "editor"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record(
    conn: Connection,
    page_id: int,
    editor: str,
    action: Action,
    lines: Iterable[int] = (),
    items: Iterable[int] = (),
    status: str | None = None,
    replaced: dict[str, Any] | None = None,
) -> None:
    """Record a write; `replaced` is what it replaced (`rows.replaced`), for rewinding the page's layer."""
    conn.execute(
        _RECORD,
        {
            "page_id": page_id,
            "at": now(),
            "editor": editor,
            "action": action.value,
            "lines": json.dumps(sorted(lines)),
            "items": json.dumps(sorted(items)),
            "status": status,
            "replaced": None if replaced is None else json.dumps(replaced, ensure_ascii=False, separators=(",", ":")),
        },
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One change of a page."""

    id: int
    at: str
    editor: str
    action: Action
    lines: tuple[int, ...]
    items: tuple[int, ...]
    status: str | None
    rewindable: bool
    """Whether the layer before this change can be rebuilt from the one after it (the change kept what it
    replaced, or did not touch the layer)."""


def of_page(conn: Connection, page_id: int) -> list[Entry]:
    rows = conn.execute(select(_HISTORY).where(_HISTORY.c.page_id == page_id).order_by(_HISTORY.c.id)).all()
    return [
        Entry(
            r.id,
            r.at,
            r.editor,
            Action(r.action),
            tuple(json.loads(r.lines)),
            tuple(json.loads(r.items)),
            r.status,
            r.replaced is not None or r.action == Action.IMAGE,
        )
        for r in rows
    ]


def replaced_since(conn: Connection, page_id: int, entry_id: int) -> list[dict[str, Any]] | None:
    """What the changes of the page after `entry_id` replaced, newest first: rewinding the page's layer through
    them gives the layer as that change left it. None when one of them did not keep it (a change recorded by an
    older Proofdesk), or `entry_id` is not a change of the page."""
    rows = conn.execute(
        select(_HISTORY.c.id, _HISTORY.c.action, _HISTORY.c.replaced)
        .where(_HISTORY.c.page_id == page_id, _HISTORY.c.id >= entry_id)
        .order_by(_HISTORY.c.id.desc())
    ).all()
    if not rows or rows[-1].id != entry_id:
        return None
    found = []
    for row in rows[:-1]:
        if row.replaced is not None:
            found.append(json.loads(row.replaced))
        elif row.action != Action.IMAGE:
            return None
    return found


@dataclass
class EditorDay:
    """What one editor did on one day (UTC)."""

    editor: str
    day: str
    pages_done: set[int] = field(default_factory=set)
    edits: int = 0
    lines: int = 0


@dataclass(frozen=True, slots=True)
class Stats:
    pages: dict[str, int]
    """Pages by status."""
    done_lines: int
    """Lines of the pages marked done: what the parser's accuracy is measured on."""
    changed: dict[str, int]
    """Of those, lines whose item, role, break or text an editor changed (by field), and `any`."""
    days: list[EditorDay]
    search_indexed: bool
    """Whether searches of three or more characters are answered from a trigram index (not a scan)."""
    corrections: list[tuple[str, str, int]] = field(default_factory=list)
    """The editors' most frequent text corrections: the raw text, what it became, how many times (what a
    replace across the library could do at once)."""


# `proofdesk stats` lists this many of the most frequent corrections.
TOP_CORRECTIONS = 10


def stats(conn: Connection) -> Stats:
    pages = {str(s): int(n) for s, n in conn.execute(text("SELECT status, count(*) FROM page GROUP BY status"))}
    fields = ", ".join(f"sum(CASE WHEN (l.edited & {BITS[f]}) != 0 THEN 1 ELSE 0 END)" for f in Field)
    row = conn.execute(
        text(
            f"SELECT count(*), sum(CASE WHEN l.edited != 0 THEN 1 ELSE 0 END), {fields}"
            " FROM line l JOIN page p ON p.id = l.page_id WHERE p.status = 'done'"
        )
    ).one()
    changed = {"any": int(row[1] or 0)} | {f.value: int(v or 0) for f, v in zip(Field, row[2:], strict=True)}
    day = "substr(at, 1, 10)" if not is_server(conn) else "left(at, 10)"
    days: dict[tuple[str, str], EditorDay] = {}
    query = text(f"SELECT editor, {day}, action, lines, status, page_id FROM history ORDER BY editor, {day}")
    for editor, on, action, lines, status, page_id in conn.execute(query):
        entry = days.setdefault((editor, on), EditorDay(editor, on))
        if action != Action.IMPORT:
            entry.edits += 1
        if action == Action.EDIT:
            entry.lines += len(json.loads(lines))
        if status == "done":
            entry.pages_done.add(page_id)
    return Stats(
        pages, int(row[0] or 0), changed, list(days.values()), fulltext.indexed(conn), frequent_corrections(conn)
    )


def frequent_corrections(conn: Connection, limit: int = TOP_CORRECTIONS) -> list[tuple[str, str, int]]:
    """What editors' corrections replaced, most frequent first: each corrected line compared with its raw
    line, every stretch that differs counted as one replacement (lines cut into segments and added lines,
    whose text is no whole raw line, are left out)."""
    corrected = conn.execute(
        text(
            f"SELECT page_id, line, correction FROM line l WHERE (edited & {BITS[Field.CORRECTION]}) != 0"
            f" AND correction IS NOT NULL AND {whole_line('l')} ORDER BY page_id"
        )
    ).all()
    counted: Counter[tuple[str, str]] = Counter()
    raw: list[str] = []
    current = None
    for page_id, number, correction in corrected:
        if page_id != current:
            current = page_id
            found = conn.execute(text("SELECT raw FROM page WHERE id = :id"), {"id": page_id}).scalar_one()
            raw = str(found).split("\n")
        before = raw[number - 1] if 0 < number <= len(raw) else ""
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, before, correction, autojunk=False).get_opcodes():
            if tag != "equal" and (before[i1:i2].strip() or correction[j1:j2].strip()):
                counted[before[i1:i2], correction[j1:j2]] += 1
    return [(a, b, n) for (a, b), n in counted.most_common(limit)]
