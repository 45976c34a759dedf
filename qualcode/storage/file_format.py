"""What marks a file as a QualCode project, and how to read one without changing it.

Standard library only, so that a quick read (``qualcode info``, see
:mod:`qualcode.storage.quick_info`) does not import SQLAlchemy. The engine and the
project-file checks import these from here.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

#: "QCOD" — lets us (and `file`) recognise a QualCode project among SQLite files.
APPLICATION_ID = 0x51434F44

#: The first 16 bytes of every plain SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"

#: The tables ``qualcode info`` counts, in the order it shows them; one list for the full
#: way (``MetaRepository.counts``) and the quick one (:mod:`qualcode.storage.quick_info`).
COUNTED_TABLES = ("documents", "turns", "cases", "codes", "themes", "segments", "coders", "memos")


def read_only_uri(path: Path, *, immutable: bool) -> str:
    """An SQLite URI that opens ``path`` read-only.

    ``immutable`` also tells SQLite nobody changes the file, so it creates no
    ``-wal``/``-shm`` files beside it and takes no locks; use it only when no
    ``-wal`` file exists (no writer is active).
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def is_writable(path: Path) -> bool:
    """Can we change ``path`` and create its ``-wal``/``-shm`` files beside it?

    Opening for writing (nothing is written) asks the file system itself, so a
    read-only mount or an immutable file counts even for root; ``os.access``
    on the folder sees read-only mounts and immutable folders too.
    """
    try:
        with path.open("r+b"):
            pass
    except OSError:
        return False
    return os.access(path.parent, os.W_OK)
