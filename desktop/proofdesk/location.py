"""Where a library lives: a file (SQLite, one editor) or a PostgreSQL database on a server (a team).

`--db` takes either. A server is named by a libpq URL, `postgresql://user@host:port/dbname`, handed to libpq
as it is: service names (`postgresql:///?service=corpus`), `.pgpass`, `sslmode` and the `PG*` environment
variables work as in `psql`. A password written in the URL is never shown: `str(server)` masks it, and so
does every message that names the library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SCHEMES = ("postgresql", "postgres")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_PASSWORD_IN_AUTHORITY = re.compile(r"^([^:/?#]+://[^:@/?#]*:)([^@/?#]*)(@)")
_PASSWORD_IN_QUERY = re.compile(r"([?&]password=)([^&#]*)", re.IGNORECASE)


class BadLocation(ValueError):
    """`--db` names neither a file nor a PostgreSQL URL libpq accepts (the reason, password masked)."""


@dataclass(frozen=True, slots=True)
class Server:
    """A library in a PostgreSQL database. `url` is what was given (with any password); `str()` masks it."""

    url: str

    def __str__(self) -> str:
        return masked(self.url)

    def __repr__(self) -> str:
        return f"Server({masked(self.url)!r})"


Location = Path | Server
"""A library's place: a file path, or a database on a server."""


def masked(url: str) -> str:
    """`url` with any password in it replaced by `***`."""
    url = _PASSWORD_IN_AUTHORITY.sub(r"\1***\3", url)
    return _PASSWORD_IN_QUERY.sub(r"\1***", url)


def parse(text: str | Path) -> Location:
    """The library `text` names: a `postgresql://` URL (checked by libpq's own parser) or a file path.
    Raises `BadLocation` for a URL of another scheme or one libpq cannot read."""
    if isinstance(text, Path):
        return text
    match = _SCHEME.match(text)
    if match is None:
        return Path(text)
    if match[1].lower() not in SCHEMES:
        raise BadLocation(f"{masked(text)}: not a PostgreSQL URL (postgresql://user@host:port/dbname) or a file")
    try:
        from psycopg import ProgrammingError
        from psycopg.conninfo import conninfo_to_dict
    except ImportError as exc:  # a build without the PostgreSQL driver
        reason = (str(exc).splitlines() or [""])[0]
        raise BadLocation(f"{masked(text)}: this Proofdesk cannot reach PostgreSQL servers ({reason})") from exc

    try:
        conninfo_to_dict(text)
    except ProgrammingError as exc:
        reason = " ".join(str(exc).split())
        if server_password := _loose_password(text):
            reason = reason.replace(server_password, "***")
        raise BadLocation(f"{masked(text)}: not a URL libpq reads ({reason})") from exc
    return Server(text)


def _loose_password(url: str) -> str | None:
    found = _PASSWORD_IN_AUTHORITY.match(url)
    return found[2] if found and found[2] else None


def scrubbed(text: str, location: Location) -> str:
    """A server's message with the library's password removed, should the server have echoed it."""
    if isinstance(location, Server):
        password = _loose_password(location.url)
        if password:
            text = text.replace(password, "***")
    return text
