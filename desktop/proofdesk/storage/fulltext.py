"""The library's full-text index: every non-blank raw line's text and its correction, in an FTS5 table.

The table `line_search` has a row per line, keyed `page_id << 32 | line`, holding the raw text and the
correction (NULL when there is none). The raw side is written with the page (it never changes); the
correction side follows the `line` table through triggers, so every write of a layer — an edit, an undo, a
re-parse, a migration — updates the index in its own transaction, and a deleted page leaves no rows.

The `trigram` tokenizer (case-sensitive, so a search finds exactly what a replace would change) answers
queries of three or more characters from the index: the rows holding every trigram of the query (the index
keeps no positions, `detail=none`, which makes it a fifth smaller), then `instr` keeps those that hold the
query itself. It indexes nothing shorter, so one- and two-character queries are an `instr` scan, page by
page in the pages' order, bounded by the status filter and the limit: the stored raw page and its corrected
lines first (`line_corrected` indexes those), then the rows of the pages that hold the query. (`LIKE` is not
used: SQLite 3.39–3.40 wrongly finds nothing for a short `LIKE` pattern on a trigram table.)

On a PostgreSQL server `line_search` is a plain table of the same rows (`rowid`, `raw`, `corrected`), kept by
the same triggers (in PL/pgSQL), and a search is one `LIKE` of every row, exact and case-sensitive as on
SQLite. Where the `pg_trgm` extension can be installed (it is a trusted extension: the database's owner may),
trigram GIN indexes on both columns let the server answer a query of three or more characters without reading
every line; without it the same query scans the table, which stays correct, only slower on a large library.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import product
from typing import Any

from sqlalchemy import Connection, CursorResult, TextClause, text
from sqlalchemy.exc import DBAPIError

from ..domain.model import Layer, line_label
from ..text.matching import Mode, Pattern
from .engine import executemany, is_server
from .taxonomy import tags_of

LINE_BITS = 32
_SPAN = 1 << LINE_BITS
MIN_INDEXED = 3
"""Queries at least this long (in characters) are answered by the trigram index."""
CANDIDATE_ROWS = 20_000
"""A search for its first lines reads at most this many row ids of the index to find the pages to read."""

_KEY = f"(({{row}}.page_id << {LINE_BITS}) + {{row}}.line)"

DDL = (
    "CREATE VIRTUAL TABLE line_search USING fts5(raw, corrected, tokenize = 'trigram case_sensitive 1', detail = none)",
    # Pages are written one transaction each: merging the index's segments less often makes that 1.5 times
    # faster, and searches no slower.
    "INSERT INTO line_search (line_search, rank) VALUES ('automerge', 16)",
    # A line's correction follows the line table, whichever write changed it.
    "CREATE TRIGGER line_search_insert AFTER INSERT ON line WHEN new.correction IS NOT NULL BEGIN"
    f" UPDATE line_search SET corrected = new.correction WHERE rowid = {_KEY.format(row='new')}; END",
    "CREATE TRIGGER line_search_update AFTER UPDATE OF correction ON line"
    " WHEN new.correction IS NOT old.correction BEGIN"
    f" UPDATE line_search SET corrected = new.correction WHERE rowid = {_KEY.format(row='new')}; END",
    "CREATE TRIGGER line_search_delete AFTER DELETE ON line WHEN old.correction IS NOT NULL BEGIN"
    f" UPDATE line_search SET corrected = NULL WHERE rowid = {_KEY.format(row='old')}; END",
    # The few corrected lines of a page, found without reading its other lines (short queries).
    "CREATE INDEX line_corrected ON line (page_id, line) WHERE correction IS NOT NULL",
    "CREATE TRIGGER line_search_forget AFTER DELETE ON page BEGIN"
    f" DELETE FROM line_search WHERE rowid >= old.id << {LINE_BITS} AND rowid < (old.id + 1) << {LINE_BITS}; END",
)


_SERVER_KEY = f"((({{row}}.page_id)::bigint << {LINE_BITS}) + {{row}}.line)"

SERVER_DDL = (
    "CREATE TABLE line_search (rowid BIGINT PRIMARY KEY, raw TEXT NOT NULL, corrected TEXT)",
    "CREATE FUNCTION line_search_follow() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'DELETE' THEN"
    f" UPDATE line_search SET corrected = NULL WHERE rowid = {_SERVER_KEY.format(row='OLD')}; RETURN OLD;"
    " END IF;"
    f" UPDATE line_search SET corrected = NEW.correction WHERE rowid = {_SERVER_KEY.format(row='NEW')};"
    " RETURN NEW; END $$",
    "CREATE TRIGGER line_search_insert AFTER INSERT ON line FOR EACH ROW WHEN (NEW.correction IS NOT NULL)"
    " EXECUTE FUNCTION line_search_follow()",
    "CREATE TRIGGER line_search_update AFTER UPDATE OF correction ON line FOR EACH ROW"
    " WHEN (NEW.correction IS DISTINCT FROM OLD.correction) EXECUTE FUNCTION line_search_follow()",
    "CREATE TRIGGER line_search_delete AFTER DELETE ON line FOR EACH ROW WHEN (OLD.correction IS NOT NULL)"
    " EXECUTE FUNCTION line_search_follow()",
    "CREATE INDEX line_corrected ON line (page_id, line) WHERE correction IS NOT NULL",
    "CREATE FUNCTION line_search_forget() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    f" DELETE FROM line_search WHERE rowid >= OLD.id::bigint << {LINE_BITS}"
    f" AND rowid < (OLD.id::bigint + 1) << {LINE_BITS}; RETURN OLD; END $$",
    "CREATE TRIGGER line_search_forget AFTER DELETE ON page FOR EACH ROW EXECUTE FUNCTION line_search_forget()",
)
# A segment or an added line (a `Piece`, keyed above the page's raw lines) has a row of its own while it
# exists, with no raw text (a segment's raw text is its raw line's), so its correction is found too.
PIECE_DDL = (
    "CREATE TRIGGER line_search_piece_insert AFTER INSERT ON line WHEN new.piece_line IS NOT NULL BEGIN"
    f" INSERT OR REPLACE INTO line_search (rowid, raw, corrected) VALUES ({_KEY.format(row='new')}, '',"
    " new.correction); END",
    "CREATE TRIGGER line_search_piece_delete AFTER DELETE ON line WHEN old.piece_line IS NOT NULL BEGIN"
    f" DELETE FROM line_search WHERE rowid = {_KEY.format(row='old')}; END",
)
SERVER_PIECE_DDL = (
    "CREATE FUNCTION line_search_piece() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
    " IF TG_OP = 'DELETE' THEN"
    f" DELETE FROM line_search WHERE rowid = {_SERVER_KEY.format(row='OLD')}; RETURN OLD;"
    " END IF;"
    f" INSERT INTO line_search (rowid, raw, corrected) VALUES ({_SERVER_KEY.format(row='NEW')}, '', NEW.correction)"
    " ON CONFLICT (rowid) DO UPDATE SET corrected = EXCLUDED.corrected; RETURN NEW; END $$",
    "CREATE TRIGGER line_search_piece_insert AFTER INSERT ON line FOR EACH ROW WHEN (NEW.piece_line IS NOT NULL)"
    " EXECUTE FUNCTION line_search_piece()",
    "CREATE TRIGGER line_search_piece_delete AFTER DELETE ON line FOR EACH ROW WHEN (OLD.piece_line IS NOT NULL)"
    " EXECUTE FUNCTION line_search_piece()",
)
TRIGRAM_DDL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX line_search_raw ON line_search USING gin (raw gin_trgm_ops)",
    "CREATE INDEX line_search_corrected ON line_search USING gin (corrected gin_trgm_ops)",
)


@dataclass(frozen=True, slots=True)
class Hit:
    """A line that holds the query: in its shown text (`text`, the correction where there is one, else the
    raw text) or in its raw text (`raw`) only, when a correction removed it."""

    page_id: int
    page: str
    line: int
    text: str
    raw: str
    item: int | None
    label: str = ""
    """How the window numbers the line (`line_label`): `12`, `12.2` for a part of a cut line, `+` for an
    added line."""

    @property
    def corrected(self) -> bool:
        return self.text != self.raw

    @property
    def where(self) -> str:
        return self.label or str(self.line)


@dataclass(frozen=True, slots=True)
class Stretch:
    """Where a search that reads page by page goes on: after the page named `after` (pages are read in name
    order), until the clock (`time.monotonic`) reads `until` — but for at least `MIN_PAGES` pages, so that a
    small library is always searched whole at once."""

    after: str | None = None
    until: float | None = None

    MIN_PAGES = 10

    def pages(self, pages: CursorResult[int, str], stopped: list[str | None]) -> Iterator[tuple[int, str]]:
        """`pages` (id and name) until the stretch is over; then the last page given goes into `stopped`."""
        last = None
        for read, (page_id, name) in enumerate(pages):
            if self.until is not None and read >= self.MIN_PAGES and time.monotonic() >= self.until:
                pages.close()
                stopped.append(last)
                return
            last = name
            yield page_id, name


@dataclass(frozen=True, slots=True)
class Part:
    """The lines a stretch of a search found, and the last page it read when it stopped before the end
    (None: the search is done)."""

    hits: list[Hit]
    stopped_after: str | None = None


def create(conn: Connection, *, pieces: bool = True) -> None:
    """Make the index and its triggers (empty), inside the caller's transaction; `pieces`: with the triggers
    that index segments and added lines (a schema before version 11 has no pieces)."""
    if pieces:
        create_piece_triggers(conn)
    if not is_server(conn):
        for statement in DDL:
            conn.exec_driver_sql(statement)
        return
    for statement in SERVER_DDL:
        conn.exec_driver_sql(statement)
    savepoint = conn.begin_nested()
    try:
        for statement in TRIGRAM_DDL:
            conn.exec_driver_sql(statement)
    except DBAPIError:  # pg_trgm not installed on the server, or not ours to install: searches scan
        savepoint.rollback()
    else:
        savepoint.commit()


def create_piece_triggers(conn: Connection) -> None:
    """The triggers that give a segment or an added line a row of the index while it exists."""
    for statement in SERVER_PIECE_DDL if is_server(conn) else PIECE_DDL:
        conn.exec_driver_sql(statement)


def indexed(conn: Connection) -> bool:
    """Whether searches of three or more characters are answered from a trigram index."""
    if not is_server(conn):
        return True
    found = conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = 'line_search_raw'")).scalar_one()
    return bool(found)


def add_page(conn: Connection, page_id: int, lines: Sequence[str], numbers: Iterable[int] = ()) -> None:
    """Index a new page's non-blank raw lines (and any of `numbers`, the lines its layer holds), before its
    layer is written: the triggers then fill in the corrections."""
    wanted = {n for n, line in enumerate(lines, 1) if line.strip()} | {n for n in numbers if 1 <= n <= len(lines)}
    executemany(
        conn,
        "INSERT INTO line_search (rowid, raw) VALUES (?, ?)",
        [((page_id << LINE_BITS) + n, lines[n - 1]) for n in sorted(wanted)],
    )


def build(conn: Connection) -> None:
    """Index every page of a library made before the index (a migration), in the caller's transaction."""
    corrections: dict[int, dict[int, str]] = {}
    for page_id, line, correction in conn.exec_driver_sql(
        "SELECT page_id, line, correction FROM line WHERE correction IS NOT NULL"
    ):
        corrections.setdefault(page_id, {})[line] = correction
    numbers: dict[int, list[int]] = {}
    for page_id, line in conn.exec_driver_sql("SELECT page_id, line FROM line"):
        numbers.setdefault(page_id, []).append(line)
    page_ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM page ORDER BY id")]
    for page_id in page_ids:
        raw = conn.execute(text("SELECT raw FROM page WHERE id = :id"), {"id": page_id}).scalar_one()
        lines = str(raw).split("\n")
        add_page(conn, page_id, lines, numbers.get(page_id, ()))
        _set_corrections(conn, page_id, corrections.get(page_id, {}))


def _set_corrections(conn: Connection, page_id: int, corrections: Mapping[int, str]) -> None:
    if corrections:
        executemany(
            conn,
            "UPDATE line_search SET corrected = ? WHERE rowid = ?",
            [(c, (page_id << LINE_BITS) + n) for n, c in corrections.items()],
        )


def in_page_order(hits: list[Hit], layers: Mapping[int, Layer]) -> list[Hit]:
    """`hits` with those of the pages in `layers` (pages with cut or added lines, whose keys follow the raw
    lines) put in their page's order and numbered as the window numbers them; the pages stay in their order."""
    if not layers:
        return hits
    first: dict[int, int] = {}
    for at, hit in enumerate(hits):
        first.setdefault(hit.page_id, at)

    def place(hit: Hit) -> tuple[int, int]:
        layer = layers.get(hit.page_id)
        if layer is None or hit.line not in layer.lines:
            return first[hit.page_id], hit.line
        return first[hit.page_id], layer.order.index(hit.line)

    return [
        dataclasses.replace(h, label=line_label(layers[h.page_id], h.line))
        if h.page_id in layers and h.line in layers[h.page_id].lines
        else h
        for h in sorted(hits, key=place)
    ]


def _trigrams(query: str) -> str:
    """An FTS5 query for rows holding trigrams that cover every character of `query` (each quoted: the
    query's characters are never FTS5 syntax)."""
    starts = sorted({*range(0, len(query) - MIN_INDEXED + 1, MIN_INDEXED), len(query) - MIN_INDEXED})
    grams = dict.fromkeys(query[i : i + MIN_INDEXED] for i in starts)
    return " AND ".join('"' + gram.replace('"', '""') + '"' for gram in grams)


@dataclass(frozen=True, slots=True)
class Scope:
    """The lines a search looks at: all, or those of pages of a status, of one page, of items with a theme,
    with a role, corrected or not."""

    status: str | None = None
    page_id: int | None = None
    tag: str | None = None
    role: str | None = None
    corrected: bool | None = None

    def per_line(self) -> bool:
        """Whether the scope asks more of a line than the page it is on."""
        return self.tag is not None or self.role is not None or self.corrected is not None


def search(
    conn: Connection, pattern: Pattern, scope: Scope = Scope(), limit: int | None = None, stretch: Stretch = Stretch()
) -> Part:
    """Lines whose shown or raw text matches `pattern` (of `scope`), in page order (by name) and line order;
    a search that reads page by page stops where `stretch` says (one the index answers at once never does)."""
    plain = pattern.mode is Mode.TEXT and not pattern.folded and scope.page_id is None and not scope.per_line()
    if not plain:
        return _matching(conn, pattern, scope, limit, stretch)
    query, status = pattern.text, scope.status
    if is_server(conn):  # one statement, answered from the server's indexes: never stopped
        return Part(_server_search(conn, query, status, limit))
    params: dict[str, Any] = {"query": query, "limit": -1 if limit is None else limit}
    status_filter = ""
    if status is not None:
        status_filter = " AND p.status = :status"
        params["status"] = status
    if stretch.after is not None:
        status_filter += " AND p.name > :after"
        params["after"] = stretch.after
    if len(query) < MIN_INDEXED:
        pages = conn.execute(
            text(
                "SELECT p.id, p.name FROM page p WHERE (instr(p.raw, :query) > 0 OR EXISTS (SELECT 1 FROM line c"
                " WHERE c.page_id = p.id AND c.correction IS NOT NULL AND instr(c.correction, :query) > 0))"
                f"{status_filter} ORDER BY p.name"
            ),
            params,
        )
        return _page_by_page(conn, pages, params, limit, stretch)
    params["trigrams"] = _trigrams(query)
    if limit is None:  # every line: one statement answers it from the index, faster than any page by page
        sql = (
            f"SELECT p.id, p.name, s.rowid & {_SPAN - 1} AS n, s.raw, s.corrected, l.item"
            f" FROM line_search s JOIN page p ON p.id = (s.rowid >> {LINE_BITS})"
            f" LEFT JOIN line l ON l.page_id = p.id AND l.line = (s.rowid & {_SPAN - 1})"
            " WHERE line_search MATCH :trigrams AND (instr(s.raw, :query) > 0 OR instr(s.corrected, :query) > 0)"
            f"{status_filter} ORDER BY p.name, n"
        )
        rows = conn.execute(text(sql), params).all()
        return Part([Hit(r[0], r[1], int(r[2]), r[4] if r[4] is not None else r[3], r[3], r[5]) for r in rows])
    # The first lines only: the pages that may hold the query, from the index's row ids alone (reading the
    # rows' text is what costs), then page by page in name order until `limit` lines are found. A query
    # with more candidate rows than that is frequent: its first lines are on the first pages.
    candidates = _candidate_pages(conn, params["trigrams"], params)
    pages = conn.execute(
        text(f"SELECT p.id, p.name FROM page p WHERE 1{candidates}{status_filter} ORDER BY p.name"), params
    )
    return _page_by_page(conn, pages, params, limit, stretch)


def _candidate_pages(conn: Connection, trigrams: str, params: dict[str, Any]) -> str:
    """An SQL condition keeping the pages with rows of the index that hold `trigrams` (binding `:pages` in
    `params`), or "" when there are more than `CANDIDATE_ROWS` such rows (every page is a candidate)."""
    found = conn.execute(
        text("SELECT rowid FROM line_search WHERE line_search MATCH :trigrams LIMIT :rows"),
        {"trigrams": trigrams, "rows": CANDIDATE_ROWS},
    )
    rowids = found.scalars().all()
    if len(rowids) >= CANDIDATE_ROWS:
        return ""
    params["pages"] = json.dumps(sorted({rowid >> LINE_BITS for rowid in rowids}))
    return " AND p.id IN (SELECT value FROM json_each(:pages))"


def _matching(conn: Connection, pattern: Pattern, scope: Scope, limit: int | None, stretch: Stretch) -> Part:
    """A search the index cannot answer alone (a whole word, a regular expression, folded forms, a scope
    narrower than pages): the candidate pages from the index (or those whose text holds a plain run of the
    pattern, or every page of the scope), read page by page, each line matched here."""
    server = is_server(conn)
    params: dict[str, Any] = {}
    where = ""
    if scope.status is not None:
        where += " AND p.status = :status"
        params["status"] = scope.status
    if scope.page_id is not None:
        where += " AND p.id = :only"
        params["only"] = scope.page_id
    if stretch.after is not None:
        where += " AND p.name > :after"
        params["after"] = stretch.after
    if scope.tag is not None:
        where += f" AND EXISTS (SELECT 1 FROM item i, {tags_of(conn, 'i')} WHERE i.page_id = p.id AND t.value = :tag)"
        params["tag"] = scope.tag
    literal, trigrams = pattern.literal(), _index_query(pattern)
    if trigrams and not server:
        params["trigrams"] = trigrams
        where += _candidate_pages(conn, trigrams, params)
    elif literal:
        find = "strpos({0}, :literal) > 0" if server else "instr({0}, :literal) > 0"
        where += (
            f" AND ({find.format('p.raw')} OR EXISTS (SELECT 1 FROM line c WHERE c.page_id = p.id"
            f" AND c.correction IS NOT NULL AND {find.format('c.correction')}))"
        )
        params["literal"] = literal
    pages = conn.execute(text(f"SELECT p.id, p.name FROM page p WHERE 1 = 1{where} ORDER BY p.name"), params)
    lines = _lines_of_page(matched="trigrams" in params, holding=False)
    bound = {"trigrams": params["trigrams"]} if "trigrams" in params else {}
    hits: list[Hit] = []
    stopped: list[str | None] = []
    for page_id, name in stretch.pages(pages, stopped):
        low = page_id << LINE_BITS
        themed = _themed_items(conn, page_id, scope.tag) if scope.tag is not None else set()
        for n, raw, corrected, item, role in conn.execute(
            lines, {**bound, "page": page_id, "low": low, "high": low + _SPAN}
        ):
            shown = corrected if corrected is not None else raw
            if not (pattern.holds(shown) or (corrected is not None and pattern.holds(raw))):
                continue
            if (
                (scope.role is not None and role != scope.role)
                or (scope.corrected is not None and (corrected is not None) != scope.corrected)
                or (scope.tag is not None and item not in themed)
            ):
                continue
            hits.append(Hit(page_id, name, int(n), shown, raw, item))
            if limit is not None and len(hits) >= limit:
                pages.close()
                return Part(hits)
    return Part(hits, *stopped)


def _themed_items(conn: Connection, page_id: int, tag: str) -> set[int]:
    """The items of a page with the confirmed theme `tag`."""
    query = f"SELECT i.key FROM item i, {tags_of(conn, 'i')} WHERE i.page_id = :page AND t.value = :tag"
    return {r[0] for r in conn.execute(text(query), {"page": page_id, "tag": tag})}


def _index_query(pattern: Pattern) -> str:
    """The FTS5 query for rows that may match `pattern`: its plain text's trigrams, or for folded forms each
    trigram in every form it may be printed in; "" when the index cannot narrow the search."""
    literal, forms = pattern.literal(), pattern.forms()
    if literal is not None and len(literal) >= MIN_INDEXED:
        return _trigrams(literal)
    if forms is None or len(forms) < MIN_INDEXED:
        return ""
    starts = sorted({*range(0, len(forms) - MIN_INDEXED + 1, MIN_INDEXED), len(forms) - MIN_INDEXED})
    groups = []
    for i in starts:
        grams = ["".join(chars) for chars in product(*(sorted(f) for f in forms[i : i + MIN_INDEXED]))]
        groups.append("(" + " OR ".join('"' + gram.replace('"', '""') + '"' for gram in grams) + ")")
    return " AND ".join(groups)


def _lines_of_page(*, matched: bool, holding: bool) -> TextClause:
    """A page's rows of the index by its key range (`:page`, `:low`, `:high`), in line order, with their line's
    item and role; `matched`: only the rows the trigram query `:trigrams` names; `holding`: only the rows whose
    raw or corrected text holds `:query`."""
    match = "line_search MATCH :trigrams AND " if matched else ""
    holds = " AND (instr(s.raw, :query) > 0 OR instr(s.corrected, :query) > 0)" if holding else ""
    return text(
        f"SELECT s.rowid & {_SPAN - 1}, s.raw, s.corrected, l.item, l.role FROM line_search s"
        f" LEFT JOIN line l ON l.page_id = :page AND l.line = (s.rowid & {_SPAN - 1})"
        f" WHERE {match}s.rowid >= :low AND s.rowid < :high{holds} ORDER BY s.rowid"
    )


def _page_by_page(
    conn: Connection, pages: CursorResult[int, str], params: dict[str, Any], limit: int | None, stretch: Stretch
) -> Part:
    """The lines holding the query on each of `pages` (page id and name, in the order wanted), by the page's
    key range (and the trigram query when there is one), until `limit` lines are found or `stretch` ends."""
    lines = _lines_of_page(matched="trigrams" in params, holding=True)
    bound: dict[str, Any] = {key: params[key] for key in ("query", "trigrams") if key in params}
    hits: list[Hit] = []
    stopped: list[str | None] = []
    for page_id, name in stretch.pages(pages, stopped):
        low = page_id << LINE_BITS
        found = conn.execute(lines, {**bound, "page": page_id, "low": low, "high": low + _SPAN})
        for n, raw, corrected, item, _role in found:
            hits.append(Hit(page_id, name, int(n), corrected if corrected is not None else raw, raw, item))
            if limit is not None and len(hits) >= limit:
                pages.close()
                return Part(hits)
    return Part(hits, *stopped)


def _server_search(conn: Connection, query: str, status: str | None, limit: int | None) -> list[Hit]:
    """One `LIKE` of every line's raw and corrected text (answered from the trigram indexes where they
    exist); `LIKE` on PostgreSQL is exact and case-sensitive, with `\\` escaping `%` and `_`."""
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    params: dict[str, Any] = {"pattern": pattern, "limit": limit}
    status_filter = ""
    if status is not None:
        status_filter = " AND p.status = :status"
        params["status"] = status
    sql = (
        f"SELECT p.id, p.name, s.rowid & {_SPAN - 1} AS n, s.raw, s.corrected, l.item"
        f" FROM line_search s JOIN page p ON p.id = (s.rowid >> {LINE_BITS})"
        f" LEFT JOIN line l ON l.page_id = p.id AND l.line = (s.rowid & {_SPAN - 1})"
        f" WHERE (s.raw LIKE :pattern OR s.corrected LIKE :pattern){status_filter} ORDER BY p.name, n LIMIT :limit"
    )
    rows = conn.execute(text(sql), params).all()
    return [Hit(r[0], r[1], int(r[2]), r[4] if r[4] is not None else r[3], r[3], r[5]) for r in rows]
