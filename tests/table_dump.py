"""Dump every table of a project file with the stdlib sqlite3 module, for before/after comparisons.

Independent of QualCode's own repositories: if a service forgot a table, the dump still sees it.
"""

from __future__ import annotations

import sqlite3

# Columns that record *when* a row was written; restoring a row rewrites them.
TIME_COLUMNS = frozenset({"created", "updated"})


def dump_tables(location: str, *, ignore_times: bool = False) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(location)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        out: dict[str, list[tuple[object, ...]]] = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
            keep = [c for c in columns if not (ignore_times and c in TIME_COLUMNS)]
            select = ", ".join(f'"{c}"' for c in keep)
            out[name] = sorted(conn.execute(f'SELECT {select} FROM "{name}"').fetchall(), key=repr)
        return out
    finally:
        conn.close()
