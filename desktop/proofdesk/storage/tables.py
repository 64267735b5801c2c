"""The library's tables (latest schema). Rows never leave the storage package: the repository turns them into
domain objects."""

from __future__ import annotations

from sqlalchemy import BigInteger, Index, Integer, String, text
from sqlmodel import Field, SQLModel

from .rows import role_edited

# Page names sort by their bytes (code points) on every engine, so that every list and export of a library is in
# the same order on SQLite (binary collation) and on PostgreSQL (whose default collation follows a locale).
_NAME = String().with_variant(String(collation="C"), "postgresql")
# A 64-bit integer key; on SQLite the table's own row id (INTEGER PRIMARY KEY).
_CODE = BigInteger().with_variant(Integer(), "sqlite")


# What the page list reads of every page, in its order: kept in an index, which the list reads alone.
PAGE_LIST_COLUMNS = ("name", "status", "items", "lines", "doubts", "edited")


class PageRow(SQLModel, table=True):
    __tablename__ = "page"
    __table_args__ = (Index("page_list", *PAGE_LIST_COLUMNS),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, sa_type=_NAME)
    content_hash: str = Field(unique=True)
    raw: str
    status: str = "new"
    imported_at: str
    parsed_with: int = 0
    version: int = 0
    """Raised by every write of the page's layer: a write based on an older version is refused (`claims`)."""
    items: int = 0
    lines: int = 0
    doubts: int = 0
    edited: int = 0
    """The page list's counts (`PageInfo`), kept with each write of the layer so the list reads no line."""


class LineRow(SQLModel, table=True):
    __tablename__ = "line"
    __table_args__ = (
        Index(
            "line_role_edited",
            "page_id",
            "line",
            sqlite_where=text(role_edited()),
            postgresql_where=text(role_edited()),
        ),
    )

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    line: int = Field(primary_key=True)
    item: int | None = None
    role: str
    brk: str
    correction: str | None = None
    edited: int = 0
    rule: str = ""
    confidence: float = 1.0
    piece_line: int | None = None
    """For a segment or an added line (`Piece`): the raw line it stands on, NULL for a whole raw line."""
    piece_start: int = 0
    piece_added: bool = False
    piece_seq: int = 0


class ItemRow(SQLModel, table=True):
    __tablename__ = "item"

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    key: int = Field(primary_key=True)
    kind: str
    kind_edited: bool = False
    tags: str = "[]"
    pinned: bool = False


class ThemeRow(SQLModel, table=True):
    __tablename__ = "theme"

    name: str = Field(primary_key=True)
    description: str = ""
    keywords: str = "[]"
    position: int = 0


class PageScanRow(SQLModel, table=True):
    """What is known of a page's scan: the OCR file's format and page size, and the attached image (by
    reference: its path and the sha256 of its bytes)."""

    __tablename__ = "page_scan"

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    format: str | None = None
    width: int | None = None
    height: int | None = None
    image: str | None = None
    image_hash: str | None = None
    image_width: int | None = None
    image_height: int | None = None


class LineBoxRow(SQLModel, table=True):
    """A raw line's box on the scan (pixels), the size of its type and the OCR engine's confidence."""

    __tablename__ = "line_box"

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    line: int = Field(primary_key=True)
    x: int
    y: int
    width: int
    height: int
    type_height: float | None = None
    ocr_confidence: float | None = None


class HistoryRow(SQLModel, table=True):
    """A change of a page: when, by whom, what kind, which lines and items (JSON lists), the status after."""

    __tablename__ = "history"

    id: int | None = Field(default=None, primary_key=True)
    page_id: int = Field(foreign_key="page.id", index=True, ondelete="CASCADE")
    at: str
    editor: str
    action: str
    lines: str = "[]"
    items: str = "[]"
    status: str | None = None
    replaced: str | None = None
    """What the change replaced (JSON, `rows.replaced`): the lines and items it changed as they were."""


class BigramRow(SQLModel, table=True):
    """In how many pages a Han bigram occurs (`wordstats`); the bigram by its code, its two code points in one
    integer."""

    __tablename__ = "bigram"

    code: int = Field(primary_key=True, sa_type=_CODE, sa_column_kwargs={"autoincrement": False})
    pages: int


class ClaimRow(SQLModel, table=True):
    """An editor's hold on a page while a window shows it (`claims`): who, which connection, and until when
    (seconds since the epoch on the library's clock)."""

    __tablename__ = "claim"

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    editor: str
    holder: str
    expires: float
