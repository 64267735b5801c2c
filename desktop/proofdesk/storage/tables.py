"""The library's tables (latest schema). Rows never leave the storage package: the repository turns them into
domain objects."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class PageRow(SQLModel, table=True):
    __tablename__ = "page"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    content_hash: str = Field(unique=True)
    raw: str
    status: str = "new"
    imported_at: str
    parsed_with: int = 0


class LineRow(SQLModel, table=True):
    __tablename__ = "line"

    page_id: int = Field(foreign_key="page.id", primary_key=True, ondelete="CASCADE")
    line: int = Field(primary_key=True)
    item: int | None = None
    role: str
    brk: str
    correction: str | None = None
    edited: int = 0
    rule: str = ""
    confidence: float = 1.0


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
