"""What makes an SQLite file a library of this Proofdesk: its application id and its schema version, known
without any engine (`schema` migrates; `glance` reads a page before the library is opened)."""

LATEST = 13
"""The newest schema version: the last revision in `migrations/versions` (a test checks they agree)."""

APPLICATION_ID = 0x50524644
"""`PRAGMA application_id` of every library ("PRFD"): another program's SQLite file is told apart before
anything is written to it. Libraries made before it was set carry 0 and are recognised by their tables."""
