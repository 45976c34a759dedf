"""A project file's consistent bytes (its WAL included), taken in memory: nothing is written."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qualcode.storage.engine import read_only_uri

__all__ = ["project_bytes"]


def project_bytes(path: str | Path) -> bytes:
    """The database image of the SQLite project at ``path``, via the backup API into memory.

    Open the project with ``load_project`` first: that checks it is one of ours.
    """
    path = Path(path)
    no_writer = not Path(f"{path}-wal").exists()  # then open immutable: no -wal/-shm created beside it
    src = sqlite3.connect(read_only_uri(path, immutable=no_writer), uri=True)
    dst = sqlite3.connect(":memory:")
    try:
        src.backup(dst)
        return dst.serialize()
    finally:
        dst.close()
        src.close()
