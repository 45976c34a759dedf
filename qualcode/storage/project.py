"""An open project: an engine plus units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from qualcode.core.errors import QualCodeError
from qualcode.storage.unit_of_work import UnitOfWork


class ProjectCloseError(QualCodeError):
    """Closing failed *after* every change was committed: nothing was lost.

    The committed changes are in the project's ``-wal`` file, which SQLite folds back into
    the project the next time it is opened, so the message must not say "not changed".
    """


class Project:
    """Handle on an open project. Services use :meth:`unit_of_work` for every call."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """One transaction: commit on success, roll back on any error."""
        session: Session = self._sessions()
        try:
            yield UnitOfWork(session)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

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
        try:
            if self.is_sqlite:
                # Fold the WAL back so the single .qcproj file is complete on its own.
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (DBAPIError, OSError) as exc:
            detail = getattr(exc, "orig", None) or exc
            raise ProjectCloseError(
                f"{self.location}: the saved changes could not be folded back into the project file "
                f"({detail}); they are kept in {self.location}-wal, which must stay beside it."
            ) from exc
        finally:
            self.engine.dispose()
