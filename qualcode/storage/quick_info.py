"""Read a project file's title and counts quickly: standard library only, nothing written.

``qualcode info`` must answer within a fraction of a second, and importing SQLAlchemy
alone takes longer than that on a laptop. This module reads the facts ``info`` shows
from a plain project file with :mod:`sqlite3`, read-only (URI ``mode=ro&immutable=1``:
no write, no migration, no lock taken, no ``-wal``/``-shm``/``-journal`` file created).

It answers only when opening the project the full way
(:func:`qualcode.storage.project_file.open_project`) would open this file as it is and
show the same facts:

- a path, not a database URL, naming a regular file;
- plain SQLite (an encrypted project needs its password: the full way asks for it) in
  WAL mode (the full way would switch any other file to WAL, which writes and can wait
  for a lock);
- nobody writing: no ``-wal``, ``-shm`` or ``-journal`` file beside it;
- QualCode's ``application_id``, ``PRAGMA quick_check`` ok, the current schema revision
  (an older one is upgraded after a backup, or refused read-only, by the full way) and
  exactly the schema our migrations create (no foreign trigger or view).

In every other case, and on any error, :func:`read_quick_info` returns ``None`` and the
caller opens the project the full way, which gives every message, prompt and upgrade.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from qualcode.storage import migrate
from qualcode.storage.file_format import (
    APPLICATION_ID,
    COUNTED_TABLES,
    SQLITE_MAGIC,
    is_writable,
    read_only_uri,
)
from qualcode.storage.schema_guard import expected_schema, read_schema, schema_problems

_HEADER_BYTES = 100
_WAL_FORMAT = 2  # header bytes 18 and 19 (write and read format version): 2 means WAL mode
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class QuickInfo:
    """What ``info`` shows about a project file, read without opening it for writing."""

    location: str
    title: str
    read_only: bool
    schema_version: str
    counts: dict[str, int]


def read_quick_info(target: str | Path) -> QuickInfo | None:
    """The facts about the project file ``target``, or ``None``: open it the full way.

    ``None`` is no verdict on the file: it only means this quick reading cannot vouch
    that the full way would show the same facts without first changing, upgrading,
    decrypting or refusing the file (see the module docstring).
    """
    name = str(target)
    if "://" in name:
        return None
    path = Path(name)
    try:
        if not _plain_idle_wal_file(path):
            return None
        read_only = not is_writable(path)
        return _read(path, read_only)
    except (OSError, sqlite3.Error):
        return None


def _plain_idle_wal_file(path: Path) -> bool:
    if not path.is_file():
        return False
    for base in {str(path), str(path.resolve())}:
        if any(Path(base + suffix).exists() for suffix in _SIDE_FILES):
            return False
    with path.open("rb") as fh:
        header = fh.read(_HEADER_BYTES)
    return (len(header) == _HEADER_BYTES and header.startswith(SQLITE_MAGIC)
            and header[18] == _WAL_FORMAT and header[19] == _WAL_FORMAT)


def _read(path: Path, read_only: bool) -> QuickInfo | None:
    raw = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        raw.execute("PRAGMA trusted_schema=OFF")
        raw.execute("PRAGMA cell_size_check=ON")
        if raw.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        if raw.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            return None
        head = migrate.head_revision()
        if _stored_revision(raw) != head or schema_problems(read_schema(raw), expected_schema(head)):
            return None
        row = raw.execute("SELECT value FROM project_meta WHERE key = 'title'").fetchone()
        counts = {table: int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] or 0)
                  for table in COUNTED_TABLES}
    finally:
        raw.close()
    return QuickInfo(location=str(path), title=row[0] if row else "", read_only=read_only,
                     schema_version=head, counts=counts)


def _stored_revision(raw: sqlite3.Connection) -> str | None:
    kind = raw.execute("SELECT type FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
    if kind is None or kind[0] != "table":
        return None
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None
