"""Refuse project files carrying database objects QualCode did not create.

``PRAGMA trusted_schema=OFF`` stops a colleague's file from calling unsafe
functions, but plain SQL triggers still run: a trigger ``AFTER INSERT ON
segments`` can delete documents the next time someone codes. A view can
stand in for a table and show made-up rows. So on open we compare the file's
schema (tables, indexes, triggers, views: names and SQL) with what our Alembic
migrations create at the file's revision, and refuse any difference.
:func:`write_clean_copy` writes a copy with the expected schema and the
file's rows, leaving the foreign objects behind.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import quote

from qualcode.core.errors import ProjectFileError
from qualcode.storage import migrate
from qualcode.storage.file_format import APPLICATION_ID

# qualcode.storage.engine (SQLAlchemy) is imported only where an engine is built: checking a
# file against the stored head schema must not load SQLAlchemy (see storage/quick_info.py).

Schema = dict[tuple[str, str], str]  # (type, name) -> normalised SQL

# Tables SQLite itself creates (AUTOINCREMENT, ANALYZE); they hold no code.
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}


class ForeignSchemaError(ProjectFileError):
    """The file holds triggers, views or other objects our migrations do not create.

    ``problems`` lists them one per line, e.g. ``"trigger 'wipe' on segments"``.
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        shown = "; ".join(problems[:4]) + (f"; and {len(problems) - 4} more" if len(problems) > 4 else "")
        super().__init__(
            f"{path} contains database objects QualCode did not create ({shown}). They could change or fake "
            "your data, so the project was not opened and nothing was changed. Open a cleaned copy instead: "
            f"qualcode clean-copy {path} COPY.qcproj"
        )


@dataclass(frozen=True)
class CleanCopyReport:
    """What :func:`write_clean_copy` left out."""

    source: str
    copy: str
    revision: str
    removed_objects: tuple[str, ...]
    skipped_rows: dict[str, int] = field(default_factory=dict)


def _normalise(sql: str | None) -> str:
    return re.sub(r"\s+", " ", (sql or "").replace('"', "").replace("`", "")).strip().rstrip(";")


def read_schema(raw: sqlite3.Connection, schema: str = "main") -> Schema:
    """The objects of an open SQLite database, internal ones left out."""
    rows = raw.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master").fetchall()
    found: Schema = {}
    for kind, name, _table, sql in rows:
        if kind == "table" and name in _SQLITE_TABLES:
            continue
        if kind == "index" and sql is None and str(name).startswith("sqlite_autoindex_"):
            continue
        found[(str(kind), str(name))] = _normalise(sql)
    return found


#: The head revision's expected schema, stored so that opening a project does not import
#: Alembic and run every migration in memory (0.4 s). ``tests/storage/test_migrations.py``
#: fails when it differs from what the migrations build; rewrite it with
#: ``python -c "from qualcode.storage.schema_guard import write_schema_snapshot; write_schema_snapshot()"``.
SNAPSHOT = migrate.MIGRATIONS / "head_schema.json"


@cache
def expected_schema(revision: str) -> Schema:
    """The schema our migrations build at ``revision`` (the stored snapshot for the head
    revision when it is current, else built once per process, in memory)."""
    stored = _stored_schema(revision)
    return stored if stored is not None else build_expected_schema(revision)


def _stored_schema(revision: str) -> Schema | None:
    try:
        snapshot = json.loads(SNAPSHOT.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if snapshot.get("revision") != revision or snapshot.get("migrations") != _migrations_digest():
        return None
    return {(kind, name): sql for kind, name, sql in snapshot["objects"]}


def _migrations_digest() -> str:
    """Changes whenever any migration file does, so a stale snapshot is never used."""
    digest = hashlib.sha256()
    for script in sorted((migrate.MIGRATIONS / "versions").glob("*.py")):
        digest.update(script.name.encode() + b"\0" + script.read_bytes())
    return digest.hexdigest()


def write_schema_snapshot() -> Path:
    """Write :data:`SNAPSHOT` from the migrations (after adding or changing one)."""
    revision = migrate.head_revision()
    objects = sorted([kind, name, sql] for (kind, name), sql in build_expected_schema(revision).items())
    payload = {"revision": revision, "migrations": _migrations_digest(), "objects": objects}
    SNAPSHOT.write_text(json.dumps(payload, indent=1) + "\n", "utf-8")
    return SNAPSHOT


def build_expected_schema(revision: str) -> Schema:
    """The schema our migrations build at ``revision``, built now in an in-memory database."""
    from qualcode.storage.engine import make_memory_engine

    engine = make_memory_engine()
    try:
        migrate.upgrade(engine, revision)
        raw = engine.raw_connection()
        try:
            return read_schema(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def schema_problems(found: Schema, expected: Schema) -> list[str]:
    """Plain descriptions of every object that is foreign, altered or missing."""
    problems: list[str] = []
    expected_names = {name for _kind, name in expected}
    for (kind, name), sql in sorted(found.items()):
        if (kind, name) in expected:
            if expected[(kind, name)] != sql:
                problems.append(f"{kind} {name!r} differs from QualCode's definition")
        elif name not in expected_names:  # a stand-in for one of ours is reported below
            problems.append(f"{kind} {name!r}{_on(sql)}" if kind == "trigger" else f"{kind} {name!r}")
    for kind, name in sorted(set(expected) - set(found)):
        stand_in = next((k for k, n in found if n == name), None)
        problems.append(f"{kind} {name!r} is a {stand_in} instead" if stand_in else f"{kind} {name!r} is missing")
    return problems


def _on(sql: str) -> str:
    match = re.search(r"\bON\s+(\S+)", sql, re.IGNORECASE)
    return f" on {match.group(1)}" if match else ""


def check_schema(raw: sqlite3.Connection, path: str, revision: str) -> None:
    """Raise :class:`ForeignSchemaError` unless the file's schema is exactly ours."""
    problems = schema_problems(read_schema(raw), expected_schema(revision))
    if problems:
        raise ForeignSchemaError(path, problems)


def write_clean_copy(source: Path, copy: Path, source_uri: str, revision: str) -> CleanCopyReport:
    """Write ``copy``: a fresh project at ``revision`` holding the rows of ``source``'s tables.

    Only real tables of the source are read (never a view); its triggers never
    fire because nothing is written to it. Rows the fresh schema refuses
    (broken references, duplicates) are left out and counted.
    """
    if copy.exists():
        raise ProjectFileError(f"{copy} already exists; choose another name for the cleaned copy.")
    if not copy.parent.is_dir():
        raise ProjectFileError(f"The folder {copy.parent} does not exist.")
    from qualcode.storage.engine import make_engine, sqlite_url

    expected = expected_schema(revision)
    with sqlite3.connect(copy) as raw:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    engine = make_engine(sqlite_url(str(copy)))
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()
    raw = sqlite3.connect(f"file:{quote(str(copy.resolve()))}", uri=True, isolation_level=None)
    try:
        for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "foreign_keys=OFF"):
            raw.execute(f"PRAGMA {pragma}")
        raw.execute("ATTACH DATABASE ? AS src", (source_uri,))
        found = read_schema(raw, "src")
        removed = tuple(schema_problems(found, expected))
        skipped: dict[str, int] = {}
        raw.execute("BEGIN IMMEDIATE")
        for kind, table in sorted(expected):
            if kind != "table" or table == "alembic_version" or found.get(("table", table)) is None:
                continue
            skipped_here = _copy_table(raw, table)
            if skipped_here:
                skipped[table] = skipped_here
        for table, count in _drop_orphans(raw).items():
            skipped[table] = skipped.get(table, 0) + count
        raw.execute("COMMIT")
        raw.execute("DETACH DATABASE src")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raw.close()
        copy.unlink(missing_ok=True)
        raise ProjectFileError(f"A cleaned copy of {source} could not be written: {exc}.") from exc
    raw.close()
    return CleanCopyReport(str(source), str(copy), revision, removed, skipped)


def _columns(raw: sqlite3.Connection, schema: str, table: str) -> list[str]:
    return [str(r[1]) for r in raw.execute(f'PRAGMA {schema}.table_info("{table}")')]


def _copy_table(raw: sqlite3.Connection, table: str) -> int:
    source_columns = set(_columns(raw, "src", table))
    columns = ", ".join(f'"{c}"' for c in _columns(raw, "main", table) if c in source_columns)
    total = raw.execute(f'SELECT count(*) FROM src."{table}"').fetchone()[0]
    cursor = raw.execute(f'INSERT OR IGNORE INTO main."{table}" ({columns}) SELECT {columns} FROM src."{table}"')
    return int(total) - max(cursor.rowcount, 0)


def _drop_orphans(raw: sqlite3.Connection) -> dict[str, int]:
    """Delete rows whose references point nowhere (repeat: a deletion can orphan more)."""
    dropped: dict[str, int] = {}
    while True:
        rows = raw.execute("PRAGMA main.foreign_key_check").fetchall()
        if not rows:
            return dropped
        for table, rowid, _parent, _fk in rows:
            if rowid is None:  # pragma: no cover - all our tables have rowids
                raise sqlite3.DatabaseError(f"table {table} has broken references")
            raw.execute(f'DELETE FROM main."{table}" WHERE rowid = ?', (rowid,))
            dropped[table] = dropped.get(table, 0) + 1
