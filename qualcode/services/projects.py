"""Create, open and describe projects."""

from __future__ import annotations

from pathlib import Path

from qualcode import __version__
from qualcode.core.memo import Coder
from qualcode.services.password_source import (
    PasswordSource,
    ask_password_for,
    set_password_source,
)
from qualcode.storage import migrate
from qualcode.storage.encrypted_file import (
    change_password,
    decrypt_to_plain,
    encrypt_to_copy,
)
from qualcode.storage.project import Project, ProjectBusyError, ReadOnlyProjectError
from qualcode.storage.project_file import (
    PasswordNeededError,
    WrongProjectPasswordError,
    clean_copy,
    create_project,
    looks_encrypted,
    open_project,
)
from qualcode.storage.schema_guard import CleanCopyReport, ForeignSchemaError

__all__ = [
    "CleanCopyReport",
    "ForeignSchemaError",
    "PasswordNeededError",
    "PasswordSource",
    "Project",
    "ProjectBusyError",
    "ReadOnlyProjectError",
    "WrongProjectPasswordError",
    "change_project_password",
    "decrypt_project",
    "encrypt_project",
    "ensure_coder",
    "is_encrypted_project",
    "list_coders",
    "load_project",
    "new_project",
    "project_info",
    "set_password_source",
    "write_cleaned_copy",
]

def new_project(target: str | Path, *, title: str | None = None, password: str | None = None) -> Project:
    """Create an empty project file (or a schema in a PostgreSQL database URL); with
    ``password``, an encrypted project file (SQLCipher, AES-256)."""
    project = create_project(target, password=password)
    with project.unit_of_work() as uow:
        uow.meta.set("title", title or Path(str(target)).stem)
        uow.meta.set("created_by", f"QualCode {__version__}")
    return project


def load_project(target: str | Path, *, read_only: bool = False, password: str | None = None) -> Project:
    """Open a project. A file or folder we cannot write opens read-only: check
    ``project.read_only`` (browse, search and export work; changes raise
    :class:`ReadOnlyProjectError`). A file carrying triggers, views or other
    objects QualCode did not create raises :class:`ForeignSchemaError`; offer
    :func:`write_cleaned_copy` then.

    An encrypted project opens with ``password`` or, without one, with what the password
    source (:func:`~qualcode.services.password_source.set_password_source`) gives; none
    given raises :class:`PasswordNeededError`, a wrong one :class:`WrongProjectPasswordError`.
    Neither changes the file."""
    try:
        return open_project(target, read_only=read_only, password=password)
    except PasswordNeededError:
        if password is not None:
            raise
        asked = ask_password_for(str(target))
        if asked is None:
            raise PasswordNeededError(
                f"{target} is encrypted (or not a QualCode project): give its password "
                "(QUALCODE_PASSWORD on the command line).") from None
        return open_project(target, read_only=read_only, password=asked)


def is_encrypted_project(target: str | Path) -> bool:
    """True if ``target`` looks like an encrypted project file (no plain SQLite header)."""
    return "://" not in str(target) and looks_encrypted(Path(target))


def encrypt_project(source: str | Path, target: str | Path, password: str) -> None:
    """Write ``target``: the plain project ``source`` as an encrypted working project.
    ``source`` is only read; delete it yourself if only the encrypted one should remain."""
    encrypt_to_copy(Path(source), Path(target), password)


def decrypt_project(source: str | Path, target: str | Path, password: str) -> None:
    """Write ``target``: the encrypted project ``source`` as a plain project (``source`` is only read)."""
    decrypt_to_plain(Path(source), Path(target), password)


def change_project_password(path: str | Path, old: str, new: str) -> None:
    """Re-encrypt the encrypted project ``path`` under ``new``; ``old`` must open it.
    Close the project (everywhere) first."""
    change_password(Path(path), old, new)


def write_cleaned_copy(source: str | Path, copy: str | Path) -> CleanCopyReport:
    """Write ``copy``: the project ``source`` without the database objects QualCode did not
    create (triggers, views, altered tables...). ``source`` is only read.

    Returns
    -------
    CleanCopyReport
        ``removed_objects`` (one description each) and ``skipped_rows`` per table
        (rows the clean schema refused, e.g. codings of a document that does not exist).
    """
    return clean_copy(Path(source), Path(copy))


def project_info(project: Project) -> dict[str, object]:
    """Counts of everything in the project plus its schema version (``qualcode info``;
    :func:`qualcode.services.quick_info.describe_project` gives the same for a location)."""
    with project.unit_of_work(write=False) as uow:
        counts = uow.meta.counts()
        title = uow.meta.get("title", "")
    return {
        "location": project.location,
        "title": title,
        "read_only": project.read_only,
        "schema_version": migrate.head_revision(),
        **counts,
    }


def ensure_coder(project: Project, name: str) -> Coder:
    """The coder named ``name``, created if new. A read-only project cannot record a new
    coder; browsing needs none, so it gets ``Coder(0, name)`` (any coding is refused anyway)."""
    try:
        with project.unit_of_work() as uow:
            return uow.coders.get_or_create(name)
    except ReadOnlyProjectError:
        if not project.read_only:
            raise
        return Coder(id=0, name=name)


def list_coders(project: Project) -> list[Coder]:
    with project.unit_of_work(write=False) as uow:
        return uow.coders.all()
