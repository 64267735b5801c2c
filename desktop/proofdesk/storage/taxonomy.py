"""The library's theme taxonomy (`theme`) and the confirmed themes of its items, inside `Library`'s
transactions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import Connection, delete, insert, select, text, update
from sqlmodel import SQLModel

from ..themes.taxonomy import Retag, Theme
from . import tables  # noqa: F401  (registers the tables)
from .engine import cells, is_server
from .rows import tags, to_json

_THEME, _ITEM, _PAGE = (SQLModel.metadata.tables[t] for t in ("theme", "item", "page"))


def tags_of(conn: Connection, item: str) -> str:
    """A table `t` of the confirmed themes (`value`) of item `item`, for a FROM clause."""
    if is_server(conn):
        return f"json_array_elements_text({item}.tags::json) AS t(value)"
    return f"json_each({item}.tags) t"


def read(conn: Connection) -> list[Theme]:
    rows = conn.execute(select(_THEME).order_by(_THEME.c.position, _THEME.c.name)).all()
    with cells("themes"):
        return [Theme(r.name, r.description, tags(r.keywords)) for r in rows]


def replace(conn: Connection, themes: Iterable[Theme], retag: Retag | None) -> dict[int, dict[int, str]]:
    """Store `themes` as the taxonomy; with `retag`, every item's tags follow it. Returns the items whose tags
    changed, by page: their keys and their tags before (as stored)."""
    conn.execute(delete(_THEME))
    rows = [
        {"name": t.name, "description": t.description, "keywords": to_json(t.keywords), "position": i}
        for i, t in enumerate(themes)
    ]
    if rows:
        conn.execute(insert(_THEME), rows)
    changed: dict[int, dict[int, str]] = {}
    if retag:
        for page_id, key, stored in conn.execute(select(_ITEM.c.page_id, _ITEM.c.key, _ITEM.c.tags)).all():
            with cells("item tags"):
                old = tags(stored)
            new = retag.apply(old)
            if new != old:
                changed.setdefault(page_id, {})[key] = stored
                conn.execute(
                    update(_ITEM).where(_ITEM.c.page_id == page_id, _ITEM.c.key == key).values(tags=to_json(new))
                )
    return changed


def keep(conn: Connection, themes: Iterable[Theme]) -> bool:
    """Store `themes` as the taxonomy unless there is one already. True when stored."""
    if read(conn):
        return False
    replace(conn, themes, None)
    return True


def counts(conn: Connection) -> dict[str, int]:
    rows = conn.execute(text(f"SELECT t.value, count(*) FROM item i, {tags_of(conn, 'i')} GROUP BY t.value")).all()
    return {str(name): count for name, count in rows}


def tagged_items(conn: Connection) -> list[tuple[int, str, int, tuple[str, ...]]]:
    """Every item that carries a confirmed theme: its page's id and name, its key, its themes."""
    query = (
        select(_ITEM.c.page_id, _PAGE.c.name, _ITEM.c.key, _ITEM.c.tags)
        .join(_PAGE, _PAGE.c.id == _ITEM.c.page_id)
        .where(_ITEM.c.tags != "[]")
    )
    rows = conn.execute(query).all()
    with cells("item tags"):
        return [(r.page_id, r.name, r.key, tags(r.tags)) for r in rows]


def set_tags(conn: Connection, named: Mapping[tuple[int, int], Sequence[str]]) -> dict[int, dict[int, str]]:
    """Set the confirmed themes of the items `named` by (page id, key). Returns, by page, their keys and their
    tags before (as stored)."""
    changed: dict[int, dict[int, str]] = {}
    for (page_id, key), names in named.items():
        where = (_ITEM.c.page_id == page_id, _ITEM.c.key == key)
        stored = conn.execute(select(_ITEM.c.tags).where(*where)).scalar_one_or_none()
        if stored is not None:
            conn.execute(update(_ITEM).where(*where).values(tags=to_json(names)))
            changed.setdefault(page_id, {})[key] = stored
    return changed
