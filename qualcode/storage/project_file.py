"""Create and open project files safely.

A project is one SQLite file (``.qcproj``) or, for teams, a PostgreSQL URL.
Opening treats the file as untrusted: we check it is SQLite, that it is ours
(application_id), that it is not damaged (quick_check) and that its schema is
one we know and holds no object (trigger, view...) our migrations did not
create, before SQLAlchemy touches it. An older schema is upgraded only after a
``.bak`` copy is made. A file (or folder) we cannot write opens read-only.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from qualcode.core.errors import ProjectFileError
from qualcode.storage import migrate
from qualcode.storage.engine import (
    cipher_connect,
    cipher_errors,
    make_cipher_engine,
    make_cipher_read_only_engine,
    make_engine,
    make_read_only_engine,
    sqlite_url,
)
from qualcode.storage.file_format import (
    APPLICATION_ID,
    SQLITE_MAGIC,
    is_writable,
    read_only_uri,
)
from qualcode.storage.project import Project
from qualcode.storage.schema_guard import (
    CleanCopyReport,
    ForeignSchemaError,
    check_schema,
    expected_schema,
    read_schema,
    schema_problems,
    write_clean_copy,
)


class PasswordNeededError(ProjectFileError):
    """The file is not plain SQLite: an encrypted project (or not a project); it needs a password."""


class WrongProjectPasswordError(ProjectFileError):
    """The password does not open this encrypted project; nothing was written."""


def looks_encrypted(path: Path) -> bool:
    """True if ``path`` could be an SQLCipher file: no SQLite header, whole pages of bytes."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            magic = fh.read(len(SQLITE_MAGIC))
    except OSError:
        return False
    return magic != SQLITE_MAGIC and size >= 1024 and size % 512 == 0


def _needs_password(path: Path) -> PasswordNeededError:
    return PasswordNeededError(f"{path} is not a QualCode project (it is not a database file), "
                               "unless it is an encrypted project: then give its password.")


def _wrong_password(path: Path) -> WrongProjectPasswordError:
    return WrongProjectPasswordError(
        f"{path}: wrong password (or not a QualCode project); nothing was changed.")


def is_url(target: str) -> bool:
    return "://" in target


def create_project(target: str | Path, *, password: str | None = None) -> Project:
    """Create a new empty project at a file path or database URL; with ``password`` an
    encrypted (SQLCipher) project file."""
    target = str(target)
    if is_url(target) and password is not None:
        raise ProjectFileError("A database server project cannot be encrypted by QualCode: "
                               "encryption at rest is the server's job.")
    if is_url(target):
        engine = _url_engine(target)
        migrate.upgrade(engine)
        project = Project(engine, target)
        project.start_live_feed()
        return project
    path = Path(target)
    if path.exists():
        raise ProjectFileError(f"{path} already exists; choose another name or open it.")
    if not path.parent.exists():
        raise ProjectFileError(f"The folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK):
        raise ProjectFileError(f"The folder {path.parent} is read-only; choose a folder you can write to.")
    if password is not None:
        if not password:
            raise ProjectFileError(f"An encrypted project needs a non-empty password ({path} was not created).")
        raw = cipher_connect(str(path), password)
        try:
            raw.execute(f"PRAGMA application_id={APPLICATION_ID}")
            raw.commit()
        finally:
            raw.close()
        engine = make_cipher_engine(path, password)
    else:
        with sqlite3.connect(path) as plain:
            plain.execute(f"PRAGMA application_id={APPLICATION_ID}")
        engine = make_engine(sqlite_url(str(path)))
    migrate.upgrade(engine)
    return Project(engine, str(path))


def open_project(target: str | Path, *, read_only: bool = False, password: str | None = None) -> Project:
    """Open an existing project file (or URL); upgrade an older schema after a backup.

    A file we cannot write, or one in a folder we cannot write, opens read-only
    (``project.read_only``), as does any file when ``read_only`` is True. An encrypted
    file needs ``password`` (:class:`PasswordNeededError` without one,
    :class:`WrongProjectPasswordError` with a wrong one; the file is not touched).
    A plain file ignores ``password``.
    """
    target = str(target)
    if is_url(target):
        engine = _url_engine(target)
        with engine.connect() as conn:
            revision = migrate.current_revision(conn)
        _check_revision(target, revision)
        if revision != migrate.head_revision():
            migrate.upgrade(engine)
        project = Project(engine, target)
        project.start_live_feed()
        return project
    path = Path(target)
    _check_is_file(path)
    read_only = read_only or not is_writable(path)
    if password is not None and looks_encrypted(path):
        return _open_encrypted(path, password, read_only)
    revision = inspect_project_file(path)
    if read_only:
        if revision != migrate.head_revision():
            raise ProjectFileError(
                f"{path} was saved by an older QualCode and must be upgraded, but it is read-only. "
                "Copy it to a folder you can write to and open the copy."
            )
        return Project(make_read_only_engine(path, immutable=_no_writer(path)), str(path), read_only=True)
    if revision != migrate.head_revision():
        backup = path.with_suffix(path.suffix + ".bak")
        _backup(path, backup)
        migrate.upgrade(make_engine(sqlite_url(str(path))))
    return Project(make_engine(sqlite_url(str(path))), str(path))


def _open_encrypted(path: Path, password: str, read_only: bool) -> Project:
    revision = inspect_project_file(path, password=password)
    if read_only:
        if revision != migrate.head_revision():
            raise ProjectFileError(
                f"{path} was saved by an older QualCode and must be upgraded, but it is read-only. "
                "Copy it to a folder you can write to and open the copy."
            )
        engine = make_cipher_read_only_engine(path, password, immutable=_no_writer(path))
        return Project(engine, str(path), read_only=True)
    if revision != migrate.head_revision():
        _backup(path, path.with_suffix(path.suffix + ".bak"), password)
        migrate.upgrade(make_cipher_engine(path, password))
    return Project(make_cipher_engine(path, password), str(path))


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


def _no_writer(path: Path) -> bool:
    # No -wal file: nobody is writing, so SQLite may treat the file as
    # immutable and create no -wal/-shm files (it could not in a read-only folder).
    return not Path(f"{path}-wal").exists()


def clean_copy(source: Path, copy: Path) -> CleanCopyReport:
    """Write a copy of ``source`` without the triggers, views and other objects
    QualCode did not create (see :mod:`qualcode.storage.schema_guard`)."""
    _check_is_file(source)
    uri = read_only_uri(source, immutable=_no_writer(source))
    try:
        revision = inspect_project_file(source, check_objects=False)
    except ForeignSchemaError:
        # The version table itself was replaced: take the revision whose schema the file matches best.
        revision = _closest_revision(uri)
    return write_clean_copy(source, copy, uri, revision)


def _closest_revision(uri: str) -> str:
    raw = sqlite3.connect(uri, uri=True)
    try:
        found = read_schema(raw)
    finally:
        raw.close()
    newest_first = migrate.revisions_newest_first()
    return min(newest_first, key=lambda r: len(schema_problems(found, expected_schema(r))))


def _check_is_file(path: Path) -> None:
    if not path.exists():
        raise ProjectFileError(f"{path} does not exist.")
    if path.is_dir():
        raise ProjectFileError(f"{path} is a folder, not a project file.")


def inspect_project_file(path: Path, *, check_objects: bool = True, password: str | None = None) -> str:
    """Check an untrusted file and return its schema revision, or raise ProjectFileError.

    With ``check_objects`` the file must hold exactly the tables, indexes,
    triggers and views our migrations create (:class:`ForeignSchemaError` otherwise).
    An encrypted file is checked the same way on a SQLCipher connection keyed with ``password``.
    """
    _check_is_file(path)
    with path.open("rb") as fh:
        magic = fh.read(len(SQLITE_MAGIC))
    encrypted = magic != SQLITE_MAGIC and looks_encrypted(path)
    if magic != SQLITE_MAGIC and not encrypted:
        raise ProjectFileError(f"{path} is not a QualCode project (it is not a database file).")
    if encrypted and password is None:
        raise _needs_password(path)
    errors: tuple[type[BaseException], ...] = (sqlite3.Error, *cipher_errors()) if encrypted else (sqlite3.Error,)
    uri = read_only_uri(path, immutable=_no_writer(path))
    try:
        raw = cipher_connect(uri, password, uri=True) if encrypted and password is not None \
            else sqlite3.connect(uri, uri=True)
    except errors as exc:
        raise ProjectFileError(f"{path} cannot be opened: {exc}.") from exc
    if encrypted:
        try:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except errors:
            raw.close()
            raise _wrong_password(path) from None
    try:
        raw.execute("PRAGMA trusted_schema=OFF")
        raw.execute("PRAGMA cell_size_check=ON")
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
        row = _stored_revision(raw, str(path))
        _check_revision(str(path), row)
        assert row is not None
        if check_objects:
            check_schema(raw, str(path), row)
    except errors as exc:
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_NOMEM):
            # the disk or the machine failed us, not the file: don't call it damaged
            raise ProjectFileError(f"{path} could not be read ({exc}): the disk may be full or failing. "
                                   "The file was not changed; free some space and open it again.") from exc
        raise ProjectFileError(f"{path} is damaged: {exc}.") from exc
    finally:
        raw.close()
    return row


def _stored_revision(raw: sqlite3.Connection, path: str) -> str | None:
    # Read the revision only from a real table: a view could be made to say anything.
    kind = raw.execute("SELECT type FROM sqlite_master WHERE name = 'alembic_version'").fetchone()
    if kind is None:
        return None
    if kind[0] != "table":
        raise ForeignSchemaError(path, [f"{kind[0]} 'alembic_version' stands in for QualCode's table"])
    row = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    return str(row[0]) if row else None


def _check_revision(name: str, revision: str | None) -> None:
    if revision is None:
        raise ProjectFileError(f"{name} has no QualCode schema; it may be incomplete.")
    if revision not in migrate.known_revisions():
        raise ProjectFileError(
            f"{name} was saved by a newer QualCode (schema {revision}). "
            "Update QualCode to open it; the file was not changed."
        )


def _backup(path: Path, backup: Path, password: str | None = None) -> None:
    """Consistent copy via SQLite's backup API (a plain copy could miss the WAL); an
    encrypted project's copy is written through a connection keyed the same way."""
    uri = read_only_uri(path, immutable=_no_writer(path))
    if password is not None:
        src, dst = cipher_connect(uri, password, uri=True), cipher_connect(str(backup), password)
    else:
        src, dst = sqlite3.connect(uri, uri=True), sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    if not backup.exists():  # pragma: no cover - backup API always writes
        shutil.copy2(path, backup)
