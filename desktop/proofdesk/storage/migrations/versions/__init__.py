"""Alembic revisions of the library's schema; `revision` is the schema version as four digits."""
