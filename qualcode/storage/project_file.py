"""Create and open project files safely.

A project is one SQLite file (``.qcproj``) or, for teams, a PostgreSQL URL.
Opening treats the file as untrusted: we check it is SQLite, that it is ours
(application_id), that it is not damaged (quick_check) and that its schema is
one we know, before SQLAlchemy touches it. An older schema is upgraded only
after a ``.bak`` copy is made.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from qualcode.core.errors import ProjectFileError
from qualcode.storage import migrate
from qualcode.storage.engine import APPLICATION_ID, make_engine, sqlite_url
from qualcode.storage.project import Project

SQLITE_MAGIC = b"SQLite format 3\x00"


def is_url(target: str) -> bool:
    return "://" in target


def create_project(target: str | Path) -> Project:
    """Create a new empty project at a file path or database URL."""
    target = str(target)
    if is_url(target):
        engine = _url_engine(target)
        migrate.upgrade(engine)
        return Project(engine, target)
    path = Path(target)
    if path.exists():
        raise ProjectFileError(f"{path} already exists; choose another name or open it.")
    if not path.parent.exists():
        raise ProjectFileError(f"The folder {path.parent} does not exist.")
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
    engine = make_engine(sqlite_url(str(path)))
    migrate.upgrade(engine)
    return Project(engine, str(path))


def open_project(target: str | Path) -> Project:
    """Open an existing project file (or URL); upgrade an older schema after a backup."""
    target = str(target)
    if is_url(target):
        engine = _url_engine(target)
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
        _check_revision(target, revision)
        if revision != migrate.head_revision():
            migrate.upgrade(engine)
        return Project(engine, target)
    path = Path(target)
    revision = inspect_project_file(path)
    if revision != migrate.head_revision():
        backup = path.with_suffix(path.suffix + ".bak")
        _backup(path, backup)
        migrate.upgrade(make_engine(sqlite_url(str(path))))
    return Project(make_engine(sqlite_url(str(path))), str(path))


def _url_engine(target: str) -> Engine:
    """An engine for a database URL, connected once: a malformed URL or a server that cannot
    be reached is the user's to fix, so it is a one-line ProjectFileError, not a traceback."""
    try:
        engine = make_engine(target)
        with engine.connect():
            pass
    except (ArgumentError, NoSuchModuleError, OperationalError) as exc:
        try:
            shown = make_url(target).render_as_string(hide_password=True)
        except ArgumentError:
            shown = target
        detail = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or ["no detail"])[0]
        raise ProjectFileError(f"{shown} cannot be opened: {detail}") from exc
    return engine


def inspect_project_file(path: Path) -> str:
    """Check an untrusted file and return its schema revision, or raise ProjectFileError."""
    if not path.exists():
        raise ProjectFileError(f"{path} does not exist.")
    if path.is_dir():
        raise ProjectFileError(f"{path} is a folder, not a project file.")
    with path.open("rb") as fh:
        magic = fh.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise ProjectFileError(f"{path} is not a QualCode project (it is not a database file).")
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path} cannot be opened: {exc}.") from exc
    try:
        raw.execute("PRAGMA trusted_schema=OFF")
        app_id = raw.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise ProjectFileError(
                f"{path} is an SQLite database but not a QualCode project."
            )
        check = raw.execute("PRAGMA quick_check").fetchall()
        if check != [("ok",)]:
            detail = "; ".join(str(r[0]) for r in check[:3])
            raise ProjectFileError(
                f"{path} is damaged ({detail}). Open its .bak copy or a backup."
            )
        try:
            row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(f"{path} is damaged: {exc}.") from exc
    finally:
        raw.close()
    revision = row[0] if row else None
    _check_revision(str(path), revision)
    assert revision is not None
    return revision


def _check_revision(name: str, revision: str | None) -> None:
    if revision is None:
        raise ProjectFileError(f"{name} has no QualCode schema; it may be incomplete.")
    if revision not in migrate.known_revisions():
        raise ProjectFileError(
            f"{name} was saved by a newer QualCode (schema {revision}). "
            "Update QualCode to open it; the file was not changed."
        )


def _backup(path: Path, backup: Path) -> None:
    """Consistent copy via SQLite's backup API (a plain copy could miss the WAL)."""
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if not backup.exists():  # pragma: no cover - backup API always writes
        shutil.copy2(path, backup)
