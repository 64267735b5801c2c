"""Word from a PostgreSQL server that another connection changed the library (LISTEN/NOTIFY), so that a window
sees others' changes and claims at once instead of at its next look.

Triggers on `history` (every write to a page records a row there) and on `claim` send a notice on the channel
`proofdesk` when their transaction commits; a `Listener` holds a connection of its own that waits for them. A
notice says only that something changed: the window then reads what it shows, as it would after a look.
A file library has no such thing: its windows look at `PRAGMA data_version` every two seconds.
"""

from __future__ import annotations

from sqlalchemy import Connection

from ..location import Server
from .engine import Problem, StorageError, is_server

CHANNEL = "proofdesk"

DDL = (
    f"CREATE OR REPLACE FUNCTION proofdesk_notice() RETURNS trigger LANGUAGE plpgsql AS"
    f" $$ BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$",
    "CREATE TRIGGER history_notice AFTER INSERT ON history FOR EACH STATEMENT EXECUTE FUNCTION proofdesk_notice()",
    "CREATE TRIGGER claim_notice AFTER INSERT OR UPDATE OR DELETE ON claim"
    " FOR EACH STATEMENT EXECUTE FUNCTION proofdesk_notice()",
)


def create(conn: Connection) -> None:
    """Make the triggers that send the notices (on a server; nothing on a file), in the caller's transaction."""
    if is_server(conn):
        for statement in DDL:
            conn.exec_driver_sql(statement)


class Listener:
    """A connection of its own to the library's server, listening for notices. Use from one thread."""

    def __init__(self, server: Server) -> None:
        import psycopg

        try:
            self._conn = psycopg.connect(server.url, autocommit=True, connect_timeout=10)
            self._conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise StorageError(Problem.UNREACHABLE, type(error).__name__) from None

    def wait(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for a notice; True when one came."""
        import psycopg

        try:
            return any(True for _ in self._conn.notifies(timeout=timeout, stop_after=1))
        except psycopg.Error as error:
            raise StorageError(Problem.UNREACHABLE, type(error).__name__) from None

    def close(self) -> None:
        self._conn.close()
