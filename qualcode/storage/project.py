"""An open project: an engine plus units of work."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from qualcode.core.change_hub import ChangeHub
from qualcode.core.errors import QualCodeError, ValidationError
from qualcode.storage.engine import BEGIN_OPTION, cipher_errors, is_locked, is_read_only_error
from qualcode.storage.unit_of_work import UnitOfWork

#: The unique index that makes "same span, same code, same coder" impossible twice (migration 0005).
SEGMENT_UNIQUE_INDEX = "uq_segments_coding"
ALREADY_CODED = "This text is already coded with that code."


class ReadOnlyProjectError(QualCodeError):
    """A change was attempted on a project opened read-only."""


class ProjectBusyError(QualCodeError):
    """Another program kept the project locked for longer than we wait."""


class DuplicateCodingError(ValidationError):
    """The database refused a second identical coding (another writer got there first)."""


class ConcurrentEditError(QualCodeError):
    """Someone else changed the row between our read and our write: nothing was overwritten."""


CONCURRENT_EDIT = ("Another coder changed this at the same moment; your change was not saved and nothing "
                   "of theirs was overwritten. The view now shows their version: look, then try again.")


class ServerRefusedError(ReadOnlyProjectError):
    """The database server refused a change: this user's role may not make it (e.g. a viewer)."""


class ProjectCloseError(QualCodeError):
    """Closing failed *after* every change was committed: nothing was lost.

    The committed changes are in the project's ``-wal`` file, which SQLite folds back into
    the project the next time it is opened, so the message must not say "not changed".
    """


class Project:
    """Handle on an open project. Services use :meth:`unit_of_work` for every call.

    ``read_only`` is True when the file (or its folder) cannot be written: the
    project can be browsed, searched and exported, and any change raises
    :class:`ReadOnlyProjectError`.
    """

    def __init__(self, engine: Engine, location: str, *, read_only: bool = False) -> None:
        self.engine = engine
        self.location = location
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self.hub = ChangeHub()  # services publish their Changes here after each commit
        self._reader_sessions = sessionmaker(engine.execution_options(**{BEGIN_OPTION: "DEFERRED"}),
                                             expire_on_commit=False, autoflush=False)
        self._local = threading.local()
        self.live_feed: Any = None  # a LiveFeed on a shared PostgreSQL project

    def start_live_feed(self, *, user: str = "") -> None:
        """Send this client's changes to the other clients of a PostgreSQL project, and
        republish theirs on :attr:`hub` (no-op on SQLite)."""
        if self.is_sqlite or self.live_feed is not None:
            return
        from qualcode.storage.live_feed import (
            LiveFeed,  # only team projects need the listener thread
        )

        self.live_feed = LiveFeed(self.engine, self.hub, user=user)

    @property
    def location_shown(self) -> str:
        """The location without any password in it (for messages)."""
        if "://" not in self.location:
            return self.location
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[UnitOfWork]:
        """One transaction: commit on success, roll back on any error.

        On SQLite a unit of work that may write starts with BEGIN IMMEDIATE so
        a second writer waits for it instead of failing; pass ``write=False``
        for a pure read so it never queues behind a writer. A unit of work opened
        inside another one on the same thread (a service reading through a
        helper) starts deferred: it cannot wait for the lock its own caller holds.
        """
        outer_writing = getattr(self._local, "writing", False)
        immediate = write and not outer_writing
        session: Session = (self._sessions if immediate else self._reader_sessions)()
        self._local.writing = outer_writing or immediate
        try:
            yield UnitOfWork(session)
            session.commit()
        except BaseException as exc:
            session.rollback()
            translated = self._translate(exc)
            if translated is exc:
                raise
            raise translated from exc
        finally:
            session.close()
            self._local.writing = outer_writing

    def _translate(self, exc: BaseException) -> BaseException:
        if isinstance(exc, StaleDataError):
            return ConcurrentEditError(CONCURRENT_EDIT)
        if isinstance(exc, DBAPIError) and _is_permission_denied(exc):
            return ServerRefusedError(
                f"The server refused the change: your role on {self.location_shown} does not allow it "
                "(viewers can browse, search and export, not edit). Nothing was changed.")
        if isinstance(exc, IntegrityError) and _is_duplicate_coding(exc):
            return DuplicateCodingError(ALREADY_CODED)
        if isinstance(exc, OperationalError) and is_read_only_error(exc):
            return ReadOnlyProjectError(
                f"{self.location} is read-only: you can browse, search and export it, but not change it. "
                "Copy it to a folder you can write to (or ask its owner for write access) to edit it."
            )
        if isinstance(exc, OperationalError) and self.is_sqlite and is_locked(exc):
            return ProjectBusyError(
                f"{self.location} is busy: another program kept it locked for too long. "
                "Nothing was changed; try again in a moment."
            )
        return exc

    def integrity_check(self) -> str:
        if not self.is_sqlite:
            return "ok"
        with self.engine.connect() as conn:
            return str(conn.execute(text("PRAGMA integrity_check")).scalar())

    def close(self) -> None:
        """Fold the write-ahead log back into the file and release the connections.

        Raises
        ------
        ProjectCloseError
            The fold-back failed (disk full, I/O error); the committed data is safe in
            the ``-wal`` file beside the project. The connections are released anyway.
        """
        if self.live_feed is not None:
            self.live_feed.close()
            self.live_feed = None
        try:
            if self.is_sqlite and not self.read_only:
                # Fold the WAL back so the single .qcproj file is complete on its own. On the raw
                # driver connection: SQLAlchemy's autobegin would issue BEGIN IMMEDIATE first, and a
                # checkpoint inside a transaction fails with "database table is locked".
                raw = self.engine.raw_connection()
                try:
                    driver = cast(sqlite3.Connection, raw.driver_connection)
                    driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                finally:
                    raw.close()
        except self._close_errors() as exc:
            if not is_locked(exc):  # locked: another process is writing; its last close folds the WAL back
                raise self._close_error(exc) from exc
        finally:
            self.engine.dispose()

    def _close_errors(self) -> tuple[type[BaseException], ...]:
        # an encrypted project's raw connection is sqlcipher3's, whose errors are not sqlite3's
        driver = cipher_errors() if self.engine.dialect.driver == "pysqlcipher" else ()
        return (DBAPIError, sqlite3.Error, OSError, *driver)

    def _close_error(self, exc: BaseException) -> ProjectCloseError:
        detail = getattr(exc, "orig", None) or exc
        return ProjectCloseError(
            f"{self.location}: the saved changes could not be folded back into the project file "
            f"({detail}); they are kept in {self.location}-wal, which must stay beside it."
        )


def _is_permission_denied(exc: DBAPIError) -> bool:
    # PostgreSQL's SQLSTATE 42501 insufficient_privilege (GRANTs or row-level security).
    return getattr(exc.orig, "sqlstate", None) == "42501"


def _is_duplicate_coding(exc: IntegrityError) -> bool:
    message = str(exc.orig)
    # PostgreSQL names the index; SQLite lists the columns.
    return SEGMENT_UNIQUE_INDEX in message or (
        "UNIQUE constraint failed: segments.document_id, segments.code_id, segments.coder_id" in message
    )
