"""The library's schema versions as Alembic revisions, one module each in `versions/` (`0001` … the latest).

The same revisions make and migrate a library on SQLite and on PostgreSQL; where the engines differ (the
full-text index, booleans, the byte order of page names) a revision asks its connection which one it is on.
They are run by `storage.schema`, never by the `alembic` command: there is no `env.py`.
"""
